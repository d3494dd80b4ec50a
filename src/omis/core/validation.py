"""Pydantic's validation errors in the operators' language."""

from __future__ import annotations

from typing import Any

from pydantic_core import ErrorDetails

MESSAGES_RU = {
    "missing": "обязательное поле не указано",
    "extra_forbidden": "лишнее поле",
    "int_parsing": "нужно целое число",
    "int_type": "нужно целое число",
    "int_from_float": "нужно целое число",
    "float_parsing": "нужно число",
    "bool_parsing": "нужно true или false",
    "bool_type": "нужно true или false",
    "string_type": "нужна строка",
    "string_too_short": "не может быть пустым",
    "greater_than_equal": "должно быть не меньше {ge}",
    "greater_than": "должно быть больше {gt}",
    "less_than_equal": "должно быть не больше {le}",
    "literal_error": "допустимые значения: {expected}",
}


def message_ru(error: ErrorDetails) -> str:
    """The Russian text for one error; pydantic's own text when there is none."""
    template = MESSAGES_RU.get(error["type"])
    if template is None:
        return str(error["msg"]).removeprefix("Value error, ")
    context: dict[str, Any] = dict(error.get("ctx") or {})
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return str(error["msg"])
