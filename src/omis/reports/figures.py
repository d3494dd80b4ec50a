"""One entry point for every report by name, with the policy the settings describe."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from omis.core.settings import Settings
from omis.reminders.rules import Policy, policy_from_settings
from omis.reports.contractors import contractor_performance
from omis.reports.delays import delays
from omis.reports.mail import automation_rate
from omis.reports.period import Period, period_for
from omis.reports.pos import pos_progress
from omis.reports.tables import Report

FIGURES: dict[str, Callable[[Session, Period, Policy, datetime], Report]] = {
    "contractors": lambda session, period, policy, _at: contractor_performance(
        session, period, policy
    ),
    "mail": lambda session, period, policy, _at: automation_rate(session, period, policy),
    "delays": delays,
    "pos": lambda session, period, _policy, _at: pos_progress(session, period),
}


def report_policy(settings: Settings) -> Policy:
    """The reminders' limits and working calendar: reports count time the way they do."""
    return policy_from_settings(settings.reminders, settings.core.tz, escalation=False)


def report_period(
    settings: Settings, at: datetime, since: date | None = None, until: date | None = None
) -> Period:
    tz = settings.core.tz
    return period_for(tz, at.astimezone(tz).date(), since, until)


def compute(
    figure: str, session: Session, settings: Settings, period: Period, at: datetime
) -> Report:
    """The report named ``figure`` (see :data:`FIGURES`) over ``period``; ``at`` is now."""
    _tune(session)
    return FIGURES[figure](session, period, report_policy(settings), at)


def _tune(session: Session) -> None:
    """PostgreSQL compiles a query to machine code when it looks expensive: for the
    reports' grouping queries that compilation took seconds, the query itself a fraction
    of it. Off for this transaction only."""
    if session.get_bind().dialect.name == "postgresql" and "omis.reports.tuned" not in session.info:
        session.execute(text("SET LOCAL jit = off"))
        session.info["omis.reports.tuned"] = True
