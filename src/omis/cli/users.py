"""``omis user``: accounts of the web interface (add, change password, list)."""

from __future__ import annotations

import sys
from datetime import tzinfo
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, echo_list, pass_app
from omis.core.errors import UsageError
from omis.core.timefmt import local_time
from omis.web.roles import Role

if TYPE_CHECKING:
    from omis.core.models import User

ROLES = click.Choice([role.value for role in Role], case_sensitive=False)


@click.group("user")
def user_group() -> None:
    """Пользователи веб-интерфейса и их роли: viewer (просмотр), operator (заявки, статусы,
    разбор писем), admin (ещё и пользователи).

    \b
    Пример:
      omis user add ivanova --role operator
    """


def read_password(from_stdin: bool) -> str:
    """From the first line of stdin (scripts), else asked twice without echo."""
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UsageError("пароль не получен из стандартного ввода")
        return line
    password: str = click.prompt("Пароль", hide_input=True)
    again: str = click.prompt("Пароль ещё раз", hide_input=True)
    if password != again:
        raise UsageError("пароли не совпадают; ничего не изменено")
    return password


@user_group.command("add")
@click.argument("name", metavar="ИМЯ")
@click.option("--role", type=ROLES, required=True,
              help="viewer (просмотр), operator (оператор) или admin (администратор).")  # fmt: skip
@click.option("--password-stdin", is_flag=True, help="Прочитать пароль из стандартного ввода.")
@pass_app
def add(app: AppContext, name: str, role: str, password_stdin: bool) -> None:
    """Добавить пользователя (пароль спрашивается дважды, не отображается).

    \b
    Пример:
      omis user add ivanova --role operator
      printf '%s\\n' "$PASS" | omis user add robot --role viewer --password-stdin
    """
    from omis.web import accounts

    password = read_password(password_stdin)
    with app.database().session() as session:
        user = accounts.add_user(session, name, Role.parse(role), password)
        click.echo(f"пользователь «{user.username}» добавлен, роль: {Role(user.role).label}")


@user_group.command("passwd")
@click.argument("name", metavar="ИМЯ")
@click.option("--password-stdin", is_flag=True, help="Прочитать пароль из стандартного ввода.")
@pass_app
def passwd(app: AppContext, name: str, password_stdin: bool) -> None:
    """Задать пароль пользователю (и снять блокировку входа); его сеансы завершатся.

    \b
    Пример:
      omis user passwd ivanova
    """
    from omis.web import accounts

    database = app.database()
    with database.session() as session:
        accounts.require_user(session, name)  # before asking: no prompt for a typo
    password = read_password(password_stdin)  # no transaction open while a person types
    with database.session() as session:
        user = accounts.require_user(session, name)
        accounts.set_password(user, password)
        click.echo(f"пароль пользователя «{user.username}» изменён")


@user_group.command("list")
@pass_app
def list_command(app: AppContext) -> None:
    """Показать пользователей: имя, роль, включён ли, последний вход.

    \b
    Пример:
      omis user list
    """
    from omis.web import accounts

    tz = app.settings.core.tz
    with app.database().session() as session:
        echo_list(
            (_line(user, tz) for user in accounts.list_users(session)),
            "пользователей нет; добавьте: omis user add ИМЯ --role admin",
        )


def _line(user: User, tz: tzinfo) -> str:
    state = "включён" if user.active else "отключён"
    last = local_time(user.last_login_at, tz) if user.last_login_at else "не входил"
    return f"{user.username:<24} {Role(user.role).label:<13} {state:<9} {last}"
