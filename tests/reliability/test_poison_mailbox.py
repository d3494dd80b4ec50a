"""Issue 16's acceptance: a real IMAP mailbox holding every poison letter the attack found,
next to valid letters. One pass stores every letter exactly once, applies every valid one,
quarantines the rest with their reasons and finishes within a minute; a second pass reads
nothing again."""

from __future__ import annotations

import itertools
import quopri

import pytest
from sqlalchemy import select

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import load_settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor

_users = itertools.count()
SENDER = "omis@example.ru"


def _raw(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("utf-8") + b"\r\n" + body


def _plain(number: str, **headers: str) -> str:
    extra = "".join(f"{name}: {value}\n" for name, value in headers.items())
    return (
        f"From: disp@podryad.ru\nSubject: Заявка {number}\nMessage-ID: <{number}@podryad.ru>\n"
        f"{extra}Content-Type: text/plain; charset=utf-8\n"
    )


def poison_mailbox() -> dict[str, bytes]:
    """Subject line → letter; the Subject names the request each letter reports on."""
    html = "<p>Заявка 5007: бригада на месте.</p>" + "<p>строка</p>" * 60_000
    photo = b"Q" * (11 * 1024 * 1024)
    nesting = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(3000)
    )
    return {
        "valid 5001": letter("Заявка 5001", "Бригада выехала.", minute=1),
        "valid 5002": letter("Заявка 5002", "Бригада на месте.", minute=2),
        "valid 5003": letter("Заявка 5003", "Работы завершены, убыли.", minute=3),
        "date 9999": _raw(
            _plain("5004", Date="Fri, 31 Dec 9999 23:59:59 -1200"), "Выехали.".encode()
        ),
        "charset NUL": _raw(
            _plain("5005").replace("charset=utf-8", 'charset="utf-8\x00"'),
            "Бригада на месте.".encode(),
        ),
        # Quoted-printable: IMAP servers replace raw NUL bytes (Dovecot with 0x80).
        "NUL bytes": _raw(
            _plain("5006", **{"Content-Transfer-Encoding": "quoted-printable"}),
            quopri.encodestring("Бригада\x00 выехала.\x00".encode()),
        ),
        "60,000 blocks": _raw(
            "From: disp@podryad.ru\nSubject: Отчёт\nContent-Type: text/html; charset=utf-8\n",
            html.encode(),
        ),
        "11 MB": _raw(
            'From: disp@podryad.ru\nSubject: Заявка 5008\nContent-Type: multipart/mixed; boundary="B"\n',
            b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Бригада выехала, фото во вложении.".encode()
            + b"\r\n--B\r\nContent-Type: image/jpeg\r\n\r\n"
            + photo
            + b"\r\n--B--\r\n",
        ),
        "shared id A": letter("Заявка 5009", "Выехали.", minute=4, message_id="<same@podryad.ru>"),
        "shared id B": letter("Заявка 5010", "Выехали.", minute=5, message_id="<same@podryad.ru>"),
        "OMIS reminder": letter(
            "OMIS: напоминание о задержке заявки",
            "⚠ Заявка №5001 уже более часа без обновления (текущий статус: «подрядчик убыл»)",
            sender=SENDER,
            headers={"Auto-Submitted": "auto-generated"},
        ),
        "OMIS sender": letter("Заявка 5002", "Работы завершены, убыли.", sender=SENDER),
        "unparseable": _raw("From: disp@podryad.ru\nSubject: Заявка 5003\n" + nesting, b"x"),
        "no number": letter("Вопрос", "Кто встретит бригаду?", minute=6),
    }


@pytest.mark.timeout(60)
def test_one_pass_over_a_poisoned_mailbox_stores_all_applies_the_valid_quarantines_the_rest(
    imap_server, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = f"poison{next(_users)}"
    letters = poison_mailbox()
    for raw in letters.values():
        imap_server.append(user, raw)
    with database.session() as session:
        for number in range(5001, 5011):
            store.add_position(session, store.NewPosition(str(number), "1"), actor=Actor.OPERATOR)
    for name, value in {
        "OMIS_MAIL_BACKEND": "imap", "OMIS_IMAP_HOST": imap_server.host,
        "OMIS_IMAP_PORT": str(imap_server.port), "OMIS_IMAP_SSL": "false",
        "OMIS_IMAP_ALLOW_PLAIN": "true", "OMIS_IMAP_USER": user,
        "OMIS_IMAP_PASSWORD": imap_server.user(user)[1], "OMIS_SMTP_SENDER": SENDER,
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    settings = load_settings().with_database(database.url)

    report = run_mail_check(database, settings)

    assert report.total == len(letters)
    assert report.outcomes == {"applied": 10, "ignored": 2, "unmatched": 2}
    with database.session() as session:
        stored = list(session.scalars(select(Letter)))
        statuses = {
            number: store.find_position(session, str(number), "1").status
            for number in range(5001, 5011)
        }
    assert len(stored) == len(letters)  # each exactly once
    assert statuses == {
        5001: "подрядчик в пути", 5002: "подрядчик на месте", 5003: "подрядчик убыл",
        5004: "подрядчик в пути", 5005: "подрядчик на месте", 5006: "подрядчик в пути",
        5007: "подрядчик на месте", 5008: "подрядчик в пути", 5009: "подрядчик в пути",
        5010: "подрядчик в пути",
    }  # fmt: skip
    review = {(letter.reason, letter.review_state) for letter in stored if letter.review_state}
    assert review == {("unreadable", "open"), ("no_request_number", "open")}
    ignored = sorted(letter.reason or "" for letter in stored if letter.outcome == "ignored")
    assert ignored == ["auto-submitted", "own-mail"]
    assert run_mail_check(database, settings).total == 0
