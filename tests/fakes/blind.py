"""Scoring OMIS's reading of letters that nobody on the team wrote.

A writer's folder (tests/mail/blind/<split>/<writer>/) holds what a helper who never saw the
rules produced from a persona and the domain alone: ``registry.json`` (the contractor and
its requests), ``letters/*.eml`` and ``labels.json`` (what a careful dispatcher records for
each letter: ``decided`` with request, positions and status, ``review`` or ``ignored``).

The requests are registered, every letter goes through the real intake, and each stored
letter is compared with its label (matched by Message-ID). The expected final status of
each position is derived from the labels alone: letters in Date order, forward only, a
letter naming no position moving every position still behind its status.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from omis.contractors import store as contractors
from omis.core.db import Database
from omis.mail.message import normalise_message_id
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor, Status

BLIND = Path(__file__).resolve().parents[1] / "mail" / "blind"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Writer:
    split: str
    name: str
    folder: Path
    registry: dict[str, Any]
    labels: dict[str, dict[str, Any]]

    @property
    def letters(self) -> list[Path]:
        return sorted((self.folder / "letters").glob("*.eml"))


def writers(split: str, root: Path = BLIND) -> list[Writer]:
    found = []
    for folder in sorted((root / split).glob("*/")):
        registry = json.loads((folder / "registry.json").read_text("utf-8"))
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        found.append(Writer(split, folder.name, folder, registry, labels))
    return found


def register(database: Database, writer: Writer) -> None:
    """The writer's contractor (with the addresses and domains it writes from), and its
    requests and positions, registered as an engineer would."""
    contractor = writer.registry.get("contractor", {})
    emails = contractor.get("emails") or []
    with database.session() as session:
        entry = contractors.add(
            session,
            contractors.ContractorData(
                f"{contractor.get('name') or writer.name} ({writer.split}/{writer.name})",
                tuple(emails),
                tuple(contractor.get("domains") or ()),
            ),
        )
        for request in writer.registry["requests"]:
            moment = datetime.fromisoformat(request["registered_at"])
            for number in request["positions"]:
                store.add_position(
                    session,
                    store.NewPosition(str(request["number"]), str(number), request.get("comment")),
                    actor=Actor.OPERATOR,
                    actor_name="инженер",
                    created_at=moment,
                )
            stored = store.require_request(session, str(request["number"]))
            stored.contractor_email = emails[0] if emails else None
            contractors.attach(stored, entry)


@dataclass
class Score:
    """How one writer's letters (or a whole split) were read."""

    letters: int = 0
    right: int = 0
    positions: int = 0
    positions_right: int = 0
    # Kinds of miss, by what the dispatcher recorded → what OMIS did.
    misses: Counter[str] = field(default_factory=Counter)
    wrong_applied: int = 0  # letters that changed a status the dispatcher would not have
    automatic_acted_on: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.letters += other.letters
        self.right += other.right
        self.positions += other.positions
        self.positions_right += other.positions_right
        self.misses.update(other.misses)
        self.wrong_applied += other.wrong_applied
        self.automatic_acted_on += other.automatic_acted_on
        self.details.extend(other.details)

    @property
    def letter_share(self) -> float:
        return self.right / self.letters if self.letters else 1.0

    @property
    def position_share(self) -> float:
        return self.positions_right / self.positions if self.positions else 1.0

    @property
    def wrong_share(self) -> float:
        return self.wrong_applied / self.letters if self.letters else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name}: letters right {self.right}/{self.letters} ({self.letter_share:.1%}), "
            f"positions right {self.positions_right}/{self.positions} "
            f"({self.position_share:.1%}), wrong status applied {self.wrong_applied} "
            f"({self.wrong_share:.1%}), automatic acted on {self.automatic_acted_on}"
        )


def message_id(raw: bytes) -> str | None:
    parsed = message_from_bytes(raw, policy=policy.compat32)
    return normalise_message_id(parsed.get("message-id"))


def letter_date(raw: bytes) -> datetime:
    parsed = message_from_bytes(raw, policy=policy.compat32)
    return parsedate_to_datetime(str(parsed.get("date")))


def score(database: Database, writer: Writer) -> Score:
    """Compare what intake stored with the labels; every labelled letter must be stored."""
    result = Score()
    positions = {
        str(request["number"]): [str(p) for p in request["positions"]]
        for request in writer.registry["requests"]
    }
    with database.session() as session:
        stored = {letter.message_id: letter for letter in session.scalars(select(Letter))}
        for path in writer.letters:
            label = writer.labels[path.name]
            letter = stored.get(message_id(path.read_bytes()))
            verdict, kind = judge(label, letter, positions)
            result.letters += 1
            result.right += verdict
            if not verdict:
                result.misses[kind] += 1
                result.details.append(f"{writer.name}/{path.name}: {kind}: {_seen(letter)}")
            result.wrong_applied += kind.startswith("wrong-applied")
            result.automatic_acted_on += kind.endswith(": automatic")
        finals = expected_finals(writer)
        for (request, position), expected in finals.items():
            found = store.find_position(session, request, position)
            result.positions += 1
            if found is not None and found.status == expected:
                result.positions_right += 1
            else:
                got = found.status if found else "нет позиции"
                result.details.append(
                    f"{writer.name}: position {request}/{position}: expected «{expected}», "
                    f"got «{got}»"
                )
    return result


def judge(
    label: dict[str, Any], letter: Letter | None, registry: dict[str, list[str]]
) -> tuple[bool, str]:
    """(right?, the kind of miss) for one letter against its label.

    A kind starting with ``wrong-applied`` is a letter that changed a status it should not
    have; a decision that is wrong but changed nothing (the position was already further)
    is ``wrong decision``. Naming every position of a request is the same as naming none.
    """
    if letter is None:
        return False, "not stored"
    acted = letter.outcome in ("applied", "not_applied")
    changed = letter.outcome == "applied"
    expect = label["expect"]
    if expect == "ignored":
        if letter.outcome == "ignored":
            return True, ""
        if acted:
            return False, "wrong-applied: automatic" if changed else "wrong decision: automatic"
        return False, "automatic → review"
    if expect == "review":
        if letter.outcome == "unmatched":
            return True, ""
        if acted:
            return False, "wrong-applied: review letter" if changed else "wrong decision: review"
        return False, "review → ignored"
    if not acted:
        return False, f"decided → {letter.outcome} ({letter.reason})"
    request = str(label["request"])
    wrong = [
        what
        for what, same in (
            ("request", letter.request_number == request),
            (
                "positions",
                _targets(_positions(letter.position_number), request, registry)
                == _targets(list(map(str, label["positions"])), request, registry),
            ),
            ("status", letter.status == label["status"]),
        )
        if not same
    ]
    if not wrong:
        return True, ""
    prefix = "wrong-applied" if changed else "wrong decision"
    return False, f"{prefix}: {', '.join(wrong)}"


def _targets(named: list[str], request: str, registry: dict[str, list[str]]) -> list[str]:
    return sorted(named) if named else sorted(registry.get(request, []))


def _positions(stored: str | None) -> list[str]:
    return sorted(part.strip() for part in (stored or "").split(",") if part.strip())


def _seen(letter: Letter | None) -> str:
    if letter is None:
        return "—"
    return (
        f"{letter.outcome}/{letter.reason} №{letter.request_number} "
        f"поз. {letter.position_number} «{letter.status}»"
    )


def expected_finals(writer: Writer) -> dict[tuple[str, str], str]:
    """Each position's final status by the labels alone (Date order, forward only)."""
    statuses: dict[tuple[str, str], Status] = {
        (str(request["number"]), str(position)): Status.SENT
        for request in writer.registry["requests"]
        for position in request["positions"]
    }
    decided = [
        (letter_date(path.read_bytes()), index, writer.labels[path.name])
        for index, path in enumerate(writer.letters)
        if writer.labels[path.name]["expect"] == "decided"
    ]
    for _date, _index, label in sorted(decided, key=lambda item: (item[0], item[1])):
        status = Status.parse(label["status"])
        request = str(label["request"])
        named = [str(p) for p in label["positions"]]
        keys = [key for key in statuses if key[0] == request and (not named or key[1] in named)]
        if not named:
            behind = [key for key in keys if statuses[key].rank < status.rank]
            keys = behind
        for key in keys:
            if statuses[key].rank < status.rank:
                statuses[key] = status
    return {key: value.value for key, value in statuses.items()}


def evaluate(writer: Writer, database: Database, read_mail: Callable[[Writer], object]) -> Score:
    """Register the writer's requests, read its letters with ``read_mail``, and score."""
    register(database, writer)
    read_mail(writer)
    return score(database, writer)
