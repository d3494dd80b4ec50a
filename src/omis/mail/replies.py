"""A reply when a letter cannot be read (off by default, ``OMIS_MAIL_REPLY_UNREADABLE``).

A letter from a known contractor that went to review because it names no request, an
unknown request or position, or no status gets one answer in Russian saying exactly what
was not found, with a one-line example of a letter OMIS understands. Never to automatic
mail (it never reaches review), never to strangers, at most one reply per sender per
``OMIS_MAIL_REPLY_PERIOD_MINUTES``; through the outbox, so each is recorded and a letter
is answered at most once. Letters that arrived before the replies were switched on are
never answered: the first pass only notes where the letters stand. With
``OMIS_PRINT_NOTIFICATIONS`` a reply is printed and recorded like every other notification,
and nothing goes to the SMTP server.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omis.adapters.channels import Channel, ConsoleChannel
from omis.adapters.channels.smtp_reply import ReplyChannel, reply_text
from omis.contractors import store as contractors
from omis.core.clock import now
from omis.core.db import Database
from omis.core.errors import ConfigError
from omis.core.models import AppState
from omis.core.settings import Settings
from omis.mail.models import Letter
from omis.notify import outbox
from omis.notify.models import Notification
from omis.notify.outbox import Delivery, Message

KIND = "mail_reply"
CURSOR = "mail_reply.last_letter_id"
REASONS = ("no_request_number", "unknown_request", "unknown_position", "no_status")
FIELDS = ("subject", "problem", "example", "contractor")
DEFAULT_TEMPLATE = (
    "Здравствуйте!\n\n"
    "Это автоматический ответ системы учёта заявок OMIS на ваше письмо «{subject}».\n"
    "Мы не смогли его обработать: {problem}.\n\n"
    "Пожалуйста, укажите в письме номер заявки, номер позиции и что произошло, например:\n"
    "{example}\n\n"
    "Ваше письмо передано оператору. Отвечать на это сообщение не нужно."
)
SKIPPED = {"stranger": "отправитель не из справочника подрядчиков",
           "period": "отправителю уже отвечали недавно",
           "no_message_id": "у письма нет Message-ID",
           "ourselves": "письмо с адреса самой OMIS"}  # fmt: skip


def problem(letter: Letter) -> str:
    """What OMIS could not find in the letter, in words the contractor understands."""
    number, positions = letter.request_number, letter.position_number
    texts = {
        "no_request_number": "в письме не найден номер заявки",
        "unknown_request": (
            f"заявка №{number} не найдена" if number else "заявки с этими номерами не найдены"
        ),
        "unknown_position": f"в заявке №{number} нет позиции {positions}",
        "no_status": (
            f"в письме о заявке №{number} не понятно, что произошло "
            "(например: «выехали», «на месте», «работы завершены»)"
        ),
    }
    return texts.get(letter.reason or "", "письмо не удалось разобрать")


def example(letter: Letter) -> str:
    """One line OMIS would understand, with the letter's own request number when it is
    one OMIS knows the contractor by."""
    number = letter.request_number if letter.reason in ("no_status", "unknown_position") else None
    return f"Заявка {number or '4512'}, позиция 3: бригада на месте"


def compose(template: str | None, letter: Letter, contractor: str) -> str:
    """The reply's body; a template that cannot be filled is a configuration error."""
    values = {
        "subject": letter.subject or "без темы",
        "problem": problem(letter),
        "example": example(letter),
        "contractor": contractor,
    }
    try:
        return (template or DEFAULT_TEMPLATE).format(**values)
    except (KeyError, IndexError, ValueError) as exc:
        fields = ", ".join("{" + name + "}" for name in FIELDS)
        raise ConfigError(
            f"OMIS_MAIL_REPLY_TEMPLATE: недопустимый шаблон ({exc}); доступны поля {fields}"
        ) from None


@dataclass
class ReplyReport:
    sent: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    printed: bool = False  # OMIS_PRINT_NOTIFICATIONS: shown on the console, not sent

    def summary(self) -> str:
        done = "напечатано вместо отправки" if self.printed else "отправлено"
        parts = [f"ответов {done}: {self.sent}"]
        parts += [f"{SKIPPED.get(why, why)}: {count}" for why, count in self.skipped.items()]
        return ", ".join(parts)

    @property
    def problem(self) -> str | None:
        return f"ответы не доставлены: {self.failed}" if self.failed else None


def send_pending(
    database: Database,
    settings: Settings,
    started: datetime,
    echo: Callable[[str], None] = print,
) -> ReplyReport:
    """Answer every new review letter that deserves it (see the module docstring);
    ``started``: when the mail pass began (on the very first pass, letters received
    before it are old and never answered); ``echo`` shows a printed reply."""
    smtp = settings.smtp
    if not settings.core.print_notifications and not (smtp.host and smtp.sender):
        raise ConfigError(
            "OMIS_MAIL_REPLY_UNREADABLE включён, но SMTP не настроен: задайте OMIS_SMTP_HOST "
            "и OMIS_SMTP_SENDER"
        )
    report, at = ReplyReport(printed=settings.core.print_notifications), now()
    # Earlier temporary failures first, as the notifier does: a reply that fails now waits
    # for the next run instead of being tried twice in this one.
    for delivery in _retry(database, settings):
        report.sent += delivery.state == "sent"
        report.failed += delivery.state in ("retry", "failed")
    for letter_id in _new_letters(database, started):
        with database.session() as session:
            planned = _plan(session, settings, session.get_one(Letter, letter_id), at, report)
        if planned is not None:
            message, sender = planned
            channel = _channel(settings, sender, echo)
            for delivery in outbox.deliver(database, settings, message, [channel]):
                report.sent += delivery.state == "sent"
                report.failed += delivery.state in ("retry", "failed")
    return report


def _new_letters(database: Database, started: datetime) -> list[int]:
    """Review letters that arrived since the last pass, for the reasons above; the cursor
    moves past every letter seen."""
    with database.session() as session:
        newest = int(session.scalar(select(func.max(Letter.id))) or 0)
        state = session.get(AppState, CURSOR)
        if state is None:
            older = select(func.max(Letter.id)).where(Letter.received_at < started)
            state = AppState(key=CURSOR, value={"last": int(session.scalar(older) or 0)})
            session.add(state)
        last = int((state.value or {}).get("last", 0))
        state.value = {"last": max(last, newest)}
        query = select(Letter.id).where(
            Letter.id > last,
            Letter.id <= newest,
            Letter.outcome == "unmatched",
            Letter.reason.in_(REASONS),
        )
        return list(session.scalars(query.order_by(Letter.id)))


def _channel(settings: Settings, sender: str, echo: Callable[[str], None]) -> Channel:
    """The reply's way out: the SMTP server, or the console in printing mode (trials:
    shown and recorded, never sent)."""
    if settings.core.print_notifications:
        return ConsoleChannel(_printed_target(sender), echo)
    return ReplyChannel.to(settings.smtp, sender)


def _printed_target(sender: str) -> str:
    """The stored target of a printed reply: the console stands in for this address."""
    return f"{ReplyChannel.kind}:{sender}"


def _plan(
    session: Session, settings: Settings, letter: Letter, at: datetime, report: ReplyReport
) -> tuple[Message, str] | None:
    """The reply to ``letter`` and the address it goes to, or None (counted in
    ``report.skipped``) when the letter is not to be answered."""
    sender = (letter.sender or "").lower()
    contractor = contractors.find_by_sender(session, sender, settings.mail.mail_sender_check)
    since = at - timedelta(minutes=settings.mail.mail_reply_period_minutes)
    checks = (
        (contractor is None, "stranger"),
        (sender == (settings.smtp.sender or "").lower(), "ourselves"),
        (not letter.message_id, "no_message_id"),
        (_replied_recently(session, sender, since, settings.core.print_notifications), "period"),
    )
    why = next((reason for failed, reason in checks if failed), None)
    if why is not None or contractor is None:
        report.skipped[why or "stranger"] += 1
        return None
    original = f"<{letter.message_id}>"
    subject = letter.subject or ""
    subject = subject if subject.lower().startswith("re:") else f"Re: {subject}".strip()
    body = compose(settings.mail.mail_reply_template, letter, contractor.name)
    text = reply_text(subject, original, original, body)
    return Message(KIND, f"reply:{letter.id}", text), sender


def _replied_recently(session: Session, sender: str, since: datetime, printing: bool) -> bool:
    # While printing, a printed reply counts too, so a trial shows the period the way it
    # will work; a printed reply never stops a real one, since nobody received it.
    targets = (sender, _printed_target(sender)) if printing else (sender,)
    query = select(Notification.id).where(
        Notification.kind == KIND,
        Notification.target.in_(targets),
        Notification.created_at >= since,
        Notification.state != "failed",
    )
    return session.scalars(query.limit(1)).first() is not None


def _retry(database: Database, settings: Settings) -> list[Delivery]:
    """Replies that failed for a moment before, sent again (the outbox's retry rules);
    printing mode sends nothing, so they wait for a run that sends."""
    if settings.core.print_notifications:
        return []
    with database.session() as session:
        targets = set(
            session.scalars(
                select(Notification.target).where(
                    Notification.kind == KIND, Notification.state == "retry"
                )
            )
        )
    channels = [ReplyChannel.to(settings.smtp, target) for target in targets]
    return outbox.retry_due(database, settings, channels, (KIND,))
