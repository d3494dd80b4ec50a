"""The official production calendar of a country, from the `holidays` package.

Russia moves days every year by decree: bridge days off after holidays and Saturdays
worked instead. The package carries those decrees (pinned in pyproject.toml, refreshed
with constraints.txt every year); a decree it does not know yet is entered by hand in
OMIS_REMINDER_HOLIDAYS (see omis.reminders.rules.parse_overrides).
"""

from __future__ import annotations

from datetime import date

import holidays

from omis.core.errors import ConfigError


class PackageCalendar:
    """Days off and moved working days of ``country`` (ISO code, ``RU``)."""

    def __init__(self, country: str) -> None:
        try:
            # expand=True: each year is computed the first time a date in it is asked about
            self._days = holidays.country_holidays(country.upper())
        except NotImplementedError:
            raise ConfigError(
                f"OMIS_REMINDER_PRODUCTION_CALENDAR: календарь страны «{country}» неизвестен; "
                "для России: RU, без производственного календаря: none"
            ) from None

    def is_day_off(self, day: date) -> bool:
        return day in self._days

    def is_moved_workday(self, day: date) -> bool:
        self.is_day_off(day)  # makes sure the day's year is computed
        return day in self._days.weekend_workdays
