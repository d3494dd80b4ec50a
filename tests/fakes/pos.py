from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from omis.pos.config import (
    FINAL_POS_STATUSES,
    OPEN_POS_STATUSES,
    PRODUCTION_MAPPING,
    normalise_label,
)

OPEN = [normalise_label(v) for v in OPEN_POS_STATUSES]
FINAL = {normalise_label(v) for v in FINAL_POS_STATUSES}


def write_config(folder: Path, base_url: str, **processing: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    settings = {
        "statusMapping": PRODUCTION_MAPPING,
        "dateRange": {"useFixedDates": False, "maxDateRangeDays": 30},
        "pagination": {"pageSize": 100},
        "utcOffsetHours": 8,
        "retryAttempts": 3,
        **processing,
    }
    (folder / "processing_config.json").write_text(
        json.dumps(settings, ensure_ascii=False), "utf-8"
    )
    connection = {
        "login_url": f"{base_url}/CoreHost/identity/api/login",
        "logout_url": f"{base_url}/CoreHost/identity/api/logout",
        "graphql_endpoint": f"{base_url}/CoreHost/gql/query",
        "username": "omis",
        "password": "omis",
        "app": "omis-test",
    }
    (folder / "connection_config.json").write_text(json.dumps(connection), "utf-8")
    return folder


def eligible(row: dict[str, Any]) -> bool:
    card = row["refRubric"]["docRc"]
    group = card["docgroupCl"]["arDocgroups"][0]["arDescript"]["apiName"]
    return (
        bool(normalise_label(row["eosSstuStatus"]))
        and card["kindDoc"] == 2
        and group == "POS_STATUS_RUB"
    )


def expected_value(row: dict[str, Any], original_pos: str | None) -> str | None:
    """What the row must hold after a sync without --fix-drift: the mapped value when POS
    was empty or open and the mapped value is later in the appeal's life."""
    target = {normalise_label(k): v for k, v in PRODUCTION_MAPPING.items()}.get(
        normalise_label(row["eosSstuStatus"])
    )
    current = normalise_label(original_pos)
    if not eligible(row) or target is None:
        return original_pos
    if not current:
        return target
    if current not in OPEN:
        return original_pos
    later = target in FINAL or (target in OPEN and OPEN.index(target) > OPEN.index(current))
    return target if later else original_pos
