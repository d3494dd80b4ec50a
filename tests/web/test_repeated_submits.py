"""A form sent twice (a double click, a second tab, a reload of the POST): the second
submit changes nothing, records nothing, and says so in Russian."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from omis.core.clock import now
from omis.core.db import Database
from omis.core.timefmt import local_time
from omis.mail.models import Letter, LetterUndo
from omis.reminders.models import Snooze
from omis.requests.models import Position, Request, StatusChange
from web.webtools import csrf_token, deliver, letter_bytes, submit, text, visible_text

PAGE = "/requests/4512"
MSK = ZoneInfo("Europe/Moscow")  # OMIS_TIMEZONE of the tests
LOCAL = "%Y-%m-%dT%H:%M"  # the form's datetime-local


def _history(database: Database, position: str) -> list[tuple[str | None, str, str, str | None]]:
    with database.session() as session:
        rows = session.execute(
            select(
                StatusChange.from_status,
                StatusChange.to_status,
                StatusChange.verdict,
                StatusChange.reason,
            )
            .join(Position, StatusChange.position_id == Position.id)
            .join(Request)
            .where(Request.number == "4512", Position.number == position)
            .order_by(StatusChange.id)
        )
        return [tuple(row) for row in rows]


def test_a_status_form_sent_twice_adds_no_history_row(login, sample, database: Database) -> None:
    client = login("operator")
    data = {"position": "1", "status": "подрядчик в пути", "reason": "звонок бригадира"}
    first = submit(client, f"{PAGE}/status", data, page=PAGE, follow_redirects=True)
    assert "Позиция 1: статус «подрядчик в пути»." in visible_text(text(first))
    again = submit(client, f"{PAGE}/status", data, page=PAGE, follow_redirects=True)
    shown = visible_text(text(again))
    assert "Позиция 1: статус «подрядчик в пути» уже установлен — вами" in shown
    assert "Повторная отправка формы ничего не изменила." in shown
    assert _history(database, "1") == [
        (None, "заявка отправлена", "applied", "заявка зарегистрирована"),
        ("заявка отправлена", "подрядчик в пути", "applied", "звонок бригадира"),
    ]
    assert "статус уже установлен" not in text(client.get(PAGE))


def test_the_same_status_for_another_reason_is_still_recorded_as_not_applied(
    login, sample, database: Database
) -> None:
    """Not a repeat: the operator means something else, and the history keeps it."""
    client = login("operator")
    data = {"position": "1", "status": "подрядчик в пути", "reason": "звонок бригадира"}
    submit(client, f"{PAGE}/status", data, page=PAGE)
    other = submit(client, f"{PAGE}/status", {**data, "reason": "письмо"}, page=PAGE)
    assert other.status_code == 302
    assert _history(database, "1")[-1] == (
        "подрядчик в пути",
        "подрядчик в пути",
        "not_applied",
        "статус уже установлен",
    )


def _position_id(database: Database, number: str = "1") -> int:
    with database.session() as session:
        found = session.scalar(
            select(Position.id)
            .join(Request)
            .where(Request.number == "4512", Position.number == number)
        )
        assert found is not None
        return found


def _history_lines(client, kind: str = "snooze") -> list[str]:
    """The request page's history, newest first: the text of each «напоминания» line."""
    page = text(client.get(PAGE))
    timeline = page[page.index('<ul class="timeline">') :]
    items = re.findall(rf'<li class="{kind}">(.*?)</li>', timeline, re.S)
    return [visible_text(item) for item in items]


def _pauses(database: Database) -> list[tuple[str, str | None]]:
    with database.session() as session:
        rows = session.execute(select(Snooze.comment, Snooze.cancelled_by).order_by(Snooze.id))
        return [tuple(row) for row in rows]


def test_a_pause_sent_twice_keeps_one_pause_and_a_history_that_matches_it(
    login, sample, database: Database
) -> None:
    client = login("operator")
    position_id = _position_id(database)
    until = (now() + timedelta(hours=2)).astimezone(MSK)
    data = {"until": until.strftime(LOCAL), "comment": "ждём допуска", "next": PAGE}
    submit(client, f"/positions/{position_id}/snooze", data, page=PAGE)
    again = submit(
        client, f"/positions/{position_id}/snooze", data, page=PAGE, follow_redirects=True
    )
    assert "уже отложены до" in visible_text(text(again))
    assert "ничего не изменено" in visible_text(text(again))
    assert _pauses(database) == [("ждём допуска", None)]
    lines = _history_lines(client)
    assert len(lines) == 1
    assert "отложены до" in lines[0]
    assert "снова включены" not in text(client.get(PAGE))


def test_a_changed_pause_is_shown_as_changed_not_as_resumed(
    login, sample, database: Database
) -> None:
    client = login("operator")
    position_id = _position_id(database)
    first, second = ((now() + timedelta(hours=hours)).astimezone(MSK) for hours in (2, 3))
    for until in (first, second):
        data = {"until": until.strftime(LOCAL), "comment": "ждём допуска", "next": PAGE}
        submit(client, f"/positions/{position_id}/snooze", data, page=PAGE)
    newest = _history_lines(client)[0]
    assert (
        f"изменена: отложены до {local_time(second.replace(second=0, microsecond=0), MSK)}"
        in newest
    )
    assert f"(было до {local_time(first.replace(second=0, microsecond=0), MSK)})" in newest
    assert "снова включены" not in text(client.get(PAGE))
    submit(client, f"/positions/{position_id}/resume", {"next": PAGE}, page=PAGE)
    assert "снова включены" in _history_lines(client)[0]


REVIEW_ACTIONS = {
    "assign": {"request_number": "4512", "position_number": "2", "status": "подрядчик в пути"},
    "dismiss": {"reason": "рассылка"},
    "accept-once": {},
}


@pytest.mark.parametrize(
    ("first", "second", "state"),
    [
        ("assign", "assign", "отнесено к заявке"),
        ("dismiss", "dismiss", "отклонено"),
        ("assign", "dismiss", "отнесено к заявке"),
        ("dismiss", "assign", "отклонено"),
        ("assign", "accept-once", "отнесено к заявке"),
    ],
)
def test_a_review_action_from_a_stale_tab_says_who_handled_the_letter(
    login, sample, database: Database, first: str, second: str, state: str
) -> None:
    client = login("operator")
    page = f"/review/{sample.review_letter_id}"
    token = csrf_token(client, page)  # the tab opened while the letter waited
    post = {**REVIEW_ACTIONS[first], "csrf_token": token}
    assert client.post(f"{page}/{first}", data=post).status_code == 302
    stale = {**REVIEW_ACTIONS[second], "csrf_token": token}
    response = client.post(f"{page}/{second}", data=stale, follow_redirects=True)
    assert response.status_code == 200
    when = local_time(_reviewed_at(database, sample.review_letter_id), MSK)
    expected = f"Не выполнено: письмо №{sample.review_letter_id} уже разобрано — {state} (operator, {when})."
    assert expected in visible_text(text(response))
    assert _history(database, "2")[-1][1] == (
        "подрядчик в пути" if first == "assign" else "заявка отправлена"
    )


def _reviewed_at(database: Database, letter_id: int) -> datetime:
    with database.session() as session:
        reviewed = session.get_one(Letter, letter_id).reviewed_at
        assert reviewed is not None
        return reviewed


def test_an_undo_sent_twice_says_it_was_undone_and_by_whom(
    login, sample, database: Database
) -> None:
    letter_id = deliver(
        database, letter_bytes("Заявка 4512", "Бригада на месте.", message_id="<u@x>")
    )
    client = login("operator")
    page = f"/letters/{letter_id}"
    token = csrf_token(client, page)
    data = {"reason": "письмо о другой заявке", "csrf_token": token}
    assert client.post(f"{page}/undo", data=data).status_code == 302
    again = client.post(f"{page}/undo", data=data, follow_redirects=True)
    assert again.status_code == 200
    with database.session() as session:
        undone_at = session.scalars(select(LetterUndo.undone_at)).one()
    when = local_time(undone_at, MSK)
    expected = f"Не выполнено: действие письма №{letter_id} уже отменено (operator, {when})."
    assert expected in visible_text(text(again))
    assert [row[1] for row in _history(database, "1")][-1] == "заявка отправлена"
