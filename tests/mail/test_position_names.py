"""Positions named by what they are, numbers dictated to a phone, and other readings the
registry decides: each letter is read as a dispatcher who registered the request would.

The requests are registered with the comments an engineer writes («1 — 1 этаж, 2 — 2
этаж»), the letters go through the real intake from a folder, and the positions' statuses
are what a user sees afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fakes.letters import letter
from omis.core.db import Database
from omis.core.settings import Settings
from omis.mail import review
from omis.mail.intake import run_mail_check
from omis.mail.position_names import position_names, position_words
from omis.requests import store
from omis.requests.lifecycle import Actor

SENT, ACCEPTED, EN_ROUTE, ON_SITE, LEFT = (
    "заявка отправлена",
    "заявка принята",
    "подрядчик в пути",
    "подрядчик на месте",
    "подрядчик убыл",
)
FLOORS = "Бутырская 77: ремонт откосов, 1 — 1 этаж, 2 — 2 этаж, 3 — 3 этаж"
BURNERS = "Бассейн: 1 — горелка котла №1, 2 — горелка котла №2, 3 — автоматика"
BOILER = "Детский сад: 1 — котёл Baxi Slim, 2 — дымоход"
STREETS = "Покраска бордюров: 1 – ул. Гончарова, 2 – ул. Вокзальная, 3 – пр. Строителей"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def _register(database: Database, number: str, comment: str | None, *positions: str) -> None:
    with database.session() as session:
        for position in positions:
            store.add_position(
                session, store.NewPosition(number, position, comment), actor=Actor.OPERATOR,
                created_at=None,
            )  # fmt: skip


def _read(
    database: Database, settings: Settings, inbox: Path, number: str, subject: str, body: str
) -> dict[str, str]:
    (inbox / "letter.eml").write_bytes(letter(subject, body))
    run_mail_check(database, settings, directory=inbox)
    with database.session() as session:
        return {p.number: p.status for p in store.require_request(session, number).positions}


@pytest.mark.parametrize(
    ("comment", "subject", "body", "expected"),
    [
        # a floor by its number next to «этаж», the others only planned
        (FLOORS, "52105 1этаж", "52105 1 этаж откосы готов. 2 этаж завтра. Мы уехали база",
         {"1": LEFT, "2": SENT, "3": SENT}),
        (FLOORS, "Fwd: 52105", "52105 2 этаж 3 этаж откосы всё сделали, уехали",
         {"1": SENT, "2": LEFT, "3": LEFT}),
        # «3 этаж» is position 1 here: the comment says so, and «3» is no position of its own
        ("Кутузовский 12: 1 — 3 этаж, 2 — 4 этаж", "52347 поз1",
         "52347 на месте. поз1 3 этаж профиль ставим", {"1": ON_SITE, "2": SENT}),
        # equipment by its noun and its number
        (BURNERS, "41738 ГОРЕЛКА 2", "ГОРЕЛКУ 2 ОТРЕГУЛИРОВАЛИ. УЕХАЛИ ИЗ БАССЕЙНА",
         {"1": SENT, "2": LEFT, "3": SENT}),
        # the number a few words after the noun, and the code written with it
        ("1 — узел доступа УД-7, 2 — узел доступа УД-8", "42140", "42140 УД-8 запустили, уехали",
         {"1": SENT, "2": LEFT}),
        ("1 — муфта М-12, 2 — муфта М-14", "42107", "42107 муфту 14 сварили, уехали",
         {"1": SENT, "2": LEFT}),
        # «М-5» is a code, not 5 metres after the request's number; «М-5–М-6» names no one
        ("1 — муфта М-5, 2 — муфта М-6, 3 — участок ВОЛС М-5–М-6", "42131 М-5",
         "М-5 готова, закрыли. М-6 завтра", {"1": LEFT, "2": SENT, "3": SENT}),
        # an entry after an address and a sentence; a list «камеры 1 и 2»
        ("Склад, ул. Марата, 100 — монтаж. Позиции: 1 — камера 1 (ворота); 2 — камера 2; "
         "3 — камера 3", "43017", "43017 камеры 1 и 2 повесили, картинка есть. 3ю в четверг",
         {"1": LEFT, "2": LEFT, "3": SENT}),
        # «на 03»: a position written as the registry writes it; «поз 01-03» stays a range
        (None, "44176", "44176 выехали на 03, основной. будем к 5:40",
         {"01": SENT, "02": SENT, "03": EN_ROUTE}),
        (None, "21455 поз 01-03 выезд", "Еду. Около 5:30 буду.",
         {"01": EN_ROUTE, "02": EN_ROUTE, "03": EN_ROUTE}),
        # a finish said of what only some positions are, without any position's number,
        # is the finish of those positions, not of the whole request
        (BOILER, "41203", "41203 дымоход прочистили, уехали", {"1": SENT, "2": LEFT}),
        (STREETS, "Бордюры 36610", "На Вокзальной всё покрасили, уехали",
         {"1": SENT, "2": LEFT, "3": SENT}),
        (STREETS, "36610", "По Гончарова и Вокзальной закончили, отбыли",
         {"1": LEFT, "2": LEFT, "3": SENT}),
        # a place named with what is still to be done is the plan, not the part finished
        (STREETS, "36610", "Вокзальную закончили, уехали. Завтра Строителей с утра",
         {"1": SENT, "2": LEFT, "3": SENT}),
        (STREETS, "36610", "С Гончарова уехали в 14:10. по Строителей отпишусь позже",
         {"1": LEFT, "2": SENT, "3": SENT}),
        # ... but every place named, or only the heading's word («бордюр»), is the whole request
        (STREETS, "36610", "Гончарова, Вокзальная, Строителей — всё покрасили, уехали",
         {"1": LEFT, "2": LEFT, "3": LEFT}),
        (STREETS, "36610", "Бордюры покрасили, уехали", {"1": LEFT, "2": LEFT, "3": LEFT}),
        # «все три позиции» says every position, whatever place the sentence names
        (STREETS, "36610", "36610: все три позиции сданы, на Вокзальной подкрасили, уехали",
         {"1": LEFT, "2": LEFT, "3": LEFT}),
        # an arrival is the site's: where the work begins is not the only position it is at
        (BOILER, "41203", "41203 приехали, начинаем с дымохода", {"1": ON_SITE, "2": ON_SITE}),
        (BOILER, "41203", "41203 на месте, дымоход смотрим", {"1": ON_SITE, "2": ON_SITE}),
        # on the way to, or at, a place only some positions are: which positions moved,
        # writers disagree, so the letter waits for an operator and changes nothing
        (STREETS, "36610", "36610 выехали на Вокзальную, будем через 20 минут",
         {"1": SENT, "2": SENT, "3": SENT}),
        (STREETS, "36610", "36610 на месте, мы у Гончарова", {"1": SENT, "2": SENT, "3": SENT}),
        (STREETS, "Покраска на Вокзальной 36610", "Выехали", {"1": SENT, "2": SENT, "3": SENT}),
        (STREETS, "ул. Вокзальная, 36610", "на месте", {"1": SENT, "2": SENT, "3": SENT}),
        # ... but not every place, nor the dispatcher's old subject of a reply
        (STREETS, "36610", "36610 выехали на Гончарова, Вокзальную и Строителей",
         {"1": EN_ROUTE, "2": EN_ROUTE, "3": EN_ROUTE}),
        (STREETS, "Re: Покраска на Вокзальной 36610", "Выехали",
         {"1": EN_ROUTE, "2": EN_ROUTE, "3": EN_ROUTE}),
        # a firm written in camel case («ДымоходСервис») is not the thing it is named after
        (BOILER, "41203", "41203 всё сделали, уехали. ООО «ДымоходСервис»", {"1": LEFT, "2": LEFT}),
        # a noun two positions share names neither without its number: the whole request
        (BURNERS, "41738", "41738 горелки настроили, уехали", {"1": LEFT, "2": LEFT, "3": LEFT}),
        # a mere mention of a position by what it is is no report about it
        (BURNERS, "Заявка 41738",
         "Заявка 41738 принята. Сервопривода для горелки котла № 2 на складе нет.",
         {"1": ACCEPTED, "2": ACCEPTED, "3": ACCEPTED}),
        # «п.2 камеры»: the number is the position's, not that of the noun after it
        ("1 — камера 2, 2 — камера 5", "43018", "43018 п.2 камеры повесили, уехали",
         {"1": SENT, "2": LEFT}),
        ("1 — камера 2, 2 — камера 5", "43018", "43018 поз 1 камеры повесили, уехали",
         {"1": LEFT, "2": SENT}),
        ("1 — камера 2, 2 — камера 5", "43018", "43018 камеру 2 повесили, уехали",
         {"1": LEFT, "2": SENT}),
        # «ТО-1» is the kind of maintenance: its number is the code's, not the lifts'
        ("Ленинская 168: ТО-1 лифтов подъездов 1-4", "52741 П1, П2 — ТО-1 выполнено",
         "ТО-1 лифтов подъездов 1 и 2 выполнено. Механики освободились в 14:35.",
         {"1": LEFT, "2": LEFT, "3": SENT, "4": SENT}),
        # «Все 4 подъезда» counts them all: not the fourth entrance
        ("Домофоны: подъезды 1, 2, 3, 4", "Re: 71871",
         "Все 4 подъезда сделаны, домофоны открывают, ключи прописали (120 шт). Уехал.",
         {"1": LEFT, "2": LEFT, "3": LEFT, "4": LEFT}),
        # an address's abbreviation with its number («кв. 27», «каб. 11», «д. 30») names the
        # position, however the letter writes the word
        ("ул. Садовая, 14. Поз. 1 — кв. 27, течь под ванной; поз. 2 — подвал, задвижка ХВС",
         "Re: Заявка 435118", "По 27-й квартире всё сделали, сифон поменяли. Саша уехал.",
         {"1": LEFT, "2": SENT}),
        ("СШ № 90. Стулья: 1 — каб. 11; 2 — каб. 12; 3 — каб. 14", "Re: 630688",
         "630688: кабинет 12 закончили, уехали", {"1": SENT, "2": LEFT, "3": SENT}),
        ("Фасады: 1 — д. 30; 2 — д. 32; 3 — д. 34", "410271", "Юбилейная 30 и 32 дом, выехали",
         {"1": EN_ROUTE, "2": EN_ROUTE, "3": SENT}),
        # «доки №1, №2»: a noun listed with every position's number, «№» before each
        ("доки №1, №2, парк им. Горького", "Re: 948025", "док 1 done ✅\nдок 2 done ✅\nвсё пашет, уехали",
         {"1": LEFT, "2": LEFT}),
        # times and dates beside a noun are not its number
        ("1 — 3 этаж, 2 — 5 этаж", "32110", "Я на объекте с 15:05, 3 этаж (поз. 1 по заявке 32110)",
         {"1": ON_SITE, "2": SENT}),
    ],
)  # fmt: skip
def test_a_position_is_named_by_what_the_request_says_it_is(
    database: Database,
    settings: Settings,
    inbox: Path,
    comment: str | None,
    subject: str,
    body: str,
    expected: dict[str, str],
) -> None:
    number = next(word for word in (subject + " " + body).split() if word.isdigit())
    _register(database, number, comment, *expected)
    assert _read(database, settings, inbox, number, subject, body) == expected


def test_each_position_may_carry_its_own_name(
    database: Database, settings: Settings, inbox: Path
) -> None:
    with database.session() as session:
        for position, comment in (("1", "ЩР-1 в подвале"), ("2", "ЩР-2 на 3 этаже")):
            store.add_position(
                session, store.NewPosition("6031", position, comment), actor=Actor.OPERATOR,
                created_at=None,
            )  # fmt: skip
    statuses = _read(database, settings, inbox, "6031", "Re: 6031", "ЩР-2 сделали, уехали")
    assert statuses == {"1": SENT, "2": LEFT}


def test_a_declared_noun_names_every_position_by_its_number() -> None:
    comment = "Склад на Заводской: позиции = ворота 1, 2 и 4; замена роликов"
    names = position_names([(p, comment) for p in ("1", "2", "3", "4")])
    # «ворота 3» is not declared, so position 3 has no name
    assert [(n.position, n.noun, n.number) for n in names] == [
        ("1", "ворота", "1"),
        ("2", "ворота", "2"),
        ("4", "ворота", "4"),
    ]


def test_positions_declared_as_entrances_are_read_by_entrance(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "7312", "ул. Лесная, 8 — промывка; позиции = подъезды 1–3", "1", "2", "3")
    body = "По 7312: подъезды 2 и 3 промыли, бригада уехала. Первый — в среду."
    statuses = _read(database, settings, inbox, "7312", "Re: 7312", body)
    assert statuses == {"1": SENT, "2": LEFT, "3": LEFT}


@pytest.mark.parametrize(
    ("comment", "positions", "expected"),
    [
        ("станции 1–3, ул. Ямашева 97: плановое ТО", ("1", "2", "3"), "станция"),
        ("ЭЗС-1, ЭЗС-2, пр. Победы 141: не стартует зарядка", ("1", "2"), "эзс"),
        ("доки электросамокатов №1–4, ст. метро", ("1", "2", "3", "4"), "док"),
        ("вынос в натуру точек ограждения т.1–т.3", ("1", "2", "3"), "т"),
    ],
)
def test_a_noun_listed_with_every_position_number_names_each_position(
    comment: str, positions: tuple[str, ...], expected: str
) -> None:
    names = position_names([(p, comment) for p in positions])
    assert [(n.position, n.noun, n.number) for n in names] == [(p, expected, p) for p in positions]


@pytest.mark.parametrize(
    ("comment", "positions"),
    [
        ("ул. Кирова 12–14, детские площадки", ("1", "2")),  # houses, not the positions
        ("котлы №1–4 в котельной", ("1", "2", "3")),  # four boilers, three positions
        ("работы с 1 по 2 декабря", ("1", "2")),
    ],
)
def test_a_list_that_is_not_every_position_names_none(
    comment: str, positions: tuple[str, ...]
) -> None:
    assert position_names([(p, comment) for p in positions]) == ()


def test_a_station_of_a_listed_request_is_read_as_its_position(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "7316", "станции 1–3, ул. Ямашева 97: плановое ТО", "1", "2", "3")
    body = "станция 2 — ТО выполнено, уехали. 3-ю завтра"
    statuses = _read(database, settings, inbox, "7316", "7316 Ямашева", body)
    assert statuses == {"1": SENT, "2": LEFT, "3": SENT}


def test_a_short_word_written_with_each_position_number_names_each_position(
    database: Database, settings: Settings, inbox: Path
) -> None:
    comment = "Топосъёмка, ул. Пролетарская: 1 — основная территория (уч.1), 2 — стадион (уч.2)"
    names = position_names([("1", comment), ("2", comment)])
    assert [(n.position, n.noun, n.number) for n in names] == [("1", "уч", "1"), ("2", "уч", "2")]
    _register(database, "7317", comment, "1", "2")
    statuses = _read(database, settings, inbox, "7317", "7317 уч1 на месте 9.10", "")
    assert statuses == {"1": ON_SITE, "2": SENT}


def test_where_the_work_starts_is_not_the_part_reported(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "7318", "Котельная: подключение насосов Н1 (1) и Н2 (2)", "1", "2")
    body = "7318 — бригада в котельной с 05:50, начали с насоса Н1."
    statuses = _read(database, settings, inbox, "7318", "Котельная", body)
    assert statuses == {"1": ON_SITE, "2": ON_SITE}


def test_a_code_followed_by_the_position_number_in_brackets_names_that_position() -> None:
    comment = "Котельная: ревизия задвижек ЗД-4 (1), ЗД-7 (2); насосы — отдельно"
    names = position_names([("1", comment), ("2", comment)])
    assert [(n.position, n.noun, n.number) for n in names] == [("1", "зд", "4"), ("2", "зд", "7")]


def test_the_first_letters_of_a_name_with_its_number_name_the_position(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "7314", "Окна: 1 — секция 1, 2 — секция 2, 3 — секция 3", "1", "2", "3")
    statuses = _read(database, settings, inbox, "7314", "7314", "сек. 3 закончили, уехали")
    assert statuses == {"1": SENT, "2": SENT, "3": LEFT}


def test_names_come_only_from_entries_that_name_one_registered_position() -> None:
    names = position_names(
        [("1", "котлы №1–4: 1–4 — котлы Viessmann №1–4"), ("2", None), ("3", "3 — плита ПГ-4 №3")]
    )
    # a range names no one; «ПГ-4» is the model, «№3» the item
    assert [(n.position, n.noun, n.number) for n in names] == [("3", "плита", "3")]


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        # the words of each entry that no other entry has, past «ул.» and the heading
        ([("1", STREETS), ("2", STREETS), ("3", STREETS)],
         {"гончаров": {"1"}, "вокзальный": {"2"}, "строитель": {"3"}}),
        # a position's own comment; a word two positions share tells neither apart
        ([("1", "насос в подвале"), ("2", "насос на чердаке"), ("3", "щиток на чердаке")],
         {"подвал": {"1"}, "щиток": {"3"}}),
        # common words («ремонт», «этаж») and a word every position has tell none apart
        ([("1", "ремонт лифта"), ("2", "ремонт лифта 2 этаж")], {}),
        ([("1", None)], {}),
    ],
)  # fmt: skip
def test_words_only_some_positions_have_are_those_positions_words(
    comments: list[tuple[str, str | None]], expected: dict[str, set[str]]
) -> None:
    assert {w: set(p) for w, p in position_words(comments).items()} == expected


@pytest.mark.parametrize(
    ("number", "subject", "body", "expected"),
    [
        ("41037", "заявка 41037", "выехали в эммаус по заявке 4 1 0 3 7 будем минут через 40", EN_ROUTE),
        ("41203", "Re: Заявка №41203", "Здравствуйте заявку 41 203 приняли сегодня поедем", ACCEPTED),
        ("41203", "кимры", "четыре один два ноль три выехали в кимры будем через час", EN_ROUTE),
        # numerals, one group of hundreds, tens and units after another
        ("946112", "голосовое", "заявка девятьсот сорок шесть сто двенадцать приняли в работу", ACCEPTED),
        ("946540", "голосовое", "док на слободе поставили заявка девятьсот сорок шесть пятьсот сорок уезжаем", LEFT),
        ("12777", "Ответ", "Сообщаю, что заявка номер двенадцать тысяч семьсот семьдесят семь принята.", ACCEPTED),
    ],
)  # fmt: skip
def test_a_request_number_dictated_to_a_phone_is_read_as_one_number(
    database: Database,
    settings: Settings,
    inbox: Path,
    number: str,
    subject: str,
    body: str,
    expected: str,
) -> None:
    _register(database, number, None, "1")
    (inbox / "letter.eml").write_bytes(letter(subject, body))
    run_mail_check(database, settings, directory=inbox)
    with database.session() as session:
        assert store.require_request(session, number).positions[0].status == expected


def test_a_dictated_run_that_is_no_request_changes_nothing(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "41203", None, "1")
    (inbox / "letter.eml").write_bytes(letter("кимры", "выехали в 11 50, телефон 8 910 534 18 07"))
    report = run_mail_check(database, settings, directory=inbox)
    assert report.outcomes == {"unmatched": 1}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # «п. 4» of a contract's annex is a clause, not position 4
        ("Заявка № 41258 принята в работу. Работы по договору № 14 (приложение № 2, п. 4).",
         {"1": ACCEPTED, "2": ACCEPTED, "3": ACCEPTED, "4": ACCEPTED}),
        # who is in charge on site is not an arrival
        ("Заявку 41258 приняли в работу. Старший на объекте – Шерзод, тел. +7 916 482-17-30.",
         {"1": ACCEPTED, "2": ACCEPTED, "3": ACCEPTED, "4": ACCEPTED}),
        # a car plate's «Р418» names no position: the departure is the letter's
        ("41258 выезжаем на Вавилова, машина газель Р418КУ750",
         {"1": EN_ROUTE, "2": EN_ROUTE, "3": EN_ROUTE, "4": EN_ROUTE}),
    ],
)  # fmt: skip
def test_documents_roles_and_plates_name_no_position(
    database: Database, settings: Settings, inbox: Path, body: str, expected: dict[str, str]
) -> None:
    _register(database, "41258", None, *expected)
    assert _read(database, settings, inbox, "41258", "Re: 41258", body) == expected


def test_a_move_to_one_place_of_the_request_waits_in_review_with_the_place_said(
    database: Database, settings: Settings, inbox: Path
) -> None:
    _register(database, "36610", STREETS, "1", "2", "3")
    (inbox / "letter.eml").write_bytes(
        letter("36610", "36610 выехали на Вокзальную, будем через 20 минут")
    )
    report = run_mail_check(database, settings, directory=inbox)
    assert "только часть позиций (поз. 2)" in "\n".join(report.lines)
    with database.session() as session:
        (waiting,) = review.list_open(session)
        assert (waiting.reason, waiting.request_number, waiting.status) == (
            "doubtful", "36610", EN_ROUTE,
        )  # fmt: skip
        positions = store.require_request(session, "36610").positions
        assert {p.status for p in positions} == {SENT}
