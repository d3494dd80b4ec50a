"""Pydantic's validation errors in the operators' language."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from typing import Any

from pydantic_core import ErrorDetails

MESSAGES_RU = {
    "missing": "обязательное поле не указано",
    "extra_forbidden": "лишнее поле",
    "int_parsing": "нужно целое число",
    "int_type": "нужно целое число",
    "int_from_float": "нужно целое число",
    "float_parsing": "нужно число",
    "float_type": "нужно число",
    "finite_number": "нужно конечное число (не NaN и не бесконечность)",
    "bool_parsing": "нужно true или false",
    "bool_type": "нужно true или false",
    "string_type": "нужна строка",
    "list_type": "нужен список [...]",
    "dict_type": "нужен объект {{...}}",
    "model_type": "нужен объект {{...}}",
    "model_attributes_type": "нужен объект {{...}}",
    "string_too_short": "не может быть пустым",
    "greater_than_equal": "должно быть не меньше {ge}",
    "greater_than": "должно быть больше {gt}",
    "less_than_equal": "должно быть не больше {le}",
    "less_than": "должно быть меньше {lt}",
    "literal_error": "допустимые значения: {expected}",
}


def message_ru(error: ErrorDetails) -> str:
    """The Russian text for one error; pydantic's own text when there is none."""
    template = MESSAGES_RU.get(error["type"])
    if template is None:
        return str(error["msg"]).removeprefix("Value error, ")
    context: dict[str, Any] = {
        key: int(value) if isinstance(value, float) and value.is_integer() else value
        for key, value in (error.get("ctx") or {}).items()
    }  # «не больше 3660», not «3660.0»
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return str(error["msg"])


def likely_name(word: str, known: Iterable[str]) -> str | None:
    """The known name ``word`` is most likely a misspelling of (case ignored), or None:
    for the «может быть, …?» hint after an unknown key in a configuration file."""
    names = {name.lower(): name for name in known}
    close = difflib.get_close_matches(word.lower(), list(names), n=1)
    return names[close[0]] if close else None


class DuplicateKeyError(ValueError):
    """A key given twice in one JSON object: which of the two was meant is not ours to guess."""

    def __init__(self, key: str) -> None:
        super().__init__(f"ключ «{key}» указан дважды в одном объекте JSON")
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKeyError(key)
        found[key] = value
    return found


def loads_user_json(text: str) -> Any:
    """``json.loads`` for JSON a person wrote (settings, DELO files, scenarios): a key given
    twice in one object raises DuplicateKeyError instead of the last one silently winning
    (a second ``"password"`` pasted below the first). Bad JSON: json.JSONDecodeError."""
    return json.loads(text, object_pairs_hook=_unique_keys)


TELEGRAM_CHAT_HINT = "идентификатор чата Telegram, например -1001234567890 или @omis_escalation"


def is_telegram_chat(value: str) -> bool:
    """A chat the Bot API can address: its number (a group's is negative) or @channelname.
    The same check for the settings' chats and a contractor's escalation chat."""
    number = value.removeprefix("-")
    named = value.startswith("@") and len(value) > 1
    return (number.isdigit() or named) and len(value) <= 64
