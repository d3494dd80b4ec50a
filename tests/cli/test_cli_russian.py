"""Every word the command line shows is Russian: each command's ``--help`` and its usage
errors (a missing required parameter, a value outside the choices, a value of the wrong
type, an unknown option). Codes, option names, paths, product names and the examples may
stay Latin. The commands are discovered from the click group, so a command added later is
walked too."""

from __future__ import annotations

import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from clitools import all_commands
from omis.cli import i18n

COMMANDS = all_commands()
IDS = [name for name, _ in COMMANDS]

# Names of products, protocols and formats: they are not translated in Russian either.
PROPER_NAMES = {
    "omis", "toml", "smtp", "telegram", "imap", "graph", "ews", "sqlite", "postgresql",
    "flask", "gunicorn", "waitress", "linux", "windows", "graphql", "csv", "json", "utf",
    "iso", "http", "https", "url", "cron", "systemd", "ctrl", "isn", "uuid", "eml", "stdout",
    "stdin", "pg_dump", "sudo", "printf", "excel", "xlsx", "outlook", "microsoft", "dovecot",
}  # fmt: skip
# GraphQL answer fields that the DELO simulator's options name as they are on the wire.
WIRE_CODES = {"success", "false", "true", "errors", "data", "null"}

_SKIPPED = [
    re.compile(r"\S+://\S*"),  # URLs
    re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*"),  # option names
    re.compile(r"по умолчанию: [^\]\n]*"),  # default values are values, not prose
    re.compile(r"\b[\w.]+:\w+\b"),  # module:attribute
    re.compile(r"\b\w+(?:\[?,\w+\]?)+"),  # a list of codes without spaces: a CSV header
    re.compile(r"[\w*.]*\w(?:-[\w*]+)+"),  # hyphenated codes: delo-sim, *.before-restore-*
    re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"),  # environment variables
    re.compile(r"\S*[/\\]\S*"),  # paths
    re.compile(r"\b[\w-]+\.(?:json|csv|eml|toml|sqlite3|py|graphql|log)\b"),  # file names
    re.compile(r"\[[^\]\n]*\|[^\]\n]*\]"),  # the choices of an option: codes
    re.compile(r"'[^'\n]*'"),  # values and names click quotes back
    re.compile(r"«[^»\n]*»"),  # values OMIS quotes back
    re.compile(r"\b\w+_\w+\b"),  # identifiers: scenario names, CSV columns
    re.compile(r"\b[a-z]+[A-Z]\w*\b"),  # camelCase keys of the DELO JSON configuration
    re.compile(r"\b[1-5]xx\b"),  # classes of HTTP status codes
]


def _codes() -> set[str]:
    """Command names and the choices of every option: codes the user types."""
    codes = {part for name, _ in COMMANDS for part in name.split()}
    for _, command in COMMANDS:
        for param in command.params:
            if isinstance(param.type, click.Choice):
                codes.update(str(choice).lower() for choice in param.type.choices)
    return codes


ALLOWED = PROPER_NAMES | WIRE_CODES | _codes()


def _without_examples(text: str) -> str:
    """The text without the indented lines of its «Пример:» blocks."""
    kept: list[str] = []
    in_example = False
    for line in text.splitlines():
        if line.strip().startswith("Пример"):
            in_example = True
            continue
        if in_example and line.startswith("    ") and line.strip():
            continue
        in_example = False
        kept.append(line)
    return "\n".join(kept)


def english_words(text: str) -> list[str]:
    # click wraps long lines after a hyphen too: join a code it cut in two
    text = re.sub(r"-\n\s*", "-", _without_examples(text))
    for pattern in _SKIPPED:
        text = pattern.sub(" ", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [word for word in words if word.lower() not in ALLOWED]


def test_the_detector_catches_click_english_and_spares_codes() -> None:
    english = (
        "Usage: omis run [OPTIONS]\n\nOptions:\n  --minutes INTEGER  Show this message and exit."
    )
    assert english_words(english) == ["Usage", "OPTIONS", "Options", "INTEGER", "Show", "this",
                                      "message", "and", "exit"]  # fmt: skip
    russian = (
        "Использование: omis run [ПАРАМЕТРЫ]\n  --format [csv|json]  Файл ops/x.json, OMIS_LOG_DIR"
    )
    assert english_words(russian) == []


@pytest.mark.parametrize("path", ["", *IDS], ids=["omis", *IDS])
def test_help_is_russian(run_cli, path: str) -> None:
    result = run_cli(*path.split(), "--help")
    assert result.exit_code == 0, result.output
    assert "Использование:" in result.stdout
    assert english_words(result.output) == [], f"omis {path} --help:\n{result.output}"


def _usage_errors() -> list[tuple[str, list[str]]]:
    """(command, arguments) that click must refuse before the command runs."""
    cases: list[tuple[str, list[str]]] = [("", ["no-such-command"])]
    for name, command in COMMANDS:
        base = name.split()
        cases.append((name, [*base, "--no-such-option"]))
        if isinstance(command, click.Group):
            continue
        if any(param.required for param in command.params):
            cases.append((name, base))  # a required parameter is missing
        for param in command.params:
            if not isinstance(param, click.Option) or param.is_flag:
                continue
            option = param.opts[0]
            if isinstance(param.type, click.Choice):
                cases.append((name, [*base, option, "zzz"]))
            elif isinstance(param.type, click.types.IntParamType | click.types.FloatParamType):
                cases.append((name, [*base, option, "abc"]))
    return cases


USAGE_ERRORS = _usage_errors()


@pytest.mark.parametrize(
    ("name", "arguments"), USAGE_ERRORS, ids=[" ".join(a) for _, a in USAGE_ERRORS]
)
def test_usage_errors_are_russian_and_exit_2(run_cli, name: str, arguments: list[str]) -> None:
    result = run_cli(*arguments)
    assert result.exit_code == 2, result.output
    assert "Ошибка:" in result.stderr
    assert "Traceback" not in result.output
    assert english_words(result.output) == [], f"omis {' '.join(arguments)}:\n{result.output}"


def test_every_kind_of_usage_error_is_walked() -> None:
    """The walk must reach each kind of error somewhere, or the test above proves little."""
    flat = [" ".join(arguments) for _, arguments in USAGE_ERRORS]
    assert any(case.endswith(" zzz") for case in flat)
    assert any(case.endswith(" abc") for case in flat)
    assert "requests add" in flat  # required options missing
    assert "review assign" in flat  # a required argument missing


def test_click_speaks_russian_whatever_the_locale(tmp_path: Path) -> None:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LANGUAGE": "en", "LC_ALL": "C"}
    env["OMIS_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "omis", "requests", "add", "--number", "1"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Ошибка: Не указан параметр '--position'." in result.stderr
    assert "Справка: «omis requests add --help»." in result.stderr


def _po_entries(source: str) -> dict[str, str]:
    """msgid -> msgstr (first form) of a .po file; enough of the format for our catalogue."""
    entries: dict[str, str] = {}
    for block in source.split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?) "(.*)"$', line)
            if match:
                key = match.group(1).replace("[0]", "")
                fields[key] = match.group(2)
            elif line.startswith('"') and key:
                fields[key] += line[1:-1]
        if fields.get("msgid"):
            entries[
                fields["msgid"].encode().decode("unicode_escape").encode("latin-1").decode()
            ] = fields["msgstr"].encode().decode("unicode_escape").encode("latin-1").decode()
    return entries


def test_compiled_catalogue_matches_its_source() -> None:
    folder = i18n.LOCALE_DIR / "ru" / "LC_MESSAGES"
    source = _po_entries((folder / "omis.po").read_text(encoding="utf-8"))
    with (folder / "omis.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    assert len(source) > 50
    for msgid, msgstr in source.items():
        assert catalogue.gettext(msgid) == msgstr, f"omis.mo is stale for {msgid!r}: make catalogue"
