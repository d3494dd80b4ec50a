"""Helpers for the web tests: CSRF tokens fetched from the page, form posts, logins."""

from __future__ import annotations

import html
import re
from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

PASSWORD = "correct-horse-42"
SECRET = "test-secret-key-0123456789abcdef"
TOKEN_PATTERN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client: FlaskClient, page: str) -> str:
    """The token a browser would find in ``page``'s forms."""
    response = client.get(page)
    found = TOKEN_PATTERN.search(response.get_data(as_text=True))
    assert found, f"no CSRF token on {page} ({response.status_code})"
    return found.group(1)


def submit(
    client: FlaskClient,
    url: str,
    data: dict[str, Any] | None = None,
    *,
    page: str | None = None,
    **kwargs: Any,
) -> TestResponse:
    """POST ``data`` to ``url`` with the CSRF token taken from ``page`` (default: ``url``)."""
    fields = dict(data or {})
    fields["csrf_token"] = csrf_token(client, page or url)
    return client.post(url, data=fields, **kwargs)


def log_in(client: FlaskClient, username: str, password: str = PASSWORD) -> TestResponse:
    return submit(client, "/login", {"username": username, "password": password})


def text(response: TestResponse) -> str:
    return response.get_data(as_text=True)


HIDDEN = re.compile(r"<(script|style|title)\b.*?</\1>", re.S | re.I)
TAG = re.compile(r"<(/?)(\w*)[^>]*>")
INLINE = {"a", "mark", "small", "span", "code", "b", "strong", "em", "abbr"}


def visible_text(page: str) -> str:
    """What a person sees: no markup, no attributes (tooltips, values), entities decoded."""
    bare = TAG.sub(lambda m: "" if m.group(2).lower() in INLINE else " ", HIDDEN.sub(" ", page))
    return " ".join(html.unescape(bare).split())


def letter_bytes(
    subject: str, body: str, sender: str = "dispatch@stroyservis.ru", message_id: str | None = None
) -> bytes:
    """A plain contractor letter as raw MIME."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    from omis.core.clock import now

    message = EmailMessage()
    message["From"] = sender
    message["To"] = "omis@example.ru"
    message["Subject"] = subject
    message["Date"] = format_datetime(now())
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(body)
    return message.as_bytes()


def deliver(database: Any, raw: bytes, mailbox: str = "test") -> int:
    """Run one letter through the mail pipeline (understand, store, apply); its letter id."""
    from sqlalchemy import func, select

    from omis.mail.apply import Arrival, BatchCache, apply_letter
    from omis.mail.intake import decide_batch
    from omis.mail.message import parse_message
    from omis.mail.models import Letter
    from omis.mail.rules import default_rules

    parsed = parse_message(raw)
    with database.session() as session:
        cache = BatchCache.load(session, mailbox, [parsed])
        decision = decide_batch(session, cache, [parsed], default_rules())[0]
        assert not isinstance(decision, str), decision
        apply_letter(session, Arrival(mailbox, "ref"), parsed, decision, cache, raw=raw)
        cache.write(session)
        newest = select(func.max(Letter.id)).where(Letter.mailbox == mailbox)
        letter_id = session.scalar(newest)
        assert letter_id is not None
        return int(letter_id)
