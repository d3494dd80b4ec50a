"""Every date a command takes is held to one range (omis.core.days): a year out of it is
one Russian line and exit 2, the same words as ``omis report``, never an OverflowError."""

from __future__ import annotations

import pytest

from omis.core.errors import EXIT_USAGE

RANGE = "вне допустимого периода: годы с 1900 по 2999"


@pytest.mark.parametrize(
    "arguments",
    [
        ["letters", "export", "--since"],
        ["letters", "export", "--format", "json", "--since"],
        ["mail", "replay", "--since"],
        ["mail", "replay", "--apply", "--since"],
        ["report", "mail", "--since"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("day", ["0001-01-01", "31.12.9999", "1899-12-31"])
def test_a_year_out_of_range_is_one_line_and_exit_2(
    run_cli, monkeypatch: pytest.MonkeyPatch, arguments: list[str], day: str
) -> None:
    # East of Greenwich midnight of 1 January year 1 is in year 0: the overflow the
    # check keeps away.
    monkeypatch.setenv("OMIS_TIMEZONE", "Europe/Moscow")
    result = run_cli(*arguments, day)
    assert result.exit_code == EXIT_USAGE, result.output
    shown = {"0001-01-01": "01.01.0001", "31.12.9999": "31.12.9999", "1899-12-31": "31.12.1899"}
    lead = "" if arguments[0] == "report" else "--since: "
    assert result.stderr == f"ошибка: {lead}дата {shown[day]} {RANGE}\n"
    assert result.stdout == ""


@pytest.mark.parametrize("arguments", [["letters", "export"], ["mail", "replay"]], ids=" ".join)
def test_the_edges_of_the_range_are_accepted(run_cli, arguments: list[str]) -> None:
    for day in ("1900-01-01", "2999-12-31"):
        result = run_cli(*arguments, "--since", day)
        assert result.exit_code == 0, result.output
