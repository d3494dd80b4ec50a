"""A letter whose subject is one word thousands of letters long (a contractor's mail client,
or someone who wants the review queue unusable) must not push the other columns off the
screen: in Chromium at a desktop width the tables of /review and /letters fit the window
with the action on screen, and the letter's page and the request's history do not scroll
sideways. The whole subject is still there, on the letter's page."""

from __future__ import annotations

from typing import Any

import pytest

from omis.core.db import Database
from omis.mail.models import Letter
from web.conftest import Sample
from web.webtools import PASSWORD, deliver, letter_bytes, text

WIDTH = 1280
WORD = "A" * 5000
# How far the page and the table reach to the right, and how wide the window is.
REACH = """() => [document.documentElement.scrollWidth,
  Math.max(0, ...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right)),
  window.innerWidth]"""


@pytest.fixture
def long_letters(page: Any, database: Database, sample: Sample) -> dict[str, int]:
    """One long subject in the review queue, one applied to request 4512; logged in."""
    queued = deliver(database, letter_bytes(f"Заявка 9999 {WORD}", "Бригада выехала."))
    applied = deliver(
        database,
        letter_bytes(f"Заявка 4512 {WORD}", "Бригада на месте.", message_id="<long@x.ru>"),
    )
    page.set_viewport_size({"width": WIDTH, "height": 900})
    page.goto("/login")
    page.fill("#username", "operator")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Войти')")
    page.wait_for_selector("h1:has-text('Сводка')")
    return {"queued": queued, "applied": applied}


def _fits(page: Any) -> None:
    scroll, table_right, inner = page.evaluate(REACH)
    assert scroll <= inner, f"the page is {scroll} px wide in a {inner} px window"
    assert table_right <= inner, f"a table reaches {table_right} px in a {inner} px window"


def _on_screen(page: Any, locator: Any) -> None:
    box = locator.bounding_box()
    assert box is not None
    assert box["x"] >= 0, box
    assert box["x"] + box["width"] <= WIDTH, box


@pytest.mark.browser
def test_review_queue_keeps_every_column_on_screen(page: Any, long_letters) -> None:
    page.goto("/review")
    _fits(page)
    row = page.locator("tbody tr", has_text="Заявка 9999 AAAA")
    _on_screen(page, row.locator("text=Разобрать"))
    _on_screen(page, page.locator("th", has_text="Почему в очереди"))
    _on_screen(page, page.locator("th", has_text="Что удалось понять"))
    assert row.bounding_box()["height"] < 300  # a few lines, not the whole word wrapped
    row.locator("text=Разобрать").click()
    page.wait_for_selector("h1:has-text('Разбор письма')")
    _fits(page)


@pytest.mark.browser
def test_letters_list_keeps_every_column_on_screen(page: Any, long_letters) -> None:
    page.goto("/letters")
    _fits(page)
    _on_screen(page, page.locator("th", has_text="Основание"))
    row = page.locator("tbody tr", has_text="Заявка 4512 AAAA")
    assert row.bounding_box()["height"] < 300


@pytest.mark.browser
def test_letter_page_wraps_the_subject_and_shows_it_whole(
    page: Any, database: Database, long_letters
) -> None:
    with database.session() as session:
        stored = session.get_one(Letter, long_letters["applied"]).subject
    assert stored.startswith("Заявка 4512 AAAA")
    assert len(stored) > 1000
    page.goto(f"/letters/{long_letters['applied']}")
    _fits(page)
    assert stored in page.inner_text("main")


@pytest.mark.browser
def test_request_history_with_a_long_subject_fits(page: Any, long_letters) -> None:
    page.goto("/requests/4512")
    assert "Заявка 4512 AAAA" in page.inner_text("ul.timeline")
    _fits(page)


def test_lists_show_the_beginning_of_a_long_subject(login, database: Database, sample) -> None:
    deliver(database, letter_bytes(f"Заявка 9999 {WORD}", "Бригада выехала."))
    operator = login("operator")
    for url in ("/review", "/letters"):
        page = text(operator.get(url))
        assert f"Заявка 9999 {'A' * 187}…" in page, url
        assert "A" * 200 not in page, url
