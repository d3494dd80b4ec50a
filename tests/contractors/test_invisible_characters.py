"""Names and addresses with characters nobody sees (a zero-width space, a byte order mark,
a right-to-left override): refused with the field named and the character shown, on the
command line and in a CSV import (the web forms: tests/web/test_invisible_characters.py),
so the directory never holds two contractors that read the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from omis.contractors import store
from omis.contractors.models import Contractor
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.core.errors import UsageError
from omis.core.lookalike import likeness

ZERO_WIDTH = "\u200b"


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\u200b", "U+200B (пробел нулевой ширины)"),
        ("\u200d", "U+200D (соединитель нулевой ширины)"),
        ("\ufeff", "U+FEFF (метка порядка байтов)"),
        ("\u202e", "U+202E (знак направления текста)"),
        ("\u2066", "U+2066 (знак направления текста)"),
        ("\u00ad", "U+00AD (мягкий перенос)"),
        ("\x07", "U+0007 (управляющий символ)"),
    ],
)
def test_a_name_with_an_invisible_character_is_refused_on_the_command_line(
    run_cli, char: str, shown: str
) -> None:
    assert run_cli("contractors", "add", "Дубль").exit_code == 0
    result = run_cli("contractors", "add", f"Дубль{char}")
    assert result.exit_code == 2
    sign = "\u2407" if char == "\x07" else f"⟨{shown[:6]}⟩"  # a control shown as ␇
    assert result.stderr.strip() == (
        f"ошибка: название подрядчика «Дубль{sign}»: невидимый символ {shown} — "
        "уберите его: наберите заново, не копируя"
    )
    assert "подрядчик «Дубль» добавлен" not in result.stdout


def test_an_address_or_domain_with_an_invisible_character_is_refused(run_cli) -> None:
    cases = [
        (("--email", f"disp{ZERO_WIDTH}atch@stroyservis.ru"),
         "адрес почты «disp⟨U+200B⟩atch@stroyservis.ru»: невидимый символ U+200B"),
        (("--domain", f"stroy{ZERO_WIDTH}servis.ru"),
         "домен «stroy⟨U+200B⟩servis.ru»: невидимый символ U+200B"),
        (("--escalation-email", "\ufeffboss@stroyservis.ru"),
         "почта для эскалаций «⟨U+FEFF⟩boss@stroyservis.ru»: невидимый символ U+FEFF"),
    ]  # fmt: skip
    for args, message in cases:
        result = run_cli("contractors", "add", "СтройСервис", *args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr, (args, result.stderr)
    assert "СтройСервис" not in run_cli("contractors", "list").stdout


def test_csv_import_of_a_zero_width_twin_stores_nothing(run_cli, tmp_path: Path) -> None:
    source = tmp_path / "contractors.csv"
    source.write_text(f"name;domains\nИмпортОдин;one.ru\nИмпортОдин{ZERO_WIDTH};two.ru\n")
    result = run_cli("contractors", "import", str(source))
    assert result.exit_code == 1
    assert "ничего не загружено" in result.stderr
    assert "строка 3" in result.stderr
    assert "название подрядчика «ИмпортОдин⟨U+200B⟩»: невидимый символ U+200B" in result.stderr
    assert "ИмпортОдин" not in run_cli("contractors", "list").stdout


def test_a_name_stored_with_an_invisible_character_still_blocks_its_twin(
    database: Database,
) -> None:
    """A name saved before invisible characters were refused reads as its visible letters."""
    with database.session() as session:
        session.add(Contractor(name=f"Дубль{ZERO_WIDTH}", status_limits={}, active=True))
    with database.session() as session, pytest.raises(UsageError) as refused:
        store.add(session, ContractorData("Дубль"))
    assert "уже есть «Дубль⟨U+200B⟩»" in str(refused.value)
    assert likeness(f"Ду{ZERO_WIDTH}бль\ufe0f") == likeness("дубль")


def test_ordinary_names_and_addresses_are_still_accepted(database: Database) -> None:
    data = ContractorData(
        "ООО «Строй-Сервис» № 2", ("иван@пример.рф", "disp.atch+1@stroyservis.ru"), ("пример.рф",)
    )
    with database.session() as session:
        added = store.add(session, data)
        assert added.name == "ООО «Строй-Сервис» № 2"
        assert added.emails == ["иван@пример.рф", "disp.atch+1@stroyservis.ru"]
