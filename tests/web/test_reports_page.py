"""The «Отчёты» page: charts drawn on the server with their tables, a period picker, and
the same reports to download."""

from __future__ import annotations

import io
import json
import re

import pytest
from openpyxl import load_workbook

from omis.core.db import Database
from omis.core.models import JobRun
from omis.mail.models import Letter
from reports.history import at, position
from web.webtools import text, visible_text

PERIOD = "since=2026-11-01&until=2026-11-30"


def _history(database: Database) -> None:
    position(database, "4512", [10, 30, 90, 210], contractor="dispatch@stroyservis.ru")
    position(database, "4513", [0, 40], contractor="dispatch@stroyservis.ru")
    position(database, "4600", [0, 150], sender="d@energo.ru")
    with database.session() as session:
        for minute, outcome, review in (
            (0, "applied", None),
            (5, "applied", None),
            (9, "unmatched", "open"),
            (12, "ignored", None),
        ):
            session.add(Letter(mailbox="m", message_key=str(minute), received_at=at(minute),
                               content_hash="x", outcome=outcome, review_state=review,
                               attachments=[], evidence=[]))  # fmt: skip
        session.add(JobRun(job="pos", started_at=at(0), finished_at=at(1), outcome="success",
                           counts={"updated": 7, "failed": 1, "unmapped": 0, "drift": 0}))  # fmt: skip


def test_page_draws_every_figure_with_its_table(login, database: Database) -> None:
    _history(database)
    response = login("viewer").get(f"/reports?{PERIOD}")
    assert response.status_code == 200
    body = text(response)
    assert "Период: <strong>01.11.2026–30.11.2026</strong>" in body
    # contractors, mail, delays, POS rows (no ages chart: the run did not record them)
    assert body.count('<svg class="chart"') == 4
    # Contractors: stroyservis.ru reacted in 20 and 40 minutes; energo.ru in 150.
    assert "stroyservis.ru" in body
    assert "energo.ru" in body
    assert "медиана 30 мин · p90 38 мин" in body
    assert "медиана 2 ч 30 мин · p90 2 ч 30 мин" in body
    # Mail: 4 of 5 contractor letters decided automatically (energo.ru's two and two more;
    # one went to review; the auto-reply is left out).
    assert "80 %" in body
    assert "(4 из 5)" in body
    assert "20.11.2026: разобрано автоматически — 4" in body  # a bar's tooltip
    # Delays on 20.11: 4512 on site for two hours, 4600 accepted for 150 minutes, and the
    # open statuses of 4513 (on the way) and 4600 (on the way) ran out that day.
    assert "20.11.2026: стали просроченными — 4" in body
    # POS: an older run without «advanced» shows no data, not zero.
    pos = body[body.index('id="pos"') :]
    assert "нет данных" in pos
    assert "Нет данных: запуски за период не записывали открытые обращения." in pos


def test_page_obeys_the_content_security_policy(login, database: Database) -> None:
    _history(database)
    response = login("viewer").get(f"/reports?{PERIOD}")
    body = text(response)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert " style=" not in body  # no inline styles: the CSP forbids them
    assert re.findall(r"<script[^>]*>", body) == [
        re.search(r"<script[^>]*>", body).group(0)
    ]  # only the app's own htmx
    assert "http" not in "".join(re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', body))


def test_a_reversed_period_is_refused_next_to_the_field(login) -> None:
    response = login("viewer").get("/reports?since=2026-11-30&until=2026-11-01")
    assert response.status_code == 422
    assert "Конец периода раньше начала" in text(response)


def test_an_empty_store_shows_empty_figures_not_errors(login) -> None:
    body = text(login("viewer").get(f"/reports?{PERIOD}"))
    assert "За период ни один этап не завершился." in body
    assert "Запусков синхронизации ПОС за период нет." in body
    assert "<strong>—</strong>писем разобрано автоматически" in body


def test_downloads_are_the_same_reports(login, database: Database, run_cli) -> None:
    _history(database)
    client = login("viewer")
    xlsx = client.get(f"/reports/export?figure=contractors&format=xlsx&{PERIOD}")
    assert xlsx.status_code == 200
    assert xlsx.headers["Content-Disposition"] == (
        'attachment; filename="omis-contractors-2026-11-01_2026-11-30.xlsx"'
    )
    book = load_workbook(io.BytesIO(xlsx.data))
    assert book["Этапы"]["A2"].value == "stroyservis.ru"
    page_json = json.loads(client.get(f"/reports/export?figure=mail&format=json&{PERIOD}").data)
    cli_json = json.loads(run_cli("report", "mail", "--since", "2026-11-01", "--until", "2026-11-30",
                                  "--format", "json").stdout)  # fmt: skip
    assert page_json == cli_json
    csv = client.get(f"/reports/export?figure=delays&format=csv&{PERIOD}")
    assert csv.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert text(csv).startswith("\ufeffДата,Стали просроченными")
    assert client.get(f"/reports/export?figure=nope&format=csv&{PERIOD}").status_code == 404


def test_the_default_period_is_the_last_30_days_shown_in_the_picker(login) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from omis.core.clock import now

    today = now().astimezone(ZoneInfo("Europe/Moscow")).date()
    first = today - timedelta(days=29)
    body = text(login("viewer").get("/reports"))
    assert f'value="{first.isoformat()}"' in body
    assert f'value="{today.isoformat()}"' in body
    assert f"Период: <strong>{first:%d.%m.%Y}–{today:%d.%m.%Y}</strong>" in body


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=2999-01-01", "Начало периода 01.01.2999 позже конца"),
        ("since=2020-01-01", "Период длиннее 366 дней: выберите период короче"),
        ("since=9999-01-01", "вне допустимого периода: годы с 1900 по 2999"),
        ("since=0001-01-01&until=0001-01-02", "вне допустимого периода: годы с 1900 по 2999"),
        ("until=9999-12-31", "вне допустимого периода: годы с 1900 по 2999"),
        ("since=2026-11-31", "Неверное значение даты."),
    ],
)
@pytest.mark.parametrize("page", ["/reports?", "/reports/export?figure=mail&format=csv&"])
def test_a_period_that_cannot_be_is_refused_next_to_the_field(
    login, page: str, query: str, message: str
) -> None:
    response = login("viewer").get(page + query)
    assert response.status_code == 422
    shown = visible_text(text(response))
    assert message in shown
    assert "Исправьте период: ошибки отмечены у полей." in shown


def test_an_unknown_figure_or_format_is_not_found(login) -> None:
    client = login("viewer")
    assert client.get(f"/reports/export?figure=nope&format=csv&{PERIOD}").status_code == 404
    assert client.get(f"/reports/export?figure=mail&format=pdf&{PERIOD}").status_code == 404
    assert client.get("/reports/export?format=csv").status_code == 404
