"""How values look on the pages: local labelled times, durations, Russian labels, and no
control of text direction from text OMIS did not write.

Pure functions; :func:`init_app` registers them as Jinja filters (and the last one as the
``finalize`` every printed value goes through).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flask import Flask

from omis.adapters.channels import CHANNEL_LABELS as CHANNEL_LABELS
from omis.adapters.mailsources import mailbox_label
from omis.core.clock import as_utc, now
from omis.core.jobs import JOB_OUTCOME_LABELS
from omis.core.lookalike import BIDI_CONTROLS
from omis.core.timefmt import local_time
from omis.mail.review import ReviewState
from omis.mail.vocabulary import LETTER_OUTCOME_LABELS, reason_label, rule_label
from omis.notify.models import KIND_LABELS, STATE_LABELS
from omis.requests.lifecycle import Actor, Status
from omis.web import storage
from omis.web.roles import ROLE_LABELS, Role

ACTOR_LABELS = {actor.value: actor.label for actor in Actor}

# Badges: every vocabulary's codes with their labels from the one table of that vocabulary
# (letters, jobs, notifications, review, outside systems), and the tone of each code.
SYSTEM_LABELS = {"ok": "в порядке", "waiting": "ожидает запуска", "failing": "не работает",
                 "off": "не настроено"}  # fmt: skip
OUTCOME_LABELS: dict[str, str] = {
    **STATE_LABELS,
    **JOB_OUTCOME_LABELS,
    **LETTER_OUTCOME_LABELS,
    **{state.value: state.label for state in ReviewState},
    **SYSTEM_LABELS,
}

OUTCOME_TONES = {
    "applied": "good",
    "success": "good",
    "sent": "good",
    "ok": "good",
    "assigned": "good",
    "not_applied": "muted",
    "duplicate": "muted",
    "ignored": "muted",
    "skipped": "muted",
    "dismissed": "muted",
    "waiting": "muted",
    "off": "muted",
    "unmatched": "warn",
    "partial": "warn",
    "open": "warn",
    "pending": "warn",
    "retry": "warn",
    "unknown": "bad",
    "running": "warn",
    "failed": "bad",
    "failing": "bad",
}


def when(moment: datetime | None) -> str:
    """``20.11.2026 14:05 MSK`` in the configured zone; a dash when there is no time."""
    if moment is None:
        return "—"
    return local_time(moment, storage.settings().core.tz)


def plural(count: int, one: str, few: str, many: str) -> str:
    """The Russian noun form for ``count``: 1 минута, 2 минуты, 5 минут, 21 минута."""
    tail = abs(count) % 100
    if 11 <= tail <= 14:
        return many
    last = tail % 10
    if last == 1:
        return one
    if 2 <= last <= 4:
        return few
    return many


def duration(span: timedelta | float | None) -> str:
    """``2 ч 05 мин``, ``3 дн 4 ч``, ``меньше минуты``: how long, to the useful precision."""
    if span is None:
        return "—"
    seconds = int(span.total_seconds() if isinstance(span, timedelta) else span)
    if seconds < 60:
        return "меньше минуты" if seconds >= 0 else "—"
    minutes, hours, days = seconds // 60 % 60, seconds // 3600 % 24, seconds // 86400
    if days:
        return f"{days} дн {hours} ч"
    if hours:
        return f"{hours} ч {minutes:02d} мин"
    return f"{minutes} мин"


def since(moment: datetime | None) -> str:
    """How long ago ``moment`` was, by the OMIS clock."""
    return duration(now() - as_utc(moment)) if moment is not None else "—"


def status_rank(value: str | None) -> int:
    try:
        return Status(value).rank if value else -1
    except ValueError:
        return -1


def actor_label(actor: str | None) -> str:
    return ACTOR_LABELS.get(actor or "", actor or "—")


def outcome_label(outcome: str | None) -> str:
    return OUTCOME_LABELS.get(outcome or "", outcome or "—")


def outcome_tone(outcome: str | None) -> str:
    return OUTCOME_TONES.get(outcome or "", "muted")


def evidence_label(item: Any) -> str:
    """What a piece of evidence is, in words (its rule id goes to the tooltip)."""
    return rule_label(str(getattr(item, "rule", "")), str(getattr(item, "field", "")))


# Channels: CHANNEL_LABELS, on the classes; notification kinds: omis.notify.models.
def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


# What a job run counted, in words (mail outcomes, reminders, POS sync, the watchdog).
COUNT_LABELS = {
    "applied": "применено",
    "not_applied": "не применено",
    "unmatched": "на разбор",
    "ignored": "пропущено",
    "duplicate": "повторы",
    "delayed": "задержано",
    "sent": "отправлено",
    "retry": "на повтор",
    "failed": "ошибок",
    "undelivered": "не доставлено",
    "unknown": "неизвестно",
    "reminder_positions": "позиций в напоминаниях",
    "escalation_positions": "позиций в эскалациях",
    "fetched": "прочитано",
    "to_update": "к обновлению",
    "updated": "обновлено",
    "already_right": "уже верно",
    "unmapped": "без сопоставления",
    "drift": "расхождений",
    "retried": "повторено",
    "watched": "заданий под наблюдением",
    "failing": "сбоят",
    "alerts_sent": "оповещений",
    "advanced": "отвечено",
    "resent": "отправлено повторно",
    "snoozed": "отложено",
    "open_followed": "открытых обращений прочитано",
    "http_requests": "HTTP-запросов",
    "chunks": "частей периода",
    "retried_sent": "повтор отправлен",
    "retried_retry": "повтор снова не удался",
    "retried_failed": "повтор не отправлен",
    "retried_unknown": "повтор с неизвестным итогом",
}


def counts_text(counts: dict[str, Any] | None) -> str:
    """A job run's counts on one line in words: ``прочитано: 10, обновлено: 8``; a key
    without a label is shown as it is stored. Only whole numbers are counts: the details
    some jobs keep beside them (POS sync: its window, unmapped values) have their own page."""
    shown = [
        f"{COUNT_LABELS.get(key, key)}: {value}"
        for key, value in (counts or {}).items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    return ", ".join(shown) or "—"


# How much of a subject a list shows: a few lines of its column.
BRIEF_CHARS = 200


def brief(text: str | None, limit: int = BRIEF_CHARS) -> str:
    """The beginning of ``text`` for a list or a heading, ending in «…» when there is more:
    a subject of thousands of letters would make each row of the review queue a page long.
    The letter's page shows it whole."""
    text = text or ""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def role_label(role: str | None) -> str:
    try:
        return ROLE_LABELS[Role(role or "")]
    except ValueError:
        return role or "—"


_NO_DIRECTION_CONTROLS = dict.fromkeys(map(ord, BIDI_CONTROLS))


def without_direction_controls(value: Any) -> Any:
    """``value`` without the characters that change the direction of text (U+202E, the
    right-to-left override, and the rest): a letter's subject, a contractor's name or a
    comment could otherwise turn the text after them around («\u202eпривет» shows as
    «тевирп») and disguise what it says. The text reads in its stored order; the stored
    text is not changed. Every value a template prints goes through here, markup too (the
    characters are never part of HTML syntax, so leaving them out keeps markup safe)."""
    if not isinstance(value, str) or value.isascii():
        return value
    return value.translate(_NO_DIRECTION_CONTROLS)  # Markup's translate keeps it Markup


def init_app(app: Flask) -> None:
    filters = {
        "when": when,
        "since": since,
        "duration": duration,
        "status_rank": status_rank,
        "actor_label": actor_label,
        "outcome_label": outcome_label,
        "outcome_tone": outcome_tone,
        "counts_text": counts_text,
        "reason_label": reason_label,
        "channel_label": channel_label,
        "kind_label": kind_label,
        "evidence_label": evidence_label,
        "mailbox_label": mailbox_label,
        "role_label": role_label,
        "brief": brief,
    }
    app.jinja_env.filters.update(filters)
    app.jinja_env.finalize = without_direction_controls
    app.jinja_env.globals.update(plural=plural, statuses=list(Status))
