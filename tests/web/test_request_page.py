"""The request page: positions, one timeline with evidence, and the operator's actions."""

from __future__ import annotations

import re
from email import message_from_bytes

import pytest

from omis.core.db import Database
from omis.requests import store
from omis.requests.lifecycle import Actor
from web.webtools import deliver, letter_bytes, submit, text

PAGE = "/requests/4512"


def position_status(database: Database, position: str) -> str:
    with database.session() as session:
        found = store.find_position(session, "4512", position)
        assert found is not None
        return found.status


def test_page_shows_positions_contractor_and_registration(login, sample) -> None:
    body = text(login("viewer").get(PAGE))
    assert "Заявка №4512" in body
    assert "dispatch@stroyservis.ru" in body
    assert "Замена КАБЕЛЯ на опоре" in body
    assert "заявка зарегистрирована" in body


def test_viewer_sees_no_action_forms(login, sample) -> None:
    body = text(login("viewer").get(PAGE))
    assert "Сменить статус" not in body
    assert "Закрыть заявку" not in body


def test_letter_in_timeline_shows_sender_phrase_and_what_it_is(
    login, sample, database: Database
) -> None:
    deliver(database, letter_bytes("Re: Заявка №4512", "Добрый день! Бригада выехала на объект."))
    assert position_status(database, "1") == "подрядчик в пути"
    body = text(login("viewer").get(PAGE))
    assert "подрядчик в пути" in body
    assert "dispatch@stroyservis.ru" in body  # who caused it
    assert "<mark>" in body  # the phrase that decided it
    assert "слово о статусе «подрядчик в пути» в тексте письма: «<mark>" in body
    assert 'title="status.en_route.' in body  # the rule's id only in the tooltip
    assert "Re: Заявка №4512" in body


def test_timeline_shows_a_letters_implausible_date_beside_the_time_it_was_received(
    login, sample, database: Database
) -> None:
    message = message_from_bytes(letter_bytes("Заявка 4512 поз. 1", "Бригада выехала."))
    message.replace_header("Date", "Tue, 20 Nov 2001 09:00:00 +0300")
    deliver(database, message.as_bytes())
    body = text(login("viewer").get(PAGE))
    assert "дата в письме — 20.11.2001 09:00 MSK, неправдоподобна: взято время получения" in body


def test_change_status_needs_a_reason_and_keeps_the_input(
    login, sample, database: Database
) -> None:
    client = login("operator")
    data = {"position": "2", "status": "подрядчик на месте", "reason": "  "}
    response = submit(client, f"{PAGE}/status", data, page=PAGE)
    assert response.status_code == 422
    body = text(response)
    assert "Укажите причину смены статуса" in body
    assert '<option selected value="подрядчик на месте">' in body
    assert position_status(database, "2") == "заявка отправлена"


def test_operator_changes_status_with_reason_recorded(login, sample, database: Database) -> None:
    client = login("operator")
    data = {"position": "2", "status": "подрядчик на месте", "reason": "позвонил прораб"}
    response = submit(client, f"{PAGE}/status", data, page=PAGE)
    assert response.status_code == 302
    assert position_status(database, "2") == "подрядчик на месте"
    body = text(client.get(PAGE))
    assert "позвонил прораб" in body
    assert "оператор: operator" in body


def test_unknown_position_in_status_form_is_refused(login, sample) -> None:
    data = {"position": "9", "status": "заявка принята", "reason": "x"}
    response = submit(login("operator"), f"{PAGE}/status", data, page=PAGE)
    assert response.status_code == 422
    assert "Неверный вариант" in text(response)


def test_edit_comment(login, sample, database: Database) -> None:
    client = login("operator")
    data = {"position": "2", "comment": "Доступ через КПП №3", "author": ""}
    assert submit(client, f"{PAGE}/comment", data, page=PAGE).status_code == 302
    with database.session() as session:
        position = store.find_position(session, "4512", "2")
        assert position is not None
        assert position.comment == "Доступ через КПП №3"
        assert position.comment_author == "operator"


def test_add_position_and_duplicate_is_explained(login, sample) -> None:
    client = login("operator")
    assert submit(client, f"{PAGE}/positions", {"number": "03"}, page=PAGE).status_code == 302
    response = submit(client, f"{PAGE}/positions", {"number": "03"}, page=PAGE)
    assert response.status_code == 422
    assert "уже есть" in text(response)
    response = submit(client, f"{PAGE}/positions", {"number": "3а"}, page=PAGE)
    assert "номер позиции: ожидаются только цифры 0–9" in text(response)
    assert 'value="3а"' in text(response)


def test_close_moves_every_open_position_to_final(login, sample, database: Database) -> None:
    client = login("operator")
    assert "Укажите причину закрытия" in text(submit(client, f"{PAGE}/close", {}, page=PAGE))
    response = submit(client, f"{PAGE}/close", {"reason": "работы приняты"}, page=PAGE)
    assert response.status_code == 302
    assert position_status(database, "1") == "подрядчик убыл"
    assert position_status(database, "2") == "подрядчик убыл"
    body = text(client.get(PAGE))
    assert "закрыта" in body
    assert "заявка закрыта: работы приняты" in body


@pytest.mark.parametrize(
    "payload", ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">']
)
def test_html_in_comments_and_letters_is_shown_as_text(
    login, sample, database: Database, payload: str
) -> None:
    client = login("operator")
    submit(client, f"{PAGE}/comment", {"position": "1", "comment": payload}, page=PAGE)
    deliver(database, letter_bytes(f"Заявка 4512 {payload}", f"Бригада выехала. {payload}"))
    for url in (PAGE, "/requests", "/letters", "/letters/2"):
        body = text(client.get(url))
        assert payload not in body, url
    assert "&lt;script&gt;" in text(client.get(PAGE)) or "&lt;img" in text(client.get(PAGE))


def test_timeline_shows_reminders_about_this_requests_positions(
    login, sample, database: Database
) -> None:
    from omis.notify.models import Notification

    with database.session() as session:
        here = store.find_position(session, "4512", "2")
        other = store.add_position(session, store.NewPosition("4700", "1"), actor=Actor.OPERATOR)
        session.flush()
        assert here is not None
        for key, ids, state, error in (
            ("about-4512", [other.id, here.id], "retry", "Telegram: 502 Bad Gateway"),
            ("about-4700", [other.id], "sent", None),
        ):
            session.add(
                Notification(channel="telegram", target="-100500", kind="reminder",
                             idempotency_key=key, text=f"Без обновления ({key})", state=state,
                             attempts=1, last_error=error, position_ids=ids)
            )  # fmt: skip
    timeline = text(login("viewer").get(PAGE)).split('class="timeline"')[1]
    assert "Напоминание по поз. 2" in timeline
    assert "(about-4512)" in timeline
    assert "502 Bad Gateway" in timeline
    assert "(about-4700)" not in timeline


def test_letter_assigned_from_review_is_on_top_with_both_times(
    login, sample, database: Database, time_machine
) -> None:
    """The contractor wrote at T, another letter came at T+1h, the operator assigned the
    first one at T+3h: the assignment is the newest line, and says both times."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from omis.core.clock import now
    from omis.core.timefmt import local_time
    from omis.mail.review import assign
    from omis.requests.lifecycle import Status

    written_at = now().replace(second=0, microsecond=0) + timedelta(days=1)
    time_machine.move_to(written_at, tick=False)
    written = deliver(
        database, letter_bytes("Заявка 9999", "Бригада на месте.", message_id="<a@x>")
    )
    time_machine.move_to(written_at + timedelta(hours=1), tick=False)
    deliver(database, letter_bytes("Заявка 4512 поз. 2", "Бригада выехала.", message_id="<b@x>"))
    assigned_at = written_at + timedelta(hours=3)
    time_machine.move_to(assigned_at, tick=False)
    with database.session() as session:
        assign(session, written, "4512", "1", Status.ON_SITE, "operator")
    body = text(login("viewer").get(PAGE))
    timeline = body[body.index('<ul class="timeline">') :]
    first = timeline[: timeline.index("</li>")]
    moscow = ZoneInfo("Europe/Moscow")
    assert f'<span class="when">{local_time(written_at, moscow)}</span>' in first
    assert f"назначено оператором {local_time(assigned_at, moscow)}" in first
    assert timeline.index("назначено оператором") < timeline.index("подрядчик в пути")


@pytest.mark.parametrize(
    ("position", "message"),
    [("77", "Позиции 77 в заявке нет"), ("", "Обязательное поле")],
)
def test_a_comment_for_a_position_not_in_the_request_is_explained(
    login, sample, database: Database, position: str, message: str
) -> None:
    client = login("operator")
    data = {"position": position, "comment": "Не туда"}
    response = submit(client, f"{PAGE}/comment", data, page=PAGE)
    assert response.status_code == 422
    block = re.search(
        r'<div class="field invalid" id="comment-position">.*?</div>', text(response), re.S
    )
    assert block is not None
    assert f"Комментарий не сохранён: {message}" in block.group(0)
    with database.session() as session:
        assert [p.comment for p in store.get_request(session, "4512").positions] == [
            "Замена КАБЕЛЯ на опоре",
            None,
        ]
