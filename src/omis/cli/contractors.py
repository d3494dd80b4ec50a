"""``omis contractors``: the contractor directory (add, edit, list, disable, CSV)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from omis.cli.context import AppContext, echo_list, pass_app, read_input
from omis.core.errors import EXIT_FAILED

if TYPE_CHECKING:
    from omis.contractors.models import Contractor


@click.group("contractors")
def contractors_group() -> None:
    """Справочник подрядчиков: с каких адресов и доменов приходят их письма, их пределы
    задержки по статусам и куда слать эскалации.

    \b
    Пример:
      omis contractors add "СтройСервис" --domain stroyservis.ru --email disp@gmail.com
      omis contractors list
    """


@contractors_group.command("add")
@click.argument("name", metavar="ИМЯ")
@click.option(
    "--email",
    "emails",
    multiple=True,
    help="Адрес, с которого пишет подрядчик (можно несколько раз).",
)
@click.option(
    "--domain", "domains", multiple=True, help="Домен почты подрядчика (можно несколько раз)."
)
@click.option(
    "--limit",
    "limits",
    multiple=True,
    help="Свой предел: СТАТУС=МИНУТЫ, например «заявка принята=30».",
)
@click.option("--escalation-chat", help="Чат Telegram для эскалаций по заявкам подрядчика.")
@click.option("--escalation-email", help="Адрес для эскалаций по заявкам подрядчика.")
@pass_app
def add(
    app: AppContext, name: str, emails: tuple[str, ...], domains: tuple[str, ...],
    limits: tuple[str, ...], escalation_chat: str | None, escalation_email: str | None,
) -> None:  # fmt: skip
    """Добавить подрядчика.

    \b
    Пример:
      omis contractors add "СтройСервис" --domain stroyservis.ru --limit "подрядчик на месте=240"
    """
    from omis.contractors import store
    from omis.contractors.store import ContractorData

    data = ContractorData(
        name, emails, domains, dict(map(store.parse_limit, limits)),
        escalation_chat, escalation_email,
    )  # fmt: skip
    with app.database().session() as session:
        contractor = store.add(session, data)
        click.echo(f"подрядчик «{contractor.name}» добавлен: {_describe(contractor)}")
    _warn(store.public_domain_warnings(data))


@contractors_group.command("edit")
@click.argument("name", metavar="ИМЯ")
@click.option("--rename", help="Новое название.")
@click.option("--email", "emails", multiple=True, help="Добавить адрес.")
@click.option("--domain", "domains", multiple=True, help="Добавить домен.")
@click.option("--remove-email", multiple=True, help="Убрать адрес.")
@click.option("--remove-domain", multiple=True, help="Убрать домен.")
@click.option("--limit", "limits", multiple=True, help="Свой предел: СТАТУС=МИНУТЫ.")
@click.option("--clear-limit", "cleared", multiple=True, help="Вернуть статусу общий предел.")
@click.option("--escalation-chat", help="Чат Telegram для эскалаций («-» — убрать).")
@click.option("--escalation-email", help="Адрес для эскалаций («-» — убрать).")
@click.option("--enable", is_flag=True, help="Снова включить отключённого подрядчика.")
@pass_app
def edit(
    app: AppContext, name: str, rename: str | None, emails: tuple[str, ...],
    domains: tuple[str, ...], remove_email: tuple[str, ...], remove_domain: tuple[str, ...],
    limits: tuple[str, ...], cleared: tuple[str, ...], escalation_chat: str | None,
    escalation_email: str | None, enable: bool,
) -> None:  # fmt: skip
    """Изменить подрядчика: название, адреса, домены, пределы, цель эскалации.

    \b
    Пример:
      omis contractors edit "СтройСервис" --email brigada@gmail.com --limit "заявка принята=30"
      omis contractors edit stroyservis.ru --rename "СтройСервис"
    """
    from omis.contractors import store
    from omis.contractors.store import ContractorData

    with app.database().session() as session:
        contractor = store.require(session, name)
        current = ContractorData(
            rename or contractor.name,
            tuple(
                e for e in (*contractor.emails, *emails) if e not in _clean(remove_email, "email")
            ),
            tuple(
                d
                for d in (*contractor.domains, *domains)
                if d not in _clean(remove_domain, "domain")
            ),
            _limits(contractor, limits, cleared),
            _keep(contractor.escalation_chat, escalation_chat),
            _keep(contractor.escalation_email, escalation_email),
            contractor.active or enable,
        )
        store.replace(session, contractor, current)
        click.echo(f"подрядчик «{contractor.name}» изменён: {_describe(contractor)}")
    _warn(store.public_domain_warnings(ContractorData(name, domains=domains)))


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        click.echo(f"внимание: {warning}", err=True)


def _clean(values: tuple[str, ...], kind: str) -> set[str]:
    from omis.contractors import store

    check = store.validate_email if kind == "email" else store.validate_domain
    return {check(value) for value in values}


def _limits(
    contractor: Contractor, limits: tuple[str, ...], cleared: tuple[str, ...]
) -> dict[str, object]:
    from omis.contractors import store

    result: dict[str, object] = dict(contractor.status_limits or {})
    for status in store.validate_limits(dict.fromkeys(cleared, 1)):
        result.pop(status, None)
    result.update(dict(map(store.parse_limit, limits)))
    return result


def _keep(current: str | None, given: str | None) -> str | None:
    if given is None:
        return current
    return None if given.strip() in ("", "-") else given


@contractors_group.command("disable")
@click.argument("name", metavar="ИМЯ")
@pass_app
def disable(app: AppContext, name: str) -> None:
    """Отключить подрядчика: он не предлагается для новых заявок, ему не отвечают
    автоматически; его заявки и история остаются.

    \b
    Пример:
      omis contractors disable "СтройСервис"
    """
    from omis.contractors import store

    with app.database().session() as session:
        contractor = store.require(session, name)
        contractor.active = False
        click.echo(f"подрядчик «{contractor.name}» отключён")


@contractors_group.command("list")
@pass_app
def list_command(app: AppContext) -> None:
    """Показать подрядчиков: адреса, домены, пределы, эскалации.

    \b
    Пример:
      omis contractors list
    """
    from omis.contractors import store

    with app.database().session() as session:
        echo_list(
            map(_line, store.list_all(session)),
            "подрядчиков нет; добавьте: omis contractors add НАЗВАНИЕ --domain ДОМЕН",
        )


def _line(contractor: Contractor) -> str:
    state = "" if contractor.active else " [отключён]"
    return f"{contractor.name}{state}: {_describe(contractor)}"


def _describe(contractor: Contractor) -> str:
    from omis.contractors import store

    addresses = [*contractor.emails, *(f"@{d}" for d in contractor.domains)]
    escalation = ", ".join(filter(None, (contractor.escalation_chat, contractor.escalation_email)))
    return (
        f"адреса: {', '.join(addresses) or 'нет'}; пределы: "
        f"{store.describe_limits(contractor.status_limits)}; эскалации: {escalation or 'общие'}"
    )


@contractors_group.command("import")
@click.argument(
    "file", metavar="ФАЙЛ", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@pass_app
def import_command(app: AppContext, file: Path) -> None:
    """Загрузить подрядчиков из CSV: новые добавляются, известные (по названию) заменяются.
    Всё или ничего: при любой ошибке ничего не сохраняется.

    Заголовок: name,emails,domains,limit_sent,limit_accepted,limit_en_route,limit_on_site,
    escalation_chat,escalation_email,active (как в omis contractors export).

    \b
    Пример:
      omis contractors import подрядчики.csv
    """
    from omis.contractors import csvio

    report = csvio.parse_csv(read_input(file))
    with app.database().session() as session:
        csvio.import_csv(session, report)
    for error in report.errors:
        click.echo(str(error), err=True)
    if report.errors:
        click.echo(f"ничего не загружено: ошибок {len(report.errors)}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"добавлено подрядчиков: {report.created}; изменено: {report.updated}")


@contractors_group.command("export")
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Файл вместо stdout."
)
@pass_app
def export(app: AppContext, output: Path | None) -> None:
    """Выгрузить справочник подрядчиков в CSV (для правки в Excel и загрузки обратно).

    \b
    Пример:
      omis contractors export -o подрядчики.csv
    """
    from omis.contractors import csvio, store

    with app.database().session() as session:
        text = csvio.export_csv(store.list_all(session))
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text.removeprefix("\ufeff"), nl=False)
