"""Positions named by what they are: «1 этаж готов», «горелку 2 отрегулировали», «ЩР-2
сделали», when the request's comments say what each position is («1 — 1 этаж, 2 — 2 этаж»;
«поз.1 — лифт 1»; «1–4 — парадные 1–4»; or each position's own comment, «ЩР-2 на 3 этаже»).

A dispatcher who registered the request reads a letter this way; the rules do too, but only
where the registry leaves no doubt: a name is its noun with its number («горелка котла
№2»), matched where the letter writes that noun next to that number, outside brackets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import accumulate

from omis.mail import morph
from omis.mail import numbers as nums
from omis.mail.numbers import PositionRef, Strength
from omis.mail.rules import Rules
from omis.mail.words import Sentence, Token, normalise

# «1 — 1 этаж», «2 - дымоход», «3) котёл», «1–4 — парадные 1–4»: a position number (or a
# range), a dash, what it is (up to a comma, semicolon, bracket, line end, the end of a
# sentence or the next entry).
_ENTRY = re.compile(
    r"(?<![\d\w–\-/.])(\d{1,3})(?:\s*[–\-]\s*(\d{1,3}))?\s*[—–\-)]\s*"
    r"((?:(?!\d{1,3}\s*[—–\-)]\s)(?!\.\s)[^,;\n()])+)"  # up to the next entry or sentence
)
_RANGE = re.compile(r"(\d+)\s*[–\-]\s*(?:[a-zа-яё]+-?)?(\d+)", re.IGNORECASE)  # «1–4», «М-5–М-6»
# «поз.1 — лифт 1», «позиция 2 — …»: the word before an entry's number.
_POSITION_WORD = re.compile(r"\b(?:позиция|позиции|поз|п)\s*\.?\s*(?=\d)", re.IGNORECASE)
# «позиции = подъезды 1–4», «позиции: корпуса 1, 2, 3»: one noun names every position by
# the position's own number.
_DECLARED = re.compile(
    r"\bпозиции\s*[=:—–\-]\s*([а-яё]{3,})\s+(\d{1,3}(?:\s*(?:[–\-]|,|и)\s*\d{1,3})+)", re.I
)
# «ЩР-1 (1), ЩР-2 (2)»: a code with its number, then the position's number in brackets.
_CODE_ENTRY = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,4})[-\s]?(\d{1,3})\s*\((\d{1,3})\)")
# «станции 1–3», «доки №1–4», «доки №1, №2», «ЭЗС-1, ЭЗС-2», «т.1–т.3»: a noun (a code, an
# abbreviation) with a list of numbers; when the list is every position of the request, the
# noun names each position by its own number.
_ENUMERATED = re.compile(
    r"(?<![\w.])([a-zа-яё]{2,}|[a-zа-яё]\.)(?:\s+[а-яё]{4,})?\s*(?:№\s*|-)?\s*(\d{1,3})"
    r"((?:\s*(?:[–\-]|,|и)\s*(?:\1\s*(?:№\s*|-)?\s*|№\s*)?\d{1,3})+)(?!\d|[.,:]\d)",
    re.IGNORECASE,
)
_NUMBER_OR_RANGE = re.compile(r"(\d+)(?:\s*[–\-]\s*(\d+))?")
_NOT_A_NAME = frozenset({"позиция", "поз", "п", "пп", "заявка", "номер", "ном"})
_WORD = re.compile(r"[a-zа-я]+|\d+")
_CODE = re.compile(r"\b([A-ZА-ЯЁ]{2,}(?=[-\s]?\d)|[A-ZА-ЯЁ](?=-\d))")  # «УД-3», «КРТ 10», «М-5»
_MARKED = re.compile(r"(?:№|\bn)\s*(\d+)")
# An address's abbreviations before a number («кв. 27», «д.14», «каб 11»): the word they
# stand for, so that «по 27-й квартире» names «кв. 27». Their dot ends no description.
_SHORT_FOR = {
    "кв": "квартира", "д": "дом", "каб": "кабинет", "корп": "корпус", "под": "подъезд",
    "пом": "помещение", "стр": "строение", "оф": "офис",
}  # fmt: skip
_SHORT_DOT = re.compile(r"(?<![\w.])(" + "|".join(_SHORT_FOR) + r")\.\s*(?=\d)", re.I)
_HIDDEN = "·"  # a token that ends any list of numbers
_LIST_WORDS = frozenset({"и", "n", "no", "nr"})
_LIST_MARKS = frozenset({"№", "#", "-", ".", ","})


@dataclass(frozen=True)
class PositionName:
    position: str
    noun: str  # the lemma of the name's first noun: «горелка», «этаж»; "" for «03» alone
    number: str | None  # the number the name carries: «2» of «горелка котла №2»


@dataclass(frozen=True)
class NamedRef:
    position: str
    start: int  # offsets in the text, of the noun and its number together
    end: int
    at: int  # where the position is named: its number («камеры 1 и 2»: two places)


def position_names(positions: Iterable[tuple[str, str | None]]) -> tuple[PositionName, ...]:
    """What each position is called, from the comments of a request's positions: an entry
    «N — name» for position N in any of them, or a position's own comment when no other
    position has the same; positions without either are left out."""
    positions = list(positions)
    if len(positions) < 2:
        return ()  # naming the one position is naming the request
    numbers = {number for number, _comment in positions if number}
    found: dict[str, list[PositionName]] = {}
    for text in dict.fromkeys(c for _n, c in positions if c):
        for match in _ENTRY.finditer(_SHORT_DOT.sub(r"\1 ", _POSITION_WORD.sub("", text))):
            first, last, what = match.groups()
            for name in _entry(int(first), int(last or first), what, numbers):
                found.setdefault(name.position, []).append(name)
        for declared in _DECLARED.finditer(text):
            for name in _declared(declared.group(1), declared.group(2), numbers):
                found.setdefault(name.position, []).append(name)
        for listed in _ENUMERATED.finditer(text):
            for name in _enumerated(listed, numbers):
                found.setdefault(name.position, []).append(name)
        for code in _CODE_ENTRY.finditer(text):
            position = _registered(code.group(3), numbers)
            if position is not None:
                by_code = PositionName(position, normalise(code.group(1)), code.group(2))
                found.setdefault(position, []).append(by_code)
    for name in _scattered(dict.fromkeys(c for _n, c in positions if c), numbers):
        found.setdefault(name.position, []).append(name)
    # A comment of its own («горелка котла №2» on position 2): the position's name.
    shared = Counter(c for _n, c in positions if c)
    for number, comment in positions:
        if comment and shared[comment] == 1 and number not in found:
            found[number] = _names(number, comment)
    # Only a name with its number («горелка 2», «2 этаж», «ЩР-2») is told apart for sure: a
    # noun alone («дымоход») read as its position applied more wrong statuses than it
    # fixed on letters by writers the rules were not tuned on (issue 14, 2026-11-30).
    # (one name found twice, by an entry and by a list, is still one name)
    every = list(dict.fromkeys(n for names in found.values() for n in names if n.number))
    twins = Counter((name.noun, int(name.number or 0)) for name in every)
    named = [n for n in every if twins[(n.noun, int(n.number or 0))] == 1]
    # «выехали на 03»: a number written as the registry writes it, leading zero and all.
    padded = [PositionName(n, "", n) for n in sorted(numbers) if len(n) > 1 and n[0] == "0"]
    return tuple(named + padded)


def position_words(positions: Iterable[tuple[str, str | None]]) -> dict[str, frozenset[str]]:
    """The words of the positions' descriptions that only some of them have, each with those
    positions: «советская» of «2 – ул. Советская» beside «1 – ул. Ленина»; not a word every
    position shares, one of the comment's heading («Уборка листвы: 1 – …»), nor a common
    one (:data:`_COMMON`). A letter naming such a word names part of the request."""
    positions = list(positions)
    if len(positions) < 2:
        return {}
    numbers = {number for number, _comment in positions if number}
    described: dict[str, set[str]] = {}
    header: set[str] = set()
    for text in dict.fromkeys(c for _n, c in positions if c):
        bare = _POSITION_WORD.sub("", text)
        entries = list(_ENTRY.finditer(bare))
        if entries:  # what the comment says before its list is the whole request's
            header |= _content_lemmas(bare[: entries[0].start()])
        for k, match in enumerate(entries):
            first, last, _what = match.groups()
            position = None if last else _registered(first, numbers)
            if position is not None:
                end = entries[k + 1].start() if k + 1 < len(entries) else len(bare)
                text_of = _description(bare, match.start(3), end)
                described.setdefault(position, set()).update(_content_lemmas(text_of))
    shared = Counter(c for _n, c in positions if c)
    for number, comment in positions:
        if comment and shared[comment] == 1 and number not in described:
            described[number] = _content_lemmas(comment)
    owners: dict[str, set[str]] = {}
    for position, lemmas in described.items():
        for lemma in lemmas - header:
            owners.setdefault(lemma, set()).add(position)
    return {w: frozenset(p) for w, p in owners.items() if len(p) == 1}


# A dot after a word of four letters or more ends a sentence; after a shorter one («ул.»,
# «пер.», «д.») it ends an abbreviation.
_DESCRIPTION_END = re.compile(r"[;\n]|(?<=[а-яёa-z]{4})\.\s", re.I)


def _description(text: str, start: int, end: int) -> str:
    """An entry's whole description, past the abbreviations that end with a dot («ул.
    Ленина», «пер. Школьный»), up to the next entry, a semicolon or a sentence's end."""
    stop = _DESCRIPTION_END.search(text, start, end)
    return text[start : stop.start() if stop else end]


def _content_lemmas(text: str) -> set[str]:
    """The lemmas of the nouns and adjectives of a description (four letters or more), and
    of the words the dictionary lacks (a name: «Амкодор», «Чкалова»)."""
    found = set()
    for word in _WORD.findall(normalise(text)):
        if not word.isalpha() or len(word) < 4:
            continue
        readings = morph.forms(word)
        if readings and readings[0].pos not in ("NOUN", "ADJF"):
            continue
        lemma = _lemma(word)
        if lemma not in _COMMON:
            found.add(lemma)
    return found


# Words of a description that letters use of anything: the work, a place in general.
_COMMON = frozenset({
    "работа", "ремонт", "замена", "монтаж", "демонтаж", "обслуживание", "устранение",
    "восстановление", "проверка", "очистка", "чистка", "установка", "осмотр", "место",
    "объект", "адрес", "территория", "участок", "улица", "дом", "здание", "помещение",
    "вход", "выход", "въезд", "дверь", "этаж", "корпус", "подъезд", "новый", "старый",
    "аварийный", "плановый", "весь", "бригада", "заявка", "позиция",
})  # fmt: skip


def _entry(first: int, last: int, what: str, numbers: set[str]) -> list[PositionName]:
    """«1 — 1 этаж»: one name; «1–4 — парадные 1–4»: a name for each of the range, when
    the name repeats the range."""
    if first == last:
        position = _registered(str(first), numbers)
        return _names(position, what) if position else []
    span = _RANGE.search(what)
    if span is None or (int(span.group(1)), int(span.group(2))) != (first, last):
        return []
    head = next(iter(_names("", what[: span.start()] + what[span.end() :])), None)
    if head is None:
        return []
    found = []
    for number in range(first, min(last, first + 50) + 1):
        position = _registered(str(number), numbers)
        if position is not None:
            found.append(PositionName(position, head.noun, str(number)))
    return found


def _declared(noun: str, listed: str, numbers: set[str]) -> list[PositionName]:
    """«подъезды 1–4»: the noun names positions 1 to 4, each by its own number."""
    said: list[int] = []
    for span in re.finditer(r"(\d+)(?:\s*[–\-]\s*(\d+))?", listed):
        first, last = int(span.group(1)), int(span.group(2) or span.group(1))
        said.extend(range(first, min(last, first + 50) + 1))
    forms = morph.forms(noun)
    if not forms or forms[0].pos != "NOUN":
        return []
    found = []
    for number in said:
        position = _registered(str(number), numbers)
        if position is not None:
            found.append(PositionName(position, _lemma(noun), str(number)))
    return found


def _enumerated(listed: re.Match[str], numbers: set[str]) -> list[PositionName]:
    """«станции 1–3» on a request of positions 1, 2, 3: «станция» names each of them."""
    written = listed.group(1)
    rest = re.sub(re.escape(written), " ", listed.group(2) + listed.group(3), flags=re.I)
    said: set[int] = set()
    for span in _NUMBER_OR_RANGE.finditer(rest.replace("№", " ")):
        first, last = int(span.group(1)), int(span.group(2) or span.group(1))
        said.update(range(first, min(last, first + 50) + 1))
    registered = {int(n) for n in numbers if n.isdecimal()}
    if len(said) < 2 or said != registered:
        return []
    word = normalise(written.rstrip("."))
    if not written.endswith(".") and morph.is_known(word):
        forms = morph.forms(word)
        if not forms or forms[0].pos != "NOUN":
            return []
        word = _lemma(word)
    if word in _NOT_A_NAME:
        return []
    return [
        PositionName(p, word, str(int(p)))
        for n in sorted(said)
        if (p := _registered(str(n), numbers))
    ]


# «(уч.1)», «т.2 — угол А/8», «ЩР-3 в подвале»: a short word glued to a number.
_WORD_NUMBER = re.compile(
    r"(?<![\w.])([a-zа-яё]{1,6})(?:\.\s?|-|\s?№\s?)?(\d{1,3})(?![\d]|[.,:/]\d)", re.I
)


def _scattered(comments: Iterable[str], numbers: set[str]) -> list[PositionName]:
    """«1 — основная территория (уч.1), 2 — стадион (уч.2)»: a short word written with
    each position's number, here and there in the comments, and with no other number,
    names each position by it."""
    said: dict[str, set[int]] = {}
    for text in comments:
        for match in _WORD_NUMBER.finditer(text):
            said.setdefault(normalise(match.group(1)), set()).add(int(match.group(2)))
    registered = {int(n) for n in numbers if n.isdecimal()}
    if len(registered) < 2:
        return []
    found = []
    for word, listed in said.items():
        if (
            listed != registered
            or word in _NOT_A_NAME
            or (morph.is_known(word) and not _abbreviation(word))
        ):
            continue
        found += [
            PositionName(p, word, str(int(p)))
            for n in sorted(listed)
            if (p := _registered(str(n), numbers))
        ]
    return found


def _abbreviation(word: str) -> bool:
    """A word that can name a thing: a noun, or three letters or fewer («уч», «т»); not a
    verb or an adjective written beside a number."""
    forms = morph.forms(word)
    return not forms or forms[0].pos in ("NOUN", None) or len(word) <= 3


def _registered(written: str, numbers: set[str]) -> str | None:
    return next((n for n in numbers if n.isdecimal() and int(n) == int(written)), None)


def _names(position: str, written: str) -> list[PositionName]:
    """The names of one position's entry: its noun with its number («муфта М-12»: муфта 12),
    and the code in capitals that carries the same number («УД-3»: уд 3)."""
    if _RANGE.search(written):
        return []
    text = normalise(written)
    codes = {normalise(code) for code in _CODE.findall(written)}
    words = _WORD.findall(text)[:6]
    # The first noun, or a word the dictionary lacks: an abbreviation («щр», «кзэуг»).
    head = next((k for k, w in enumerate(words) if _head(words, k)), None)
    if head is None:  # «парадная 2», «пассажирский»: an adjective that stands for a noun
        head = next((k for k, w in enumerate(words) if _adjective(w)), None)
    if head is None:
        return []
    # «плита ПГ-4 №1»: the number after «№» names the item; else one next to the noun
    # («1 этаж», «каб. 204», «ЩР-2»), else the first within a few words («муфта М-12»).
    marked = _MARKED.search(text)
    near = [w for w in words[max(0, head - 1) : head + 2] if w.isdecimal()]
    after = [w for w in words[head + 1 : head + 4] if w.isdecimal()]
    number = marked.group(1) if marked else next(iter(near + after), None)
    found = [PositionName(position, _lemma(words[head]), number)]
    for k, word in enumerate(words[:-1]):
        if k != head and word in codes and words[k + 1] == number:  # not a model: «ПГ-4 №3»
            found.append(PositionName(position, word, words[k + 1]))
    return found


def _head(words: list[str], k: int) -> bool:
    """A noun of three letters or more («насос», «этаж»), or a code the dictionary lacks
    when a number goes with it («ЩР-1», «ТП-14»); not an abbreviation of an address
    («ул.», «пер.»)."""
    word = words[k]
    if word in _SHORT_FOR:
        return k + 1 < len(words) and words[k + 1].isdecimal()
    if not word.isalpha() or len(word) < 2:
        return False
    if not morph.is_known(word):
        return k + 1 < len(words) and words[k + 1].isdecimal()
    forms = morph.forms(word)
    return len(word) >= 3 and bool(forms) and forms[0].pos == "NOUN"


def _adjective(word: str) -> bool:
    forms = morph.forms(word)
    return len(word) >= 4 and bool(forms) and forms[0].pos == "ADJF"


def _lemma(word: str) -> str:
    if word in _SHORT_FOR:
        return _SHORT_FOR[word]
    forms = morph.forms(word)
    return forms[0].lemma if forms else word


def named_refs(sentence: Sentence, names: tuple[PositionName, ...], rules: Rules) -> list[NamedRef]:
    """The positions ``sentence`` names by what they are."""
    if not names:
        return []
    tokens = sentence.tokens
    found: list[NamedRef] = []
    depth = 0
    padded = {n.number: n.position for n in names if not n.noun and n.number}
    # By noun and number, so that a long letter is one lookup per word whatever the
    # request's size.
    by_noun: dict[str, dict[int, PositionName]] = {}
    for name in names:
        if name.noun and name.number:
            by_noun.setdefault(name.noun, {})[int(name.number)] = name
    for index, token in enumerate(tokens):
        depth += (token.text == "(") - (token.text == ")")
        if token.text in padded and depth == 0 and _padded_alone(tokens, index):
            found.append(NamedRef(padded[token.text], token.start, token.end, token.start))
            continue
        if not token.is_word or depth > 0:
            continue  # «заявка № 26114 (ул. Ленина, пер. Школьный) принята»: a description
        short_for = _SHORT_FOR.get(token.text.lower())  # «кв» of «кв. 27»: «квартира»
        lemmas = token.lemmas | {short_for} if short_for else token.lemmas
        numbered = {k: n for lemma in lemmas for k, n in by_noun.get(lemma, {}).items()}
        if not numbered:
            short = _shortened(tokens, index, by_noun)  # «под 2» for «подъезд 2»
            if short is not None:
                found.append(
                    NamedRef(short.position, token.start, tokens[index + 1].end, token.start)
                )
            continue
        for number in _numbers_with(tokens, index, rules):
            match = numbered.get(int(number.text))
            if match is not None:
                first, last = sorted((token, number), key=lambda t: t.start)
                found.append(NamedRef(match.position, first.start, last.end, number.start))
    return found


def _where_it_starts(sentence: Sentence, named: NamedRef, ends: list[int]) -> bool:
    """«начали с насоса Н1», «начинаю со стойки R1»: where the work on the whole request
    starts, not the part reported (``ends``: where each token ends, to find those before)."""
    before = bisect_right(ends, named.start)
    tokens = sentence.tokens[max(0, before - 3) : before]
    for k, token in enumerate(tokens[:-1]):
        if token.has_lemma(_START) and tokens[k + 1].text in ("с", "со"):
            return True
    return False


_START = frozenset({"начать", "начинать"})


def _shortened(
    tokens: tuple[Token, ...], k: int, by_noun: dict[str, dict[int, PositionName]]
) -> PositionName | None:
    """«под 2», «корп.3»: the first letters (three or more, not the whole) of a name's noun,
    the number right after them (past a period)."""
    text = tokens[k].text.lower()
    after = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    if len(text) < 3 or after >= len(tokens) or not tokens[after].is_number:
        return None
    if after == k + 1 and tokens[after].start == tokens[k].end:
        return None  # «под2»? a code, not a noun
    for noun, numbered in by_noun.items():
        if noun.startswith(text) and len(noun) - len(text) >= 2 and tokens[after].text.isdecimal():
            return numbered.get(int(tokens[after].text))
    return None


def _padded_alone(tokens: tuple[Token, ...], k: int) -> bool:
    """«на 03», «по 02»: after a preposition, not in a range («поз 01-03») or a time."""
    before = tokens[k - 1].text if k > 0 else ""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return before in ("на", "по", "с") and after not in ("-", "–", ":", ".")


def _numbers_with(tokens: tuple[Token, ...], index: int, rules: Rules) -> list[Token]:
    """The numbers written with the noun at ``index``: right before it («3 этаж», «3-й
    этаж», «3 и 5 этажи») or after it, past one word and through a list («горелка котла
    №2», «опоры N14 и N15»); not a position's own number before it («п.2 знаки»)."""
    found: list[Token] = []
    k = index - 1
    if k >= 2 and tokens[k].is_word and tokens[k - 1].text == "-" and _small(tokens[k - 2]):
        k -= 2  # «3-й этаж»
    while (
        k >= 0
        and _small(tokens[k])
        and not nums.joined_number(tokens, k)
        and not _of_a_position(tokens, k, rules)
        and not _of_a_code(tokens, k)
    ):  # «3 и 5 этажи»
        found.append(tokens[k])
        if k < 2 or tokens[k - 1].text not in (",", "и") or not _small(tokens[k - 2]):
            break
        k -= 2
    words = 0
    for k in range(index + 1, min(index + 9, len(tokens))):
        token = tokens[k]
        if token.is_number:
            if not _small(token) or nums.joined_number(tokens, k):
                break
            found.append(token)
        elif token.is_word and token.text not in _LIST_WORDS:
            words += 1
            if found or words > 1:
                break
        elif not token.is_word and token.text not in _LIST_MARKS:
            break
    return found


def _of_a_code(tokens: tuple[Token, ...], k: int) -> bool:
    """«ТО-1 лифтов», «ПВ-2 вентиляторы»: the number is the code's, glued to it by a dash."""
    return (
        k >= 2
        and tokens[k - 1].text == "-"
        and tokens[k - 2].is_word
        and tokens[k - 2].end == tokens[k - 1].start
        and tokens[k - 1].end == tokens[k].start
    )


def _of_a_position(tokens: tuple[Token, ...], k: int, rules: Rules) -> bool:
    """«п.2», «поз 2», «позиция 2»: the number is the position's, whatever noun follows."""
    before = tokens[k - 2 : k] if k >= 2 and tokens[k - 1].text == "." else tokens[k - 1 : k]
    words = rules.position_words
    return bool(before) and (
        before[0].text in words.abbreviations or before[0].has_lemma(words.lemmas)
    )


def _small(token: Token) -> bool:
    """A number an item carries («каб. 204», «опора №14»); not a request number or a year."""
    return token.is_number and len(token.text) <= 3


def positions(
    sentence: Sentence, rules: Rules, names: tuple[PositionName, ...]
) -> list[PositionRef]:
    """The positions ``sentence`` names, by number (:func:`omis.mail.numbers.positions`)
    and by what they are; a number inside a name («3» of «поз1 3 этаж») names none itself."""
    named = named_refs(sentence, names, rules)
    if named:
        ends = [t.end for t in sentence.tokens]
        named = [n for n in named if not _where_it_starts(sentence, n, ends)]
    if not named:
        return nums.positions(sentence, rules)

    # Each name's span, sorted, with the furthest end so far: a token is inside a name when
    # the spans that start before it reach past it (one search per token, not one per name).
    spans = sorted((n.start, n.end) for n in named)
    starts = [start for start, _end in spans]
    reach = list(accumulate((end for _start, end in spans), max))

    def inside(token: Token) -> bool:
        k = bisect_right(starts, token.start) - 1
        return k >= 0 and token.start < reach[k]

    tokens = tuple(Token(_HIDDEN, t.start, t.end) if inside(t) else t for t in sentence.tokens)
    refs = nums.positions(replace(sentence, tokens=tokens), rules)
    refs += [PositionRef(n.position, Strength.STRONG, n.at, by_name=True) for n in named]
    return sorted(refs, key=lambda ref: ref.start)
