"""Showing times to people: always in the configured zone, always labelled."""

from __future__ import annotations

from datetime import datetime, tzinfo

from omis.core.clock import as_utc

# Russian readers expect Russian zone abbreviations in notifications.
_RUSSIAN_ABBREVIATIONS = {"MSK": "МСК", "UTC": "UTC"}


def zone_label(moment: datetime, tz: tzinfo, *, russian: bool = False) -> str:
    local = as_utc(moment).astimezone(tz)
    name = local.tzname() or ""
    if not name or name[0] in "+-":
        name = local.strftime("UTC%z")
        name = f"{name[:-2]}:{name[-2:]}" if len(name) > 5 else name
    return _RUSSIAN_ABBREVIATIONS.get(name, name) if russian else name


def local_time(moment: datetime, tz: tzinfo, fmt: str = "%d.%m.%Y %H:%M") -> str:
    """``20.11.2026 14:05 MSK``: the time in the zone, followed by the zone's label."""
    local = as_utc(moment).astimezone(tz)
    return f"{local.strftime(fmt)} {zone_label(moment, tz)}"


def iso(moment: datetime, tz: tzinfo) -> str:
    """ISO 8601 with the offset, in the configured zone (exports, JSON)."""
    return as_utc(moment).astimezone(tz).isoformat(timespec="seconds")
