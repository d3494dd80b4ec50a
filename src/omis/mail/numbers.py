"""Numbers in a letter: which could be a request number, which name positions.

A number is a request candidate unless its surroundings say otherwise: phones, dates,
times, decimals, car plates and codes glued to letters («ВР32-35», «R410A») are masked
first; a word before it can mark a contract, act, invoice, seal, INN, house or floor, and a
unit after it a quantity. Whether a candidate IS a request is for the registry to say
(:mod:`omis.mail.decide`): the text only says how it was written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import IntEnum
from itertools import takewhile

from omis.mail import morph
from omis.mail.rules import Rules
from omis.mail.words import Sentence, Token, counted, is_abbreviation, noun_first

MASK = "\x00"
MIN_BARE_DIGITS = 3
_MASKS = [
    re.compile(p)
    for p in (
        r"(?:\+7|(?<![\d\w])8)[\s\-(]*\d{3,5}[\s\-)]*\d{1,3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)",
        r"\(\d{3,5}\)\s*\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)",
        r"(?<![\d\-])\d{1,3}-\d{2}-\d{2}(?![\d\-])",
        r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)",
        r"(?<![\d.])\d{1,2}[.:]\d{2}(?:[.:]\d{2,4})?(?![\d])",
        r"(?<![\d.,(\-])\d+[.,]\d+(?:[.,]\d+)*",  # «6031-2,3» is a list, below
        r"(?<![a-zа-я0-9])[а-яa-z]\s?\d{3}\s?[а-яa-z]{2}\s?\d{2,3}(?![0-9])",
    )
]
_CANDIDATE = re.compile(
    # «по992517», «заявка992788п1»: the word before glued to the number on a phone keyboard
    r"(?:(?<=req-)|(?<=request-)|(?<=(?<![a-zа-я])по)|(?<=заявка)|(?<=заявке)|(?<=заявку)"
    r"|(?<![0-9a-zа-я\x00\-/.,]))(?:no?(?=\d))?(\d{1,10})"
    r"(?:\s*[-/]\s*(\d{1,2}(?:,\d{1,2})*)(?![\d\-/.,:a-zа-я\x00])"
    r"|\s*\((\d{1,2}(?:\s*(?:,|и|\)\s*[,и]?\s*\()\s*\d{1,2})*)\))?"  # «(2, 3)», «(2) (3)», «(1),(2)»
    # «263350поз1,2», «992788п1»: a position glued to the number on a phone keyboard
    r"(?!(?!(?:поз\.?|п)\s?[\d\x00])[0-9a-zа-я\x00]|[.,:/\-]\d)"
)
# In a subject, a list of positions a space after the number: «334903 2,3,4», «6031 1, 2 —
# готово», «931930 2,3 едем»; not a decimal with its unit («6031 2,5 т», «1,5 часа»).
_SUBJECT_LIST = re.compile(r"\s+(\d{1,2}(?:,\s?\d{1,2})+)(?=\s|$)")
_CONNECTORS = {"№", "n", "no", "#", ":", ".", "-", "номер", "ном", "nr", "по", "в", "«", "(", "["}


class Source(IntEnum):
    """Where a candidate was found; a higher value is stronger evidence."""

    QUOTED = 1  # in quoted history: an old subject or an old letter
    BODY = 2  # a bare number in what the sender writes now
    SUBJECT = 3  # in the subject (or a forwarded message's subject)
    KEYWORD = 4  # after a request word anywhere in the new text: «заявка №6031»


@dataclass(frozen=True)
class Candidate:
    number: str
    positions: tuple[str, ...]  # written with it: «6031-2», «6031/2», «6031 (2, 3)»
    source: Source
    phrase: str


def mask(norm: str) -> str:
    """``norm`` with phones, dates, times, decimals and plates blanked (same length)."""
    for pattern in _MASKS:
        norm = pattern.sub(lambda m: MASK * len(m.group(0)), norm)
    return norm


def candidates(text: str, norm: str, source: Source, rules: Rules) -> list[Candidate]:
    """Every number in ``text`` that could be a request number, with how it was written."""
    masked = dictated(mask(norm))
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-zа-я]+|\d+|\S", masked)]
    ends = [end for _word, _start, end in words]
    found: list[Candidate] = []
    for match in _CANDIDATE.finditer(masked):
        # Only the few words before a number matter: look them up, never scan the text.
        here = bisect_right(ends, match.start(1))
        near = words[max(0, here - _LOOK_BACK) : here]
        before = _words_before(near, match.start(1))
        if before and before[0] in rules.not_a_request.before:
            continue
        if _said_wrong(near, match.start(1), rules):
            continue
        if _unit_after(masked, match.end(), rules):
            continue
        listed = match.group(3) or match.group(2) or ""
        if not listed and source is Source.SUBJECT:
            after = _SUBJECT_LIST.match(norm, match.end())  # masked as a decimal
            listed = after.group(1) if after and not _counts(norm, after.end(), rules) else ""
        positions = tuple(re.findall(r"\d+", listed))
        if positions and _unit_after(masked, match.end(), rules):
            positions = ()
        # «Заявка 58014 Текучёва 139»: a request word before another number is that one's.
        own = list(takewhile(lambda word: not word.isdecimal(), before[:3]))
        at = next((i for i, word in enumerate(own) if _is_request_word(word, rules)), None)
        if at is not None and _names_history(own[at + 1 : at + 2], rules):
            continue  # «как и по прошлой заявке 280102»: another request, for comparison
        if at is not None and "на" in own[:at]:
            at = None  # «по аварии на Чернышевского 120»: the house, not the request
        keyword = at is not None or _listed(near, match.start(1), rules)
        if len(match.group(1)) < MIN_BARE_DIGITS and not (
            before and _is_request_word(before[0], rules)
        ):
            continue  # «Кирова 12», «кв. 41»: short numbers count only right after «заявка»
        where = Source.KEYWORD if keyword else source
        phrase = " ".join(text[max(0, match.start() - 30) : match.end() + 10].split())
        found.append(Candidate(match.group(1), positions, where, phrase))
    return found


# A number dictated to a phone: «4 1 0 3 7», «41 203», «четыре один два ноль три».
_DIGIT_WORDS = {
    "ноль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4",
    "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
}  # fmt: skip
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
_SPELLED_RUN = re.compile(rf"(?<![a-zа-я]){_DIGIT_WORD}(?:\s+{_DIGIT_WORD}){{3,6}}(?![a-zа-я])")
_SPACED_RUN = re.compile(r"(?<![\w\x00.,:/\-])\d{1,3}(?: \d{1,3}){1,5}(?![\w\x00]|[.,:/\-]\d)")
_DICTATED_DIGITS = (4, 6)  # how long a request number is when dictated


# «девятьсот сорок шесть сто двенадцать», «сорок одна тысяча двести три»: a number
# dictated as numerals, one group of hundreds, tens and units after another.
_NUMERALS: dict[str, tuple[int, int]] = {  # word: (rank, value); rank 3 hundreds … 1 units
    **{w: (1, v) for v, w in enumerate(("ноль", "один", "два", "три", "четыре", "пять",
                                         "шесть", "семь", "восемь", "девять"))},
    "одна": (1, 1), "две": (1, 2),
    **{w: (2, v) for v, w in enumerate((
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"), start=10)},
    **{w: (2, 10 * v) for v, w in enumerate((
        "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто"), start=2)},
    **{w: (3, 100 * v) for v, w in enumerate((
        "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
        "восемьсот", "девятьсот"), start=1)},
    "тысяча": (4, 1000), "тысячи": (4, 1000), "тысяч": (4, 1000),
}  # fmt: skip
_NUMERAL = "(?:" + "|".join(sorted(_NUMERALS, key=len, reverse=True)) + ")"
_NUMERAL_RUN = re.compile(rf"(?<![a-zа-я]){_NUMERAL}(?:\s+{_NUMERAL})+(?![a-zа-я])")


def _numeral_digits(words: list[str]) -> str:
    """The digits the numerals say: «девятьсот сорок шесть сто двенадцать» → 946112 (each
    group of hundreds, tens and units in turn), «сорок шесть тысяч сто двенадцать» → 46112;
    "" when they are not one number."""
    groups: list[list[tuple[int, int]]] = []
    thousands: int | None = None
    for word in words:
        rank, value = _NUMERALS[word]
        if rank == 4:
            if thousands is not None or len(groups) != 1:
                return ""  # «тысяча» alone, twice, or after two numbers
            thousands = _sum(groups.pop())
            continue
        last = groups[-1] if groups else None
        teen = last is not None and last[-1][0] == 2 and last[-1][1] < 20
        if last is not None and rank < last[-1][0] and not (teen and rank == 1):
            last.append((rank, value))
        else:
            groups.append([(rank, value)])
    if thousands is not None:
        return "" if len(groups) > 1 else str(thousands * 1000 + sum(map(_sum, groups)))
    return "".join(str(_sum(group)).zfill(group[0][0]) for group in groups)


def _sum(group: list[tuple[int, int]]) -> int:
    return sum(value for _rank, value in group)


def dictated(masked: str) -> str:
    """``masked`` with dictated numbers written as one (same length, padded with spaces):
    a run of digits or digit words that together make a request-sized number. Whether it
    is a request is, as ever, for the registry to say."""

    def joined(digits: str, match: re.Match[str]) -> str:
        low, high = _DICTATED_DIGITS
        if not low <= len(digits) <= high:
            return match.group(0)
        return digits.ljust(len(match.group(0)))

    masked = _SPELLED_RUN.sub(
        lambda m: joined("".join(_DIGIT_WORDS[w] for w in m.group(0).split()), m), masked
    )
    masked = _NUMERAL_RUN.sub(lambda m: joined(_numeral_digits(m.group(0).split()), m), masked)
    return _SPACED_RUN.sub(lambda m: joined(m.group(0).replace(" ", ""), m), masked)


_LOOK_BACK = 16  # words: enough for «заявка № : 4512» and a list «4512, 4513 и 4514»
_UNIT = re.compile(r"\s*([a-zа-я%°]+)")
_CODE_AFTER = re.compile(r"-\d")


def _words_before(words: list[tuple[str, int, int]], start: int) -> list[str]:
    """The words right before ``start``, nearest first, skipping «№», «N», «:» and the like."""
    found: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word, _begin, end = words[k]
        if end > start:
            continue
        if word == "." and not found and k > 0 and _ends_sentence(words[k - 1][0]):
            break  # «27я школа. 335918»: the number starts a sentence of its own
        if word in _CONNECTORS or word == MASK:
            if word in ("по", "в") and found:
                break
            continue
        found.append(word)
        if len(found) == 3:
            break
    return found


def _counts(norm: str, end: int, rules: Rules) -> bool:
    """The word after a number says what it counts: a unit («2,5 т», «1,5 часа»)."""
    word = _UNIT.match(norm, end)
    if word is None:
        return False
    found = word.group(1)
    first = morph.forms(found)[:1]
    return len(found) < 3 or _unit_after(norm, end, rules) or any(f.pos == "NOUN" for f in first)


def _ends_sentence(word: str) -> bool:
    """A period after ``word`` ends a sentence: a whole word, not «д.», «тел.», «дог.»."""
    return word.isalpha() and len(word) > _SHORT_WORD and not is_abbreviation(word)


_SHORT_WORD = 4  # «дог.», «моб.», «корп.»: maybe an abbreviation the list lacks
_SENTENCE_END = frozenset({".", "!", "?"})
_WRONG_REACH = 8  # words back: «ошибся в номере заявки: указан № 410323»


def _said_wrong(words: list[tuple[str, int, int]], start: int, rules: Rules) -> bool:
    """The writer calls the number a mistake: «(ранее ошибочно 410323)», «ошибся в номере
    заявки: указан № 410323»; unless a word that it is the right one stands nearer to it
    («ошибся: правильный номер — 410233»)."""
    marks = rules.not_a_request
    if not marks.said_wrong:
        return False
    previous = [word for word, _begin, end in words if end <= start][-_WRONG_REACH:]
    for word in reversed(previous):
        if word in _SENTENCE_END:
            return False
        lemmas = {form.lemma for form in morph.forms(word)} if word.isalpha() else set()
        if lemmas & marks.said_right:
            return False
        if lemmas & marks.said_wrong:
            return True
    return False


def _listed(words: list[tuple[str, int, int]], start: int, rules: Rules) -> bool:
    """«заявки 4512 и 4513»: a number in a list after a request word."""
    previous = [word for word, _begin, end in words if end <= start][-6:]
    while previous and (previous[-1] in (",", "и", "№", "#") or previous[-1].isdecimal()):
        if previous[-1].isdecimal() and len(previous) > 1 and _is_request_word(previous[-2], rules):
            return True
        previous.pop()
    return False


def _unit_after(masked: str, end: int, rules: Rules) -> bool:
    match = _UNIT.match(masked, end)
    if not match or match.group(1) not in rules.not_a_request.after:
        return False
    return not _CODE_AFTER.match(masked, match.end())  # «42131 М-5»: a code, not metres


def _names_history(words: list[str], rules: Rules) -> bool:
    return any(
        form.lemma in rules.request_words.history for word in words for form in morph.forms(word)
    )


def _is_request_word(word: str, rules: Rules) -> bool:
    stems = rules.request_words.lemmas
    return word in rules.request_words.latin or any(word.startswith(lemma[:-1]) for lemma in stems)


# --- positions -----------------------------------------------------------------------------


class Strength(IntEnum):
    HINT = 1  # an ordinal with another noun: «второй подъезд», «2-й и 3-й корпуса»
    SHORT = 2  # «П1», «п2»: also the way equipment is named («приточка П4»)
    STRONG = 3  # «позиция 2», «поз. 2», «п.2», «по второй позиции», «6031-2»


@dataclass(frozen=True)
class PositionRef:
    number: str
    strength: Strength
    start: int  # offset within the text
    # Named by what it is («горелка 2»: omis.mail.position_names), not by its number: a
    # report only where a status is said of it, never a mere mention («для горелки № 2»).
    by_name: bool = False


ORDINALS = {
    "первый": "1", "второй": "2", "третий": "3", "четвертый": "4", "пятый": "5",
    "шестой": "6", "седьмой": "7", "восьмой": "8", "девятый": "9", "десятый": "10",
}  # fmt: skip
_ORDINAL_SUFFIX = re.compile(r"^(й|я|ю|е|го|ого|ему|му|м|ой|ей|ая|ое|ый|ий|им|ом)$")


def positions(sentence: Sentence, rules: Rules) -> list[PositionRef]:
    """Positions named in one sentence, each with how clearly it names a position."""
    tokens = sentence.tokens
    found: list[PositionRef] = []
    index = _columns(sentence, found)
    while index < len(tokens):
        step = _position_at(tokens, index, rules, found)
        index += max(step, 1)
    return found


def _columns(sentence: Sentence, found: list[PositionRef]) -> int:
    """A line of columns that starts «20690⇥2⇥…»: the request's number, then the position's;
    returns how many tokens that takes."""
    tokens = sentence.tokens
    if len(tokens) < 3 or not (tokens[0].is_number and tokens[1].is_number):
        return 0
    between = sentence.text[tokens[0].end - sentence.start : tokens[1].start - sentence.start]
    after = sentence.text[tokens[1].end - sentence.start : tokens[2].start - sentence.start]
    if len(tokens[0].text) < 4 or len(tokens[1].text) > 2 or between != "\t" or after != "\t":
        return 0
    found.append(PositionRef(tokens[1].text, Strength.STRONG, tokens[1].start))
    return 2


def _position_at(tokens: tuple[Token, ...], i: int, rules: Rules, found: list[PositionRef]) -> int:
    token = tokens[i]
    words = rules.position_words
    if token.is_word and token.has_lemma(words.lemmas):
        # «по позиции же четвёртой»: a particle between the word and its number
        skip = 1 if i + 1 < len(tokens) and tokens[i + 1].text in _PARTICLES else 0
        numbers, used = _number_list(tokens, i + 1 + skip, listing=True)
        if not numbers:
            numbers, used = _spelled_list(tokens, i + 1 + skip)
        if not numbers and _form_field(tokens, i):
            numbers, used = _number_list(tokens, i + 2, listing=True)
            skip = 1
        found.extend(PositionRef(n, Strength.STRONG, token.start) for n in numbers)
        return 1 + skip + used
    if token.text in words.abbreviations:
        return _abbreviation(tokens, i, found)
    if token.text == "(" and _labelled(tokens, i):
        found.append(PositionRef(tokens[i + 1].text, Strength.SHORT, tokens[i + 1].start))
        return 3
    if token.is_number and len(token.text) <= 3:
        if _after_separator(tokens, i):
            return 1  # «11:50 поз. 3»: the minutes of a time, «1.2 п.» a decimal
        if _spaced_group(tokens, i):
            return 1  # «143 512 позиция вторая»: the end of a number written in groups
        if i > 0 and tokens[i - 1].is_word and tokens[i - 1].end == tokens[i].start:
            return 1  # «вытяжка В2, 3 позиция»: «2» is part of the unit's name «В2»
        numbers, used = _number_list(tokens, i)
        if used and i + used < len(tokens) and _names_position(tokens[i + used], rules):
            if _unit_glued(tokens, i + used) or _running_metres(tokens, i + used):
                return used + 1  # «3P», «2п», «14 п.м.»: poles, metres, a unit, not «3 поз.»
            if tokens[i + used].text in _RUBLES or _own_number(tokens, i + used):
                return used  # «450 р» is roubles; «Садик 112 П1»: «П1» is a reference of its own
            if i > 0 and tokens[i - 1].text in _ALL:
                return used + 1  # «в пути все 3 поз»: how many, that is every one
            if (
                len(numbers) > 1
                and i > 0
                and noun_first(tokens[i - 1])
                and tokens[i + 1].text == ","
            ):
                return 1  # «едем на школу 17, 1 и 2 позиции»: 17 is the school's
            found.extend(PositionRef(n, Strength.STRONG, token.start) for n in numbers)
            return used + 1
        if i == 0 and _said_of_at_once(tokens, numbers, used):
            found.extend(PositionRef(n, Strength.SHORT, token.start) for n in numbers)
            return used
        if i == 0 and used == 1 and len(tokens) > 1 and tokens[1].text == ".":
            return 2  # «1. Прибытие бригады …»: a numbered list's item, not «1-е прибытие»
        ordinal = _digit_ordinal(tokens, i)
        if ordinal:
            return _ordinal(tokens, i, ordinal[0], ordinal[1], rules, found)
        return max(used, 1)  # a list that names no position: none of its numbers does
    number = _word_ordinal(token)
    if number:
        return _ordinal(tokens, i, number, 1, rules, found)
    return 1


def form_field(sentence: Sentence, rules: Rules) -> bool:
    """Whether ``sentence`` is a report form's field that names positions and nothing else
    («Позиция(и): 1, 2»)."""
    tokens = sentence.tokens
    return (
        bool(tokens) and tokens[0].has_lemma(rules.position_words.lemmas) and _form_field(tokens, 0)
    )


def _form_field(tokens: tuple[Token, ...], i: int) -> bool:
    """A report form's field, «Позиция(и): 1, 2»: the word, a colon, and numbers alone to
    the end of the line (not «по позиции: заменили 2 датчика»)."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != ":":
        return False
    numbers, used = _number_list(tokens, i + 2, listing=True)
    return bool(numbers) and i + 2 + used == len(tokens)


def _labelled(tokens: tuple[Token, ...], i: int) -> bool:
    """«Fabian HFOi (1) — заменён клапан», «Корпус Б (2): приехали», «AU480 (2): замена
    лампы»: a list's line names its item, the position's number in brackets after it, and
    says after a dash or a colon what was done there. Short: only a position the request
    has counts."""
    return (
        i > 0
        and i + 3 < len(tokens)
        and (tokens[i - 1].is_word or tokens[i - 1].is_number)
        and tokens[i + 1].is_number
        and len(tokens[i + 1].text) <= 2
        and tokens[i + 2].text == ")"
        and tokens[i + 3].text in ("—", "–", "-", ":")
    )


def _said_of_at_once(tokens: tuple[Token, ...], numbers: list[str], used: int) -> bool:
    """A sentence that opens with bare numbers and says at once what happened to them: «2
    готово, уехали», «3 и 4 доделали», «1 2 3 скошено», «2 — прочистили». Short references:
    only numbers that are positions of the request count («2 бригады выехали», «3 часа» are
    nouns, not this)."""
    if not used or used >= len(tokens) or len(set(numbers)) != len(numbers):
        return False
    if any(not number.strip("0") for number in numbers):
        return False  # «0» is no position: a dictated number («6 6 2 4 0 едем»)
    following = used
    if tokens[following].text == "(":  # «3 и 4 (104 106) доделали»: the addresses aside
        closing = next((k for k in range(following, len(tokens)) if tokens[k].text == ")"), None)
        following = closing + 1 if closing is not None else len(tokens)
    elif tokens[following].text in ("—", "–", "-") and tokens[following].start > tokens[0].end:
        following += 1  # a list's line «2 — прочистили стык — выполнено», not «2-3» glued
    elif used == 1 and tokens[following].text in (".", ")"):
        following += 1  # a numbered list's line «1. готово, 12:20», «2) сделано»
    while following < len(tokens) - 1 and tokens[following].text in _IN_PASSING:
        following += 1  # «3 и 4 тоже готово», «2 уже сделали»
    if following >= len(tokens) or not tokens[following].is_word:
        return False
    return any(f.pos in ("VERB", "PRTS", "ADJS") for f in tokens[following].forms[:1])


_IN_PASSING = frozenset({"уже", "тоже", "также", "наконец", "ещё", "еще"})
_PARTICLES = frozenset({"же", "ж"})
_ALL = frozenset({"все", "всех", "всем", "обе", "оба", "обеих", "обоих"})


def _names_position(token: Token, rules: Rules) -> bool:
    return token.text in rules.position_words.abbreviations or token.has_lemma(
        rules.position_words.lemmas
    )


def _abbreviation(tokens: tuple[Token, ...], i: int, found: list[PositionRef]) -> int:
    """«поз. 1», «п.1», «П1», «поз2», «п3 п4», «поз. 3 и 4»."""
    j = i + 1
    dotted = j < len(tokens) and tokens[j].text == "."
    if dotted:
        j += 1
    while j < len(tokens) and tokens[j].text in ("№", "n", "#"):
        j += 1
    if j >= len(tokens) or not tokens[j].is_number or len(tokens[j].text) > 3:
        return 1
    if _plate(tokens, i, j):
        return j + 3 - i  # «Р 415 ТМ 116»: a car's plate, not position 415
    glued = tokens[j].start == tokens[i].end
    if j + 1 < len(tokens) and tokens[j + 1].text == "." and _glued_digit(tokens, j + 1):
        return j + 2 - i  # «п. 4.2 договора»: a clause of a document, not a position
    if len(tokens[i].text) == 1 and _document_before(tokens, i):
        return j + 1 - i  # «договор № 14 (приложение № 2, п. 4)»: a clause, not a position
    strength = Strength.SHORT if glued and len(tokens[i].text) == 1 else Strength.STRONG
    numbers, used = _number_list(tokens, j, listing=True, prefix=tokens[i].text)
    found.extend(PositionRef(n, strength, tokens[i].start) for n in numbers)
    return j - i + used


def _plate(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """«Р 415 ТМ 116»: a letter, three digits, two letters and the region's digits."""
    return (
        len(tokens[i].text) == 1
        and len(tokens[j].text) == 3
        and j + 2 < len(tokens)
        and tokens[j + 1].is_word
        and len(tokens[j + 1].text) == 2
        and tokens[j + 2].is_number
        and len(tokens[j + 2].text) in (2, 3)
    )


def _own_number(tokens: tuple[Token, ...], k: int) -> bool:
    """The abbreviation at ``k`` has a number of its own: glued («П1», «поз2»), after a
    period («19 п. 1») or, for a longer one than «п», after a space («Июльских дней 19 поз
    1»): 19 is then the house, not a position."""
    dotted = k + 1 < len(tokens) and tokens[k + 1].text == "."
    following = k + 1 + dotted
    if following >= len(tokens) or not tokens[following].is_number:
        return False
    glued = tokens[following].start == tokens[k].end
    return glued or dotted or len(tokens[k].text) > 1


_RUBLES = frozenset({"р", "p"})  # after a number: «450 р» (the Latin «p» of a phone keyboard too)
_DOCUMENTS = frozenset({
    "договор", "контракт", "приложение", "соглашение", "регламент", "постановление",
    "приказ", "раздел", "статья", "тз", "смета", "спецификация",
})  # fmt: skip


def _document_before(tokens: tuple[Token, ...], i: int) -> bool:
    """A document named in the few words before «п.»: «п.» is then its clause."""
    return any(t.has_lemma(_DOCUMENTS) for t in tokens[max(0, i - 5) : i])


def _glued_digit(tokens: tuple[Token, ...], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].is_number and tokens[k + 1].start == tokens[k].end


def _number_list(
    tokens: tuple[Token, ...], i: int, listing: bool = False, prefix: str | None = None
) -> tuple[list[str], int]:
    """«1», «1 и 2», «3, 4», «№ 2»: the numbers and how many tokens they take. After a word
    that names positions (``listing``), «2,3,4» is a list too, not a decimal; after an
    abbreviation (``prefix``), «п1-п3» is a range as «п1-3» is."""
    numbers: list[str] = []
    j = i
    while j < len(tokens) and tokens[j].text in ("№", "n", "#"):
        j += 1
    while j < len(tokens) and tokens[j].is_number and len(tokens[j].text) <= 3:
        if (
            j + 1 < len(tokens)
            and tokens[j + 1].text in (".", ",", ":")
            and _glued_digit(tokens, j + 1)
            and not (listing and tokens[j + 1].text == "," and len(tokens[j + 2].text) <= 2)
        ):
            break
        numbers.append(tokens[j].text)
        j += 1
        skip = _repeated_prefix(tokens, j + 1, prefix)
        if _range_end(tokens, j, numbers[-1], skip):  # «позиции 1–3», «П1-П3»
            last = int(tokens[j + 1 + skip].text)
            numbers.extend(str(n) for n in range(int(numbers[-1]) + 1, last + 1))
            j += 2 + skip
        if listing:
            j = _past_description(tokens, j)  # «позиции 2 (сектор Б) и 3 (переход)»
        if j + 1 < len(tokens) and tokens[j].text in (",", "и") and tokens[j + 1].is_number:
            j += 1
        elif not (_one_digit(numbers[-1]) and j < len(tokens) and _lone_digit(tokens, j)):
            break  # «поз 1 2 3», «поз 01 02»: single digits one after another are a list too
    return numbers, (j - i) if numbers else 0


def _past_description(tokens: tuple[Token, ...], j: int) -> int:
    """Past what a listed position is, in brackets, when the list goes on after it
    («позиции 2 (сектор Б) и 3»); else ``j``."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(j + 10, len(tokens))) if tokens[k].text in "()"), 0)
    if not close or tokens[close].text != ")" or close + 2 >= len(tokens):
        return j
    going_on = tokens[close + 1].text in (",", "и") and tokens[close + 2].is_number
    return close + 1 if going_on else j


def _unit_glued(tokens: tuple[Token, ...], k: int) -> bool:
    return len(tokens[k].text) == 1 and tokens[k].start == tokens[k - 1].end


def _running_metres(tokens: tuple[Token, ...], k: int) -> bool:
    """«п.м.»: погонные метры."""
    after = tokens[k + 1 : k + 3]
    return len(after) == 2 and after[0].text == "." and after[1].text == "м"


def _one_digit(number: str) -> bool:
    """«3», or «03» as a registry pads it."""
    return len(number) == 1 or (len(number) == 2 and number[0] == "0")


def _lone_digit(tokens: tuple[Token, ...], j: int) -> bool:
    return (
        _one_digit(tokens[j].text)
        and tokens[j].is_number
        and (j + 1 >= len(tokens) or tokens[j + 1].text not in (".", ",", ":", "-", "–"))
    )


CARDINALS = {
    "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5",
    "шесть": "6", "семь": "7", "восемь": "8", "девять": "9", "десять": "10",
}  # fmt: skip


def _spelled_list(tokens: tuple[Token, ...], i: int) -> tuple[list[str], int]:
    """«позиции первая и вторая», «позиции номер пять (5)»: numbers in words, each maybe
    repeated in digits in brackets."""
    numbers: list[str] = []
    j = i
    if j < len(tokens) and tokens[j].text == "номер":
        j += 1
    while j < len(tokens):
        number = _word_ordinal(tokens[j]) or _cardinal(tokens[j])
        if number is None:
            break
        numbers.append(number)
        j += 1
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].text == number:
            j += 3 if tokens[j + 2].text == ")" else 2
        if (
            j + 1 < len(tokens)
            and tokens[j].text in (",", "и")
            and (_word_ordinal(tokens[j + 1]) or _cardinal(tokens[j + 1]))
        ):
            j += 1
            continue
        if _next_cardinal(tokens, j, number):
            continue  # dictated without commas: «позиции один два три четыре»
        break
    return numbers, (j - i) if numbers else 0


def _next_cardinal(tokens: tuple[Token, ...], j: int, number: str) -> bool:
    """The cardinal in words at ``j`` is one above ``number``, the next of a list said
    aloud; one counting what follows it («позиция один два часа ждали») is not."""
    following = _cardinal(tokens[j]) if j < len(tokens) else None
    if following is None or int(following) != int(number) + 1:
        return False
    return not counted(tokens[j + 1] if j + 1 < len(tokens) else None)


_LINKS = frozenset({"и", "по", "на", "в", "номер"})


def names_a_number(token: Token) -> bool:
    """Words that belong to a list of positions: «и», «по», «номер», «позиция», «один»,
    «первой»."""
    return (
        token.text in _LINKS
        or token.has_lemma(("позиция", "поз", "п", "пз"))
        or _cardinal(token) is not None
        or _word_ordinal(token) is not None
    )


def _cardinal(token: Token) -> str | None:
    if not token.is_word:
        return None
    return next((CARDINALS[f.lemma] for f in token.forms if f.lemma in CARDINALS), None)


def _range_end(tokens: tuple[Token, ...], j: int, first: str, skip: int = 0) -> bool:
    """A dash at ``j``, then (past ``skip`` tokens) the last number of a short range."""
    end = j + 1 + skip
    if end >= len(tokens) or tokens[j].text not in ("-", "–", "—") or not tokens[end].is_number:
        return False
    last = tokens[end].text
    if joined_number(tokens, end):
        return False  # «позиции 3 и 4 — 11.11.2026»: a date after the dash
    if tokens[j].start > tokens[j - 1].end and _counting(tokens, end + 1):
        return False  # «п3 п4 — 8 точек»: what was done there, counted
    return len(last) <= 2 and int(first) < int(last) <= int(first) + 9


def _counting(tokens: tuple[Token, ...], k: int) -> bool:
    """A noun in the genitive at ``k``, as after a count («8 точек», «3 камеры»)."""
    return (
        k < len(tokens)
        and tokens[k].is_word
        and bool(tokens[k].forms)
        and all(f.pos == "NOUN" for f in tokens[k].forms)
        and any(f.case == "gent" for f in tokens[k].forms)
    )


def _repeated_prefix(tokens: tuple[Token, ...], k: int, prefix: str | None) -> int:
    """How many tokens at ``k`` repeat the abbreviation a range began with («п», «п.»)."""
    if prefix is None or k >= len(tokens) or tokens[k].text != prefix:
        return 0
    return 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1


def joined_number(
    tokens: tuple[Token, ...], k: int, marks: frozenset[str] | tuple[str, ...] = (":", ".")
) -> bool:
    """The number at ``k`` is glued to another number by one of ``marks``, on either side:
    «15:05», «13.11» (and «1,2» when «,» is a mark): a time, a date or a decimal."""
    for first in (k - 2, k):
        if first < 0 or first + 2 >= len(tokens):
            continue
        left, mark, right = tokens[first : first + 3]
        glued = left.end == mark.start and mark.end == right.start
        if glued and mark.text in marks and left.is_number and right.is_number:
            return True
    return False


def _after_separator(tokens: tuple[Token, ...], i: int) -> bool:
    """The number at ``i`` is glued after «:» or «.» glued to a number: «11:50», «1.2»."""
    if i < 2 or tokens[i - 1].text not in (":", "."):
        return False
    mark, before = tokens[i - 1], tokens[i - 2]
    return before.is_number and mark.start == before.end and tokens[i].start == mark.end


def _spaced_group(tokens: tuple[Token, ...], i: int) -> bool:
    """The number at ``i`` is a group of three digits one space after another group: a
    number written in groups («141 203»), which no position number is."""
    if i == 0 or len(tokens[i].text) != 3:
        return False
    before = tokens[i - 1]
    return before.is_number and len(before.text) <= 3 and tokens[i].start == before.end + 1


def _digit_ordinal(tokens: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """«3-й», «2-я», «3-ей»: the number and how many tokens it takes."""
    if (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "-"
        and _ORDINAL_SUFFIX.match(tokens[i + 2].text)
    ):
        return tokens[i].text, 3
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and _ORDINAL_SUFFIX.match(tokens[i + 1].text)
    ):
        return tokens[i].text, 2  # «3й», «2я»
    return None


def _word_ordinal(token: Token) -> str | None:
    if not token.is_word:
        return None
    for form in token.forms:
        if form.pos in ("ADJF", "ADJS") and form.lemma in ORDINALS:
            return ORDINALS[form.lemma]
    return None


def _ordinal(
    tokens: tuple[Token, ...],
    i: int,
    number: str,
    size: int,
    rules: Rules,
    found: list[PositionRef],
) -> int:
    """An ordinal: with «позиция» (after a list «первой и третьей») it names a position;
    with no noun after «по»/«на»/«с» or opening the sentence («по второй - …», «на 3-й ещё
    работаем», «1-я готова») too; with another noun it is only a hint."""
    numbers = [number]
    j = i + size
    # «первая вторая третья позиция»: a list dictated to a phone comes without commas
    while size == 1 and j < len(tokens) and (following := _word_ordinal(tokens[j])):
        if following in numbers:
            break
        numbers.append(following)
        j += 1
    while j + 1 < len(tokens) and tokens[j].text in (",", "и"):
        word = _word_ordinal(tokens[j + 1])
        digits = _digit_ordinal(tokens, j + 1)
        if not word and not digits:
            break
        if tokens[j].text == "," and (word or (digits[0] if digits else "")) in numbers:
            break  # «по второй и третьей, третья рядом оказалась»: the list ended at the comma
        numbers.append(word or (digits[0] if digits else ""))
        j += 1 + (1 if word else digits[1] if digits else 0)
    noun = tokens[j] if j < len(tokens) else None
    if noun is not None and noun.is_word and _names_position(noun, rules):
        strength = Strength.STRONG
    elif noun is not None and noun.is_word and _is_noun(noun) and not _is_verb(noun):
        if noun.has_lemma(rules.ordinal_nouns_not_positions.lemmas):
            return j - i
        strength = Strength.HINT
    else:  # nothing, punctuation, a verb, an adverb
        previous = tokens[i - 1].text if i > 0 else ""
        if previous not in ("по", "на", "с", "") or _named_with(noun):
            return j - i
        # «на 58-ю»: a school or a house by its number, unless the request has such a position
        strength = (
            Strength.STRONG
            if all(int(n) <= _ORDINAL_POSITIONS for n in numbers)
            else Strength.SHORT
        )
    found.extend(PositionRef(n, strength, tokens[i].start) for n in numbers)
    return j - i


_ORDINAL_POSITIONS = 10  # «на третью», «3-я готова»: beyond this an ordinal is a building


def _named_with(token: Token | None) -> bool:
    """An adjective after an ordinal: the two are a name («пробка на 3-й Продольной», «на
    2-й Кожуховский»), a street or a passage, not a position; not «3-я готова» (short) nor
    «на 2-й всё» (a pronoun)."""
    if token is None or not token.is_word or not token.forms:
        return False
    first = token.forms[0]
    return first.pos == "ADJF" and first.lemma not in _NOT_NAMES


_NOT_NAMES = frozenset({"весь", "готовый", "который", "этот", "тот", "такой", "сам"})


def _is_noun(token: Token) -> bool:
    return any(form.pos == "NOUN" for form in token.forms[:2])


def _is_verb(token: Token) -> bool:
    return bool(token.forms) and token.forms[0].pos in ("VERB", "PRTS", "ADJS", "INFN", "GRND")
