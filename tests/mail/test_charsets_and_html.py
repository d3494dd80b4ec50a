"""Charsets as they are declared (unless they clearly fail), HTML tables read by row, and
HTML text hidden from the reader (by attribute, style or <style> rule) not read."""

from __future__ import annotations

from email.header import Header
from email.message import EmailMessage

import pytest

from omis.mail.message import parse_message
from omis.mail.registry import RegistryView, RequestInfo
from omis.mail.understand import understand_bytes


def _raw(subject_bytes: bytes, charset: str, body: bytes, body_charset: str) -> bytes:
    encoded = Header(subject_bytes.decode(charset), charset).encode()
    return (
        f"From: a@podryad.ru\r\nSubject: {encoded}\r\nMessage-ID: <c@podryad.ru>\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={body_charset}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + body


def test_a_short_subject_in_its_declared_charset_is_not_repaired_into_mojibake() -> None:
    for charset in ("koi8-r", "windows-1251"):
        raw = _raw("Пропуск".encode(charset), charset, b"ok", "us-ascii")
        assert parse_message(raw).subject == "Пропуск"
        raw = _raw("7088 первый подъезд".encode(charset), charset, b"ok", "us-ascii")
        assert parse_message(raw).subject == "7088 первый подъезд"


def test_a_utf8_body_labelled_windows_1251_is_read_as_utf8() -> None:
    body = "Бригада выехала на объект.".encode()
    assert parse_message(_raw(b"x", "ascii", body, "windows-1251")).body_text.startswith("Бригада")


def test_a_body_whose_declared_charset_clearly_fails_is_repaired() -> None:
    body = "Заявка 4512: бригада выехала.".encode("cp1251")
    assert parse_message(_raw(b"x", "ascii", body, "koi8-r")).body_text.startswith("Заявка 4512")


def test_an_html_table_is_read_row_by_row() -> None:
    message = EmailMessage()
    message["From"] = "a@podryad.ru"
    message["Subject"] = "Заявка 5120 — итоги"
    message.set_content(
        "<p>Итоги по заявке:</p><table><tr><th>№ поз.</th><th>Прибытие</th><th>Убытие</th></tr>"
        "<tr><td>1</td><td>09:10</td><td>11:00</td></tr>"
        "<tr><td>3</td><td>11:20</td><td>13:05</td></tr></table>",
        subtype="html",
    )
    registry = RegistryView({"5120": RequestInfo("5120", ("1", "2", "3"))})
    decision = understand_bytes(bytes(message), registry=registry)[1]
    assert (decision.request_number, decision.position_numbers, decision.status) == (
        "5120", ("1", "3"), "подрядчик убыл",
    )  # fmt: skip


def _outlook_cell(text: str) -> str:
    return f"<td style='border:solid 1.0pt'><p class=MsoNormal>{text}<o:p></o:p></p></td>"


def test_an_outlook_table_with_paragraphs_in_cells_and_an_empty_cell_is_read_row_by_row() -> None:
    # Outlook (Word) wraps every cell's text in <p class=MsoNormal>; the third row's empty
    # arrival and departure cells must not move its note («перенос на 24.11») under them.
    rows = [
        ("Позиция", "Объект", "Прибытие", "Убытие", "Примечание"),
        ("1", "ВРУ-1", "09:52", "13:10", "Ревизия выполнена"),
        ("2", "ВРУ-2", "09:52", "14:05", "Ревизия выполнена"),
        ("3", "Шкаф АВР", "", "", "Перенос на 24.11 — нет запчасти"),
    ]
    table = "".join("<tr>" + "".join(map(_outlook_cell, row)) + "</tr>" for row in rows)
    raw = _html_letter(
        "<div class=WordSection1><p class=MsoNormal>По заявке 5120:<o:p></o:p></p>"
        f"<table class=MsoNormalTable border=0>{table}</table></div>"
    )
    assert "3\tШкаф АВР\t\t\tПеренос на 24.11 — нет запчасти" in parse_message(raw).body_text
    registry = RegistryView({"5120": RequestInfo("5120", ("1", "2", "3"))})
    decision = understand_bytes(raw, registry=registry)[1]
    assert (decision.request_number, decision.position_numbers, decision.status) == (
        "5120", ("1", "2"), "подрядчик убыл",
    )  # fmt: skip


def test_a_layout_table_keeps_the_lines_of_its_one_cell() -> None:
    raw = _html_letter(
        "<table><tr><td><p>Заявка 5120.</p><p>Бригада выехала.</p></td></tr></table>"
        "<table><tr><td>logo</td><td><table><tr><td>1</td><td><p>a</p><p>b</p></td></tr>"
        "</table><p>Спасибо</p></td></tr></table>"
    )
    assert (
        parse_message(raw).body_text
        == "Заявка 5120.\n\nБригада выехала.\n\nlogo\n\n1\ta b\n\nСпасибо"
    )


def _html_letter(html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "a@podryad.ru"
    message["Subject"] = "Заявка 5120"
    message.set_content(html, subtype="html")
    return bytes(message)


@pytest.mark.parametrize(
    "hidden",
    [
        '<div style="display:none">Работы завершены, бригада убыла.</div>',
        "<span style='color:red; DISPLAY : None !important'>Бригада <b>убыла</b>.</span>",
        '<div style="visibility: hidden"><p>Бригада убыла.</p></div>',
        "<p hidden>Бригада убыла.</p>",
    ],
)
def test_hidden_html_text_is_not_what_the_sender_says(hidden: str) -> None:
    """Text the reader does not see was read as a status: «убыл» from an invisible block."""
    raw = _html_letter(f"<p>Заявка 5120: бригада на месте.</p>{hidden}<p>Спасибо</p>")
    assert parse_message(raw).body_text == "Заявка 5120: бригада на месте.\n\nСпасибо"
    registry = RegistryView({"5120": RequestInfo("5120", ("1",))})
    assert understand_bytes(raw, registry=registry)[1].status == "подрядчик на месте"


_STYLE_HIDDEN = "Выехали.<div class=x>Бригада убыла.</div>"


@pytest.mark.parametrize(
    "html",
    [
        f"<html><head><style>.x {{ display: none }}</style></head><body>{_STYLE_HIDDEN}</body>",
        f"<style><!-- p.y, DIV.X {{color:red; visibility:hidden}} --></style>{_STYLE_HIDDEN}",
        "<style>/* preheader */ #pre{max-height:0;overflow:hidden;mso-hide:all}</style>"
        "<span id=pre>Бригада убыла.</span>Выехали.",
        '<p>Выехали.</p><span style="max-height:0px; overflow:hidden">Бригада убыла.</span>',
        '<p>Выехали.</p><span style="opacity: 0">Бригада убыла.</span>',
    ],
)
def test_text_hidden_by_a_style_rule_is_not_what_the_sender_says(html: str) -> None:
    """A <style> class or id rule (or a preheader's zero box) hid «Бригада убыла»: it was
    read, and the letter saying «Выехали» was taken for «подрядчик убыл»."""
    raw = _html_letter(f"<p>Заявка 5120</p>{html}")
    registry = RegistryView({"5120": RequestInfo("5120", ("1",))})
    assert understand_bytes(raw, registry=registry)[1].status == "подрядчик в пути"


@pytest.mark.parametrize(
    "html",
    [
        # Outlook's styles: classes that set fonts and margins, not visibility.
        "<style><!-- @font-face {font-family:Calibri;} p.MsoNormal, div.MsoNormal "
        "{margin:0cm; font-size:11.0pt;} @page WordSection1 {size:612pt 792pt;} --></style>"
        "<div class=WordSection1><p class=MsoNormal>Бригада убыла.<o:p></o:p></p></div>",
        # Hidden on desktops only, or shown again on phones: some readers see it.
        "<style>@media (max-width:600px) {.desk{display:none}}</style>"
        "<div class=desk>Бригада убыла.</div>",
        "<style>.mob{display:none} @media (max-width:600px){.mob{display:block!important}}"
        "</style><div class=mob>Бригада убыла.</div>",
        # Selectors this reader does not follow: the text is read.
        "<style>.x:hover, .a .x, .a.x {display:none}</style><p class='a x'>Бригада убыла.</p>",
        '<style>.x{display:none}</style><p class=x style="display:block">Бригада убыла.</p>',
        '<p style="opacity:0.5; line-height:0; overflow:hidden">Бригада убыла.</p>',
        '<p style="mso-hide:all">Бригада убыла.</p>',
    ],
)
def test_text_a_style_rule_does_not_hide_is_read(html: str) -> None:
    raw = _html_letter(f"<p>Заявка 5120</p>{html}")
    assert "Бригада убыла." in parse_message(raw).body_text
    registry = RegistryView({"5120": RequestInfo("5120", ("1",))})
    assert understand_bytes(raw, registry=registry)[1].status == "подрядчик убыл"


def test_hiding_a_void_element_hides_nothing_after_it() -> None:
    raw = _html_letter('<p>Заявка 5120<img hidden src="x.png"><br hidden> убыли</p>')
    assert parse_message(raw).body_text == "Заявка 5120\nубыли"


def test_a_utf7_letter_is_decoded() -> None:
    """UTF-7 text is all ASCII bytes: read as ASCII it had no words («нет слов о статусе»)."""
    text = "Заявка 5120 позиция 1 на месте"
    raw = (
        "From: a@podryad.ru\r\nSubject: =?utf-7?Q?+BBcEMARPBDIEOgQw-?= 5120\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-7\r\n\r\n"
    ).encode("ascii") + text.encode("utf-7")
    parsed = parse_message(raw)
    assert (parsed.subject, parsed.body_text) == ("Заявка 5120", text)
    registry = RegistryView({"5120": RequestInfo("5120", ("1", "2"))})
    decision = understand_bytes(raw, registry=registry)[1]
    assert (decision.position_numbers, decision.status) == (("1",), "подрядчик на месте")


def test_text_mislabelled_utf7_is_read_as_it_is() -> None:
    raw = _raw(b"x", "ascii", b"+7 999 123-45-67 a+-b", "utf-7")
    assert parse_message(raw).body_text == "+7 999 123-45-67 a+-b"
