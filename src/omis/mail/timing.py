"""Times a letter states against when it was sent: «Выезд сегодня в 13:00» written at 10:15
announces a departure, it does not report one; written at 13:20 it reports it.

Only the nouns of the status words (выезд, прибытие, убытие, завершение) and «на месте»
with the moment of arrival («ориентировочно на месте в 08:30») are judged this way: a
verb's tense already says whether it happened. The clock in the text is the
sender's, so the comparison is with the letter's Date in the sender's own offset.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from omis.mail.rules import Rules
from omis.mail.statuses import Event
from omis.mail.words import Sentence
from omis.requests.lifecycle import Status

# «в 13:00», «13-00», «в 8.00» (a dot only after a preposition: «8.11» alone is a date).
_TIME = re.compile(
    r"(?<![\d.:])([01]?\d|2[0-3])[:\-]([0-5]\d)(?![\d:])"
    r"|(?:^|(?<=\s))(?:в|к|с|до)\s+([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])"
)
_DATE = re.compile(r"(?<![\d.:])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d:])")
_SINCE = (" с", " со", " до", " после", " от")  # «с 7:40 на месте»: since when
_BEFORE_REACH = 40  # characters before «на месте» where its moment may stand
_REACH = 60  # characters after the status word where its time may stand
_GRACE = timedelta(minutes=15)  # a report written a little before the time it names
# The state's own moment: right after it, with no other word between («на месте в 08:30»).
_AT_ONCE = re.compile(r"\s*(?:(?:в|к|около|примерно|ориентировочно)\s+)*", re.I)
# …or right before it, at most with an estimate («~10:40 на месте», «к 10:40 на месте»).
_MOMENT_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(]))(?:(?:в|к|около|примерно|ориентировочно)\s+|[~≈]\s*)?"
    r"([01]?\d|2[0-3])[:\-]([0-5]\d)\s*$",
    re.I,
)


def announced(sentence: Sentence, event: Event, sent: datetime | None, rules: Rules) -> bool:
    """True when a status noun, or «на месте» with its moment right after it or right
    before it («~10:40 на месте»), names a moment still to come when the letter was sent.
    An arrival estimated for a moment to come («ориентировочное прибытие 8:45») already
    reads as the crew on its way, and stays so."""
    trigger = rules.triggers_by_name.get(event.trigger)
    kind = trigger.kind if trigger else None
    if sent is None or not (
        kind == "noun" or (kind == "phrase" and event.status is Status.ON_SITE)
    ):
        return False
    if trigger is not None and trigger.status is Status.ON_SITE and event.status is Status.EN_ROUTE:
        return False  # «ориентировочное прибытие 8:45» at 8:15: a moment to come is the point
    offset = event.end - sentence.start
    after = sentence.text[offset : offset + _REACH]
    if kind == "phrase":
        start = event.start - sentence.start
        before = _moment_before(sentence.text[max(0, start - _BEFORE_REACH) : start], start)
        if before is not None:
            return _later(sent, *before, sent.date())  # «~10:40 на месте»
    time = _TIME.search(after)
    if time is None:
        return False
    if kind == "phrase" and not _AT_ONCE.fullmatch(after[: time.start()]):
        # «на месте с 07:03» is since when, on whatever clock the Date is in; «на месте,
        # работы завершим к 15:00» is another clause's time
        return False
    hour, minute = (int(g) for g in (time.group(1, 2) if time.group(1) else time.group(3, 4)))
    return _later(sent, hour, minute, _day(after[: time.start()] + " " + after[time.end() :], sent))


def _moment_before(text: str, offset: int) -> tuple[int, int] | None:
    """The clock time at the end of ``text`` (which ends at ``offset`` in its sentence),
    right before a state («~10:40 на месте», «к 10:40 на месте»); not the time it has
    lasted since («с 7:40 на месте»), nor a number cut at the window's start."""
    found = _MOMENT_BEFORE.search(text)
    if found is None or (found.start() == 0 and offset > len(text)):
        return None
    if (" " + text[: found.start()].rstrip().lower()).endswith(_SINCE):
        return None
    return int(found.group(1)), int(found.group(2))


def _later(sent: datetime, hour: int, minute: int, day: date) -> bool:
    """The stated moment is still to come when the letter was sent (past a little grace)."""
    stated = datetime(day.year, day.month, day.day, hour, minute, tzinfo=sent.tzinfo)
    return stated > sent + _GRACE


def _day(text: str, sent: datetime) -> date:
    """The date written beside the time («19.11 в 8:00»), else the day the letter was sent."""
    for match in _DATE.finditer(text):
        day, month, year = match.groups()
        try:
            full = int(year) + (2000 if len(year) == 2 else 0) if year else sent.year
            return date(full, int(month), int(day))
        except ValueError:
            continue
    return sent.date()
