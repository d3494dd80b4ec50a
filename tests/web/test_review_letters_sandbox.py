"""Review queue, letters list and the rule sandbox."""

from __future__ import annotations

import io
from email import message_from_bytes
from email.message import EmailMessage

from sqlalchemy import func, insert, select

from omis.core.clock import now
from omis.core.db import Database
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor, Status
from omis.requests.models import Position, StatusChange
from omis.web.queries.letters import LETTER_PAGE
from omis.web.queries.positions import COUNT_CAP
from web.webtools import csrf_token, deliver, letter_bytes, submit, text


def review_state(database: Database, letter_id: int) -> tuple[str | None, str | None]:
    with database.session() as session:
        letter = session.get_one(Letter, letter_id)
        return letter.review_state, letter.reviewed_by


def test_queue_lists_the_letter_with_its_reason_and_text(login, sample) -> None:
    client = login("viewer")
    body = text(client.get("/review"))
    assert "Заявка 9999" in body
    assert "заявки с таким номером нет" in body
    page = text(client.get(f"/review/{sample.review_letter_id}"))
    assert "Бригада выехала, будем через 40 минут." in page


def test_assign_applies_the_letter_and_records_who(login, sample, database: Database) -> None:
    client = login("operator")
    page = f"/review/{sample.review_letter_id}"
    data = {"request_number": "4512", "position_number": "2", "status": "подрядчик в пути"}
    response = submit(client, f"{page}/assign", data, page=page)
    assert response.status_code == 302
    assert review_state(database, sample.review_letter_id) == ("assigned", "operator")
    body = text(client.get("/requests/4512"))
    assert "operator (разбор письма)" in body
    assert "Очередь пуста" in text(client.get("/review"))


def test_assign_to_unknown_request_is_explained_and_kept(login, sample, database: Database) -> None:
    client = login("operator")
    page = f"/review/{sample.review_letter_id}"
    data = {"request_number": "31337", "position_number": "", "status": "заявка принята"}
    response = submit(client, f"{page}/assign", data, page=page)
    assert response.status_code == 422
    body = text(response)
    assert "заявка №31337 не найдена" in body
    assert 'value="31337"' in body
    assert review_state(database, sample.review_letter_id) == ("open", None)


def test_assign_without_status_is_refused(login, sample) -> None:
    page = f"/review/{sample.review_letter_id}"
    data = {"request_number": "4512", "status": ""}
    response = submit(login("operator"), f"{page}/assign", data, page=page)
    assert response.status_code == 422
    assert "Обязательное поле" in text(response)


def test_dismiss_needs_a_reason(login, sample, database: Database) -> None:
    client = login("operator")
    page = f"/review/{sample.review_letter_id}"
    response = submit(client, f"{page}/dismiss", {"reason": " "}, page=page)
    assert "Укажите, почему письмо не нужно" in text(response)
    assert submit(client, f"{page}/dismiss", {"reason": "спам"}, page=page).status_code == 302
    assert review_state(database, sample.review_letter_id) == ("dismissed", "operator")


def test_letters_list_filters_by_outcome_and_text(login, sample, database: Database) -> None:
    deliver(database, letter_bytes("Заявка 4512", "Заявку ПРИНЯЛИ в работу."))
    client = login("viewer")
    assert "Заявка 9999" in text(client.get("/letters?outcome=unmatched"))
    assert "Заявка 9999" not in text(client.get("/letters?outcome=applied"))
    assert "Заявка 4512" in text(client.get("/letters?q=приняли"))
    assert "Заявка 9999" not in text(client.get("/letters?q=приняли"))


def test_every_letters_page_is_reachable_past_the_count_cap(login, database: Database) -> None:
    total = COUNT_CAP + 2 * LETTER_PAGE
    moment = now()
    rows = [
        {"id": n, "mailbox": "test", "message_key": f"k{n}", "content_hash": f"h{n}",
         "outcome": "unmatched", "subject": f"Письмо {n}", "received_at": moment}
        for n in range(1, total + 1)
    ]  # fmt: skip
    with database.session() as session:
        session.execute(insert(Letter), rows)
    client = login("viewer")
    last = total // LETTER_PAGE
    page = text(client.get(f"/letters?page={last}"))
    assert f"страница {last} из {last}<" in page
    assert "Письмо 1<" in page  # the oldest (newest first, ids break the tie)
    assert f"Письмо {LETTER_PAGE + 1}<" not in page


def test_letter_page_shows_evidence(login, sample, database: Database) -> None:
    letter_id = deliver(database, letter_bytes("Заявка 4512", "Заявку приняли в работу."))
    body = text(login("viewer").get(f"/letters/{letter_id}"))
    assert "Почему так решено" in body
    assert "<mark>" in body
    assert "применено" in body


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        letters = session.scalar(select(func.count()).select_from(Letter)) or 0
        changes = session.scalar(select(func.count()).select_from(StatusChange)) or 0
        return letters, changes


def test_sandbox_shows_the_decision_and_stores_nothing(login, sample, database: Database) -> None:
    before = counts(database)
    data = {"subject": "Заявка 4512", "body": "Бригада выехала, будем через 40 минут."}
    body = text(submit(login("viewer"), "/sandbox", data))
    assert "№4512" in body
    assert "подрядчик в пути" in body
    assert "Письмо было бы применено автоматически" in body
    assert "будет применено" in body
    assert "<mark>" in body
    assert counts(database) == before


def test_sandbox_explains_why_a_letter_would_go_to_review(login) -> None:
    data = {"subject": "Вопрос", "body": "Когда приедете?"}
    body = text(submit(login("viewer"), "/sandbox", data))
    assert "Письмо ушло бы в очередь разбора" in body
    assert "в письме нет номера заявки" in body


def test_sandbox_reads_an_uploaded_eml(login, sample) -> None:
    client = login("viewer")
    raw = letter_bytes("Заявка №4512", "Мы на месте, приступили.")
    data = {"csrf_token": csrf_token(client, "/sandbox"), "eml": (io.BytesIO(raw), "x.eml")}
    body = text(client.post("/sandbox", data=data, content_type="multipart/form-data"))
    assert "подрядчик на месте" in body


def _with_photos(megabytes: float) -> bytes:
    """A letter from the site with photos attached: ``megabytes`` in all, as it arrives."""
    message = message_from_bytes(letter_bytes("Заявка №4512", "Мы на месте, приступили."))
    mixed = EmailMessage()
    for name in ("From", "To", "Subject", "Date"):
        mixed[name] = message[name]
    mixed.set_content("Мы на месте, приступили.")
    photo = bytes(range(256)) * int(megabytes * 1024 * 1024 * 3 / 4 / 256)  # base64: 4/3
    mixed.add_attachment(photo, maintype="image", subtype="jpeg", filename="obekt.jpg")
    return mixed.as_bytes()


def _try(client, raw: bytes):
    data = {"csrf_token": csrf_token(client, "/sandbox"), "eml": (io.BytesIO(raw), "x.eml")}
    return client.post("/sandbox", data=data, content_type="multipart/form-data")


def test_sandbox_takes_any_letter_the_mailbox_reads_not_just_a_csv_sized_one(login, sample) -> None:
    client = login("viewer")
    raw = _with_photos(9)  # over the CSV import's 5 MB, under the letters' 10 MB
    assert 9 * 1024 * 1024 <= len(raw) < 10 * 1024 * 1024
    response = _try(client, raw)
    assert response.status_code == 200
    assert "подрядчик на месте" in text(response)
    # Beyond the letters' own limit: the Russian 413 names it.
    over = _try(client, _with_photos(11.5))
    assert over.status_code == 413
    assert "превышает допустимый (10 МБ)" in text(over)


def test_sandbox_with_nothing_to_read_is_explained(login) -> None:
    response = submit(login("viewer"), "/sandbox", {"subject": "", "body": ""})
    assert response.status_code == 422
    assert "Вставьте текст письма" in text(response)


def test_sandbox_sends_a_letter_for_a_missing_position_to_review_as_intake_does(
    login, sample, database: Database
) -> None:
    data = {"subject": "Заявка 4512, позиция 9", "body": "Бригада на месте."}
    body = text(submit(login("viewer"), "/sandbox", data))
    assert "Письмо ушло бы в очередь разбора" in body
    assert "было бы применено" not in body
    letter_id = deliver(database, letter_bytes(data["subject"], data["body"]))
    with database.session() as session:
        stored = session.get_one(Letter, letter_id)
        assert (stored.outcome, stored.reason) == ("unmatched", "unknown_position")


def test_letters_download_as_csv_and_json(login, sample) -> None:
    client = login("viewer")
    assert "/letters/export?format=csv" in text(client.get("/letters"))
    response = client.get("/letters/export?format=csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    body = text(response)
    assert body.startswith("\ufeffmessage_id,received_at,sender,subject,outcome,reason")
    assert "review-1@stroyservis.ru" in body
    rows = client.get("/letters/export?format=json").get_json()
    assert [row["outcome"] for row in rows] == ["unmatched"]
    assert rows[0]["reason"] == "unknown_request"
    assert client.get("/letters/export?format=xml").status_code == 400


def _left_in_review(database: Database) -> int:
    """A report stored as an older rule set left it: in the review queue, no status."""
    letter_id = deliver(database, letter_bytes("Заявка 4512", "Всё, уехали в 16:00."))
    with database.session() as session:
        stored = session.get_one(Letter, letter_id)
        stored.outcome, stored.reason, stored.status = "unmatched", "no_status", None
        stored.review_state = "open"
        for change in session.scalars(
            select(StatusChange).where(StatusChange.letter_id == letter_id)
        ):
            session.delete(change)
        for position in session.scalars(select(Position)):
            position.status = "заявка отправлена"
    return letter_id


def test_replay_page_is_for_admins_only(login, sample) -> None:
    client = login("operator")
    assert client.get("/letters/replay").status_code == 403
    assert "перепроверить письма" not in text(client.get("/letters"))


def test_replay_page_shows_the_difference(login, sample, database: Database) -> None:
    letter_id = _left_in_review(database)
    body = text(login("admin").get("/letters/replay"))
    assert f"/letters/{letter_id}" in body
    assert "на разбор (нет слов о статусе, №4512)" in body
    assert "№4512 «подрядчик убыл»" in body
    assert "Применить допустимые изменения" in body


def test_replay_confirm_applies_once(login, sample, database: Database) -> None:
    letter_id = _left_in_review(database)
    client = login("admin")
    response = submit(client, "/letters/replay", {"date_from": ""}, page="/letters/replay")
    assert response.status_code == 302
    assert review_state(database, letter_id) == ("assigned", "перепроверка")
    assert "Все письма с этой даты решаются так же" in text(client.get("/letters/replay"))
    with database.session() as session:
        statuses = {p.number: p.status for p in session.scalars(select(Position))}
        assert statuses == {"1": "подрядчик убыл", "2": "подрядчик убыл"}


def test_assign_with_a_status_behind_the_position_applies_nothing_and_keeps_the_letter(
    login, sample, database: Database
) -> None:
    """Position 2 is on site; «заявка принята» would be a step back: nothing is recorded,
    the operator is told so next to the status, and the letter waits in the queue."""
    with database.session() as session:
        position = store.find_position(session, "4512", "2")
        assert position is not None
        event = store.StatusEvent(Status.ON_SITE, Actor.OPERATOR, "operator", "звонок")
        store.change_status(session, position, event)
    before = _history_count(database)
    client = login("operator")
    page = f"/review/{sample.review_letter_id}"
    data = {"request_number": "4512", "position_number": "2", "status": "заявка принята"}
    response = submit(client, f"{page}/assign", data, page=page)
    assert response.status_code == 422
    status_field = text(response)[text(response).index('id="status"') :]
    assert (
        "ничего не применено: позиция 2 уже в этом статусе или дальше (статус «заявка принята» "
        "раньше текущего «подрядчик на месте»); письмо осталось в очереди разбора"
    ) in status_field[: status_field.index("</div>")]
    assert "Письмо назначено" not in text(response)
    assert review_state(database, sample.review_letter_id) == ("open", None)
    assert _history_count(database) == before
    assert "Заявка 9999" in text(client.get("/review"))


def _history_count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(StatusChange)) or 0)
