"""Building a fixed history for the report tests: positions and their status changes at
known times, with or without the letters behind them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from omis.core.db import Database
from omis.mail.models import Letter
from omis.reminders.rules import OPEN_STATUSES, Calendar, Policy, parse_hours
from omis.reports.period import Period
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position

MOSCOW = ZoneInfo("Europe/Moscow")
# Friday 20 November 2026, 09:00 in Moscow.
T0 = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
STATUSES = (Status.ACCEPTED, Status.EN_ROUTE, Status.ON_SITE, Status.LEFT)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def period(first: date = date(2026, 11, 1), last: date = date(2026, 11, 30)) -> Period:
    return Period(first, last, MOSCOW)


def policy(limit: int = 60, working_hours: str | None = None, **limits: int) -> Policy:
    by_status = {status: timedelta(minutes=limit) for status in OPEN_STATUSES}
    for name, minutes in limits.items():
        by_status[Status[name.upper()]] = timedelta(minutes=minutes)
    calendar = None
    if working_hours:
        start, end = parse_hours(working_hours)
        calendar = Calendar(start, end, frozenset({1, 2, 3, 4, 5}), frozenset(), MOSCOW)
    return Policy(limits=by_status, calendar=calendar)


def position(
    database: Database,
    request: str,
    minutes: list[float | None],
    *,
    number: str = "1",
    contractor: str | None = None,
    sender: str | None = None,
    registered: float | None = None,
) -> int:
    """Register ``request``/``number`` and move it through ``STATUSES`` at ``minutes``
    after T0 (None skips a status; a shorter list leaves it open). With ``sender`` every
    change comes from a letter of that sender."""
    first = next((m for m in minutes if m is not None), 0.0)
    created = at(registered if registered is not None else first - 10)
    with database.session() as session:
        new = store.NewPosition(request, number)
        row = store.add_position(session, new, actor=Actor.OPERATOR, created_at=created)
        if contractor:
            row.request.contractor_email = contractor
        for status, minute in zip(STATUSES, minutes, strict=False):
            if minute is None:
                continue
            letter = _letter(session, sender, request, at(minute)) if sender else None
            event = store.StatusEvent(status, Actor.LETTER, sender, letter=letter, at=at(minute))
            store.change_status(session, row, event)
        return row.id


def _letter(session, sender: str, request: str, moment: datetime) -> Letter:
    letter = Letter(
        mailbox="test", message_key=f"{request}-{moment.isoformat()}-{id(session)}-{sender}",
        sent_at=moment, received_at=moment, sender=sender, subject=f"Заявка {request}",
        content_hash="x", outcome="applied", attachments=[], evidence=[],
    )  # fmt: skip
    session.add(letter)
    return letter


def status_of(database: Database, position_id: int) -> str:
    with database.session() as session:
        return session.get_one(Position, position_id).status


CONTRACTORS = ("dispatch@stroyservis.ru", "brigada@energomontazh.ru", "info@podryad.ru")


def busy_month(database: Database, days: int = 25) -> None:
    """A month of work for the pictures: three contractors at different speeds, letters
    decided and reviewed, reminders, and POS runs of two installations."""
    import random

    from omis.core.models import JobRun
    from omis.notify.models import Notification

    rng = random.Random(19)
    number = 5000
    for day in range(-19, days - 19):
        base = day * 24 * 60
        for index, contractor in enumerate(CONTRACTORS):
            for _ in range(rng.randint(1, 3)):
                number += 1
                pace = (1 + index) * rng.uniform(0.6, 1.6)
                start = base + rng.randint(0, 300)
                reaction = start + 15 * pace
                arrival = reaction + 40 * pace
                done = arrival + 90 * rng.uniform(0.5, 2.0)
                steps = [start, reaction, arrival, done][: rng.choice((2, 3, 4, 4, 4, 4))]
                position(database, str(number), steps, contractor=contractor)
        with database.session() as session:
            for letter in range(rng.randint(4, 12)):
                outcome, review = rng.choice(
                    [("applied", None)] * 6 + [("not_applied", None), ("unmatched", "open"),
                     ("applied", "assigned"), ("ignored", None)]
                )  # fmt: skip
                reviewed = at(base + 200) if review == "assigned" else None
                session.add(Letter(
                    mailbox="m", message_key=f"busy-{day}-{letter}", received_at=at(base + letter * 30),
                    content_hash="x", outcome=outcome, review_state=review, reviewed_at=reviewed,
                    attachments=[], evidence=[],
                ))  # fmt: skip
            for reminder in range(rng.randint(0, 3)):
                kind = "escalation" if reminder == 2 else "reminder"
                session.add(Notification(
                    channel="telegram", target="1", kind=kind, idempotency_key=f"busy-{day}-{reminder}",
                    text="…", state="sent", created_at=at(base + 400), sent_at=at(base + 400 + reminder),
                ))  # fmt: skip
            for name, scale in (("default", 1.0), ("север", 0.4)):
                counts = {
                    "fetched": 500, "to_update": 60, "updated": int(rng.randint(30, 60) * scale),
                    "already_right": 440, "unmapped": rng.randint(0, 2), "drift": rng.randint(0, 1),
                    "failed": rng.randint(0, 2), "retried": 0, "installation": name,
                    "advanced": int(rng.randint(5, 20) * scale), "open_followed": int(140 * scale),
                    "open_oldest": "2026-08-14",
                    "open_by_age": {"0-10": int(60 * scale), "11-30": int(45 * scale),
                                    "31-60": int(25 * scale), "60+": int(10 * scale)},
                }  # fmt: skip
                session.add(JobRun(job="pos", started_at=at(base + 600), finished_at=at(base + 601),
                                   outcome="success", counts=counts))  # fmt: skip
