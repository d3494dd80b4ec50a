"""``omis notify``: find delayed positions, decide, and send reminders and escalations.

One run: mark sends interrupted by a crash as unknown, retry earlier temporary failures,
then scan, decide (pure rules) and send at most one message per purpose and chat (a digest
when several positions are late). The reminder counters advance in the same transaction
that records the outgoing message, so a crash after sending never repeats it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain

from sqlalchemy.orm import Session

from omis.adapters.channels import Channel, address_label, build_channels
from omis.core.clock import now
from omis.core.db import Database
from omis.core.jobs import run_job
from omis.core.settings import Settings
from omis.notify import outbox
from omis.notify.models import ReminderState
from omis.notify.outbox import Delivery, Message
from omis.reminders import snooze, targets
from omis.reminders.rules import (
    Action,
    ContractorRules,
    Decision,
    Policy,
    decide,
    policy_from_settings,
)
from omis.reminders.scan import Candidate, delayed_candidates
from omis.reminders.text import Delayed, escalation_text, reminders_text

Echo = Callable[[str], None]
KINDS = ("reminder", "escalation")
UNDELIVERED = ("failed", "retry", "undelivered", "retried_failed", "retried_retry", "waiting")
STATE_WORDS = {"sent": "отправлено", "retry": "ошибка, повтор при следующем запуске",
               "failed": "не доставлено", "duplicate": "уже отправлялось"}  # fmt: skip


@dataclass(frozen=True)
class Planned:
    candidate: Candidate
    decision: Decision

    def delayed(self) -> Delayed:
        c = self.candidate
        return Delayed(
            c.request, c.position, c.status.value, c.changed_at,
            self.decision.elapsed, self.decision.number, c.comment, c.contractor,
        )  # fmt: skip


def run_notify(
    database: Database,
    settings: Settings,
    *,
    minutes: int | None = None,
    dry_run: bool = False,
    echo: Echo = print,
) -> dict[str, int]:
    """One notifier pass; returns its counts. A dry run prints exactly what would be sent
    and neither sends nor records anything (not even a job run)."""
    if dry_run:
        return _run(database, settings, minutes, dry_run=True, echo=echo)
    with run_job(database, "notify") as job:
        counts = _run(database, settings, minutes, dry_run=False, echo=echo)
        job.counts.update(counts)
        trouble = undelivered(counts)
        if trouble:
            job.mark_partial(f"не доставлено сообщений: {trouble}")
        return counts


def undelivered(counts: dict[str, int]) -> int:
    """Messages (or, without channels, positions) that did not reach anyone this run."""
    return sum(counts.get(key, 0) for key in UNDELIVERED)


def describe_counts(counts: dict[str, int], *, with_undelivered: bool = True) -> str:
    """One Russian line for the operator: what was late and what went out (and what did
    not, unless the caller reports that itself)."""
    parts = [
        f"просрочено позиций: {counts.get('delayed', 0)}",
        f"напоминаний по позициям: {counts.get('reminder_positions', 0)}",
        f"эскалаций: {counts.get('escalation_positions', 0)}",
        f"сообщений отправлено: {counts.get('sent', 0) + counts.get('retried_sent', 0)}",
    ]
    if with_undelivered and (trouble := undelivered(counts)):
        parts.append(f"не доставлено: {trouble}")
    return ", ".join(parts)


def _run(
    database: Database, settings: Settings, minutes: int | None, *, dry_run: bool, echo: Echo
) -> dict[str, int]:
    reminder_channels = build_channels(settings, purpose="reminder", dry_run=dry_run, echo=echo)
    escalation_channels = build_channels(settings, purpose="escalation", dry_run=dry_run, echo=echo)
    with database.session(commit=False) as session:
        own = targets.load(session)
    own_channels = {
        t.id: targets.escalation_channels(settings, t, dry_run=dry_run, echo=echo) for t in own
    }
    policy = policy_from_settings(
        settings.reminders, settings.core.tz, escalation=bool(escalation_channels), minutes=minutes,
        contractors={t.id: ContractorRules(t.limits, bool(own_channels[t.id])) for t in own},
    )  # fmt: skip
    counts: Counter[str] = Counter()
    if not dry_run:
        every = [*reminder_channels, *escalation_channels, *chain(*own_channels.values())]
        _housekeeping(database, settings, every, counts, echo)
    at = now()
    reminders, escalations, delayed = _plan(database, policy, at, counts)
    counts["delayed"] = delayed
    sender = _Sender(database, settings, at, dry_run, echo, counts)
    sender.send("reminder", reminders, reminder_channels)
    for group, channels in targets.by_target(
        escalations, _contractor_of, escalation_channels, own_channels
    ):
        sender.send("escalation", group, channels)
    return dict(counts)


def _contractor_of(planned: Planned) -> int | None:
    return planned.candidate.contractor_id


def _housekeeping(
    database: Database,
    settings: Settings,
    channels: list[Channel],
    counts: Counter[str],
    echo: Echo,
) -> None:
    for row in outbox.mark_interrupted(database):
        counts["unknown"] += 1
        echo(
            f"доставка не подтверждена (процесс прервался): {row.channel}:{row.target}, запись {row.id}"
        )
    for delivery in outbox.retry_due(database, settings, channels, KINDS):
        counts[f"retried_{delivery.state}"] += 1
        state = STATE_WORDS.get(delivery.state, delivery.state)
        error = f" ({delivery.error})" if delivery.error else ""
        echo(f"повторная отправка → {address_label(delivery.address)}: {state}{error}")
    for row in outbox.waiting(database, KINDS):
        counts["waiting"] += 1
        echo(f"ожидает повтора → {address_label(f'{row.channel}:{row.target}')}: {row.last_error}")


def _plan(
    database: Database, policy: Policy, at: datetime, counts: Counter[str]
) -> tuple[list[Planned], list[Planned], int]:
    with database.session(commit=False) as session:
        candidates = delayed_candidates(session, policy, at)
        state = {c.position_id: (c.status.value, c.changed_at) for c in candidates}
        paused = snooze.active(session, state, at)
    reminders: list[Planned] = []
    escalations: list[Planned] = []
    delayed = 0
    for candidate in candidates:
        decision = decide(
            policy, candidate.status, candidate.changed_at, candidate.cycle, at,
            candidate.contractor_id,
        )  # fmt: skip
        late = decision.elapsed > policy.limit(candidate.status, candidate.contractor_id)
        delayed += late
        if candidate.position_id in paused:
            # «Напоминать после …»: still late, but nobody is told until the pause ends.
            counts["snoozed"] += late
            continue
        if decision.action is Action.REMIND:
            reminders.append(Planned(candidate, decision))
        elif decision.action is Action.ESCALATE:
            escalations.append(Planned(candidate, decision))
    return reminders, escalations, delayed


@dataclass
class _Sender:
    database: Database
    settings: Settings
    at: datetime
    dry_run: bool
    echo: Echo
    counts: Counter[str]

    def send(self, kind: str, group: list[Planned], channels: Sequence[Channel]) -> None:
        if not group:
            return
        self.counts[f"{kind}_positions"] += len(group)
        text = self._text(kind, group)
        if self.dry_run:
            for channel in channels:
                channel.send(text)
            return
        if not channels:
            self.counts["undelivered"] += len(group)
            self.echo(
                f"каналы не настроены ({_WHERE[kind]}): {_WHAT[kind]} по {len(group)} поз. "
                "не отправлено"
            )
            return
        message = Message(
            kind, _key(kind, group), text, tuple(p.candidate.position_id for p in group)
        )
        with self.database.session() as session:
            recorded = outbox.record(session, message, channels)
            _advance(session, kind, group, self.at)
        for delivery in outbox.send_recorded(self.database, self.settings, recorded, channels):
            self._tally(kind, delivery)

    def _text(self, kind: str, group: list[Planned]) -> str:
        items = [planned.delayed() for planned in group]
        tz, config = self.settings.core.tz, self.settings.reminders
        if kind == "escalation":
            return escalation_text(items, self.at, tz)
        return reminders_text(items, self.at, tz, config.template, config.digest_template)

    def _tally(self, kind: str, delivery: Delivery) -> None:
        self.counts[delivery.state] += 1
        error = f" ({delivery.error})" if delivery.error else ""
        state = STATE_WORDS.get(delivery.state, delivery.state)
        self.echo(f"{_WHAT[kind]} → {address_label(delivery.address)}: {state}{error}")


_WHAT = {"reminder": "напоминание", "escalation": "эскалация"}
# Where each purpose goes: OMIS_SMTP_RECIPIENTS is for job alerts only, which people expect
# to cover reminders too; the message names what would have carried it.
_WHERE = {
    "reminder": "OMIS_TELEGRAM_CHAT_ID или OMIS_SMTP_REMINDER_RECIPIENTS",
    "escalation": "OMIS_TELEGRAM_ESCALATION_CHAT_ID или OMIS_SMTP_ESCALATION_RECIPIENTS",
}


def _key(kind: str, group: list[Planned]) -> str:
    parts = sorted(
        f"{p.candidate.position_id}/{p.candidate.changed_at.isoformat()}/{p.decision.number}"
        for p in group
    )
    return f"{kind}:{','.join(parts)}"


def _advance(session: Session, kind: str, group: list[Planned], at: datetime) -> None:
    """Move each position's cycle forward, in the transaction that records the message."""
    for planned in group:
        c = planned.candidate
        state = session.get(ReminderState, c.position_id)
        if state is None:
            state = ReminderState(position_id=c.position_id)
            session.add(state)
        if state.status != c.status.value or state.status_changed_at != c.changed_at:
            state.status, state.status_changed_at = c.status.value, c.changed_at
            state.escalated = False
        state.count = planned.decision.number
        state.last_sent_at = at
        state.escalated = state.escalated or kind == "escalation"
