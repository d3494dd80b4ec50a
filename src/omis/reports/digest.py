"""The weekly digest: last week's contractor and automation summary, once per week.

Off unless ``OMIS_REPORT_DIGEST`` is set. From ``OMIS_REPORT_DIGEST_WEEKDAY`` (Monday) at
``OMIS_REPORT_DIGEST_HOUR`` (08:00) in the OMIS zone, the first ``omis run`` sends the
summary of the previous week (Monday to Sunday) to the escalation chat and recipients
through the outbox. The outbox key names the week, so the digest goes out once per week
and target however often ``omis run`` runs, even when a run dies after sending.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select

from omis.adapters.channels import Channel, build_channels
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings
from omis.notify import outbox
from omis.notify.models import Notification
from omis.notify.outbox import Delivery, Message
from omis.reports.contractors import STEPS, ContractorFigures, ContractorReport
from omis.reports.delays import DelayReport
from omis.reports.figures import compute
from omis.reports.mail import MailReport
from omis.reports.period import Period

KIND = "report_digest"
CONTRACTORS_LISTED = 10


@dataclass(frozen=True)
class DigestResult:
    """What one digest step did: ``due`` False before the week's digest time."""

    due: bool
    week: Period | None = None
    deliveries: tuple[Delivery, ...] = ()
    problem: str | None = None

    def summary(self) -> str:
        if not self.due or self.week is None:
            return "ещё не время"
        sent = sum(item.state == "sent" for item in self.deliveries)
        already = sum(item.state == "duplicate" for item in self.deliveries)
        head = f"неделя {self.week.label()}: отправлено {sent}"
        return head + (f", уже отправлялась {already}" if already else "")


def week_due(settings: Settings, at: datetime) -> Period | None:
    """The week to summarise if its digest is due at ``at``, else None."""
    config, tz = settings.reports, settings.core.tz
    local = at.astimezone(tz)
    monday = local.date() - timedelta(days=local.isoweekday() - 1)
    due_day = monday + timedelta(days=config.digest_weekday - 1)
    if local < datetime.combine(due_day, time(config.digest_hour), tz):
        return None
    return Period(monday - timedelta(days=7), monday - timedelta(days=1), tz)


def week_key(week: Period) -> str:
    year, number, _ = week.first.isocalendar()
    return f"digest:{year}-W{number:02d}"


def run_digest(
    database: Database,
    settings: Settings,
    *,
    dry_run: bool = False,
    echo: Callable[[str], None] = print,
) -> DigestResult:
    """Send last week's digest if it is due and not sent yet; a dry run prints it."""
    at = now()
    week = week_due(settings, at)
    if week is None:
        return DigestResult(due=False)
    channels = build_channels(settings, purpose="digest", dry_run=dry_run, echo=echo)
    if not channels:
        missing = "получатели не настроены (OMIS_TELEGRAM_ESCALATION_CHAT_ID, OMIS_SMTP_ESCALATION_RECIPIENTS)"
        return DigestResult(True, week, problem=missing)
    key = week_key(week)
    if dry_run:
        text = digest_text(database, settings, week, at)
        for channel in channels:
            channel.send(text)
        return DigestResult(True, week)
    if _all_sent(database, Message(KIND, key, ""), channels):
        return DigestResult(True, week, tuple(Delivery(c.address, "duplicate") for c in channels))
    with run_job(database, "digest") as job:
        message = Message(KIND, key, digest_text(database, settings, week, at))
        deliveries = outbox.deliver(database, settings, message, channels)
        job.counts.update(sent=sum(d.state == "sent" for d in deliveries), week=key)
        failed = [d for d in deliveries if d.state in ("failed", "retry")]
        problem = f"не доставлено: {len(failed)}" if failed else None
        if problem:
            job.mark_partial(problem)
    return DigestResult(True, week, tuple(deliveries), problem)


def _all_sent(database: Database, message: Message, channels: list[Channel]) -> bool:
    """Every target already has this week's digest (most runs of the week end here,
    before any report is computed)."""
    keys = [outbox.channel_key(message, channel) for channel in channels]
    with database.read_session() as session:
        found = session.scalars(
            select(Notification.idempotency_key).where(Notification.idempotency_key.in_(keys))
        )
        return set(found) == set(keys)


def digest_text(database: Database, settings: Settings, week: Period, at: datetime) -> str:
    with database.read_session() as session:
        contractors = compute("contractors", session, settings, week, at)
        mail = compute("mail", session, settings, week, at)
        delays = compute("delays", session, settings, week, at)
    assert isinstance(contractors, ContractorReport)
    assert isinstance(mail, MailReport)
    assert isinstance(delays, DelayReport)
    return compose(contractors, mail, delays)


def compose(contractors: ContractorReport, mail: MailReport, delays: DelayReport) -> str:
    """The digest's text (pure): one paragraph per figure, the busiest contractors first."""
    week = contractors.period
    lines = [f"📊 OMIS: сводка за неделю {week.first:%d.%m}–{week.last:%d.%m.%Y}", ""]
    lines += [_mail_line(mail), ""]
    working = " (рабочее время)" if contractors.working_time else ""
    lines.append(f"Подрядчики, медиана / 90-й процентиль{working}:")
    shown = contractors.contractors[:CONTRACTORS_LISTED]
    if not shown:
        lines.append("• за неделю ни один этап не завершился")
    lines += [_contractor_line(item) for item in shown]
    if len(contractors.contractors) > len(shown):
        lines.append(f"• и ещё подрядчиков: {len(contractors.contractors) - len(shown)}")
    if len(shown) > 1:
        lines.append(_contractor_line(contractors.overall))
    total = delays.total
    lines += [
        "",
        f"Задержки: стали просроченными {total.became_late}, напоминаний {total.reminders}, "
        f"эскалаций {total.escalations}.",
    ]
    return "\n".join(lines)


def _mail_line(mail: MailReport) -> str:
    total = mail.total
    letters = total.automatic + total.review
    if not letters:
        return "Письма: писем подрядчиков не было."
    share = f"{(total.share or 0) * 100:.0f} %"
    wait = mail.wait.median_minutes
    waited = f", медиана ожидания разбора {_minutes(wait)}" if wait is not None else ""
    return (
        f"Письма: разобрано автоматически {share} ({total.automatic} из {letters}), "
        f"на разбор {total.review}, автоответов {total.ignored}{waited}."
    )


def _contractor_line(figures: ContractorFigures) -> str:
    parts = []
    for step in STEPS:
        item = figures.steps[step.key]
        if item.count:
            parts.append(
                f"{step.title} {_minutes(item.median_minutes)} / {_minutes(item.p90_minutes)}"
                f" ({item.count})"
            )
    steps = "; ".join(parts) or "этапов нет"
    extra = f"; с превышением {figures.breached_positions}, открыто {figures.open_count}"
    return f"• {figures.contractor}: {steps}{extra}"


def _minutes(value: float | None) -> str:
    if value is None:
        return "—"
    minutes = round(value)
    hours, rest = divmod(minutes, 60)
    if hours >= 24:
        return f"{hours // 24} дн {hours % 24} ч"
    return f"{hours} ч {rest:02d} мин" if hours else f"{minutes} мин"
