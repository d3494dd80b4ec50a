"""Russian for click's own words: usage lines, help sections, argument errors.

Click passes every string it shows through :func:`gettext.gettext`, so the translation is a
message catalogue (``locale/ru/LC_MESSAGES/omis.po``, compiled to ``omis.mo`` by
``make catalogue``) installed once at start-up by :func:`install`. Metavars (``TEXT``,
``INTEGER``, ``[OPTIONS]``) are not gettext strings in click: :func:`localize` gives each
parameter of a command a Russian one when the command is loaded.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

import click

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "omis"

OPTIONS_METAVAR = "[ПАРАМЕТРЫ]"
SUBCOMMAND_METAVAR = "КОМАНДА [АРГУМЕНТЫ]..."
# click's type names (ParamType.name) -> what the help shows instead of their upper case.
TYPE_METAVARS = {
    "text": "ТЕКСТ",
    "integer": "ЧИСЛО",
    "integer range": "ЧИСЛО",
    "float": "ЧИСЛО",
    "float range": "ЧИСЛО",
    "boolean": "ДА|НЕТ",
    "файл": "ФАЙЛ",
    "папка": "ПАПКА",
    "путь": "ПУТЬ",
    "file": "ФАЙЛ",
    "directory": "ПАПКА",
    "path": "ПУТЬ",
    "datetime": "ДАТА",
    "uuid": "UUID",
}


def install() -> None:
    """Make click speak Russian whatever the machine's locale.

    Python's gettext picks the language from LANGUAGE (then LC_ALL, LC_MESSAGES, LANG);
    OMIS is Russian on a server whose locale is C or English too, so LANGUAGE is set for
    this process. It changes message catalogues only, not number or date formats."""
    os.environ["LANGUAGE"] = "ru"
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)


def localize(command: click.Command) -> click.Command:
    """Russian metavars for ``command`` and, for a group, every command under it."""
    command.options_metavar = OPTIONS_METAVAR
    if isinstance(command, click.Group):
        command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            localize(sub)
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            name = param.type.name
            if name in TYPE_METAVARS:
                param.metavar = TYPE_METAVARS[name]
    return command
