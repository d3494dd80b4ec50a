"""Screenshots of the main web pages for the documentation: ``docs/screenshots/*.png``.

Fills a throw-away sandbox the way ``omis demo`` does (sample requests registered four
hours ago, the built-in letters, reminders printed, a POS sync against the DELO
simulator), serves the app with werkzeug on a free local port, and drives Debian's
Chromium through Playwright (``executable_path=/usr/bin/chromium``; nothing is
downloaded). Nothing outside a temporary folder is touched.

Usage: ``.venv/bin/python docs/screenshots/make.py [--out docs/screenshots]``
"""

from __future__ import annotations

import argparse
import logging
import os
import secrets
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

CHROMIUM = "/usr/bin/chromium"
USERNAME = "ivanova"
PASSWORD = secrets.token_urlsafe(16)  # this run only: the sandbox is thrown away
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--lang=ru-RU", "--no-first-run"]

# (file name, path) of the pages shown as they are; forms that need typing come after.
PAGES = [
    ("02-dashboard", "/"),
    ("03-requests", "/requests"),
    ("04-requests-search", "/requests?q=ЛИФТ"),
    ("05-request", "/requests/4512"),
    ("06-review-queue", "/review"),
    ("08-letters", "/letters"),
    ("09-notifications", "/notifications"),
    ("10-pos", "/pos"),
    ("11-jobs", "/jobs"),
    ("13-users", "/users"),
    ("14-import", "/requests/import"),
    ("15-not-found", "/requests/999999"),
    ("17-reports", "/reports"),
]


def build_app(folder: Path) -> Flask:
    """The demo sandbox in ``folder`` and the web app on it, with one admin user."""
    os.environ.update(
        OMIS_DATA_DIR=str(folder),
        OMIS_LOG_DIR=str(folder / "logs"),
        OMIS_WEB_SECRET_KEY=secrets.token_hex(32),
        OMIS_LOG_LEVEL="WARNING",
        OMIS_TIMEZONE="Europe/Moscow",  # the zone of the people these pages are for
    )
    from omis.core.settings import load_settings
    from omis.demo.run import run_demo
    from omis.web import accounts
    from omis.web.app import create_app

    database, sandbox = run_demo(load_settings(), echo=lambda _line: None)
    with database.session() as session:
        accounts.add_user(session, USERNAME, accounts.Role.ADMIN, PASSWORD)
    return create_app(sandbox, database)


@contextmanager
def serving(app: Flask) -> Iterator[str]:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log in the output
    http = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{http.server_port}"
    finally:
        http.shutdown()
        thread.join(timeout=10)


def shoot(page: Any, out: Path, name: str) -> None:
    page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    print(f"  {out / name}.png")


def log_in(page: Any, out: Path) -> None:
    page.goto("/login")
    shoot(page, out, "01-login")
    page.fill("#username", USERNAME)
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Войти')")
    page.wait_for_selector("h1:has-text('Сводка')")


def forms(page: Any, out: Path) -> None:
    """Pages that show something only after input: a review letter, the sandbox, errors."""
    page.goto("/review")
    page.click("text=Разобрать >> nth=0")
    page.wait_for_selector("h1:has-text('Разбор письма')")
    shoot(page, out, "07-review-letter")
    page.goto("/sandbox")
    page.fill("#subject", "Re: Заявка №4531")
    page.fill("#body", "Добрый день! Лифт №2 исправен, бригада убыла.\n\n> Бригада выехала")
    page.click("button:has-text('Проверить')")
    page.wait_for_selector("#decision")
    shoot(page, out, "12-sandbox")
    page.goto("/requests/new")
    page.fill("#number", "45-13")
    page.fill("#positions", "1")
    page.click("button:has-text('Зарегистрировать')")
    page.wait_for_selector("div.field.invalid")
    shoot(page, out, "16-new-request-error")


def take(base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(
            base_url=base, locale="ru-RU", viewport={"width": 1366, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        log_in(page, out)
        for name, path in PAGES:
            page.goto(path)
            shoot(page, out, name)
        forms(page, out)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"нет {CHROMIUM}: установите пакет chromium (apt install chromium)")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="omis-screenshots-") as folder:
        app = build_app(Path(folder))
        with serving(app) as base:
            print(f"снимки экрана в {args.out}:")
            take(base, args.out)
        app.extensions["omis"].dispose()


if __name__ == "__main__":
    main()
