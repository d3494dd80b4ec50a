"""Russian texts of reminders, escalations and digests. Pure functions.

Templates are ``str.format`` strings; the fields are listed in :data:`TEMPLATE_FIELDS`.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from omis.core.clock import as_utc
from omis.core.errors import ConfigError
from omis.core.timefmt import zone_label

DEFAULT_TEMPLATE = (
    "⚠ Заявка №{request} (позиция {position}{contractor_note}) уже {duration} без обновления "
    '(текущий статус: "{status}", с {since})'
)
DEFAULT_DIGEST_HEADER = "⚠ Без обновления {count_text} (сначала самые давние):"
ESCALATION_HEADER = (
    "‼ Эскалация: напоминания ({reminders}) не помогли, {count_text} без обновления:"
)
TEMPLATE_FIELDS = (
    "request", "position", "duration", "status", "since", "number", "comment",
    "contractor", "contractor_note",
)  # fmt: skip
DIGEST_FIELDS = ("count", "count_text")

_UNITS = {
    "minute": ("минуты", "минут"),
    "hour": ("часа", "часов"),
    "day": ("дня", "дней"),
    "position": ("позиция", "позиций"),
}


@dataclass(frozen=True)
class Delayed:
    """One delayed position as the texts need it."""

    request: str
    position: str
    status: str
    since: datetime
    elapsed: timedelta
    number: int = 1
    comment: str | None = None
    contractor: str | None = None


def genitive(count: int, unit: str) -> str:
    """``count`` with ``unit`` in the genitive case that «более» takes: 1 минуты, 5 минут,
    21 часа, 11 дней."""
    single, plural = _UNITS[unit]
    return f"{count} {single if count % 10 == 1 and count % 100 != 11 else plural}"


def duration_ru(elapsed: timedelta) -> str:
    """«более часа», «более 45 минут», «более 2 часов», «более 1 дня 3 часов»."""
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 1:
        return "менее минуты"
    if minutes < 60:
        return f"более {genitive(minutes, 'minute')}"
    hours = minutes // 60
    if hours == 1:
        return "более часа"
    if hours < 24:
        return f"более {genitive(hours, 'hour')}"
    days, rest = divmod(hours, 24)
    tail = f" {genitive(rest, 'hour')}" if rest else ""
    return f"более {genitive(days, 'day')}{tail}"


def positions_ru(count: int) -> str:
    """«1 позиция», «3 позиций» as used after «без обновления»: «5 позиций»."""
    single, plural = _UNITS["position"]
    if count % 10 == 1 and count % 100 != 11:
        return f"{count} {single}"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return f"{count} позиции"
    return f"{count} {plural}"


def since_ru(moment: datetime, at: datetime, tz: tzinfo) -> str:
    """«14:05 МСК» today, «19.11 14:05 МСК» on an earlier day of the year, else with year."""
    local, today = as_utc(moment).astimezone(tz), as_utc(at).astimezone(tz)
    if local.date() == today.date():
        shown = f"{local:%H:%M}"
    elif local.year == today.year:
        shown = f"{local:%d.%m %H:%M}"
    else:
        shown = f"{local:%d.%m.%Y %H:%M}"
    return f"{shown} {zone_label(moment, tz, russian=True)}"


def check_template(template: str) -> str:
    """Fail loudly now on a template that would fail at send time."""
    return _checked(template, TEMPLATE_FIELDS, "OMIS_REMINDER_TEMPLATE")


def check_digest_header(header: str) -> str:
    return _checked(header, DIGEST_FIELDS, "OMIS_REMINDER_DIGEST_TEMPLATE")


def _checked(template: str, fields: tuple[str, ...], variable: str) -> str:
    """``template`` if it uses only the plain fields ``{name}`` (a format spec allowed): an
    attribute or an index (``{request.__class__}``, ``{request[0]}``) would print Python's
    internals into a message, a positional ``{}`` has nothing to take."""
    shown = ", ".join("{" + name + "}" for name in fields)
    try:
        for name in _field_names(template):
            if name not in fields:
                raise ConfigError(
                    f"{variable}: недопустимое поле шаблона «{{{name}}}»; доступны только {shown}"
                )
        template.format(**dict.fromkeys(fields, ""))
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(
            f"{variable}: недопустимый шаблон ({exc}); доступны поля {shown}"
        ) from None
    return template


def _field_names(template: str) -> Iterator[str]:
    """Every replacement field of a ``str.format`` template, those nested in a format spec
    (``{since:{width}}``) included."""
    for _literal, name, spec, _conversion in string.Formatter().parse(template):
        if name is not None:
            yield name
        if spec:
            yield from _field_names(spec)


def reminder_text(item: Delayed, at: datetime, tz: tzinfo, template: str | None = None) -> str:
    return check_template(template or DEFAULT_TEMPLATE).format(**_fields(item, at, tz))


def _fields(item: Delayed, at: datetime, tz: tzinfo) -> dict[str, object]:
    return {
        "request": item.request,
        "position": item.position,
        "duration": duration_ru(item.elapsed),
        "status": item.status,
        "since": since_ru(item.since, at, tz),
        "number": item.number,
        "comment": item.comment or "",
        "contractor": item.contractor or "",
        # «, подрядчик «СтройСервис»» after the position, or nothing for a request without one.
        "contractor_note": f", подрядчик «{item.contractor}»" if item.contractor else "",
    }


def _line(item: Delayed, at: datetime, tz: tzinfo) -> str:
    fields = _fields(item, at, tz)
    return (
        f"• №{fields['request']} (позиция {fields['position']}{fields['contractor_note']}): "
        f"«{fields['status']}» с {fields['since']}, {fields['duration']}"
    )


def digest_text(items: list[Delayed], at: datetime, tz: tzinfo, header: str | None = None) -> str:
    """Several positions in one message, the oldest status change first."""
    ordered = sorted(items, key=lambda item: (as_utc(item.since), item.request, item.position))
    title = (header or DEFAULT_DIGEST_HEADER).format(
        count=len(ordered), count_text=positions_ru(len(ordered))
    )
    return "\n".join([title, *(_line(item, at, tz) for item in ordered)])


def reminders_text(
    items: list[Delayed], at: datetime, tz: tzinfo, template: str | None, header: str | None
) -> str:
    """One position: the reminder text; several: a digest (never a flood of messages)."""
    if len(items) == 1:
        return reminder_text(items[0], at, tz, template)
    return digest_text(items, at, tz, header)


def escalation_text(items: list[Delayed], at: datetime, tz: tzinfo) -> str:
    reminders = max(item.number for item in items)
    header = ESCALATION_HEADER.format(
        reminders=reminders, count_text=positions_ru(len(items)), count=len(items)
    )
    return digest_text(items, at, tz, header=header)
