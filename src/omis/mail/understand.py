"""Understanding a contractor's letter: which request, which positions, which status, and why.

Pure functions over a :class:`ParsedLetter` and the :class:`Rules`. Every decision carries
its evidence (the rule's name and the phrase it matched), stored and shown later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from omis.mail.automatic import automatic_reason
from omis.mail.message import ParsedLetter, parse_message
from omis.mail.rules import Rules, StatusRule, default_rules
from omis.requests.lifecycle import Status

Field = Literal["subject", "body"]
UnmatchedReason = Literal["no_request_number", "no_status", "ambiguous"]

_LOOKALIKES = str.maketrans("aeopcxykmtbh", "аеорсхукмтвн")
_HAS_CYRILLIC = re.compile(r"[а-я]")
_WORD = re.compile(r"[a-zа-я0-9]+")
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|ответ|отв|пересл|переслано)\s*(\[\d+\])?\s*:\s*)+")
_BOUNDARY = re.compile(r"[.!?;\n]|,\s|\s(но|а|однако)\s")
_MAX_NUMBER_DIGITS = 10


@dataclass(frozen=True)
class Evidence:
    rule: str
    phrase: str
    field: Field

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "phrase": self.phrase, "field": self.field}


@dataclass(frozen=True)
class Understanding:
    request_number: str | None = None
    position_numbers: tuple[str, ...] = ()
    status: Status | None = None
    evidence: tuple[Evidence, ...] = ()
    automatic: str | None = None
    unmatched_reason: UnmatchedReason | None = None
    candidates: tuple[str, ...] = field(default=())

    @property
    def position_number(self) -> str | None:
        return self.position_numbers[0] if len(self.position_numbers) == 1 else None

    @property
    def decided(self) -> bool:
        return self.automatic is None and self.unmatched_reason is None

    def explanation(self) -> str:
        """What OMIS concluded, in Russian, for the review queue and the rule sandbox."""
        if self.automatic:
            return f"автоматическое письмо ({self.automatic}): не обрабатывается"
        reasons = {
            "no_request_number": "не найден номер заявки",
            "no_status": "не найден статус (или он с отрицанием / в будущем времени)",
            "ambiguous": "несколько разных номеров заявок: " + ", ".join(self.candidates),
        }
        if self.unmatched_reason:
            return reasons[self.unmatched_reason]
        where = f", позиции {', '.join(self.position_numbers)}" if self.position_numbers else ""
        return f"заявка №{self.request_number}{where}: «{self.status}»"


@dataclass(frozen=True)
class _Found:
    value: str
    positions: tuple[str, ...]
    evidence: Evidence


def understand_bytes(raw: bytes, rules: Rules | None = None) -> tuple[ParsedLetter, Understanding]:
    letter = parse_message(raw)
    return letter, understand(letter, rules or default_rules())


def understand(letter: ParsedLetter, rules: Rules) -> Understanding:
    """Decide request, positions and status; or say why the letter cannot be decided."""
    reason = automatic_reason(letter)
    if reason:
        return Understanding(automatic=reason)
    subject = _REPLY_PREFIX.sub("", letter.subject)
    numbers = _request_numbers(subject, "subject", rules) or _request_numbers(
        letter.new_text, "body", rules
    )
    status = _status(subject, letter.new_text, rules)
    distinct = tuple(dict.fromkeys(found.value for found in numbers))
    evidence = tuple(found.evidence for found in numbers[:1]) + ((status[1],) if status else ())
    if len(distinct) > 1:
        return Understanding(evidence=evidence, unmatched_reason="ambiguous", candidates=distinct)
    if not distinct:
        return Understanding(
            status=status[0] if status else None, evidence=evidence,
            unmatched_reason="no_request_number",
        )  # fmt: skip
    positions = _positions(numbers, subject, letter.new_text, rules)
    if status is None:
        return Understanding(
            distinct[0], positions, evidence=evidence, unmatched_reason="no_status"
        )
    return Understanding(distinct[0], positions, status[0], evidence)


def normalise(text: str) -> str:
    """Lower case, ё → е, Latin look-alikes inside Russian words → Cyrillic; same length."""
    lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text).replace("ё", "е")
    return _WORD.sub(_fix_lookalikes, lowered)


def _fix_lookalikes(match: re.Match[str]) -> str:
    word = match.group(0)
    return word.translate(_LOOKALIKES) if _HAS_CYRILLIC.search(word) else word


# --- request and position numbers -------------------------------------------------------


def _request_numbers(text: str, where: Field, rules: Rules) -> list[_Found]:
    norm = normalise(text)
    strong = _keyword_numbers(text, norm, where, rules)
    if strong:
        return strong
    return _weak_numbers(text, norm, where, rules)


def _number_pattern(keywords: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![a-zа-я0-9])" + keywords + r"[\s:\-_]*(?:№|n|no\.?|номер|#)?[\s:.\-_]*"
        r"(?<![0-9])(\d{1," + str(_MAX_NUMBER_DIGITS) + r"})(?:\s*/\s*(\d{1,6}))?(?!\d)"
    )


def _keyword_numbers(text: str, norm: str, where: Field, rules: Rules) -> list[_Found]:
    pattern = _number_pattern(rules.request_keywords)
    found = []
    for match in pattern.finditer(norm):
        if _not_a_number(norm, match.start(2), match.end(), rules):
            continue
        positions = (match.group(3),) if match.group(3) else ()
        evidence = Evidence("request.keyword", _phrase(text, match.start(), match.end()), where)
        found.append(_Found(match.group(2), positions, evidence))
        found.extend(_listed_after(norm, match.end(), evidence))
    return found


_LISTED = re.compile(r"\s*(?:,|;|и|или)\s*(?:№\s*)?(\d{3,10})(?![\d.:/])")


def _listed_after(norm: str, end: int, evidence: Evidence) -> list[_Found]:
    """«заявки 4512 и 4513»: every number of the list is a candidate."""
    found = []
    while match := _LISTED.match(norm, end):
        found.append(_Found(match.group(1), (), evidence))
        end = match.end()
    return found


_WEAK_RULES: tuple[tuple[str, str, tuple[Field, ...]], ...] = (
    ("request.hash_in_subject", r"(?<![\w&])#\s?(\d{3,10})(?!\d)()", ("subject",)),
    (
        "request.bare_number_subject",
        r"^\s*(\d{3,10})(?:\s*/\s*(\d{1,6}))?(?![\d.:/-])",
        ("subject",),
    ),
    (
        "request.slash_position",
        r"(?<![\d/.,-])(\d{3,10})\s*/\s*(\d{1,4})(?![\d/.,-])",
        ("subject", "body"),
    ),
    ("request.numero_sign", r"№\s*(\d{3,10})(?![\d.,:/-])()", ("subject", "body")),
)


def _weak_numbers(text: str, norm: str, where: Field, rules: Rules) -> list[_Found]:
    for name, pattern, fields in _WEAK_RULES:
        if where not in fields:
            continue
        found = [
            _Found(m.group(1), (m.group(2),) if m.group(2) else (),
                   Evidence(name, _phrase(text, m.start(), m.end()), where))
            for m in re.finditer(pattern, norm)
            if not _not_a_number(norm, m.start(1), m.end(), rules)
            and not _position_before(norm, m.start(1), rules)
        ]  # fmt: skip
        if found:
            return found
    return []


def _not_a_number(norm: str, start: int, end: int, rules: Rules) -> bool:
    """A time, a quantity, a date, a phone, an INN, an address: not a request number."""
    before = norm[max(0, start - 25) : start]
    if rules.not_a_number_before.search(before):
        return True
    return bool(rules.not_a_number_after.match(norm, end))


def _position_before(norm: str, start: int, rules: Rules) -> bool:
    before = norm[max(0, start - 15) : start]
    return bool(re.search(rules.position_keywords + r"\s*[№#n]?\s*$", before))


def _positions(numbers: list[_Found], subject: str, body: str, rules: Rules) -> tuple[str, ...]:
    found: list[str] = []
    for item in numbers:
        found.extend(item.positions)
    pattern = re.compile(
        r"(?<![a-zа-я])" + rules.position_keywords + r"(?![a-zа-я])\s*(?:№|n|#|номер)?\s*"
        r"(\d{1,6}(?:\s*(?:,|и|и\s)\s*\d{1,6})*)(?!\d|[.,:]\d)"
    )
    for text in (subject, body):
        for match in pattern.finditer(normalise(text)):
            found.extend(re.findall(r"\d+", match.group(2)))
    return tuple(dict.fromkeys(found))


# --- status ----------------------------------------------------------------------------


def _status(subject: str, body: str, rules: Rules) -> tuple[Status, Evidence] | None:
    """The latest event in the lifecycle that the letter reports as having happened."""
    best: tuple[Status, Evidence] | None = None
    for text, where in ((subject, "subject"), (body, "body")):
        norm = normalise(text)
        for status, status_rules in rules.statuses.items():
            for rule in status_rules:
                evidence = _first_valid(rule, text, norm, where, rules)  # type: ignore[arg-type]
                if evidence and (best is None or status.rank > best[0].rank):
                    best = (status, evidence)
    return best


def _first_valid(
    rule: StatusRule, text: str, norm: str, where: Field, rules: Rules
) -> Evidence | None:
    for match in rule.pattern.finditer(norm):
        if _counts(norm, match.start(), match.end(), rule, rules):
            return Evidence(rule.name, _phrase(text, match.start(), match.end()), where)
    return None


def _counts(norm: str, start: int, end: int, rule: StatusRule, rules: Rules) -> bool:
    """False for a negated phrase, an intention or future, or a question."""
    clause_start, clause_end = _clause(norm, start, end)
    before_words = _WORD.findall(norm[clause_start:start])
    if rules.negation.search(" ".join(before_words[-3:])):
        return False
    after_words = _WORD.findall(norm[end:clause_end])[:2]
    if after_words and after_words[0] in ("нет", "не"):
        return False
    if not rule.future_ok and rules.intent.search(" ".join(before_words[-6:])):
        return False
    return norm[clause_end : clause_end + 1] != "?"


def _clause(norm: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for boundary in _BOUNDARY.finditer(norm, 0, start):
        left = boundary.end()
    right_match = _BOUNDARY.search(norm, end)
    return left, right_match.start() if right_match else len(norm)


def _phrase(text: str, start: int, end: int) -> str:
    """The matched words with their sentence (or whole words around them when the sentence
    is long), on one line, for people to read."""
    left, right = max(0, start - 40), min(len(text), end + 40)
    sentence_start = max(text.rfind(mark, left, start) for mark in ".!?\n")
    if sentence_start >= 0:
        left = sentence_start + 1
    elif left > 0:  # never cut a word in half
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else start
    stops = [i for mark in ".!?\n" if (i := text.find(mark, end, right)) >= 0]
    if stops:
        right = min(stops) + 1
    elif right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else end
    return " ".join(text[left:right].split())[:200]
