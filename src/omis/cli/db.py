"""``omis db``: schema upgrades, the current revision, backups and restores."""

from __future__ import annotations

from pathlib import Path

import click

from omis.cli.context import AppContext, pass_app
from omis.core.errors import UsageError


@click.group("db")
def db() -> None:
    """База данных: миграции схемы, резервные копии.

    \b
    Пример:
      omis db upgrade
    """


@db.command("upgrade")
@pass_app
def upgrade(app: AppContext) -> None:
    """Привести схему базы к последней версии (обычно это делает любая команда сама).

    \b
    Пример:
      OMIS_DATABASE_URL=postgresql+psycopg://omis@127.0.0.1/omis omis db upgrade
    """
    from omis.core import migrate

    database = app.database()
    click.echo(f"схема в актуальном состоянии: {migrate.current_revision(database)}")


@db.command("current")
@pass_app
def current(app: AppContext) -> None:
    """Показать текущую ревизию схемы и последнюю доступную.

    \b
    Пример:
      omis db current
    """
    from omis.core import migrate
    from omis.core.db import Database

    database = Database(app.settings.core.effective_database_url)
    try:
        revision = migrate.current_revision(database)
    finally:
        database.dispose()
    click.echo(f"текущая: {revision or 'нет (база пуста)'}; последняя: {migrate.head_revision()}")


@db.command("backup")
@click.argument(
    "file", required=False, metavar="[ФАЙЛ]", type=click.Path(dir_okay=False, path_type=Path)
)
@pass_app
def backup(app: AppContext, file: Path | None) -> None:
    """Сделать резервную копию базы, не останавливая задания и веб-интерфейс.

    SQLite копируется целиком и согласованно (по умолчанию в <каталог данных>/backups/).
    Для PostgreSQL печатается команда pg_dump, которую нужно выполнить.

    \b
    Пример:
      omis db backup /var/backups/omis/omis-$(date +%F).sqlite3
    """
    from omis.core.clock import now
    from omis.ops import backup as backups

    core = app.settings.core
    url = core.effective_database_url
    source = backups.sqlite_file(url)
    suffix = ".sqlite3" if source else ".dump"
    target = file or backups.default_backup_path(core.data_dir / "backups", now(), core.tz, suffix)
    if source is None:
        click.echo(
            "База PostgreSQL: сделайте копию командой (пароль возьмётся из PGPASSWORD или ~/.pgpass):"
        )
        click.echo(backups.pg_dump_command(url, target))
        return
    info = backups.backup_sqlite(source, target)
    click.echo(f"резервная копия: {info.path} ({info.size} байт, ревизия схемы {info.revision})")


@db.command("restore")
@click.argument("file", metavar="ФАЙЛ", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Не спрашивать подтверждения.")
@pass_app
def restore(app: AppContext, file: Path, yes: bool) -> None:
    """Восстановить базу SQLite из резервной копии (текущая база будет заменена).

    Перед заменой текущее содержимое сохраняется рядом с базой (*.before-restore-*).
    Остановите таймеры и веб-интерфейс на время восстановления.

    \b
    Пример:
      omis db restore /var/backups/omis/omis-20261120-140500.sqlite3
    """
    from omis.core import migrate
    from omis.core.clock import now
    from omis.ops import backup as backups

    core = app.settings.core
    url = core.effective_database_url
    target = backups.sqlite_file(url)
    if target is None:
        raise UsageError(
            "omis db restore восстанавливает только SQLite; для PostgreSQL выполните: "
            + backups.pg_restore_command(url, file)
        )
    info = backups.inspect_sqlite(file)
    click.echo(f"копия: {info.path} ({info.size} байт, ревизия схемы {info.revision})")
    if not yes:
        click.confirm(f"Заменить содержимое базы {target} этой копией?", abort=True)
    result = backups.restore_sqlite(file, target, backups.safety_copy_path(target, now()))
    if result.safety_copy:
        click.echo(f"прежнее содержимое сохранено: {result.safety_copy}")
    database = app.database()  # brings an older copy's schema up to date
    click.echo(f"база восстановлена; ревизия схемы: {migrate.current_revision(database)}")
