"""Realistic rubric rows for the simulator: both SSTU vocabularies, set and unset POS values."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from omis.core.clock import now

SSTU = [
    "Находится на рассмотрении",
    "Рассмотрено. Разъяснено",
    "Рассмотрено. Поддержано",
    "Рассмотрено. Не поддержано",
    "Дан ответ автору",
    "Направлено по компетенции",
    "Оставлено без ответа автору",
    "Рассмотрение продлено",
    " Рассмотрено. Разъяснено",  # a stray leading space, as seen in real data
    "Рассмотрено. Поддержано. Меры приняты",  # not in the production mapping
    "Не зарегистрировано",  # not in the production mapping
]
POS = ["Назначен исполнитель", "Отправлен ответ заявителю", "Отклонено модератором"]
OFFSET = timezone(timedelta(hours=8))  # the region of the seed (Baikal)
IN_WORK = "Находится на рассмотрении"
ASSIGNED = "Назначен исполнитель"
# How appeals end in SSTU, and the POS value each ends with (the production mapping).
ANSWERS = {
    "Дан ответ автору": "Отправлен ответ заявителю",
    "Рассмотрено. Разъяснено": "Отправлен ответ заявителю",
    "Рассмотрено. Поддержано": "Отправлен ответ заявителю",
    "Рассмотрено. Не поддержано": "Отправлен ответ заявителю",
    "Направлено по компетенции": "Направлено в подведомственную организацию",
    "Оставлено без ответа автору": "Отклонено модератором",
}


def generate_rows(
    count: int, *, seed: int = 7, start: datetime | None = None, hours: float = 72
) -> list[dict[str, Any]]:
    """``count`` rows, rubric creation times spread over ``hours`` before ``start``."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    origin = (start or now()).astimezone(OFFSET)
    rows = []
    for index in range(count):
        created = origin - timedelta(seconds=rng.uniform(0, hours * 3600))
        rows.append(_row(rng, index, created))
    rows.sort(key=lambda row: row["isnRefRubric"])
    return rows


def _row(rng: random.Random, index: int, created: datetime) -> dict[str, Any]:
    sstu = rng.choice(SSTU) if rng.random() > 0.05 else None
    pos = rng.choice(POS) if rng.random() < 0.25 else None
    in_group = rng.random() > 0.05
    groups = [{"arDescript": {"apiName": "POS_STATUS_RUB" if in_group else "OTHER_RUB"}}]
    return {
        "isnRefRubric": 130_000_000 + index * 7,
        "eosSstuStatus": sstu,
        "posStatusRub": pos,
        "refRubric": {
            "insDate": created.isoformat(timespec="seconds"),
            "docRc": {
                "isnDoc": 5_000_000 + index,
                "kindDoc": 2 if rng.random() > 0.05 else 1,
                "freeNum": f"Ж-{index:06d}",
                "docgroupCl": {"arDocgroups": groups},
            },
        },
    }


def generate_appeals(
    count: int,
    *,
    registered_days: tuple[float, float] = (0.0, 365.0),
    answer_days: tuple[float, float] = (3.0, 50.0),
    answered_share: float = 1.0,
    synced_until: datetime | None = None,
    seed: int = 7,
    start: datetime | None = None,
) -> list[dict[str, Any]]:
    """``count`` appeals registered between ``registered_days`` days before ``start``, all
    carrying the POS rubric. Each is considered for a random ``answer_days`` and then
    answered in SSTU (``answered_share`` of them ever are). An earlier sync set POS to
    «Назначен исполнитель», and followed the appeals answered before ``synced_until`` to
    their final POS value: the rest still wait for theirs. For the lifecycle trials and the
    cost of following open appeals."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    origin = (start or now()).astimezone(OFFSET)
    rows = []
    for index in range(count):
        created = origin - timedelta(days=rng.uniform(*registered_days))
        row = _row(rng, index, created)
        card = row["refRubric"]["docRc"]
        card["kindDoc"] = 2
        card["docgroupCl"]["arDocgroups"][0]["arDescript"]["apiName"] = "POS_STATUS_RUB"
        row["eosSstuStatus"], row["posStatusRub"] = IN_WORK, ASSIGNED
        answered = created + timedelta(days=rng.uniform(*answer_days))
        if rng.random() < answered_share and answered <= origin:
            row["eosSstuStatus"] = rng.choice(sorted(ANSWERS))
            if synced_until is not None and answered <= synced_until:
                row["posStatusRub"] = ANSWERS[row["eosSstuStatus"]]
        rows.append(row)
    rows.sort(key=lambda row: row["isnRefRubric"])
    return rows
