"""The mail pipeline's codes in words: what the web, the command line and the demo show.

Codes (``unmatched``, ``no_status``, ``status.left.ubyli``) stay in the store, the exports
and tooltips; a person reads the labels here. One table per vocabulary, nowhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

from omis.mail.automatic import AUTOMATIC_LABELS
from omis.requests.lifecycle import Status

# What became of a letter (``letters.outcome``).
LETTER_OUTCOME_LABELS: dict[str, str] = {
    "applied": "применено",
    "not_applied": "не применено",
    "unmatched": "в очередь разбора",
    "ignored": "пропущено",
    "duplicate": "уже обработано",
}

# Why a letter went to review or was not applied (``letters.reason``).
REASON_LABELS: dict[str, str] = {
    "no_request_number": "в письме нет номера заявки",
    "unknown_request": "заявки с таким номером нет",
    "unknown_position": "позиции с таким номером нет в заявке",
    "no_status": "нет слов о статусе",
    "ambiguous": "несколько разных номеров заявок",
    "mixed_positions": "разные статусы по разным позициям",
    "unreadable": "не удалось разобрать письмо",
    "older_or_equal": "статус не новее текущего",
    "foreign_sender": "отправитель не относится к подрядчику заявки",
    "doubtful": "разбор не уверен: письмо противоречит само себе",
    "undone": "действие письма отменено оператором",
    **AUTOMATIC_LABELS,
}

# Where in the letter a phrase was found (``Evidence.field``): «из темы», «в тексте».
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "subject": ("из темы письма", "в теме письма"),
    "body": ("из текста письма", "в тексте письма"),
}

# Evidence rules by the first part of their id: ``request.keyword``, ``status.left.ubyli``.
RULE_KIND_LABELS: dict[str, str] = {
    "request": "номер заявки",
    "position": "номер позиции",
    "status": "слово о статусе",
}


def outcome_label(code: str | None) -> str:
    return LETTER_OUTCOME_LABELS.get(code or "", code or "—")


def reason_label(code: str | None) -> str:
    """A reason code in words; an unknown code as it is (an empty one as nothing)."""
    return REASON_LABELS.get(code or "", code or "")


def rule_label(rule: str, field: str = "") -> str:
    """What a piece of evidence is, for a dispatcher: «номер заявки из темы письма»,
    «слово о статусе «подрядчик убыл» в тексте письма». The rule id itself is not shown."""
    kind, _, rest = rule.partition(".")
    label = RULE_KIND_LABELS.get(kind, "найдено")
    if kind == "status":
        status = _status_of(rest.partition(".")[0])
        if rest.endswith(".table"):
            label = "строка таблицы о статусе"
        if status is not None:
            label += f" «{status.value}»"
    where = FIELD_LABELS.get(field)
    if where is not None:
        label += " " + (where[1] if kind == "status" else where[0])
    return label


def _status_of(name: str) -> Status | None:
    try:
        return Status[name.upper()]
    except KeyError:
        return None


# Reasons are read by people: a letter naming thousands of numbers is not listed in full.
LISTED = 10


def listed(numbers: Sequence[str], shown: int = LISTED) -> str:
    """``5, 6, 7``; past ``shown`` numbers the first ones and «и ещё N»."""
    if len(numbers) <= shown:
        return ", ".join(numbers)
    return f"{', '.join(numbers[:shown])} и ещё {len(numbers) - shown}"
