"""Delay rules: when a position is delayed and what to send about it. Pure: no clock, no I/O.

A position is delayed when the time counted since its last status change exceeds its
status's limit; with a working-hours calendar only working time counts. It is reminded
once, then every ``repeat`` (counted the same way) while still delayed, at most
``max_reminders`` times; then, if an escalation target exists, escalated once. The cycle
belongs to one (status, status_changed_at): a status change starts a new one. The final
status never reminds.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

from omis.core.errors import ConfigError
from omis.core.settings import ReminderSettings
from omis.reminders.text import check_digest_header, check_template
from omis.requests.lifecycle import Status

OPEN_STATUSES: tuple[Status, ...] = tuple(status for status in Status if not status.is_final)


class OfficialCalendar(Protocol):
    """A country's production calendar: its days off and the weekend days it makes working."""

    def is_day_off(self, day: date) -> bool: ...

    def is_moved_workday(self, day: date) -> bool: ...


@dataclass(frozen=True)
class Calendar:
    """Working hours ``start``-``end`` in the zone ``tz`` on working days.

    A day is a working day, first rule that applies: it is in ``workdays`` (the manual
    list's ``+date``); it is in ``holidays`` (the manual list's plain dates); the
    ``official`` production calendar makes it a day off (a public holiday, a bridge day)
    or a working day (a Saturday worked instead); its ISO weekday is in ``days``."""

    start: time
    end: time
    days: frozenset[int]
    holidays: frozenset[date]
    tz: tzinfo
    workdays: frozenset[date] = frozenset()
    official: OfficialCalendar | None = field(default=None, compare=False)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        if self.official is not None:
            if self.official.is_day_off(day):
                return False
            if self.official.is_moved_workday(day):
                return True
        return day.isoweekday() in self.days

    def working_time(self, since: datetime, until: datetime) -> timedelta:
        """Working time between two aware moments (zero when ``until`` is not later)."""
        if until <= since:
            return timedelta(0)
        total = timedelta(0)
        first, last = since.astimezone(self.tz).date(), until.astimezone(self.tz).date()
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            if self.is_working_day(day):
                total += self._overlap(day, since, until)
        return total

    def _overlap(self, day: date, since: datetime, until: datetime) -> timedelta:
        opens = datetime.combine(day, self.start, self.tz)
        closes = datetime.combine(day, self.end, self.tz)
        return max(timedelta(0), min(closes, until) - max(opens, since))


@dataclass(frozen=True)
class ContractorRules:
    """A contractor's own limits (overriding the global ones status by status) and whether
    it has its own escalation target."""

    limits: Mapping[Status, timedelta] = field(default_factory=dict)
    escalation: bool = False


@dataclass(frozen=True)
class Policy:
    limits: Mapping[Status, timedelta]
    repeat: timedelta = timedelta(minutes=60)
    max_reminders: int = 3
    escalation: bool = False
    calendar: Calendar | None = None
    contractors: Mapping[int, ContractorRules] = field(default_factory=dict)

    def limit(self, status: Status, contractor: int | None = None) -> timedelta:
        """The contractor's own limit for ``status`` when it set one, else the global one."""
        own = self.contractors.get(contractor) if contractor is not None else None
        if own is not None and status in own.limits:
            return own.limits[status]
        return self.limits.get(status, timedelta(minutes=60))

    def earliest_limit(self, status: Status) -> timedelta:
        """The shortest limit any position in ``status`` can have (the scan's cut-off)."""
        own = [
            rules.limits[status] for rules in self.contractors.values() if status in rules.limits
        ]
        return min([self.limit(status), *own])

    def escalates(self, contractor: int | None = None) -> bool:
        own = self.contractors.get(contractor) if contractor is not None else None
        return self.escalation or (own is not None and own.escalation)

    @property
    def smallest_limit(self) -> timedelta:
        return min(self.earliest_limit(status) for status in OPEN_STATUSES)

    def elapsed(self, since: datetime, until: datetime) -> timedelta:
        if self.calendar is None:
            return max(timedelta(0), until - since)
        return self.calendar.working_time(since, until)


@dataclass(frozen=True)
class Cycle:
    """What was already sent about the current (status, status_changed_at)."""

    count: int = 0
    last_sent_at: datetime | None = None
    escalated: bool = False


class Action(enum.Enum):
    NONE = "none"
    REMIND = "remind"
    ESCALATE = "escalate"


@dataclass(frozen=True)
class Decision:
    action: Action
    elapsed: timedelta = field(default=timedelta(0))
    number: int = 0  # the reminder's number in its cycle (1..max_reminders)


def decide(
    policy: Policy,
    status: Status,
    changed_at: datetime,
    cycle: Cycle | None,
    at: datetime,
    contractor: int | None = None,
) -> Decision:
    """What to send now about a position in ``status`` since ``changed_at`` (of a request
    of ``contractor``, whose own limits and escalation target count).

    ``cycle`` must be None when the stored cycle belongs to an earlier status (reset)."""
    if status.is_final:
        return Decision(Action.NONE)
    elapsed = policy.elapsed(changed_at, at)
    if elapsed <= policy.limit(status, contractor):
        return Decision(Action.NONE, elapsed)
    cycle = cycle or Cycle()
    if cycle.count == 0 or cycle.last_sent_at is None:
        return Decision(Action.REMIND, elapsed, 1)
    if policy.elapsed(cycle.last_sent_at, at) < policy.repeat:
        return Decision(Action.NONE, elapsed)
    if cycle.count < policy.max_reminders:
        return Decision(Action.REMIND, elapsed, cycle.count + 1)
    if policy.escalates(contractor) and not cycle.escalated:
        return Decision(Action.ESCALATE, elapsed, cycle.count)
    return Decision(Action.NONE, elapsed)


def policy_from_settings(
    config: ReminderSettings,
    default_tz: tzinfo,
    *,
    escalation: bool,
    minutes: int | None = None,
    contractors: Mapping[int, ContractorRules] | None = None,
) -> Policy:
    """The policy the settings (and the contractor directory) describe; ``minutes``
    overrides every limit, the contractors' own included (``--minutes``). Every reminder
    setting is checked here, the texts' templates included: ``omis doctor`` calls this too,
    so the job and the doctor refuse the same values with the same words."""
    check_templates(config)
    contractors = contractors or {}
    if minutes is not None:
        contractors = {key: replace(rules, limits={}) for key, rules in contractors.items()}
    base = timedelta(minutes=minutes or config.limit_minutes)
    limits = {status: base for status in OPEN_STATUSES}
    if minutes is None:
        limits.update(_status_limits(config.status_limits))
    return Policy(
        limits=limits,
        repeat=timedelta(minutes=config.repeat_minutes),
        max_reminders=config.max_reminders,
        escalation=escalation,
        calendar=_calendar(config, default_tz),
        contractors=contractors,
    )


def check_templates(config: ReminderSettings) -> None:
    if config.template:
        check_template(config.template)
    if config.digest_template:
        check_digest_header(config.digest_template)


def _status_limits(raw: Mapping[str, int]) -> dict[Status, timedelta]:
    limits: dict[Status, timedelta] = {}
    for name, value in raw.items():
        try:
            status = Status.parse(name)
        except ValueError as exc:
            raise ConfigError(f"OMIS_REMINDER_STATUS_LIMITS: {exc}") from None
        if status.is_final or value < 1:
            raise ConfigError(
                f"OMIS_REMINDER_STATUS_LIMITS: для «{status}» предел не задаётся или меньше минуты"
            )
        limits[status] = timedelta(minutes=value)
    return limits


def _calendar(config: ReminderSettings, default_tz: tzinfo) -> Calendar | None:
    # Checked even when unused: an impossible date is a typo to report now, not when
    # working hours are switched on.
    days_off, workdays = parse_overrides(config.holidays)
    if not config.working_hours:
        return None
    start, end = parse_hours(config.working_hours)
    try:
        tz = ZoneInfo(config.calendar_timezone) if config.calendar_timezone else default_tz
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"OMIS_REMINDER_CALENDAR_TIMEZONE: {exc}") from None
    if not set(config.working_days) <= set(range(1, 8)):
        raise ConfigError("OMIS_REMINDER_WORKING_DAYS: дни недели от 1 (пн) до 7 (вс)")
    official = _official(config.production_calendar)
    return Calendar(start, end, frozenset(config.working_days), days_off, tz, workdays, official)


def parse_overrides(items: list[str]) -> tuple[frozenset[date], frozenset[date]]:
    """The manual list: ``2027-01-11`` (or ``-2027-01-11``) a day off the production
    calendar does not know, ``+2027-12-28`` a working day it does not know. Returns (days
    off, working days)."""
    days_off: set[date] = set()
    workdays: set[date] = set()
    for item in items:
        text = item.strip()
        target = workdays if text.startswith("+") else days_off
        try:
            target.add(date.fromisoformat(text.lstrip("+-")))
        except ValueError:
            raise ConfigError(
                f"OMIS_REMINDER_HOLIDAYS: «{item}» не дата ГГГГ-ММ-ДД; выходной: 2027-01-11, "
                "рабочий день: +2027-12-28"
            ) from None
    if days_off & workdays:
        both = ", ".join(sorted(str(day) for day in days_off & workdays))
        raise ConfigError(f"OMIS_REMINDER_HOLIDAYS: день и выходной, и рабочий: {both}")
    return frozenset(days_off), frozenset(workdays)


def _official(country: str | None) -> OfficialCalendar | None:
    if not country or country.lower() == "none":
        return None
    from omis.reminders.production import PackageCalendar  # loads `holidays`: only when used

    return PackageCalendar(country)


def parse_hours(text: str) -> tuple[time, time]:
    """``"08:00-20:00"`` -> (08:00, 20:00); a loud ConfigError otherwise."""
    try:
        first, second = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise ConfigError(
            f"OMIS_REMINDER_WORKING_HOURS: ожидается ЧЧ:ММ-ЧЧ:ММ, получено {text!r}"
        ) from None
    if first >= second:
        raise ConfigError("OMIS_REMINDER_WORKING_HOURS: начало должно быть раньше конца")
    return first, second
