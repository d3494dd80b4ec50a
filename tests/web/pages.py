"""Every page of the web UI with data behind it: letters of every outcome, review items of
every reason, job runs of every outcome, notifications of every state. Shared by the
test that looks for internal codes on the pages and the phone-width browser test."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from werkzeug.security import generate_password_hash

from omis.contractors import store as contractors
from omis.core.clock import now
from omis.core.jobs import JOB_OUTCOME_LABELS
from omis.core.models import JobRun, User
from omis.mail.models import Letter
from omis.mail.vocabulary import LETTER_OUTCOME_LABELS, REASON_LABELS
from omis.notify.models import KIND_LABELS, STATE_LABELS, Notification
from omis.requests import store
from omis.requests.lifecycle import Actor
from omis.web.formatting import COUNT_LABELS
from web.webtools import PASSWORD, deliver, letter_bytes

# Not named after a role or an actor: those names are codes the pages must not show.
ADMIN = "petrova"

# Evidence as the mail pipeline stores it: every kind of rule, in the subject and the body.
EVIDENCE = [
    {"rule": "request.keyword", "phrase": "заявка 4512", "field": "subject"},
    {"rule": "position.keyword", "phrase": "позиция 1", "field": "body"},
    {"rule": "status.left.ubyli", "phrase": "бригада убыла", "field": "body"},
    {"rule": "status.en_route.vyehali.table", "phrase": "4512 | выехали", "field": "body"},
]
REVIEW_REASONS = [
    "no_request_number", "unknown_request", "unknown_position", "no_status", "ambiguous",
    "mixed_positions", "unreadable", "foreign_sender", "undone",
]  # fmt: skip
JOBS = ["mail", "notify", "pos", "watchdog", "digest", "mail-replies", "runner", "pos:angarsk"]


def fill(database: Any) -> dict[str, int]:
    """Store one of everything; returns the ids the pages need."""
    ids: dict[str, int] = {}
    moment = now()
    with database.session() as session:
        session.add(
            User(username=ADMIN, role="admin", active=True,
                 password_hash=generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000"))
        )  # fmt: skip
        owner = contractors.add(
            session, contractors.ContractorData("СтройСервис", domains=("stroyservis.ru",))
        )
        for number, position, comment in (
            ("4512", "1", "Замена кабеля на опоре у въезда во двор, ключи у охраны"),
            ("4512", "2", None),
            ("4600", "1", "Проверка освещения"),
        ):
            new = store.NewPosition(number, position, comment, "Петрова")
            created = store.add_position(session, new, actor=Actor.OPERATOR, actor_name=ADMIN)
            created.request.contractor_id = owner.id
        ids["contractor"] = owner.id
        for i, outcome in enumerate(LETTER_OUTCOME_LABELS):
            _letter(session, f"Заявка 4512, итог {i}", outcome, None, EVIDENCE)
        for i, reason in enumerate(REVIEW_REASONS):
            letter = _letter(session, f"Письмо на разбор {i}", "unmatched", reason, EVIDENCE[:1])
            letter.review_state = "open"
            ids[f"review-{reason}"] = letter.id
        for i, reason in enumerate(sorted(set(REASON_LABELS) - set(REVIEW_REASONS))):
            outcome = "not_applied" if reason == "older_or_equal" else "ignored"
            _letter(session, f"Автоответ {i}", outcome, reason, [])
        for i, state in enumerate(("assigned", "dismissed")):
            letter = _letter(session, f"Разобрано {i}", "unmatched", "no_status", EVIDENCE)
            letter.review_state, letter.reviewed_by, letter.reviewed_at = state, ADMIN, moment
        for i, job in enumerate(JOBS):
            for outcome in JOB_OUTCOME_LABELS:
                counts = {key: i + 1 for key in COUNT_LABELS} | {"http_requests": 12}
                session.add(
                    JobRun(job=job, outcome=outcome, counts=counts, host="omis-1", pid=100 + i,
                           started_at=moment - timedelta(minutes=90 - i),
                           finished_at=moment - timedelta(minutes=89 - i))
                )  # fmt: skip
        for state in STATE_LABELS:
            for kind in KIND_LABELS:
                session.add(
                    Notification(channel="telegram", target="-100500", kind=kind, state=state,
                                 idempotency_key=f"{kind}-{state}", text="Без обновления 2 ч",
                                 attempts=1)
                )  # fmt: skip
    raw = letter_bytes("Re: Заявка №4512", "Добрый день! Бригада выехала на объект.")
    ids["letter"] = deliver(database, raw, mailbox="fake")
    return ids


def _letter(session: Any, subject: str, outcome: str, reason: str | None, evidence: Any) -> Letter:
    letter = Letter(
        mailbox="imap:omis@mail.example.ru/INBOX", message_key=subject, content_hash="0" * 64,
        sender="dispatch@stroyservis.ru", subject=subject, body_text="Бригада убыла.",
        outcome=outcome, reason=reason, request_number="4512", position_number="1",
        status="подрядчик убыл", evidence=evidence, sent_at=now() - timedelta(hours=2),
    )  # fmt: skip
    session.add(letter)
    session.flush()
    return letter


def every_page(ids: dict[str, int]) -> dict[str, str]:
    """Each page a person can open, by a short name (the screenshot's file name)."""
    return {
        "dashboard": "/",
        "requests": "/requests",
        "request": "/requests/4512",
        "new-request": "/requests/new",
        "import": "/requests/import",
        "review": "/review",
        "review-letter": f"/review/{ids['review-no_status']}",
        "review-sender": f"/review/{ids['review-foreign_sender']}",
        "letters": "/letters",
        "letter": f"/letters/{ids['letter']}",
        "replay": "/letters/replay",
        "contractors": "/contractors",
        "contractor": f"/contractors/{ids['contractor']}",
        "notifications": "/notifications",
        "reports": "/reports",
        "pos": "/pos",
        "jobs": "/jobs",
        "sandbox": "/sandbox",
        "users": "/users",
        "not-found": "/requests/999999",
    }
