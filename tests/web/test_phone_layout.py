"""Every page in a real browser at desktop width and on a 390 px phone: nothing makes the
page scroll sideways, the review queue's action and the requests' comments are on screen.
Screenshots of each page at both widths go to ``test-output/screens/`` for a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from omis.core.db import Database
from web.pages import ADMIN, every_page, fill
from web.webtools import PASSWORD

pytestmark = pytest.mark.browser

SCREENS = Path(__file__).resolve().parents[2] / "test-output" / "screens"
WIDTHS = (1280, 390)
OVERFLOW = "() => [document.documentElement.scrollWidth, window.innerWidth]"
# How wide the placeholder's text is, and how wide the box it has to fit in.
PLACEHOLDER = """(el) => {
  const style = getComputedStyle(el);
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = `${style.fontSize} ${style.fontFamily}`;
  const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return [ctx.measureText(el.placeholder).width, room];
}"""


def _log_in(tab: Any) -> None:
    tab.goto("/login")
    tab.fill("#username", ADMIN)
    tab.fill("#password", PASSWORD)
    tab.click("button:has-text('Войти')")
    tab.wait_for_selector("h1:has-text('Сводка')")


@pytest.fixture
def filled(page: Any, database: Database) -> dict[str, str]:
    SCREENS.mkdir(parents=True, exist_ok=True)
    pages = every_page(fill(database))
    _log_in(page)
    return pages


def test_every_page_fits_a_phone_and_the_desktop(page: Any, filled: dict[str, str]) -> None:
    too_wide = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900 if width > 400 else 844})
        for name, path in filled.items():
            page.goto(path)
            page.screenshot(path=str(SCREENS / f"{name}-{width}.png"), full_page=True)
            scroll, inner = page.evaluate(OVERFLOW)
            if width < 400 and scroll > inner:
                too_wide[name] = scroll
    assert too_wide == {}


def test_review_action_is_on_a_phone_screen_without_scrolling_sideways(
    page: Any,
    filled: dict[str, str],
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/review")
    action = page.locator("text=Разобрать").first
    box = action.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
    action.click()
    page.wait_for_selector("h1:has-text('Разбор письма')")


def test_requests_list_shows_the_comment_on_a_phone(page: Any, filled: dict[str, str]) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/requests")
    comment = page.locator("#results .comment", has_text="Замена кабеля").first
    assert comment.is_visible()
    box = comment.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= 390


@pytest.mark.parametrize("width", WIDTHS)
def test_letters_search_placeholder_is_not_cut(
    page: Any,
    filled: dict[str, str],
    width: int,
) -> None:
    page.set_viewport_size({"width": width, "height": 844})
    page.goto("/letters")
    text_width, room = page.locator("input[name=q]").evaluate(PLACEHOLDER)
    assert text_width <= room, (text_width, room)
