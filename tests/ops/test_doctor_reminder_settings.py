"""``omis doctor`` refuses every reminder setting ``omis notify`` refuses, with the same
words: both read the settings through the notifier's own policy (one path, not a copy).
The texts' templates take only their plain fields: an attribute or an index would print
Python's internals into a reminder."""

from __future__ import annotations

import pytest

from omis.core.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE

WORKING = {"OMIS_REMINDER_WORKING_HOURS": "08:00-20:00"}


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        (
            {**WORKING, "OMIS_REMINDER_HOLIDAYS": "2027-02-30"},
            "OMIS_REMINDER_HOLIDAYS: «2027-02-30»",
        ),
        (  # no working hours: the list is not used yet, and its typo is still reported
            {"OMIS_REMINDER_HOLIDAYS": "2027-01-11,2027-02-30"},
            "OMIS_REMINDER_HOLIDAYS: «2027-02-30» не дата",
        ),
        (
            {**WORKING, "OMIS_REMINDER_WORKING_DAYS": "0,8"},
            "OMIS_REMINDER_WORKING_DAYS: дни недели",
        ),
        ({"OMIS_REMINDER_WORKING_HOURS": "20:00-08:00"}, "OMIS_REMINDER_WORKING_HOURS: начало"),
        ({**WORKING, "OMIS_REMINDER_PRODUCTION_CALENDAR": "XX"}, "календарь страны «XX»"),
        ({"OMIS_REMINDER_STATUS_LIMITS": '{"выехали куда-то": 5}'}, "OMIS_REMINDER_STATUS_LIMITS"),
        (
            {"OMIS_REMINDER_TEMPLATE": "{bogus}"},
            "OMIS_REMINDER_TEMPLATE: недопустимое поле шаблона «{bogus}»",
        ),
        (
            {"OMIS_REMINDER_TEMPLATE": "{request.__class__.__mro__}"},
            "OMIS_REMINDER_TEMPLATE: недопустимое поле шаблона «{request.__class__.__mro__}»",
        ),
        ({"OMIS_REMINDER_TEMPLATE": "№{request[0]}"}, "недопустимое поле шаблона «{request[0]}»"),
        ({"OMIS_REMINDER_TEMPLATE": "№{}"}, "недопустимое поле шаблона «{}»"),
        (
            {"OMIS_REMINDER_TEMPLATE": "{since:{status.x}}"},
            "недопустимое поле шаблона «{status.x}»",
        ),
        (
            {"OMIS_REMINDER_DIGEST_TEMPLATE": "{count.__class__}"},
            "OMIS_REMINDER_DIGEST_TEMPLATE: недопустимое поле шаблона «{count.__class__}»",
        ),
    ],
    ids=lambda value: next(iter(value)) if isinstance(value, dict) else None,
)
def test_doctor_refuses_what_notify_refuses(
    run_cli, monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], expected: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    job = run_cli("notify", "--dry-run")
    assert job.exit_code == EXIT_USAGE, job.output
    refused = job.stdout.strip().removeprefix("напоминания: ошибка — ")
    assert expected in refused
    doctor = run_cli("doctor")
    assert doctor.exit_code == EXIT_FAILED, doctor.output
    assert f"Настройки ОШИБКА {refused} →" in _table_text(doctor.stdout)


def _table_text(table: str) -> str:
    """The doctor's table as running text: a long cell wraps onto lines whose other cells
    are empty, so without the borders its words follow each other again."""
    return " ".join(table.replace("│", " ").split())


def test_plain_fields_with_a_format_spec_are_accepted(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMIS_REMINDER_TEMPLATE", "№{request} поз. {position:>3}: {duration}")
    monkeypatch.setenv("OMIS_REMINDER_DIGEST_TEMPLATE", "Без обновления {count_text}:")
    assert run_cli("notify", "--dry-run").exit_code == EXIT_OK
    assert "Настройки в порядке" in _table_text(run_cli("doctor").stdout)
