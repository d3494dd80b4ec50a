"""Form base classes, and the small validators and fields every page shares.

CSRF is checked for every state-changing request by Flask-WTF's ``CSRFProtect`` (see
:mod:`omis.web.app`), so forms do not carry their own token field; templates render
``csrf_token()`` through the ``csrf`` macro. Built-in WTForms messages come in Russian.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask_wtf import FlaskForm
from wtforms import Form, TextAreaField, ValidationError
from wtforms.fields import Field
from wtforms.validators import DataRequired, Length

from omis.core.days import day_problem
from omis.core.errors import OmisError
from omis.core.lookalike import invisible_character
from omis.requests.lifecycle import Status
from omis.requests.store import NUMBER_PATTERN, validate_position_number

try:
    from wtforms.fields.choices import SelectChoice
except ImportError:  # WTForms < 3.3
    SelectChoice = None

REQUIRED = "Обязательное поле"
MAX_REASON = 1000


def without_nul(value: Any) -> Any:
    """Filter on every field: PostgreSQL refuses NUL characters in text and in query
    parameters, and no person types one."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def _bind_without_nul(form: Any, unbound_field: Any, options: dict[str, Any]) -> Any:
    filters = [*unbound_field.kwargs.get("filters", ()), without_nul]
    return unbound_field.bind(form=form, filters=filters, **options)


class PostForm(FlaskForm):  # type: ignore[misc]
    """A form submitted by POST (body and uploaded files)."""

    class Meta:
        csrf = False  # CSRFProtect checks every POST before the view runs
        locales = ("ru_RU", "ru")

        def bind_field(self, form: Any, unbound_field: Any, options: dict[str, Any]) -> Any:
            return _bind_without_nul(form, unbound_field, options)


class QueryForm(Form):  # type: ignore[misc]
    """A form read from the query string (filters); never changes anything."""

    class Meta:
        locales = ("ru_RU", "ru")

        def bind_field(self, form: Any, unbound_field: Any, options: dict[str, Any]) -> Any:
            return _bind_without_nul(form, unbound_field, options)


def sane_date(form: Any, field: Field) -> None:
    """A date a filter can use (:mod:`omis.core.days`: the CLI's check and message)."""
    problem = day_problem(field.data)
    if problem is not None:
        raise ValidationError(problem[0].upper() + problem[1:])


def stripped(value: Any) -> Any:
    """Filter: blanks around typed text are not part of it (a reason of "  " is no reason)."""
    return value.strip() if isinstance(value, str) else value


def digits(form: Any, field: Field) -> None:
    """Request and position numbers are digits as typed ("07" stays "07")."""
    value = (field.data or "").strip()
    if value and not NUMBER_PATTERN.match(value):
        raise ValidationError("Только цифры, до 20 знаков (например 4512 или 07)")
    field.data = value


def visible_only(form: Any, field: Field) -> None:
    """No character nobody sees (a zero-width space copied along with an address): the
    value would read like another one and not be it."""
    found = invisible_character(field.data or "")
    if found is not None:
        raise ValidationError(
            f"Невидимый символ {found} — уберите его: наберите заново, не копируя"
        )


def position_digits(form: Any, field: Field) -> None:
    """A position number, checked by the store's own rule (digits 0–9, not zero)."""
    value = (field.data or "").strip()
    if value:
        try:
            field.data = validate_position_number(value)
        except OmisError as exc:
            raise ValidationError(str(exc)) from None


def reason_field(label: str, missing: str, max_length: int = MAX_REASON) -> TextAreaField:
    """A reason a person must give for an action (it goes into the history): ``missing``
    says so when it is left empty; the blanks around it are not part of it."""
    return TextAreaField(label, [DataRequired(missing), Length(max=max_length)], filters=[stripped])


def options(pairs: Iterable[tuple[str, str]], blank: str | None = None) -> list[Any]:
    """Choices of a select field, with an optional empty first choice labelled ``blank``."""
    listed = [("", blank), *pairs] if blank is not None else list(pairs)
    if SelectChoice is None:  # WTForms before 3.3 takes plain pairs
        return listed
    return [SelectChoice(value, label) for value, label in listed]


def status_choices(blank: str | None = None) -> list[Any]:
    return options(((status.value, status.value) for status in Status), blank)


def attach_error(form: Any, field_name: str, error: OmisError | str) -> None:
    """Show a message from the store (an OmisError) next to the field it is about."""
    field: Field = getattr(form, field_name)
    field.errors = [*list(field.errors or []), str(error)]
