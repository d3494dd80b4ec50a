"""Deciding what a contractor's letter reports: which request, which positions, which status.

:func:`decide` is the one decision, pure, shared by intake, replay and the rule sandbox. It
reads the letter as a dispatcher does:

1. mail sent by a machine is ignored (:mod:`omis.mail.automatic`);
2. only what the sender writes now and the messages it forwards are the report; quoted
   history is not (:mod:`omis.mail.quotes`), though an old subject may still name the
   request;
3. numbers are read against the registry (:mod:`omis.mail.registry`): a request of this
   sender is strong evidence, a number matching nothing is not a request;
4. every status the report says has happened is found by lemma and grammar
   (:mod:`omis.mail.statuses`), each said of the positions named in its part of the
   sentence («п2 готово, на п3 работаем»); per position, the latest wins; positions
   reported in different statuses send the letter to review, positions named only in a
   plan («п3 завтра») are not reported;
5. the subject's status counts only when the new text reports none.

Anything undecidable goes to review with its reason. Every decision carries its evidence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from itertools import islice, pairwise
from typing import Literal

from omis.mail import morph
from omis.mail import numbers as nums
from omis.mail.automatic import AUTOMATIC_LABELS, automatic_reason
from omis.mail.message import ParsedLetter, parse_message
from omis.mail.numbers import Candidate, PositionRef, Source, Strength
from omis.mail.position_names import PositionName
from omis.mail.position_names import positions as named_positions
from omis.mail.quotes import Body, is_forward_subject, split_body
from omis.mail.registry import RegistryView, sender_requests
from omis.mail.rules import Rules, default_rules
from omis.mail.statuses import Event, denied, events, onward, vocabulary
from omis.mail.tables import Row, table_rows
from omis.mail.timing import announced
from omis.mail.vocabulary import listed
from omis.mail.words import Sentence, Token, is_emoji, normalise, sentences
from omis.requests.lifecycle import Status

Field = Literal["subject", "body"]
UnmatchedReason = Literal[
    "no_request_number",
    "no_status",
    "ambiguous",
    "unknown_request",
    "unknown_position",
    "mixed_positions",
    "unreadable",
    "foreign_sender",
    "doubtful",
]
REASONS: dict[str, str] = {
    "no_request_number": "не найден номер заявки",
    "no_status": "не найден статус (или он с отрицанием, в будущем времени, в вопросе)",
    "ambiguous": "несколько разных заявок",
    "unknown_request": "такой заявки нет",
    "unknown_position": "такой позиции в заявке нет",
    "mixed_positions": "разные статусы по разным позициям",
    "unreadable": "не удалось разобрать",
    "foreign_sender": "отправитель не относится к подрядчику заявки",
    "doubtful": "разбор не уверен, статус не применён",
}
_REPLY_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|ответ|отв|пересл|переслано|aw|wg|тема)\s*(\[\d+\]|\(\d+\))?\s*:\s*)+", re.I
)
_REPLY = re.compile(r"^\s*(re|ответ|отв|aw)\s*(\[\d+\])?\s*:", re.I)
_EVERY = r"(?<![а-я])(обе|оба|все|всем|обеим|обоим)\s+"
_ALL_POSITIONS = re.compile(_EVERY + r"позици", re.I)
# «Все 4 подъезда сделаны», «все 3 шт»: a count of everything, not the fourth or third.
_ALL_COUNTED = re.compile(_EVERY + r"(\d{1,2})\s+[а-яё]", re.I)


@dataclass(frozen=True)
class Evidence:
    rule: str
    phrase: str
    field: Field

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "phrase": self.phrase, "field": self.field}


@dataclass(frozen=True)
class Understanding:
    """The decision on one letter (see :func:`decide`)."""

    request_number: str | None = None
    position_numbers: tuple[str, ...] = ()
    status: Status | None = None
    evidence: tuple[Evidence, ...] = ()
    automatic: str | None = None
    unmatched_reason: UnmatchedReason | None = None
    candidates: tuple[str, ...] = field(default=())
    error: str | None = None  # why an unreadable letter could not be read or understood
    detail: str | None = None  # what an operator needs beside the reason (the sender check)

    @property
    def position_number(self) -> str | None:
        return self.position_numbers[0] if len(self.position_numbers) == 1 else None

    @property
    def decided(self) -> bool:
        return self.automatic is None and self.unmatched_reason is None

    @property
    def outcome(self) -> str:
        """ignored / unmatched (to review) / decided."""
        if self.automatic:
            return "ignored"
        return "unmatched" if self.unmatched_reason else "decided"

    def explanation(self) -> str:
        """What OMIS concluded, in Russian, for the review queue and the rule sandbox."""
        if self.automatic:
            return f"{AUTOMATIC_LABELS.get(self.automatic, 'автоматическое письмо')}: не обрабатывается"
        if self.error:
            return f"{REASONS['unreadable']}: {self.error}"
        if self.detail:
            return self.detail
        if self.unmatched_reason:
            reason = REASONS[self.unmatched_reason]
            named = listed(self.candidates)
            return f"{reason}: {named}" if named else reason
        where = f", позиции {listed(self.position_numbers)}" if self.position_numbers else ""
        return f"заявка №{self.request_number}{where}: «{self.status}»"

    def key(self) -> tuple[str, str | None, str | None, tuple[str, ...], str | None]:
        """What two decisions must share to be the same decision."""
        reason = self.automatic or self.unmatched_reason
        status = self.status.value if self.status and self.decided else None
        positions = tuple(sorted(self.position_numbers)) if self.decided else ()
        return (self.outcome, reason, self.request_number, positions, status)


def understand_bytes(
    raw: bytes, rules: Rules | None = None, registry: RegistryView | None = None
) -> tuple[ParsedLetter, Understanding]:
    letter = parse_message(raw)
    return letter, decide(letter, rules or default_rules(), registry)


def reply_subject(subject: str) -> str:
    """The subject without «Re:», «Fwd:», «Re[2]:» and the like."""
    return _REPLY_PREFIX.sub("", subject)


@dataclass
class _Reading:
    """The parts of a letter that count, and what was found in them."""

    raw_subject: str
    subject: str
    subjects: list[str]  # the current subject, then forwarded messages' subjects
    texts: list[str]  # what the sender writes now, then the forwarded messages' text
    body: Body


def _answered_inline(body: Body) -> str:
    """The sender's text; written between the quoted lines it answers, each answer under a
    line that asks about positions («> позиция 1?», «> п.3, п.4», «> 2 —», «> Позиция 1 —
    насос Grundfos. Бригада на месте?») is said of those positions, as a dispatcher reads
    it: «на месте с 9:30» under «> 1?» is position 1 on site."""
    parts = []
    for question, text in body.answers:
        asked = _ASKED.match(question or "")
        numbers: list[str] = []
        if asked and (asked.string.endswith("?") or _ASKED_ONLY.fullmatch(asked.string)):
            numbers = _NUMBER.findall(asked.group(1) or asked.group(2))
        parts.append(f"поз. {', '.join(numbers)} — {text}" if numbers else text)
    if not any(part != text for part, (_question, text) in zip(parts, body.answers, strict=True)):
        return body.own
    if " ".join(text for _question, text in body.answers).split() != body.own.split():
        return body.own  # a forward read in between: not one reply written in parts
    return "\n\n".join(parts)


# A quoted line that starts by naming positions: a word for a position before them, or
# the question or a dash after them («1?», «п.3, п.4», «Позиция 1 — насос …», «2 —»).
_ASKED = re.compile(
    r"^(?:(?:позици[яиюей]|поз\.?|п\.?|пп\.?)\s*"
    r"(\d{1,2}(?:\s*(?:,|и)\s*(?:(?:поз|п)\.?\s*)?\d{1,2})*)(?![\d.,:/])"
    r"|(\d{1,2}(?:\s*(?:,|и)\s*\d{1,2})*)\s*(?:\?|[—–-](?!\s*\d)))",
    re.IGNORECASE,
)
# A question about them, or the positions alone: «Позиция 2 — что по ней?», «п.1», «1 —»;
# not «П1 родзал закончили», the quoted letter's own report.
_ASKED_ONLY = re.compile(
    r"(?:(?:позици[яиюей]|поз\.?|п\.?|пп\.?)\s*)?\d{1,2}"
    r"(?:\s*(?:,|и)\s*(?:(?:поз|п)\.?\s*)?\d{1,2})*\s*[—–:-]?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")


# «Статус: Запланировано → В пути», «Status: Open -> Accepted»: a ticket system's field
# change; the status is the new value, the old one before the arrow is history.
_STATUS_CHANGE = re.compile(
    r"^([ \t]*(?:статус|status|состояние|state)\b[ \t:]*)[^\n]*(?:→|->|=>|⇒)[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)


def _reading(letter: ParsedLetter) -> _Reading:
    body = split_body(letter.body_text, is_forward_subject(letter.subject))
    subject = reply_subject(letter.subject)
    subjects = [subject] + [reply_subject(f.subject) for f in body.forwarded if f.subject]
    own = _answered_inline(body)
    texts = [_STATUS_CHANGE.sub(r"\1", t) for t in [own] + [f.text for f in body.forwarded]]
    return _Reading(letter.subject, subject, subjects, [t for t in texts if t.strip()], body)


@dataclass(frozen=True)
class _Prepared:
    letter: ParsedLetter
    rules: Rules
    reading: _Reading
    written: list[Candidate]  # in the subject, the new text and the forwarded messages
    quoted: list[Candidate]  # in the quoted history
    thread: frozenset[str]  # only in a reply's own subject, not in the text (see _candidates)


_PREPARED: dict[int, _Prepared] = {}
_PREPARED_MAX = 256


def _prepare(letter: ParsedLetter, rules: Rules) -> _Prepared:
    """The letter's reading and number candidates, computed once for a batch: intake asks
    for the numbers of every letter, then decides each (see :func:`candidate_numbers`)."""
    known = _PREPARED.get(id(letter))
    if known is not None and known.letter is letter and known.rules is rules:
        return known
    reading = _reading(letter)
    written, thread = _candidates(reading, rules)
    prepared = _Prepared(
        letter, rules, reading, written, _quoted_candidates(reading, rules), thread
    )
    if len(_PREPARED) >= _PREPARED_MAX:
        _PREPARED.clear()
    _PREPARED[id(letter)] = prepared
    return prepared


def candidate_numbers(letter: ParsedLetter, rules: Rules) -> set[str]:
    """Every number a decision on ``letter`` may look up in the registry."""
    if automatic_reason(letter):
        return set()
    prepared = _prepare(letter, rules)
    return {c.number for c in prepared.written + prepared.quoted}


def decide(
    letter: ParsedLetter, rules: Rules, registry: RegistryView | None = None
) -> Understanding:
    """The decision on ``letter`` (pure: reads only ``registry``, a read-only view).

    Without a registry (tests of the text rules), a number written as a request number
    (after «заявка», or in the subject) is taken as it is, a bare number in the text is not.
    """
    reason = automatic_reason(letter)
    if reason:
        return Understanding(automatic=reason)
    prepared = _prepare(letter, rules)
    reading = prepared.reading
    request = _request(prepared, registry)
    if isinstance(request, Understanding):
        return request
    number, number_evidence, attached = request
    known = registry.get(number) if registry is not None else None
    positions_in_request = known.positions if known is not None else None
    names = known.names if known is not None else ()
    request_view = (positions_in_request, names)
    found = _report(
        reading, rules, number, number_evidence, attached, request_view,
        sender_clock(letter.local_date, reading.texts),
    )  # fmt: skip
    words = known.words if known is not None else {}
    part = _part_named(found, reading, rules, words)
    # «на Советской закончили, уехали»: a finish told of what only some positions are,
    # without their numbers, is the finish of those positions, not of the whole request.
    if part:
        found = replace(found, position_numbers=part)
    elif numbered := _numbers_beside(found, positions_in_request, rules):
        found = replace(found, position_numbers=numbered)
    else:
        found = _doubted(found, _part_doubt(found, reading, rules, words))
    return _doubted(found, _rest_at_work(found, reading, rules, positions_in_request))


def _rest_at_work(
    found: Understanding, reading: _Reading, rules: Rules, in_request: tuple[str, ...] | None
) -> str | None:
    """A finish of some positions in a letter that says work is still going on («пассажирский
    — двери, делаем ещё», «на 4-м девочки ещё моют», «четвертый еще часа два»): the other
    part is in another status, so an operator decides which."""
    if not found.decided or found.status is not Status.LEFT or not found.position_numbers:
        return None
    if in_request is not None and set(found.position_numbers) >= set(in_request):
        return None
    vocab = vocabulary(rules)
    for text in reading.texts:
        if "еще" not in normalise(text):  # as tokens read it: «ЕЩЁ», a Latin «e»
            continue  # most letters: no «ещё» to look for, so no second reading of the text
        for sentence in sentences(text, vocab):
            words = [token for token in sentence.tokens if token.is_word]
            if any(
                _still(words, k, rules) for k, token in enumerate(words) if token.text in _STILL
            ):
                return "в письме сказано, что работа по другой части ещё идёт"
    return None


_STILL = frozenset({"ещё", "еще"})


def _still(words: list[Token], k: int, rules: Rules) -> bool:
    """«ещё» beside work going on: «ещё моют», «делаем ещё», «ещё в работе», «ещё часа два»;
    not «ещё не выехали», «ещё раз»."""
    following = words[k + 1] if k + 1 < len(words) else None
    if following is not None and following.text in rules.negations.words:
        return False
    near = [w for w in (words[k - 1] if k else None, following) if w is not None]
    if following is not None and following.text == "в" and k + 2 < len(words):
        near.append(words[k + 2])  # «ещё в работе»
    return any(_at_work(word) for word in near)


def _at_work(word: Token) -> bool:
    """Work going on now: a verb of work in the present («моют», «делаем»), «работе» of «в
    работе», or hours still to go («часа»)."""
    if word.text in ("работе", "часа", "часов"):
        return True
    if word.has_lemma(_NOT_WORK):
        return False
    # the sender's own work («делаем»), or others' work on something («моют», «работают»);
    # not a thing's state («парты ещё сохнут»)
    return any(
        f.pos == "VERB"
        and f.tense == "pres"
        and f.mood == "indc"
        and (f.person == "1per" or f.transitivity == "tran" or f.lemma == "работать")
        for f in word.forms[:1]
    )


def _part_doubt(
    found: Understanding, reading: _Reading, rules: Rules, words: Mapping[str, frozenset[str]]
) -> str | None:
    """A move of the whole request (on the way, on site) in a letter that names only some
    positions by what they are («в гримёрках на месте»): whether the move is of those
    positions or of the whole request, the writers of letters nobody on the team wrote
    disagree, so an operator decides (issue 14)."""
    if found.status not in (Status.EN_ROUTE, Status.ON_SITE):
        return None
    part = _named_part(found, reading, rules, words, where=True)
    if not part:
        return None
    listed = ", ".join(part)
    return f"письмо называет по описанию только часть позиций (поз. {listed})"


def _numbers_beside(
    found: Understanding, in_request: tuple[str, ...] | None, rules: Rules
) -> tuple[str, ...]:
    """The positions an arrival or a finish of the whole request names as bare numbers in
    the sentence that reports it («Готово по 2 и 3», «уч2 убытие 13.15», «А (1) доделали,
    уехали»), when those are not all of them; () otherwise. Moving every position on such
    a letter marks work done that nobody reported (issue 14: a quarter of the whole-request
    finishes of the blind letters were such), and the numbers are what a dispatcher reads:
    at worst a number misread moves fewer positions than the whole request would have.
    Not a count («2 бригады», «3 шт.»), a size («6520 Х 2»), a time or a decimal, nor where
    the work starts («начали с ячейки №3»); not a setting off, where the numbers beside
    it are nearly always cars and people («выехали 2 машины»)."""
    if not found.decided or found.position_numbers or found.status not in _CLOSING:
        return ()
    if in_request is None or len(in_request) < 2:
        return ()
    vocab = vocabulary(rules)
    seen: list[str] = []
    for evidence in found.evidence:
        if evidence.rule.startswith("status."):
            seen += _position_numbers_in(evidence.phrase, in_request, vocab)
    named = tuple(dict.fromkeys(seen))
    return named if len(named) < len(in_request) else ()


_CLOSING = (Status.ON_SITE, Status.LEFT)


def _position_numbers_in(
    phrase: str, in_request: tuple[str, ...], vocab: frozenset[str]
) -> list[str]:
    """The request's positions that ``phrase`` writes as bare numbers (see
    :func:`_numbers_beside`), in the registry's spelling."""
    found: list[str] = []
    for sentence in sentences(phrase, vocab):
        starts = _STARTS_WITH.search(sentence.text)
        tokens = sentence.tokens
        for k, token in enumerate(tokens):
            if not token.is_number or len(token.text) > 2:
                continue
            if starts is not None and token.start - sentence.start > starts.start():
                continue
            if k == 0 and len(tokens) > 1 and tokens[1].text == ".":
                continue  # «1. Прибытие бригады — 09:35»: a numbered list's item
            match = next((p for p in in_request if _same_number(p, token.text)), None)
            if match is not None and not _counted_or_measured(tokens, k):
                found.append(match)
    return found


def _counted_or_measured(tokens: tuple[Token, ...], k: int) -> bool:
    """The number at ``k`` counts or measures something, or is part of a time or a
    decimal («2 бригады», «3 шт.», «2м», «Х 2», «9:30», «1,2 кг»)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    before = tokens[k - 1] if k > 0 else None
    if after is not None and after.start == tokens[k].end and after.is_word:
        return True  # «2м», «3шт»
    if nums.joined_number(tokens, k, _NUMBER_JOINS):
        return True
    if before is not None and before.text in _MULTIPLIED:
        return True
    if after is None or not after.is_word:
        return False
    if after.text in _UNITS or after.has_lemma(_FLOORS):
        return True
    nouns = [form for form in after.forms if form.pos == "NOUN"]
    return bool(nouns) and all(form.case != "nomn" for form in nouns)


_NUMBER_JOINS = frozenset({":", ".", ","})
_MULTIPLIED = frozenset({"х", "x", "*"})  # «КАМАЗ 6520 Х 2»
_FLOORS = frozenset({"этаж"})  # «на месте по 135903, 3 этаж»: where, not which position
_UNITS = frozenset({"шт", "чел", "м", "кг", "см", "мм", "т", "л", "х", "x"})  # «2 х 3» a size


def _part_named(
    found: Understanding, reading: _Reading, rules: Rules, words: Mapping[str, frozenset[str]]
) -> tuple[str, ...]:
    """The positions a finish of the whole request names only by what they are, when
    those are not all of them; () otherwise."""
    if found.status is not Status.LEFT:
        return ()
    return _named_part(found, reading, rules, words)


def _named_part(
    found: Understanding,
    reading: _Reading,
    rules: Rules,
    words: Mapping[str, frozenset[str]],
    *,
    where: bool = False,
) -> tuple[str, ...]:
    """The positions a report on the whole request names only by what they are, when those
    are not all of them; () otherwise. A place named in a sentence that reports nothing and
    says what is still to be done («Завтра Гончарова», «по Вокзальной позже напишу») is the
    plan, not the part reported."""
    if not words or not found.decided or found.position_numbers:
        return ()
    if _every_position(reading):
        return ()
    vocab = vocabulary(rules)
    markers = rules.intent.plan | rules.intent.condition | _PLAN_WORDS
    named: set[str] = set()
    # A subject the sender wrote («Спил в сквере Победы»), not the old one of a reply.
    own_subject = [reading.subject] if where and not _REPLY.match(reading.raw_subject) else []
    for text in own_subject + reading.texts:
        for sentence in sentences(text, vocab):
            tokens = sentence.tokens
            if not events(sentence, rules) and any(_intends(t, rules, markers) for t in tokens):
                continue
            if where and _STARTS_WITH.search(sentence.text):
                continue  # «на месте, начали с холла»: where the work starts, not the part
            named |= _words_named(text, tokens, words, where=where)
    every = frozenset().union(*words.values())
    return tuple(sorted(named)) if named and not named >= every else ()


def _words_named(
    text: str, tokens: tuple[Token, ...], words: Mapping[str, frozenset[str]], *, where: bool
) -> set[str]:
    """The positions whose words the tokens name, outside brackets («заявка 26114 (ул.
    Ленина, пер. Школьный)» is the request's description); with ``where``, only a word
    that says where («на площадь Ленина», «в сквере Победы», «по сцене»), not a thing
    handled («замок забрал», «показала зонты»)."""
    named: set[str] = set()
    depth = 0
    for k, token in enumerate(tokens):
        depth += (token.text == "(") - (token.text == ")")
        if depth > 0 or not token.is_word or _TRADE_NAME.search(text[token.start : token.end]):
            continue  # «СветоФор», «ТеплоСервис»: a firm, not the thing it is named after
        if where and not _said_where(tokens, k, words):
            continue
        for lemma in token.lemmas:
            named |= words.get(lemma, frozenset())
    return named


def _said_where(tokens: tuple[Token, ...], k: int, words: Mapping[str, frozenset[str]]) -> bool:
    """The word at ``k`` says where: a preposition of place or a street's abbreviation
    before it, past one other word («на площадь Ленина») and through a list of places
    («на Гончарова, Вокзальную и Строителей»)."""
    other = 0
    for token in reversed(tokens[:k]):
        text = token.text.lower()
        if text in _WHERE:
            return True
        if token.has_lemma(_THE_SITE):
            return False  # «на месте, дымоход смотрим»: the site, then the thing
        if text in (",", "и", ".") or any(lemma in words for lemma in token.lemmas):
            continue
        other += 1
        if other > 1:
            return False
    return False


def _every_position(reading: _Reading) -> bool:
    """«все три позиции закрыты», «обе позиции сделаны»: every position, said so."""
    return any(_EVERY_POSITION.search(text) for text in reading.texts + reading.subjects)


# «все позиции», «обе позиции», «все три позиции», «все 3 поз.»
_EVERY_POSITION = re.compile(_EVERY + r"(?:(?:\d|два|две|три|четыре|пять)\s+)?поз", re.I)
_TRADE_NAME = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
_WHERE = frozenset({
    "на", "в", "во", "к", "ко", "по", "у", "до", "около", "возле",
    "ул", "улица", "пл", "площадь", "пер", "переулок", "пр", "проспект", "наб", "бульвар",
})  # fmt: skip
_THE_SITE = frozenset({"место", "объект"})
_STARTS_WITH = re.compile(r"\bнач(?:ал|ина|н)[а-яё]*\s+с\b", re.I)  # «начали с», «начнём с»


_CHAT_STAMP = re.compile(r"^\s*\[([01]?\d|2[0-3]):([0-5]\d)\]", re.M)  # «[07:43] Андрей: …»


def sender_clock(sent: datetime | None, texts: list[str]) -> datetime | None:
    """When the letter was sent, on the sender's clock. A Date in UTC is a server's (a
    chat bot's) stamp: the chat's own stamps («[07:43] Андрей: …») are the sender's time,
    a whole number of hours ahead (from one to twelve), so a time in the text («Прибытие
    07:41») is compared with the sender's clock, not read as still to come."""
    if sent is None or sent.utcoffset() != timedelta(0):
        return sent
    stamps = [m for text in texts for m in _CHAT_STAMP.finditer(text)]
    if not stamps:
        return sent
    hour, minute = (int(g) for g in stamps[-1].groups())
    ahead = (hour * 60 + minute - sent.hour * 60 - sent.minute) % (24 * 60)
    hours = round(ahead / 60)
    if not 1 <= hours <= 12:
        return sent
    return sent.astimezone(timezone(timedelta(hours=hours)))


# --- the request ------------------------------------------------------------------------


def _candidates(reading: _Reading, rules: Rules) -> tuple[list[Candidate], frozenset[str]]:
    """The candidates in the subjects and the texts, and the numbers only a reply's own
    subject names, not the text the sender writes now.

    People answer in whatever old thread is at hand: «Re: заявка 1032» over «Заявку 310017
    принял». When the new text names a request, the reply's subject is the thread's, not
    the letter's, and is set aside like quoted history (:func:`_request`); with no request
    in the new text, the subject stays the letter's («Re: 6031» over «выехали»)."""
    per_subject = [
        nums.candidates(subject, normalise(subject), Source.SUBJECT, rules)
        for subject in reading.subjects
    ]
    in_text = [
        c
        for text in reading.texts
        for c in nums.candidates(text, normalise(text), Source.BODY, rules)
    ]
    thread: frozenset[str] = frozenset()
    if _REPLY.match(reading.raw_subject):
        thread = frozenset(c.number for c in per_subject[0]) - {c.number for c in in_text}
    return [c for found in per_subject for c in found] + in_text, thread


def _quoted_candidates(reading: _Reading, rules: Rules) -> list[Candidate]:
    found: list[Candidate] = []
    for subject in reading.body.quoted_subjects:
        text = reply_subject(subject)
        found += [
            Candidate(c.number, c.positions, Source.QUOTED, c.phrase)
            for c in nums.candidates(text, normalise(text), Source.QUOTED, rules)
        ]
    quoted = reading.body.quoted
    found += [
        Candidate(c.number, c.positions, Source.QUOTED, c.phrase)
        for c in nums.candidates(quoted, normalise(quoted), Source.QUOTED, rules)
        if c.source is Source.KEYWORD
    ]
    return found


def _request(
    prepared: _Prepared, registry: RegistryView | None
) -> Understanding | tuple[str, Evidence, tuple[str, ...]]:
    """The one request the letter is about, or why there is none."""
    letter, rules, written = prepared.letter, prepared.rules, prepared.written
    current = _credible(written, letter, rules, registry)
    thread = prepared.thread
    newer = [c for c in current if c.number not in thread]
    if thread and newer:  # the new text names a request: the old thread's is history
        written, current = [c for c in written if c.number not in thread], newer
    chosen = _one(current)
    if isinstance(chosen, Understanding):
        return chosen
    unknown_named = _unknown([c for c in written if c.source is Source.KEYWORD], registry)
    if chosen is not None and unknown_named:
        # «заявки 4512 и 4513»: two requests named as such, whether or not both exist.
        return Understanding(unmatched_reason="ambiguous", candidates=(chosen[0], *unknown_named))
    if chosen is None:
        unknown = _unknown(written, registry)
        if unknown:
            named = unknown[0] if len(unknown) == 1 else None  # shown, and named in replies
            return Understanding(
                request_number=named, unmatched_reason="unknown_request", candidates=unknown
            )
        old = _credible(prepared.quoted, letter, rules, registry)
        chosen = _one(old)
        if isinstance(chosen, Understanding) or chosen is None:
            return Understanding(unmatched_reason="no_request_number")
    number, found = chosen
    where: Field = "subject" if found[0].source in (Source.SUBJECT, Source.QUOTED) else "body"
    rule = f"request.{found[0].source.name.lower()}"
    attached = tuple(dict.fromkeys(p for c in found for p in c.positions))
    return number, Evidence(rule, found[0].phrase, where), attached


def _credible(
    found: list[Candidate], letter: ParsedLetter, rules: Rules, registry: RegistryView | None
) -> list[Candidate]:
    """The candidates that are requests: in the registry, and for a bare number in the text,
    a request of this sender when the sender is a known contractor's address."""
    if registry is None:
        return [c for c in found if c.source >= Source.SUBJECT]
    known = [c for c in found if registry.get(c.number) is not None]
    if not any(c.source is Source.BODY for c in known):
        return known
    own = sender_requests(registry, letter.sender, rules.public_mail_domains.domains)
    if not own:  # a sender no request names (a personal address): the registry decides
        return known
    return [c for c in known if c.source is not Source.BODY or c.number in own]


def _one(found: list[Candidate]) -> Understanding | tuple[str, list[Candidate]] | None:
    numbers = list(dict.fromkeys(c.number for c in found))
    if not numbers:
        return None
    if len(numbers) > 1:
        return Understanding(unmatched_reason="ambiguous", candidates=tuple(numbers))
    ranked = sorted(found, key=lambda c: -c.source)
    return numbers[0], ranked


def _unknown(found: list[Candidate], registry: RegistryView | None) -> tuple[str, ...]:
    """Numbers written as request numbers that the registry does not know."""
    if registry is None:
        return ()
    return tuple(
        dict.fromkeys(
            c.number for c in found if c.source >= Source.SUBJECT and registry.get(c.number) is None
        )
    )


# --- positions and status ---------------------------------------------------------------


@dataclass
class _Segment:
    positions: tuple[str, ...] | None  # None: the letter in general
    events: list[Event] = field(default_factory=list)
    phrases: list[Evidence] = field(default_factory=list)
    planned: bool = False  # what is said of the positions is a plan («п3 завтра»)
    by_name: bool = False  # named only by what they are («горелка 2»), not by number
    working: bool = False  # the crew is at it now, with no status word («на п3 сейчас грузим»)


def _report(
    reading: _Reading,
    rules: Rules,
    number: str,
    number_evidence: Evidence,
    attached: tuple[str, ...],
    request: tuple[tuple[str, ...] | None, tuple[PositionName, ...]],
    sent: datetime | None = None,
) -> Understanding:
    in_request = request[0]
    vocab = vocabulary(rules)
    segments: list[_Segment] = []
    hints: list[str] = []
    unknown: list[str] = []
    moving_on = False
    for text in reading.texts:
        moving_on |= _read_text(text, rules, vocab, request, sent, segments, hints, unknown)
    if (
        not any(s.events for s in segments)
        and not _REPLY.match(reading.raw_subject)  # an old subject is history
        and _PER_POSITION_SUBJECT.search(reading.subject)
    ):
        # «465118 п1 убыли п2 на месте», «465047 п1 на месте» over «а п2 это где?»: a
        # foreman's whole report in the subject, read as the text would be
        subject: list[_Segment] = []
        _read_text(reading.subject, rules, vocab, request, sent, subject, [], [])
        for part in subject:
            part.phrases = [replace(phrase, field="subject") for phrase in part.phrases]
        if any(s.events and s.positions for s in subject):
            segments = subject + segments
    subject_positions = _subject_positions(reading, rules, request, attached, unknown)
    per_position, general = _statuses(segments)
    if unknown and not _accepted_only(per_position, general):
        return Understanding(
            number, evidence=(number_evidence,), unmatched_reason="unknown_position",
            candidates=tuple(dict.fromkeys(unknown)),
        )  # fmt: skip
    if moving_on or _now_at_another(segments):
        return Understanding(
            number, tuple(per_position), evidence=(number_evidence,),
            unmatched_reason="mixed_positions",
        )  # fmt: skip
    if not per_position and len(in_request or ()) > 1 and _backwards(segments, rules):
        return Understanding(
            number, evidence=(number_evidence,), unmatched_reason="mixed_positions"
        )
    if (
        len({s for s, _ in per_position.values()}) > 1
        or _still_working(segments, per_position)
        or _moved_on(reading, rules, vocab, per_position)
    ):
        return Understanding(
            number, tuple(per_position), evidence=(number_evidence,),
            unmatched_reason="mixed_positions",
        )  # fmt: skip
    # A request is taken into work as a whole («Заявка принята. П1 — аварийно, П2 —
    # завтра», «Приняли, СЗ-1 и СЗ-2 везём»): positions named beside an acceptance are the
    # plan or the equipment, not what was accepted.
    if per_position:
        status, evidence = next(iter(per_position.values()))
        taken = () if status is Status.ACCEPTED else _with_listed(segments, per_position, general)
        # «134472 поз1 поз2» over «на месте мы, приехали. ПВ-1 начинаем»: the sender's own
        # subject says which positions the letter is about, the text arrives in general and
        # names where the work starts.
        if (
            taken
            and general is not None
            and general[0] is status
            and not _REPLY.match(reading.raw_subject)
            and set(taken) < set(subject_positions)
            and not _said_of(segments, set(subject_positions) - set(taken))
        ):
            taken = subject_positions
        # «474018 п.1» over «выехал на Лукашевича 14/2, 1 подъезд, ПП»: what the text names
        # only by what it is («ПП» fits two lifts) is narrowed by the subject's own number.
        if (
            subject_positions
            and not _REPLY.match(reading.raw_subject)
            and set(subject_positions) < set(taken)
            and all(s.by_name for s in segments if s.positions and set(s.positions) & set(taken))
        ):
            taken = subject_positions
        found = Understanding(number, taken, status, (number_evidence, evidence))
        return _doubted(found, _doubt(segments, found))
    hinted = _hinted(hints, in_request)
    if hinted and _REPLY.match(reading.raw_subject):
        # «Re: 43052 (1)» over «по второму подъезду всё»: the thread's old subject named
        # what the last letter was about; the new text says which part this one is.
        subject_positions = ()
    named = _named_positions(segments) or subject_positions or hinted
    if general is not None and _at_work_after_finish(segments, general[0]):
        return Understanding(
            number, named, evidence=(number_evidence,), unmatched_reason="mixed_positions"
        )
    if general is None and not _named_positions(segments):
        general = _answered_yes(reading, rules, vocab)
    if general is None:
        general = _subject_status(reading, rules, vocab)
        if general is not None and _said_as_unreported(reading, rules, general[1]):
            general = None
    if general is None:
        return Understanding(
            number, named, evidence=(number_evidence,), unmatched_reason="no_status"
        )
    if _contradicted(reading, rules, vocab, general[0]):
        return Understanding(
            number, named, evidence=(number_evidence,), unmatched_reason="no_status"
        )
    if general[0] is Status.ACCEPTED:
        named = ()  # the request as a whole, as above
    found = Understanding(number, named, general[0], (number_evidence, general[1]))
    return _doubted(found, _doubt(segments, found))


def _now_at_another(segments: list[_Segment]) -> bool:
    """Positions finished and the crew now at another part («котлы 1 и 2 — готово, ребята
    сейчас на третьем»): different statuses, though the other part is named only by its
    ordinal."""
    return any(e.trigger == _NOW_THERE for s in segments if s.positions for e in s.events)


_NOW_THERE = "on_site.seichas"  # statuses.events: after a finish, «сейчас на п.4»


def _said_of(segments: list[_Segment], positions: set[str]) -> bool:
    """Whether the text says anything of these positions (a plan, a status, a mention)."""
    return any(p in positions for s in segments for p in s.positions or ())


def _accepted_only(
    per_position: Mapping[str, tuple[Status, Evidence]], general: tuple[Status, Evidence] | None
) -> bool:
    """The letter reports only an acceptance, which is the whole request's whatever positions
    it names («Заявку взяли в работу, 4-го и 5-го приедем»): a number that is no position
    of the request changes nothing it would record."""
    said = [status for status, _evidence in per_position.values()]
    if general is not None:
        said.append(general[0])
    return bool(said) and all(status is Status.ACCEPTED for status in said)


def _doubt(segments: list[_Segment], found: Understanding) -> str | None:
    """Why a careful dispatcher would not apply this reading without a look, or None.

    Not a rule about any one way of writing: the reading contradicts itself. The text
    reports a later status than the one decided, and that event was set aside (as said
    of something else, or as a result only beside a crew still at work or on its way):
    the status to record is then a guess either way."""
    assert found.status is not None
    reported = [e.status for segment in segments for e in segment.events]
    later = [status for status in reported if status.rank > found.status.rank]
    if not later:
        return None
    return f"в письме есть и более поздний статус («{max(later, key=lambda s: s.rank)}»)"


def _doubted(found: Understanding, doubt: str | None) -> Understanding:
    """The reading, sent to review with the doubt when there is one (its request,
    positions and status kept, for the operator to accept in one step)."""
    if doubt is None:
        return found
    detail = f"{found.explanation()} — {REASONS['doubtful']}: {doubt}"
    return replace(found, unmatched_reason="doubtful", detail=detail)


def _contradicted(reading: _Reading, rules: Rules, vocab: frozenset[str], status: Status) -> bool:
    """The sender also says the crew did not move so («по 13618 бригада НЕ выезжала», «не
    выехали, а стоят на базе»): a report taken back, or a forwarded one denied."""
    if status not in (Status.EN_ROUTE, Status.ON_SITE):
        return False
    if status is Status.EN_ROUTE and any(_ELSEWHERE.search(text) for text in reading.texts[:1]):
        return True  # «будем к 11, сейчас на другом объекте заканчиваем»: not yet on the way
    return any(
        status in denied(sentence, rules)
        for text in reading.texts
        for sentence in sentences(text, vocab)
    )


# The crew still at work somewhere else.
_ELSEWHERE = re.compile(
    r"(?:сейчас|пока|ещ[её])\s+(?:мы\s+|бригада\s+)?на\s+друг(?:ом|ой)\s+"
    r"(?:объекте|адресе|заявке|участке|точке|выезде)",
    re.IGNORECASE,
)


_TOWARDS = frozenset({"в", "во", "на", "к"})


def _moved_on(
    reading: _Reading,
    rules: Rules,
    vocab: frozenset[str],
    per_position: dict[str, tuple[Status, Evidence]],
) -> bool:
    """Positions finished, and the crew gone on to another part of the work («П1
    закончили, переезжаем в корпус Б»): that part is in another status."""
    if not any(status is Status.LEFT for status, _ in per_position.values()):
        return False
    return any(
        _moving_on(sentence.tokens, k, rules)
        for text in reading.texts
        for sentence in sentences(text, vocab)
        for k in range(len(sentence.tokens) - 1)
    )


def _moving_on(tokens: tuple[Token, ...], k: int, rules: Rules) -> bool:
    """«перешли на корпус 2», «переезжаем в …»: the crew's move, not «перешли диспетчеру»
    (forward it) nor a plan («перейдём»)."""
    token = tokens[k]
    if tokens[k + 1].text not in _TOWARDS or not token.has_lemma(rules.moving_on.lemmas):
        return False
    if not any(f.mood == "indc" and f.tense in ("past", "pres") for f in token.forms):
        return False
    if not any(f.mood == "impr" for f in token.forms):
        return True
    # «перешли» is also «forward it!»: the crew's only after its plural subject
    return k > 0 and any(f.case == "nomn" and f.number == "plur" for f in tokens[k - 1].forms)


def _read_text(
    text: str,
    rules: Rules,
    vocab: frozenset[str],
    request: tuple[tuple[str, ...] | None, tuple[PositionName, ...]],
    sent: datetime | None,
    segments: list[_Segment],
    hints: list[str],
    unknown: list[str],
) -> bool:
    """Sentences (and table rows) of one text into segments: a sentence naming positions
    starts a segment for them; a paragraph naming none is about the letter in general.
    True when the text moves on: a finish, then the crew on its way to another place
    («муфту сварили, уходим на УД-3»): one place done and another not, so different
    statuses whatever positions are named."""
    in_request, names = request
    rows, skip = table_rows(text, rules, vocab)
    current = _Segment(None)
    segments.append(current)
    first = len(segments) - 1  # this text's segments start here
    # Whether the sentences that follow (in the paragraph) go on about the positions just
    # named: not after a plan for them («Вытяжку (поз.2) смотреть завтра. Уехали 12:25»).
    heading = False
    paragraphs = _numbered_paragraphs(text, in_request)
    finished: list[Event] = []  # the finishes said so far
    moving_on = False
    for sentence in sentences(text, vocab):
        if any(start <= sentence.start < end for start, end in skip):
            continue
        every = named_positions(sentence, rules, names)
        refs = [r for r in every if r.strength >= Strength.SHORT]
        if paragraphs:
            refs = [r for r in refs if not _paragraph_number(sentence, r)]
        found = [e for e in events(sentence, rules) if not announced(sentence, e, sent, rules)]
        ours = [r for r in every if _validated([r], in_request, [])]
        moving_on = moving_on or _onward_after_finish(sentence, found, finished, rules, ours)
        finished += [e for e in found if e.status is Status.LEFT]
        if found:  # «убрать машины от 1-го и 3-го подъездов» is no hint of what was done
            hints.extend(r.number for r in every if r.strength is Strength.HINT)
        every_one = _ALL_POSITIONS.search(sentence.text)
        if every_one:
            named = _both_of_two(every_one.group(1), in_request) or tuple(
                dict.fromkeys(p for s in segments if s.positions for p in s.positions)
            )
            named = named or _whole_request(every_one.group(1), in_request)
            refs = [PositionRef(p, Strength.STRONG, sentence.start) for p in named]
        counted = _ALL_COUNTED.search(sentence.text)
        if counted is not None:  # «Все 4 подъезда сделаны»: how many, not the fourth
            refs = [r for r in refs if not _within(r.start - sentence.start, counted)]
        clauses = _clauses(sentence, refs, found, rules)
        if not clauses:
            if current.positions is not None and (
                sentence.paragraph_start or not heading or _closes_list(segments, first, found)
            ):
                current = _Segment(None)  # what follows a statement about positions is general
                segments.append(current)
            elif current.positions is not None and not (found or current.events):
                # «Позиция 2 — сгорели ТЭНы. Заказали, везут из Москвы.»: still to be done
                current.planned = current.planned or _awaited(sentence, rules)
            current.events.extend(found)
            current.phrases.extend(_phrase(sentence, e) for e in found)
            continue
        general, parts = clauses
        if general:
            target = current if current.positions is None else _Segment(None)
            if target is not current:
                segments.append(target)
            target.events.extend(general)
            target.phrases.extend(_phrase(sentence, e) for e in general)
        ends = [run[0].start for run, _events in parts[1:]]
        ends.append(sentence.start + len(sentence.text))
        for (run, clause_events), end in zip(parts, ends, strict=True):
            lacking: list[str] = []
            named = _validated(run, in_request, lacking)
            if lacking and (
                clause_events or not _plan_like(sentence, rules, run[-1].start, end, whole=True)
            ):
                unknown += lacking  # not «6-й завтра»: a plan for a part the request lacks
            if not named:
                # «выезжаем, машина Р418КУ750»: «р 418» named no position of the request;
                # what the clause says is said of the letter in general.
                target = current if current.positions is None else _Segment(None)
                if target is not current:
                    segments.append(target)
                target.events.extend(clause_events)
                target.phrases.extend(_phrase(sentence, e) for e in clause_events)
                continue
            planned = not clause_events and (
                _plan_like(sentence, rules, run[-1].start, end, whole=True)
                or _planned_first(sentence, rules, run[0].start)
            )
            working = not (clause_events or planned) and _working_now(
                sentence, rules, run[-1].start, end
            )
            by_name = all(ref.by_name for ref in run)
            current = _Segment(
                named, list(clause_events), planned=planned, by_name=by_name, working=working
            )
            current.phrases = [_phrase(sentence, e) for e in clause_events]
            if not clause_events and _likewise(sentence, run[-1].start, end):
                # «секция 3 — на месте, секция 1 — тоже»: what was said of the one before
                before = next((s for s in reversed(segments) if s.positions and s.events), None)
                if before is not None:
                    current.events, current.phrases = list(before.events), list(before.phrases)
            segments.append(current)
        # A form's «Позиция: 2» names what the letter is about, as a subject does; the
        # fields under it («Действие: Убытие», «Комментарий: …») are the letter in general.
        heading = not current.planned and not nums.form_field(sentence, rules)
    for row in rows:
        _add_row(row, in_request, unknown, segments, rules, vocab)
    return moving_on


# A subject that names a position with a short reference right before a status word.
_PER_POSITION_SUBJECT = re.compile(r"(?:^|\s)(?:п|поз|p)\.?\s?\d{1,2}\s+[а-яё]", re.IGNORECASE)


def _planned_first(sentence: Sentence, rules: Rules, first: int) -> bool:
    """A day or a plan word opens the clause, before the positions named from ``first``
    («Завтра 2-я и 3-я позиции, жильцов предупредили»)."""
    tokens = sentence.tokens
    k = bisect_left(tokens, first, key=lambda t: t.start)
    markers = rules.intent.plan | _PLAN_WORDS
    for token in reversed(tokens[max(0, k - _PLAN_FIRST_REACH) : k]):
        if _breaks(token.text):
            return False
        if token.is_word and _plan_word(token, markers):
            return True
    return False


_PLAN_FIRST_REACH = 4  # «Завтра с утра 2-я и 3-я позиции»: the day right before them


def _likewise(sentence: Sentence, last: int, end: int) -> bool:
    """The first word after the positions named up to ``last`` says «the same» («тоже»)."""
    tokens = sentence.tokens
    after = islice(tokens, bisect_right(tokens, last, key=lambda t: t.start), None)
    following = next((t for t in after if t.is_word), None)
    return following is not None and following.start < end and following.text in _LIKEWISE


_LIKEWISE = frozenset({"тоже", "также", "аналогично"})


def _numbered_paragraphs(text: str, in_request: tuple[str, ...] | None) -> bool:
    """Whether the text's numbered lines are its paragraphs, not its positions («1. Заявку
    получили и приняли. 2. Вывезено 40 мешков. 3. Акты направим в пятницу»): a number that
    is no position of the request, or a line about the request itself, numbers them."""
    found = _NUMBERED_LINE.findall(text)
    if len(found) < 2 or in_request is None:
        return False
    positions = {p.lstrip("0") for p in in_request}
    return any(
        number.lstrip("0") not in positions or _REQUEST_WORD.search(line) for number, line in found
    )


def _paragraph_number(sentence: Sentence, ref: PositionRef) -> bool:
    """The short reference that is the number a numbered line starts with."""
    tokens = sentence.tokens
    return (
        ref.strength is Strength.SHORT
        and len(tokens) > 1
        and ref.start == tokens[0].start
        and tokens[1].text in (".", ")")
    )


_NUMBERED_LINE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+(.*)$", re.MULTILINE)
_REQUEST_WORD = re.compile(r"заявк|наряд|обращени", re.IGNORECASE)


def _closes_list(segments: list[_Segment], first: int, found: list[Event]) -> bool:
    """Whether the crew leaving, in a sentence naming no position, after a list of
    positions in this text whose last says no status, is said of the whole list («п1 —
    замена клапана. п2 — ревизия. Уехали.»), not of the last position alone. Only a
    leaving: an arrival or «осталась на месте» after a position goes on about it
    («ПОЗ.2 - БР. ОСТАЛАСЬ НА МЕСТЕ»)."""
    last = segments[-1]
    if last.events or last.positions is None:
        return False
    if not found or any(e.status is not Status.LEFT or e.weak for e in found):
        return False
    return any(
        s.positions and s.positions != last.positions and not s.planned for s in segments[first:-1]
    )


def _onward_after_finish(
    sentence: Sentence,
    found: list[Event],
    finished: list[Event],
    rules: Rules,
    named: list[PositionRef],
) -> bool:
    """The crew setting off for a position of the request after a finish said earlier in
    the text or in this sentence («плату поменяли, ушли на 2-й узел», «закончили,
    переезжаем на ТК-9 (поз. 2)»): one position done, another not yet. A finish that is
    only a result («вышку починили») counts before a leaving verb («ушли»), not before a
    setting-off one («выехали на переход (поз. 1, 2)»: the crew's own machine was fixed).
    Setting off for a place that is no position («уехали на поликлинику») is leaving."""
    left = finished + [e for e in found if e.status is Status.LEFT]
    if not left:
        return False
    for at, leaving in onward(sentence, rules):
        before = [e for e in left if e.start < at]
        if not any(not e.weak for e in before) and not (before and leaving):
            continue
        if any(ref.start > at for ref in named):
            return True
    return False


def _within(offset: int, match: re.Match[str]) -> bool:
    return match.start() <= offset < match.end()


def _whole_request(word: str, in_request: tuple[str, ...] | None) -> tuple[str, ...]:
    """«обе позиции сделаны» with no position named before: the request's own, when it has
    as many as the word says (two for «обе»)."""
    if in_request is None or (word.lower() in _BOTH and len(in_request) != 2):
        return ()
    return in_request


def _both_of_two(word: str, in_request: tuple[str, ...] | None) -> tuple[str, ...]:
    """«обе позиции сделаны» of a request of two positions: both of them, whichever one
    the letter named before («замок повесил, с турникетом КПП-1 разобрался — обе позиции
    сделаны»)."""
    if in_request is None or word.lower() not in _BOTH or len(in_request) != 2:
        return ()
    return in_request


_BOTH = frozenset({"обе", "оба", "обеим", "обоим"})
_CLAUSE_BREAK = frozenset({",", "—", "–", ";", ":"})
_PLAN_WORDS = frozenset({"перенести", "перенос", "переноситься", "доступ"})


def _plan_like(
    sentence: Sentence, rules: Rules, last: int, end: int, *, whole: bool = False
) -> bool:
    """A plan, a postponement or a refusal, with no status, said of the positions named up
    to ``last``, in their clause (up to the next break, and never past ``end``, where the
    next group of positions starts): «п3 завтра», «перенесли»; not «позиции 1 и 2 🚐 Третью
    позже». With ``whole``, the clause runs past commas to a semicolon or an emoji: what
    a writer says of one position is often a list («п.2 подвал — закрыт, ключа нет, не
    сделали»; «(п.4): износ ролика, ролик заказал, привезу на неделе»)."""
    # «готовы» alone is done; «готовы выехать» is a plan, and the infinitive says so.
    markers = (rules.intent.plan | rules.intent.condition | _PLAN_WORDS) - {"готовый"}
    near = list(_words_after(sentence, last, end, to_break=True))
    if any(
        _intends(near[k], rules, markers) and not _state_denied(near, k)
        for k in _needed(near, rules)
    ):
        return True
    if not whole:
        return False
    # Past the first comma, only what puts the work off: not an infinitive or a «нет»
    # («п4 посмотрели - сухо, делать нечего»; «калибровка, утечки нет» are done).
    far = list(_words_after(sentence, last, end, to_break=False, to_list_end=True))
    return (
        any(_puts_off(far, k, rules, markers) for k in _needed(far, rules))
        or _waiting(far, rules)
        or _dated(sentence, last, end)
    )


def _awaited(sentence: Sentence, rules: Rules) -> bool:
    """A sentence that goes on about positions just named, with no status of its own, and
    says what they still wait for or need («Заказали, везут из Москвы», «Расходомер надо
    снимать и чистить»); not a negation, which as often says the fault is gone («не
    виснет», «не течёт»)."""
    tokens = [token for token in sentence.tokens if token.is_word]
    return _waiting(tokens, rules) or any(
        tokens[k].has_lemma(rules.intent.condition) for k in _needed(tokens, rules)
    )


def _needed(words: list[Token], rules: Rules) -> list[int]:
    """The indices of ``words`` but for a need denied, «не надо», «ничо не нужно», «замена
    не требуется»: nothing is left to do there, which is no plan."""
    skipped: set[int] = set()
    for k in range(len(words) - 1):
        if words[k].text in rules.negations.words and words[k + 1].has_lemma(
            rules.intent.condition
        ):
            skipped.update((k, k + 1))
    return [k for k in range(len(words)) if k not in skipped]


def _waiting(words: Iterable[Token], rules: Rules) -> bool:
    """A part or a delivery still awaited («плата сгорела, заказали», «ждём новый», «нужен
    подшипник»): whatever the tense, the work on what it is said of is not done."""
    return any(token.has_lemma(rules.intent.waiting) for token in words)


# «12.11», «24.11.2026»; not a part of a longer number («10.20.1.32»).
_DAY = re.compile(r"(?<![\d:.])(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.\d{2,4})?(?!\d|[:.]\d)")
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


def _dated(sentence: Sentence, last: int, end: int) -> bool:
    """A date without a clock time, said of positions with no status word («Работы по
    позициям 3 и 4 — 24.11.2026»): their schedule, not a report («завершение 27.11 в
    14:10» is one)."""
    tokens = sentence.tokens
    first = bisect_left(tokens, last, key=lambda t: t.start)  # not a scan from the start
    start = tokens[first].end if first < len(tokens) else end
    clause = sentence.text[start - sentence.start : end - sentence.start].split(";")[0]
    return _DAY.search(clause) is not None and _CLOCK.search(clause) is None


def _puts_off(words: list[Token], k: int, rules: Rules, markers: frozenset[str]) -> bool:
    """A plan word, a future («привезу»), or a verb denied («не успели», «не сделали»)."""
    token = words[k]
    if _plan_word(token, markers) or any(f.tense == "futr" for f in token.forms[:1]):
        return True
    verb = words[k + 1] if k + 1 < len(words) else None
    return (
        token.text in ("не", "ни")
        and verb is not None
        and any(f.pos == "VERB" for f in verb.forms[:1])
        and not _state_denied(words, k)
    )


def _state_denied(words: list[Token], k: int) -> bool:
    """«не» before a verb in the neuter past: a thing's state, the fault found («сначала не
    держало, подтянули»), not work left undone («не сделали»)."""
    verb = words[k + 1] if k + 1 < len(words) else None
    return (
        words[k].text == "не"
        and verb is not None
        and any(
            f.pos == "VERB" and f.tense == "past" and f.gender == "neut" for f in verb.forms[:1]
        )
    )


_NOW = frozenset({"сейчас", "щас"})
# Present-tense verbs of the sender that are not work on the site: waiting, asking, planning.
_NOT_WORK = frozenset([
    "ждать", "уточнять", "просить", "планировать", "думать", "надеяться", "согласовывать",
    "готовить", "собираться", "звонить", "писать",
])  # fmt: skip


def _working_now(sentence: Sentence, rules: Rules, last: int, end: int) -> bool:
    """Whether the clause of the positions named up to ``last`` (never past ``end``) says
    the crew is at work there now without a status word: «на п3 сейчас грузим листву»,
    «п.2 фланец прикипел, болты срезаем», «поз. 3 — бригада сейчас на чердаке»; not a plan
    («п2 завтра»), waiting («по п2 сейчас ждём деталь») nor a refusal."""
    markers = rules.intent.plan | rules.intent.condition | _PLAN_WORDS
    working = False
    for token in _words_after(sentence, last, end, to_break=False):
        if _intends(token, rules, markers):
            return False
        working = working or token.text in _NOW or _doing(token)
    return working


def _words_after(
    sentence: Sentence, last: int, end: int, *, to_break: bool, to_list_end: bool = False
) -> Iterator[Token]:
    """The words after the positions named up to ``last``, never past ``end`` (where the
    next group of positions starts); with ``to_break``, only up to the clause's next break
    (a dash or a colon after the positions does not end it); with ``to_list_end``, up to
    a semicolon or an emoji. Words in brackets are left out: «поз. 2 (узел доступа)» says
    what the position is, not what was done there."""
    tokens = sentence.tokens
    depth = 0
    for token in tokens[bisect_right(tokens, last, key=lambda t: t.start) :]:
        if token.start >= end:
            return
        if to_break and _breaks(token.text) and token.text not in ("—", "–", ":"):
            return
        if to_list_end and (token.text == ";" or is_emoji(token.text)):
            return
        depth = max(0, depth + (token.text == "(") - (token.text == ")"))
        if token.is_word and depth == 0:
            yield token


def _intends(token: Token, rules: Rules, markers: frozenset[str]) -> bool:
    """A negation, a plan or condition word, an infinitive or a future: what is not done."""
    if token.text in rules.negations.words or _plan_word(token, markers):
        return True
    first = token.forms[0] if token.forms else None
    return first is not None and (first.pos == "INFN" or first.tense == "futr")


def _plan_word(token: Token, markers: frozenset[str]) -> bool:
    """A plan or condition word; not a plan verb in the past («как просили», «как
    планировали»: what was asked before, not what is still to come)."""
    first = token.forms[0] if token.forms else None
    past = first is not None and first.pos == "VERB" and first.tense == "past"
    return token.has_lemma(markers) and not past


def _doing(token: Token) -> bool:
    """A verb of the sender's own work in the present: «грузим», «режем» (also a noun's
    form), «ищу»; not waiting or asking."""
    return not token.has_lemma(_NOT_WORK) and any(
        f.pos == "VERB" and f.tense == "pres" and f.person == "1per" and f.mood == "indc"
        for f in token.forms
    )


def _still_working(
    segments: list[_Segment], per_position: dict[str, tuple[Status, Evidence]]
) -> bool:
    """Another position the crew is still at work on, beside a position that has a status
    other than «на месте» («п1 закончили, на п2 сейчас грузим»): different statuses."""
    working = {p for s in segments if s.working for p in s.positions or () if p not in per_position}
    return bool(working) and any(s is not Status.ON_SITE for s, _ in per_position.values())


def _at_work_after_finish(segments: list[_Segment], status: Status) -> bool:
    """A finish said with no position named, then a position the crew is at work on now
    («1й и 2й подъезд сделал, блоки вызова новые. на 3м сейчас, ищу»): the finish is of
    the other positions, that one is still going on: different statuses."""
    if status is not Status.LEFT:
        return False
    finished = [
        k
        for k, s in enumerate(segments)
        if s.positions is None and any(e.status is Status.LEFT for e in s.events)
    ]
    return bool(finished) and any(s.working for s in segments[finished[-1] + 1 :])


def _clauses(
    sentence: Sentence, refs: list[PositionRef], found: list[Event], rules: Rules
) -> tuple[list[Event], list[tuple[list[PositionRef], list[Event]]]] | None:
    """A sentence naming positions, cut where each group of positions starts: «п2 готово,
    на п3 уже работаем» is two reports. A group is positions with no status word between
    them («поз. 1 и 2»). A status before the first group belongs to it («приступили к
    работам на этаже (позиция 1)») unless a clause break stands between them («Снялись с
    объекта в 16:05, поз.3 завтра»): then it is said of the letter in general."""
    if not refs:
        return None
    refs = sorted(refs, key=lambda r: r.start)
    at = [e.start for e in found]  # events are in text order
    # Words that are not part of a list of positions, counted up to each token: how far
    # apart two positions are is then one subtraction (a letter may name thousands).
    tokens = sentence.tokens
    token_starts = [t.start for t in tokens]
    apart = [0]
    for token in tokens:
        apart.append(apart[-1] + (token.is_word and not nums.names_a_number(token)))

    def words_between(first: int, second: int) -> int:
        return apart[bisect_left(token_starts, second)] - apart[bisect_right(token_starts, first)]

    runs: list[list[PositionRef]] = [[refs[0]]]
    for ref in refs[1:]:
        previous = runs[-1][-1].start
        status_between = bisect_left(at, ref.start) > bisect_right(at, previous)
        if status_between or words_between(previous, ref.start) > _FEW_WORDS:
            runs.append([ref])
        else:
            runs[-1].append(ref)
    starts = [run[0].start for run in runs] + [sentence.start + len(sentence.text) + 1]
    parts = [
        (run, found[bisect_left(at, starts[k]) : bisect_left(at, starts[k + 1])])
        for k, run in enumerate(runs)
    ]
    before = found[: bisect_left(at, starts[0])]
    broken = bool(before) and any(
        _breaks(tokens[k].text)
        for k in range(
            bisect_right(token_starts, before[-1].start), bisect_left(token_starts, starts[0])
        )
    )
    first_end = starts[1] if len(runs) > 1 else sentence.start + len(sentence.text)
    if (
        before
        and broken
        and (parts[0][1] or _plan_like(sentence, rules, runs[0][-1].start, first_end))
    ):
        return before, parts
    if before:
        parts[0] = (parts[0][0], before + parts[0][1])
    return [], parts


_FEW_WORDS = 3  # positions more words apart than this are separate groups


def _breaks(text: str) -> bool:
    """A clause break: punctuation, or an emoji («закончили, уехали 👍 Поз 1 — в пятницу»)."""
    return text in _CLAUSE_BREAK or is_emoji(text)


def _add_row(
    row: Row,
    in_request: tuple[str, ...] | None,
    unknown: list[str],
    segments: list[_Segment],
    rules: Rules,
    vocab: frozenset[str],
) -> None:
    refs = [PositionRef(row.position, Strength.STRONG, 0)] if row.position else []
    named = _validated(refs, in_request, unknown)
    if not row.events:
        # A row that reports nothing is a schedule or a list («1 | ул. Мира, 4 | 12.11»);
        # one that tells what was done («2 | шлейфы | прозвонили, перетянули») is listed,
        # for the crew's one move said of the letter in general to close it too.
        if named and _tells_work_done(row.text, rules, vocab):
            segments.append(_Segment(named))
        return
    segment = _Segment(named or None, list(row.events))
    segment.phrases = [
        Evidence(f"status.{e.trigger}.table", row.text[:200], "body") for e in row.events
    ]
    segments.append(segment)


def _tells_work_done(text: str, rules: Rules, vocab: frozenset[str]) -> bool:
    """A verb in the past tense, a short participle or the state found («исправны», «в
    норме»), and no plan or «не», in ``text`` («не выполнено, заказали» is work not done)."""
    done = False
    for sentence in sentences(text, vocab):
        tokens = sentence.tokens
        if any(token.text in ("не", "нет") for token in tokens):
            return False
        if _plan_like(sentence, rules, -1, sentence.start + len(sentence.text), whole=True):
            return False
        done = (
            done
            or any(
                form.pos == "PRTS" or (form.pos == "VERB" and form.tense == "past")
                for token in tokens
                for form in token.forms[:1]
            )
            or any(token.has_lemma(_FOUND_FINE) for token in tokens)
        )
    return done


# What a check found: the position was seen to and is fine.
_FOUND_FINE = frozenset({"исправный", "норма"})


def _phrase(sentence: Sentence, event: Event) -> Evidence:
    """The sentence as evidence (its first 200 characters); of a long one, only the part
    around the status word, or a sentence of ten thousand words costs that much per word."""
    text = sentence.text
    if len(text) > _QUOTE:
        at = event.start - sentence.start
        text = text[max(0, at - _QUOTE // 4) : at + _QUOTE]
    return Evidence(f"status.{event.trigger}", " ".join(text.split())[:_QUOTE], "body")


_QUOTE = 200


def _validated(
    refs: list[PositionRef], in_request: tuple[str, ...] | None, unknown: list[str]
) -> tuple[str, ...]:
    """The registry's spelling of each position named («1» is «01» when so registered);
    a clearly written one the request lacks is noted, a short one («П4») dropped, and with
    it the short ones written together with it («П1-П4» of a request of three: the supply
    units П1 to П4, not positions 1 to 3)."""
    found: list[str] = []
    foreign = {
        ref.start
        for ref in refs
        if in_request is not None
        and ref.strength is Strength.SHORT
        and not any(_same_number(p, ref.number) for p in in_request)
    }
    for ref in refs:
        if in_request is None:
            found.append(ref.number)
            continue
        if ref.strength is Strength.SHORT and ref.start in foreign:
            continue
        match = next((p for p in in_request if _same_number(p, ref.number)), None)
        if match is not None:
            found.append(match)
        elif ref.strength is Strength.STRONG:
            unknown.append(ref.number)
    return tuple(dict.fromkeys(found))


def _same_number(registered: str, written: str) -> bool:
    if registered == written:
        return True
    return registered.isdecimal() and written.isdecimal() and int(registered) == int(written)


def _subject_positions(
    reading: _Reading,
    rules: Rules,
    request: tuple[tuple[str, ...] | None, tuple[PositionName, ...]],
    attached: tuple[str, ...],
    unknown: list[str],
) -> tuple[str, ...]:
    in_request, names = request
    refs = [PositionRef(p, Strength.STRONG, 0) for p in attached]
    # The sender's own subject («44052 п3») names its position as clearly as «позиция 3»:
    # one the request lacks is a wrong position, not nothing. Not an old «Re:» subject (the
    # text may correct it), nor a unit's name in brackets («поз. 2 (П4)»), nor a bare
    # number of three digits («Fwd: 125 готово»: the house on «Варшавке 125»).
    own = not _REPLY.match(reading.raw_subject)
    for k, subject in enumerate(reading.subjects):
        for sentence in sentences(subject):
            every = named_positions(sentence, rules, names)
            refs += [
                PositionRef(r.number, Strength.STRONG, r.start)
                if own and k == 0 and not _bracketed(subject, r.start) and len(r.number) <= 2
                else r
                for r in every
                if r.strength >= Strength.SHORT
            ]
    if own and reading.subjects:
        # «474311 ГП (1)»: a position's number alone in brackets in the sender's subject,
        # after what it is; only a position the request has («Замена ламп (2)» may count)
        alone = [
            PositionRef(m.group(1), Strength.SHORT, m.start(1))
            for m in _ALONE_IN_BRACKETS.finditer(reading.subjects[0])
        ]
        refs += [r for r in alone if _validated([r], in_request, [])]
    return _validated(refs, in_request, unknown)


_ALONE_IN_BRACKETS = re.compile(r"(?<=[^\W\d]) ?\((\d{1,2})\)")


def _bracketed(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _hinted(hints: list[str], in_request: tuple[str, ...] | None) -> tuple[str, ...]:
    """Ordinals with other nouns («второй подъезд»): positions only when each is one."""
    if not hints or in_request is None or len(in_request) < 2:
        return ()
    found = [next((p for p in in_request if _same_number(p, h)), None) for h in hints]
    if any(p is None for p in found):
        return ()
    return tuple(dict.fromkeys(p for p in found if p is not None))


def _named_positions(segments: list[_Segment]) -> tuple[str, ...]:
    """Positions named with no status of their own, the letter's status being said in
    general («Позиция 2.» … «Выехали»); not those named only in a plan («Приняли. По п1 выезд
    завтра»), nor those the text only mentions by what they are («сервопривода для горелки
    котла № 2 нет»)."""
    said = [s for s in segments if s.positions and not s.planned and not s.by_name]
    return tuple(dict.fromkeys(p for s in said for p in s.positions or ()))


def _with_listed(
    segments: list[_Segment],
    per_position: dict[str, tuple[Status, Evidence]],
    general: tuple[Status, Evidence] | None,
) -> tuple[str, ...]:
    """The positions with a status of their own, and beside them those the letter lists
    with nothing said of their status, when the letter says that same status in general
    («• поз. 1 — заменён датчик; • поз. 2 — чистка, промывка. Бригада уехала»): a list of
    what was done, closed by the crew's one move, is of every position in it."""
    status = next(iter(per_position.values()))[0]
    if general is None or general[0] is not status:
        return tuple(per_position)
    return tuple(dict.fromkeys([*per_position, *_named_positions(segments)]))


def _backwards(segments: list[_Segment], rules: Rules) -> bool:
    """A letter that names no position and reports a later status before an earlier one
    («ЩО-7 — убыли; ЩО-8 — работают; ЩО-9 — выехали»): several places in different
    statuses, not one crew's day, which is told in order («выехали, прибыли, убыли»), maybe
    after its outcome («Работы выполнены. Прибытие 10:10, убытие 15:20»: then in the
    nouns of a timeline)."""
    reported = [
        e
        for segment in segments
        if segment.positions is None
        for e in segment.events
        if not e.weak and e.status is not Status.ACCEPTED
    ]
    in_order = [a.status.rank <= b.status.rank for a, b in pairwise(reported)]
    if (
        len(reported) > 2
        and reported[0].status is reported[-1].status
        and all(in_order[1:])
        and all(_is_noun(e.trigger, rules) for e in reported[1:])
    ):
        return False  # the outcome first, then the day that led to it
    return not all(in_order)


def _is_noun(name: str, rules: Rules) -> bool:
    trigger = rules.triggers_by_name.get(name)
    return trigger is not None and trigger.kind == "noun"


def _latest(segment: _Segment) -> tuple[Status, Evidence] | None:
    """The latest status of a segment; a result alone («заменили») counts only when nothing
    says the crew is still there or on its way («автомобиль отремонтирован, бригада
    выехала»)."""
    on_site = any(
        e.status in (Status.ON_SITE, Status.EN_ROUTE) and not e.weak for e in segment.events
    )
    best: tuple[Status, Evidence] | None = None
    for event, phrase in zip(segment.events, segment.phrases, strict=True):
        if event.weak and on_site:
            continue
        if best is None or event.status.rank > best[0].rank:
            best = (event.status, phrase)
    return best


def _statuses(
    segments: list[_Segment],
) -> tuple[dict[str, tuple[Status, Evidence]], tuple[Status, Evidence] | None]:
    """Each named position's latest status, and the latest status said of the letter in
    general (a paragraph naming no position)."""
    per_position: dict[str, tuple[Status, Evidence]] = {}
    general: tuple[Status, Evidence] | None = None
    for segment in segments:
        latest = _latest(segment)
        if latest is None:
            continue
        if segment.positions is None:
            if general is None or latest[0].rank > general[0].rank:
                general = latest
            continue
        for position in segment.positions:
            if position not in per_position or latest[0].rank > per_position[position][0].rank:
                per_position[position] = latest
    return per_position, general


def _said_as_unreported(reading: _Reading, rules: Rules, evidence: Evidence) -> bool:
    """The text speaks of the subject's event without reporting it («Выезд по заявке 5120»
    over «Предлагаю выезд в пятницу в 10:00», «489820 выезд» over «Выедем завтра, если
    подтвердите»): the subject names what the letter is about, a plan or a question, not
    something that happened. Any word of the event's status counts, verb or noun, but a
    result («поменяли»), which tells what was done, not the move."""
    name = evidence.rule.removeprefix("status.")
    status = next((t.status for t in rules.statuses.triggers if t.name == name), None)
    lemmas = {
        lemma
        for t in rules.statuses.triggers
        if t.name == name or (t.status is status and t.kind in _EVENT_KINDS and not t.weak)
        for lemma in t.lemmas
    }
    # Every form of the word, looked up in the plain words of the text: no second analysis
    # of a text that may be long.
    forms = {form for lemma in lemmas for form in morph.lexeme(lemma)}
    return any(word in forms for text in reading.texts for word in _WORD.findall(normalise(text)))


_WORD = re.compile(r"[а-я]+")
_EVENT_KINDS = frozenset({"verb", "noun"})


def _answered_yes(
    reading: _Reading, rules: Rules, vocab: frozenset[str]
) -> tuple[Status, Evidence] | None:
    """«+» or «да» and nothing else, over the dispatcher's «Заявку приняли?», «Вы на
    месте?»: the answer says what the question asked. So do «ок», «+» under «Просьба
    подтвердить принятие»: the request is accepted. Only the first question of the quoted
    history, in its first lines: the letter answered, not an older one."""
    if len(reading.texts) != 1 or not _YES.fullmatch(_without_emoji(reading.texts[0]).strip()):
        return None
    quoted = "\n".join(reading.body.quoted_lines[:_ANSWERED_LINES])
    asked = next((s for s in sentences(quoted, vocab) if s.question or _confirm_taken(s)), None)
    if asked is None:
        return None
    said = f"«{reading.texts[0].strip()}» в ответ на «{' '.join(asked.text.split())}»"
    found = events(replace(asked, question=False), rules)
    if not found:
        if not _confirm_taken(asked):
            return None
        return Status.ACCEPTED, Evidence("status.accepted.confirmed", said[:_QUOTE], "body")
    event = max(found, key=lambda e: e.status.rank)
    return event.status, Evidence(f"status.{event.trigger}", said[:_QUOTE], "body")


def _confirm_taken(sentence: Sentence) -> bool:
    """«Просьба подтвердить принятие заявки», «Подтвердите получение»: the dispatcher asks
    for the request to be confirmed as taken."""
    words = [token for token in sentence.tokens if token.is_word]
    return any(t.has_lemma(_CONFIRM) for t in words) and any(t.has_lemma(_TAKING) for t in words)


_CONFIRM = frozenset({"подтвердить", "подтверждать"})
_TAKING = frozenset({"принятие", "получение", "прием"})
_YES_WORD = r"(?:\+|да|ага|угу|ок|ok|окей|так точно|yes|го)"
# «да», «ок го 👍», «да, с 9:00» (since when, under «На месте?»)
_YES = re.compile(
    rf"{_YES_WORD}(?:[\s,]+{_YES_WORD})*(?:[\s,]+[св]\s*\d{{1,2}}[:.]\d\d)?[\s!.)]*", re.I
)


def _without_emoji(text: str) -> str:
    """``text`` with its emoji blanked, with their skin tones and joiners («👍🏻»)."""
    return "".join(
        " " if is_emoji(char) or unicodedata.category(char) in ("Sk", "Cf", "Mn") else char
        for char in text
    )


_ANSWERED_LINES = 12  # the quoted letter's header block and its first lines


def _subject_status(
    reading: _Reading, rules: Rules, vocab: frozenset[str]
) -> tuple[Status, Evidence] | None:
    """The subject's status, when the new text reports none: never an old «Re:» subject."""
    if _REPLY.match(reading.raw_subject):
        return None
    segment = _Segment(None)
    for sentence in sentences(reading.subject, vocab):
        found = events(sentence, rules)
        segment.events.extend(found)
        segment.phrases.extend(
            Evidence(f"status.{e.trigger}", reading.subject[:200], "subject") for e in found
        )
    return _latest(segment)
