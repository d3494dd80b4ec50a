"""End to end in a real browser: Debian's Chromium driven by Playwright, the app behind a
real WSGI server on a free local port. Screenshots of every page go to
``test-output/screenshots/`` for a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from omis.core.db import Database
from omis.core.settings import Settings
from web.webtools import PASSWORD

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def log_in(page: Any, username: str) -> None:
    page.goto("/")
    assert "/login" in page.url
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Войти')")
    page.wait_for_selector("h1:has-text('Сводка')")


def test_operator_day_in_the_browser(page: Any, database: Database, web_settings: Settings) -> None:
    page.goto("/login")
    shot(page, "01-login")
    log_in(page, "operator")
    shot(page, "02-dashboard-empty")

    # A form with a mistake comes back with the message next to the field, input kept.
    page.goto("/requests/new")
    page.fill("#number", "45-12")
    page.fill("#positions", "1, 2")
    page.fill("#comment", "Замена кабеля <b>срочно</b>")
    page.click("button:has-text('Зарегистрировать')")
    assert "Только цифры" in page.inner_text("div.field.invalid")
    assert page.input_value("#comment") == "Замена кабеля <b>срочно</b>"
    shot(page, "03-new-request-error")
    page.fill("#number", "4512")
    page.fill("#contractor_email", "dispatch@stroyservis.ru")
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_selector("h1:has-text('Заявка №4512')")
    assert "Замена кабеля <b>срочно</b>" in page.inner_text("table")  # shown as text
    shot(page, "04-request-registered")

    # The contractor's letters arrive: a fake mail pass, as `omis mail-check --fake` does.
    from omis.mail.intake import run_mail_check

    run_mail_check(database, web_settings, fake=True)
    page.reload()
    positions = page.inner_text("table")
    assert "подрядчик убыл" in positions  # position 1: «объект покинули»
    assert "подрядчик на месте" in positions  # position 2: «в 9:50 уже на месте»
    timeline = page.inner_text("ul.timeline")
    assert "объект покинули" in timeline
    assert "dispatch@stroyservis.ru" in timeline
    shot(page, "05-request-after-mail")

    # An operator changes a status with a reason; without one the form says so.
    page.goto("/requests/new")
    page.fill("#number", "4600")
    page.fill("#positions", "1")
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_selector("h1:has-text('Заявка №4600')")
    page.select_option("#change-status select[name=status]", "заявка принята")
    page.click("button:has-text('Сменить статус')")
    assert "Укажите причину смены статуса" in page.inner_text("#change-status")
    page.fill("#change-status textarea[name=reason]", "подтвердили по телефону")
    page.click("button:has-text('Сменить статус')")
    page.wait_for_selector("text=статус «заявка принята»")
    assert "подтвердили по телефону" in page.inner_text("ul.timeline")

    # The review queue: the letter about unknown request 9999 is assigned to 4600/1.
    page.goto("/review")
    shot(page, "06-review-queue")
    page.click("tr:has-text('Заявка 9999') >> text=Разобрать")
    assert "По заявке 9999 бригада на месте" in page.inner_text("pre")
    shot(page, "07-review-letter")
    page.fill("#request_number", "4600")
    page.fill("#position_number", "1")
    page.select_option("#status", "подрядчик на месте")
    page.click("button:has-text('Назначить и применить')")
    page.wait_for_selector("text=Письмо назначено заявке №4600")
    assert "Заявка 9999" not in page.inner_text("main")
    page.goto("/requests/4600")
    assert "подрядчик на месте" in page.inner_text("table")
    assert "operator (разбор письма)" in page.inner_text("ul.timeline")
    shot(page, "08-request-after-review")

    # The rule sandbox: what OMIS would decide, nothing stored.
    page.goto("/sandbox")
    page.fill("#subject", "Re: Заявка №4600")
    page.fill("#body", "Добрый день! Работы завершены, бригада убыла.\n\n> Бригада выехала")
    page.click("button:has-text('Проверить')")
    decision = page.inner_text("#decision")
    assert "подрядчик убыл" in decision
    assert "будет применено" in decision
    shot(page, "09-sandbox")

    # The list: htmx filters as you type; the same filter without JavaScript is a GET form.
    page.goto("/requests")
    shot(page, "10-requests")
    page.fill("input[name=q]", "КАБЕЛЯ")
    page.wait_for_function(
        "() => document.querySelectorAll('#results tbody tr').length === 2", timeout=10_000
    )
    assert "q=" in page.url
    page.goto("/requests?delayed=y")
    page.goto("/")
    shot(page, "11-dashboard")
    for path, name in (
        ("/letters", "12-letters"),
        ("/jobs", "13-jobs"),
        ("/notifications", "14-notifications"),
        ("/pos", "15-pos"),
        ("/requests/import", "16-import"),
        ("/letters/1", "17-letter"),
    ):
        page.goto(path)
        shot(page, name)
    page.goto("/requests/999999")
    assert "Заявка №999999 не найдена" in page.inner_text("main")
    shot(page, "18-not-found")


def test_admin_pages_in_the_browser(page: Any) -> None:
    log_in(page, "admin")
    page.goto("/users")
    page.fill("#new-user #username", "petrova")
    page.fill("#new-user #password", "long-enough-1")
    page.fill("#new-user #password2", "long-enough-2")
    page.click("button:has-text('Добавить')")
    assert "Пароли не совпадают" in page.inner_text("#new-user")
    page.fill("#new-user #password", "long-enough-1")
    page.fill("#new-user #password2", "long-enough-1")
    page.click("button:has-text('Добавить')")
    page.wait_for_selector("text=Пользователь «petrova» добавлен")
    shot(page, "19-users")
    page.click("button:has-text('Выйти')")
    page.wait_for_selector("text=Вы вышли из системы")


def test_contractors_sender_check_snooze_and_undo_in_the_browser(
    page: Any, database: Database
) -> None:
    from datetime import timedelta

    from omis.core.clock import now
    from omis.requests import store
    from omis.requests.lifecycle import Actor, Status
    from web.webtools import deliver, letter_bytes

    log_in(page, "admin")
    # The directory: an administrator adds a contractor with its own limit.
    page.goto("/contractors")
    page.fill("#new-contractor #name", "СтройСервис")
    page.fill("#new-contractor #domains", "stroyservis.ru")
    page.fill("#new-contractor #limit_on_site", "240")
    page.fill("#new-contractor #escalation_chat", "-1001234567890")
    page.click("button:has-text('Добавить подрядчика')")
    page.wait_for_selector("text=Подрядчик «СтройСервис» добавлен")
    row = page.inner_text("#contractors-table")
    assert "@stroyservis.ru" in row
    assert "подрядчик на месте: 240 мин" in row
    shot(page, "20-contractors")

    # A request of that contractor, and a letter about it from a brigade's own mailbox.
    page.goto("/requests/new")
    page.fill("#number", "4512")
    page.fill("#positions", "1, 2")
    page.select_option("#contractor", label="СтройСервис")
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_selector("h1:has-text('Заявка №4512')")
    assert "«СтройСервис»" in page.inner_text("#owner")
    raw = letter_bytes(
        "Заявка 4512", "Бригада на месте, приступили.", sender="brigada7@gmail.com",
        message_id="<brigada-1@gmail.com>",
    )  # fmt: skip
    letter_id = deliver(database, raw)

    # The review item says who sent it and whose request it is; one click adds the address.
    page.goto("/review")
    page.click("tr:has-text('brigada7@gmail.com') >> text=Разобрать")
    notice = page.inner_text("#sender-check")
    assert "brigada7@gmail.com" in notice
    assert "«СтройСервис»" in notice
    shot(page, "21-review-sender-check")
    page.click("button:has-text('Добавить brigada7@gmail.com подрядчику')")
    page.wait_for_selector("text=Адрес brigada7@gmail.com добавлен подрядчику")
    page.goto("/requests/4512")
    assert "подрядчик на месте" in page.inner_text("table")

    # Undo: the letter was about another request; its page takes it back.
    page.goto(f"/letters/{letter_id}")
    page.click("button:has-text('Отменить действие письма')")
    assert "Укажите, почему действие письма отменяется" in page.inner_text("#undo")
    page.fill("#undo textarea[name=reason]", "бригада писала о заявке 4521")
    page.click("button:has-text('Отменить действие письма')")
    page.wait_for_selector("text=Действие письма отменено")
    assert "действие письма отменено оператором" in page.inner_text("main")
    shot(page, "22-letter-undone")

    # Snooze: a position late for 90 minutes; the supervisor pauses its reminders.
    with database.session() as session:
        moment = now() - timedelta(minutes=90)
        late = store.add_position(
            session, store.NewPosition("4600", "1"), actor=Actor.IMPORT, created_at=moment
        )
        event = store.StatusEvent(Status.ACCEPTED, Actor.IMPORT, at=moment)
        store.change_status(session, late, event)
    page.goto("/")
    row = page.locator("tr:has-text('№4600')")
    row.locator("summary:has-text('напоминать после')").click()
    row.locator("input[name=comment]").fill("бригада ждёт допуска на объект")
    row.locator("button:has-text('Отложить')").click()
    page.wait_for_selector("text=Напоминания по №4600, поз. 1 отложены до")
    assert "напоминания отложены до" in page.inner_text("tr:has-text('№4600')")
    shot(page, "23-dashboard-snooze")
    page.goto("/requests/4600")
    assert "бригада ждёт допуска на объект" in page.inner_text("ul.timeline")
    shot(page, "24-request-snoozed")
    page.goto("/requests/4512")
    history = page.inner_text("ul.timeline")
    assert "admin (отмена письма)" in history
    assert "бригада писала о заявке 4521" in history
    shot(page, "25-request-history-undo")


def test_reports_page_in_the_browser(page: Any, database: Database) -> None:
    """The reports page on a busy month, at desktop width and on a 390 px phone: charts
    drawn, nothing cut off sideways, no console (CSP) errors."""
    from reports.history import busy_month

    busy_month(database)
    log_in(page, "viewer")
    page.click("nav >> text=Отчёты")
    page.wait_for_selector("h1:has-text('Отчёты')")
    page.fill("#since", "2026-11-01")
    page.fill("#until", "2026-11-30")
    page.click("button:has-text('Показать')")
    page.wait_for_selector("text=Период: 01.11.2026–30.11.2026")
    assert page.locator("svg.chart").count() == 5
    assert "stroyservis.ru" in page.inner_text("#contractors")
    shot(page, "20-reports")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.wait_for_selector("svg.chart")
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth,"
        " ...[...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().right)]"
    )
    assert max(widths) <= 390, widths  # no chart wider than the phone
    shot(page, "21-reports-390px")
