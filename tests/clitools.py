"""Walk the ``omis`` command tree as ``--help`` does: the group loads its commands lazily,
so tests ask it for them instead of reading ``cli.commands``."""

from __future__ import annotations

import click

from omis.cli.main import cli


def command(path: str) -> click.Command | None:
    """The command at ``path`` (``"review assign"``), or None when there is none."""
    found: click.Command | None = cli
    for name in path.split():
        if not isinstance(found, click.Group):
            return None
        found = found.get_command(click.Context(found), name)
    return found


def all_commands(group: click.Group = cli, prefix: str = "") -> list[tuple[str, click.Command]]:
    """(``"review assign"``, command) for every command and group under ``group``."""
    found: list[tuple[str, click.Command]] = []
    for name in group.list_commands(click.Context(group)):
        sub = group.get_command(click.Context(group), name)
        assert sub is not None, f"omis {prefix}{name} is listed but cannot be loaded"
        found.append((f"{prefix}{name}", sub))
        if isinstance(sub, click.Group):
            found.extend(all_commands(sub, f"{prefix}{name} "))
    return found
