"""No page shows an internal code: a dispatcher reads «номер заявки из темы письма»,
«нет слов о статусе», «разбор почты», never ``request.keyword``, ``no_status`` or a job's
count key. Codes stay in tooltips (``title``) and exports."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from omis.adapters.mailsources import SOURCE_LABELS
from omis.core.db import Database
from omis.core.jobs import JOB_OUTCOME_LABELS
from omis.mail.review import ReviewState
from omis.mail.vocabulary import LETTER_OUTCOME_LABELS, REASON_LABELS
from omis.notify.models import KIND_LABELS, STATE_LABELS
from omis.requests.lifecycle import ACTOR_LABELS
from omis.web.formatting import COUNT_LABELS
from omis.web.roles import ROLE_LABELS
from web.pages import ADMIN, REVIEW_REASONS, every_page, fill
from web.webtools import log_in, submit, text, visible_text

CODES = sorted(
    {
        *LETTER_OUTCOME_LABELS, *REASON_LABELS, *JOB_OUTCOME_LABELS, *STATE_LABELS,
        *KIND_LABELS, *COUNT_LABELS, *SOURCE_LABELS, *(state.value for state in ReviewState),
        *(actor.value for actor in ACTOR_LABELS), *(role.value for role in ROLE_LABELS),
    }
)  # fmt: skip
CODE = re.compile(r"(?<![\w@.:/-])(" + "|".join(map(re.escape, CODES)) + r")(?![\w@-])")
RULE = re.compile(r"\b(request|status|position)\.[a-z_.]+\b")
FIELD = re.compile(r"\((subject|body)\)")


def codes_in(page: str) -> list[str]:
    seen = visible_text(page)
    return [m.group(0) for pattern in (CODE, RULE, FIELD) for m in pattern.finditer(seen)]


@pytest.fixture
def admin(client: FlaskClient, database: Database) -> tuple[FlaskClient, dict[str, int]]:
    ids = fill(database)
    assert log_in(client, ADMIN).status_code == 302
    return client, ids


def test_the_check_finds_codes_in_visible_text_only() -> None:
    page = '<td title="request.keyword (subject)">номер заявки</td><p>no_status, (body)</p>'
    assert codes_in(page) == ["no_status", "(body)"]
    assert codes_in("<p>правило status.left.ubyli</p>") == ["status.left.ubyli"]
    assert codes_in("<p>dispatch@stroyservis.ru, open-status@x.ru</p>") == []


def test_no_page_shows_an_internal_code(admin) -> None:
    client, ids = admin
    pages = every_page(ids)
    pages |= {f"review-{reason}": f"/review/{ids[f'review-{reason}']}" for reason in REVIEW_REASONS}
    pages |= {"dashboard-partial": "/", "letters-unmatched": "/letters?outcome=unmatched"}
    found = {}
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code in (200, 404), (name, response.status_code)
        if codes_in(text(response)):
            found[name] = sorted(set(codes_in(text(response))))
    assert found == {}


def test_the_pages_say_what_the_codes_mean(admin) -> None:
    client, ids = admin
    review = visible_text(text(client.get(f"/review/{ids['review-no_status']}")))
    assert "нет слов о статусе" in review
    assert "номер заявки из темы письма: «заявка 4512»" in review
    letters = visible_text(text(client.get("/letters")))
    assert "номер позиции из текста письма: «позиция 1»" in letters
    letter = visible_text(text(client.get(f"/letters/{ids['letter']}")))
    assert "встроенные примеры писем (демонстрация)" in letter
    assert "слово о статусе «подрядчик в пути» в тексте письма: «" in letter
    jobs = visible_text(text(client.get("/jobs")))
    assert "HTTP-запросов: 12" in jobs
    assert "синхронизация ПОС «angarsk»" in jobs
    users = visible_text(text(client.get("/users")))
    assert "администратор" in users


def test_the_sandbox_verdict_shows_no_code(admin) -> None:
    client, _ = admin
    for subject, body in (
        ("Re: Заявка №4512", "Добрый день! Бригада убыла с объекта."),
        ("Автоматический ответ: нет на месте", "Я в отпуске до понедельника."),
        ("Вопрос", "Когда будет допуск?"),
    ):
        response = submit(client, "/sandbox", {"subject": subject, "body": body})
        assert response.status_code == 200
        assert codes_in(text(response)) == []
