"""Characters that turn text around (U+202E, the right-to-left override, and the other
controls of text direction) in text OMIS did not write, a letter's subject, a contractor's
name, a comment, are left out when a page shows it: «\u202eпривет» reads «привет», not
«тевирп». What is stored stays as it came."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omis.contractors.models import Contractor
from omis.core.db import Database
from omis.core.lookalike import BIDI_CONTROLS
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor
from web.webtools import deliver, letter_bytes, text, visible_text

RLO, PDF = "\u202e", "\u202c"


def _turned(page: str) -> list[str]:
    return sorted({f"U+{ord(ch):04X}" for ch in page if ch in BIDI_CONTROLS})


@pytest.fixture
def turned_around(database: Database) -> int:
    """A letter with an override in its subject, a contractor named with one (stored before
    such names were refused) and a comment with one; returns the letter's id."""
    with database.session() as session:
        contractor = Contractor(name=f"{RLO}evil{PDF}", status_limits={}, active=True)
        session.add(contractor)
        new = store.NewPosition("4512", "1", f"{RLO}кабель{PDF} заменить", "\u2067Иванов\u2069")
        position = store.add_position(session, new, actor=Actor.OPERATOR, actor_name="operator")
        session.flush()
        position.request.contractor_id = contractor.id
    subject = f"{RLO}привет{PDF} по заявке 9999"
    return deliver(database, letter_bytes(subject, "Бригада выехала."))


@pytest.mark.parametrize(
    "url",
    ["/letters/{letter}", "/letters", "/review", "/review/{letter}", "/requests/4512",
     "/requests", "/requests/new", "/contractors", "/"],
)  # fmt: skip
def test_pages_show_untrusted_text_without_direction_controls(
    login, turned_around: int, url: str
) -> None:
    page = text(login("admin").get(url.format(letter=turned_around)))
    assert _turned(page) == []


def test_the_subject_reads_in_its_own_order_and_stays_stored(
    login, database: Database, turned_around: int
) -> None:
    shown = visible_text(text(login("viewer").get(f"/letters/{turned_around}")))
    assert "привет по заявке 9999" in shown
    with database.session() as session:
        stored = session.scalars(select(Letter.subject).where(Letter.id == turned_around)).one()
    assert stored == f"{RLO}привет{PDF} по заявке 9999"


def test_the_contractor_and_the_comment_read_in_their_own_order(login, turned_around: int) -> None:
    operator = login("operator")
    shown = visible_text(text(operator.get("/requests/4512")))
    assert "evil" in shown
    assert "кабель заменить" in shown
    assert "Иванов" in shown
    choices = text(operator.get("/requests/new"))
    assert ">evil</option>" in choices
