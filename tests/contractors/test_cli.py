"""``omis contractors`` and ``omis requests add --contractor`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from omis.contractors.models import Contractor
from omis.core.db import open_database
from omis.requests.models import Request


def _request_owner(db_url: str, number: str) -> str | None:
    database = open_database(db_url)
    try:
        with database.session() as session:
            request = session.scalars(select(Request).where(Request.number == number)).one()
            return request.contractor.name if request.contractor else None
    finally:
        database.dispose()


def test_add_edit_list_disable(run_cli, db_url: str) -> None:
    added = run_cli(
        "contractors", "add", "СтройСервис", "--domain", "StroyServis.ru",
        "--email", "brigada@gmail.com", "--limit", "подрядчик на месте=240",
        "--escalation-chat", "-100200",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "подрядчик «СтройСервис» добавлен" in added.stdout
    assert "@stroyservis.ru" in added.stdout
    assert "подрядчик на месте: 240 мин" in added.stdout

    edited = run_cli(
        "contractors", "edit", "СтройСервис", "--rename", "СтройСервис-М",
        "--remove-email", "brigada@gmail.com", "--limit", "accepted=30",
        "--clear-limit", "подрядчик на месте", "--escalation-chat", "-",
    )  # fmt: skip
    assert edited.exit_code == 0, edited.output
    listed = run_cli("contractors", "list").stdout
    assert "СтройСервис-М: адреса: @stroyservis.ru; пределы: заявка принята: 30 мин" in listed
    assert "эскалации: общие" in listed

    assert run_cli("contractors", "disable", "СтройСервис-М").exit_code == 0
    assert "[отключён]" in run_cli("contractors", "list").stdout


def test_refusals_are_one_line_with_exit_2(run_cli) -> None:
    assert run_cli("contractors", "add", "А", "--domain", "podryad.ru").exit_code == 0
    cases = [
        (("contractors", "add", "А"), "подрядчик «А» уже есть"),
        (("contractors", "add", "Б", "--domain", "podryad.ru"), "домен podryad.ru уже относится к подрядчику «А»"),
        (("contractors", "add", "Б", "--email", "не адрес"), "ожидается вида dispatcher@podryad.ru"),
        (("contractors", "add", "Б", "--limit", "подрядчик убыл=5"), "предел не задаётся"),
        (("contractors", "add", "Б", "--limit", "едут=5"), "неизвестный статус «едут»"),
        (("contractors", "add", "Б", "--escalation-chat", "чат"), "идентификатор чата Telegram"),
    ]  # fmt: skip
    for args, message in cases:
        result = run_cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr, (args, result.stderr)
    missing = run_cli("contractors", "edit", "Нет такого", "--domain", "x.ru")
    assert missing.exit_code == 2  # not found: exit code table
    assert "подрядчик «Нет такого» не найден" in missing.stderr


def test_a_request_belongs_to_the_contractor_named(run_cli, db_url: str) -> None:
    run_cli("contractors", "add", "СтройСервис", "--domain", "stroyservis.ru")
    run_cli("contractors", "add", "Энергомонтаж", "--domain", "energo.ru")
    added = run_cli(
        "requests", "add", "--number", "4512", "--position", "1", "--contractor", "СтройСервис"
    )
    assert added.exit_code == 0, added.output
    assert "подрядчик «СтройСервис»" in added.stdout
    assert _request_owner(db_url, "4512") == "СтройСервис"
    other = run_cli(
        "requests", "add", "--number", "4512", "--position", "2", "--contractor", "Энергомонтаж"
    )
    assert other.exit_code == 2
    assert "заявка №4512 уже относится к подрядчику «СтройСервис»" in other.stderr
    unknown = run_cli(
        "requests", "add", "--number", "4600", "--position", "1", "--contractor", "Нет"
    )
    assert unknown.exit_code == 2
    assert "подрядчик «Нет» не найден" in unknown.stderr


def test_csv_round_trip_and_request_import(run_cli, db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "contractors.csv"
    source.write_text(
        "название;адреса;домены;предел: заявка принята;чат эскалации;действует\n"
        "СтройСервис;disp@gmail.com, brigada@gmail.com;stroyservis.ru;30;-100200;да\n"
        "Энергомонтаж;;energo.ru;;;нет\n",
        encoding="cp1251",
    )
    imported = run_cli("contractors", "import", str(source))
    assert imported.exit_code == 0, imported.output
    assert "добавлено подрядчиков: 2; изменено: 0" in imported.stdout
    exported = tmp_path / "out.csv"
    assert run_cli("contractors", "export", "-o", str(exported)).exit_code == 0
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "name,emails,domains,limit_sent,limit_accepted,limit_en_route,limit_on_site,"
        "escalation_chat,escalation_email,active"
    )
    assert (
        lines[1]
        == 'СтройСервис,"disp@gmail.com, brigada@gmail.com",stroyservis.ru,,30,,,-100200,,да'
    )
    assert lines[2] == "Энергомонтаж,,energo.ru,,,,,,,нет"
    # Edited and loaded again: the known one is replaced, not doubled.
    exported.write_text("\n".join([lines[0], lines[1].replace(",30,", ",45,")]), encoding="utf-8")
    again = run_cli("contractors", "import", str(exported))
    assert "добавлено подрядчиков: 0; изменено: 1" in again.stdout
    assert "заявка принята: 45 мин" in run_cli("contractors", "list").stdout

    requests_csv = tmp_path / "requests.csv"
    requests_csv.write_text(
        "request_number,position_number,contractor\n4512,1,СтройСервис\n4512,2,\n4600,1,Нет такого\n",
        encoding="utf-8",
    )
    refused = run_cli("requests", "import", str(requests_csv))
    assert refused.exit_code == 1
    assert "строка 4: подрядчик «Нет такого» не найден" in refused.stderr
    assert run_cli("requests", "import", str(requests_csv), "--skip-invalid").exit_code == 1
    assert _request_owner(db_url, "4512") == "СтройСервис"
    export = run_cli("requests", "export").stdout.splitlines()
    assert export[0].endswith(",contractor")
    assert export[1].endswith(",СтройСервис")


def test_an_import_with_one_bad_line_stores_nothing(run_cli, db_url: str, tmp_path: Path) -> None:
    run_cli("contractors", "add", "А", "--domain", "podryad.ru")
    source = tmp_path / "c.csv"
    source.write_text("name,domains\nБ,b.ru\nВ,podryad.ru\n", encoding="utf-8")
    result = run_cli("contractors", "import", str(source))
    assert result.exit_code == 1
    assert "строка 3: домен podryad.ru уже относится к подрядчику «А»" in result.stderr
    database = open_database(db_url)
    try:
        with database.session() as session:
            assert session.scalars(select(Contractor.name)).all() == ["А"]
    finally:
        database.dispose()


def test_a_nul_character_in_a_cell_is_a_line_error_not_a_silent_change(
    run_cli, tmp_path: Path
) -> None:
    source = tmp_path / "c.csv"
    source.write_bytes("name;domains\nБ;b.ru\nВ\x00В;v.ru\n".encode())
    result = run_cli("contractors", "import", str(source))
    assert result.exit_code == 1
    assert "строка 3: символ NUL в столбце name" in result.stderr
    assert "Б" not in run_cli("contractors", "list").stdout


def test_an_exported_formula_like_name_imports_back_as_it_was(
    run_cli, db_url: str, tmp_path: Path
) -> None:
    for name, domain in (('=HYPERLINK("http://evil")', "a4.ru"), ("-2+3", "a5.ru")):
        assert run_cli("contractors", "add", "--domain", domain, "--", name).exit_code == 0
    exported = tmp_path / "out.csv"
    assert run_cli("contractors", "export", "-o", str(exported)).exit_code == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert "'-2+3,,a5.ru," in text
    assert '"\'=HYPERLINK(""http://evil"")",,a4.ru,' in text
    again = run_cli("contractors", "import", str(exported))
    assert again.exit_code == 0, again.output
    assert "добавлено подрядчиков: 0; изменено: 2" in again.stdout
    database = open_database(db_url)
    try:
        with database.session() as session:
            names = sorted(session.scalars(select(Contractor.name)))
    finally:
        database.dispose()
    assert names == ["-2+3", '=HYPERLINK("http://evil")']


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--domain", "strоyservis.ru"),  # Russian «о»
         "домен strоyservis.ru: в «strоyservis» буквы разных алфавитов вперемешку"),
        (("--email", "mаster@podryad.ru"),  # Russian «а» in the name
         "адрес почты mаster@podryad.ru: в «mаster» буквы разных алфавитов вперемешку"),
        (("--email", "disp@xn--stryservis-gvi.ru"),  # the same mixture, in punycode
         "буквы разных алфавитов вперемешку"),
        (("--email", "brigada@сер.ru"),  # all Russian letters, reads as cep.ru
         "адрес brigada@сер.ru: выглядит как домен cep.ru подрядчика «Цеп», но буквы в нём "
         "другие — так подделывают чужие адреса"),
        (("--domain", "msk.сер.ru"),
         "домен msk.сер.ru: выглядит как домен cep.ru подрядчика «Цеп»"),
        (("--email", "сорр@mail.ru"),
         "выглядит как адрес copp@mail.ru подрядчика «Цеп»"),
        (("--domain", "stroyservіs.ru"),  # Ukrainian «і»
         "буквы разных алфавитов вперемешку"),
        (("--domain", "strοyservis.ru"),  # Greek «ο»
         "буквы разных алфавитов вперемешку"),
    ],
)  # fmt: skip
def test_a_look_alike_address_or_domain_is_refused(
    run_cli, args: tuple[str, ...], message: str
) -> None:
    added = run_cli("contractors", "add", "Цеп", "--domain", "cep.ru", "--email", "copp@mail.ru")
    assert added.exit_code == 0, added.output
    result = run_cli("contractors", "add", "Mixed", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_russian_and_latin_addresses_are_still_taken(run_cli) -> None:
    added = run_cli(
        "contractors", "add", "Пример", "--domain", "пример.рф", "--email", "иван@пример.рф",
        "--email", "ivan.petrov@podryad-2.ru", "--domain", "cep.ru",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
