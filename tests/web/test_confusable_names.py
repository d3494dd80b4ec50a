"""Names a person cannot tell apart are one name: users «admin», «ADMIN» and «аdmin»
(Cyrillic «а»), contractors «СтройСервис», «стройсервис» and «CтройСервис» (Latin «C»); a password of blanks
is none."""

from __future__ import annotations

import pytest

from omis.core.db import Database
from omis.web import accounts
from web.webtools import submit, text

PASSWORD = "s3cret-password\n"


def _add_user(run_cli, name: str, password: str = PASSWORD):
    return run_cli("user", "add", name, "--role", "viewer", "--password-stdin", input=password)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ADMIN", "ошибка: пользователь «ADMIN»: уже есть «admin» — имена различаются только "
         "регистром или похожими буквами"),
        ("аdmin", f"ошибка: {accounts.USERNAME_RULE}"),  # Cyrillic «а», Latin rest
        ("АДМІN", f"ошибка: {accounts.USERNAME_RULE}"),
        ("асе", "ошибка: пользователь «асе»: уже есть «ace» — имена различаются только "
         "регистром или похожими буквами"),  # all Cyrillic, reads as Latin «ace»
        ("admin１", f"ошибка: {accounts.USERNAME_RULE}"),
    ],
)  # fmt: skip
def test_cli_refuses_a_username_that_looks_like_an_existing_one(
    run_cli, name: str, message: str
) -> None:
    assert _add_user(run_cli, "admin").exit_code == 0
    assert _add_user(run_cli, "ace").exit_code == 0
    result = _add_user(run_cli, name)
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_russian_and_latin_names_are_still_allowed(run_cli) -> None:
    assert _add_user(run_cli, "иванов").exit_code == 0
    assert _add_user(run_cli, "ivanov.a@msk").exit_code == 0


def test_password_of_blanks_is_refused(run_cli, database: Database) -> None:
    result = _add_user(run_cli, "sidorov", " " * 8 + "\n")
    assert result.exit_code == 2
    assert result.stderr.strip() == "ошибка: пароль: не может состоять из одних пробелов"
    with database.session() as session:
        assert accounts.find_user(session, "sidorov") is None


def test_web_form_refuses_uppercase_twin_and_blank_password(login, database: Database) -> None:
    admin = login("admin")
    form = {
        "username": "OPERATOR",
        "role": "viewer",
        "password": "s3cret-password",
        "password2": "s3cret-password",
    }
    response = submit(admin, "/users", form)
    assert response.status_code == 422
    assert "уже есть «operator»" in text(response)
    response = submit(
        admin, "/users", {**form, "username": "petrov", "password": " " * 9, "password2": " " * 9}
    )
    assert response.status_code == 422
    assert "пароль: не может состоять из одних пробелов" in text(response)


@pytest.mark.parametrize("twin", ["стройсервис", "CтройСервис", "CTPOЙCEPBИC"])
def test_contractor_name_differing_only_in_case_or_look_alikes_is_refused(
    run_cli, twin: str
) -> None:
    """Case, a Latin «C» beside Russian letters, Latin capitals that read as Russian."""
    assert run_cli("contractors", "add", "СтройСервис").exit_code == 0
    again = run_cli("contractors", "add", twin)
    assert again.exit_code == 2
    assert again.stderr.strip() == (
        f"ошибка: подрядчик «{twin}»: уже есть «СтройСервис» — названия различаются "
        "только регистром или похожими буквами"
    )


def test_contractor_rename_to_a_twin_is_refused_on_the_command_line_and_the_page(
    run_cli, login
) -> None:
    assert run_cli("contractors", "add", "СтройСервис").exit_code == 0
    assert run_cli("contractors", "add", "Другой").exit_code == 0
    renamed = run_cli("contractors", "edit", "Другой", "--rename", "СТРОЙСЕРВИС")
    assert renamed.exit_code == 2
    # Changing the case of its own name is not a clash.
    assert run_cli("contractors", "edit", "СтройСервис", "--rename", "Стройсервис").exit_code == 0
    response = submit(login("admin"), "/contractors", {"name": "СТРОЙСЕРВИС", "active": "y"})
    assert response.status_code == 422
    assert "уже есть «Стройсервис»" in text(response)
