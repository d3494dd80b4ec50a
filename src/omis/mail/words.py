"""Text → sentences of words with their readings, as the status and number rules need them.

Normalisation keeps every offset (same length), so evidence quotes the original text:
lower case, ё → е, Latin look-alike letters inside Russian words (and words in capitals
made only of them, «HA MECTE») → Cyrillic. Unknown words one typo away from a status word
are read as that word («выехлаи», «мессте»), and a preposition glued to its noun is split
(«наместе»).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from omis.mail import morph
from omis.mail.morph import Form

_LOOKALIKES = str.maketrans("aeopcxykmtbh", "аеорсхукмтвн")
_HAS_CYRILLIC = re.compile(r"[а-я]")
# A word in capitals made only of letters that look Cyrillic («HA MECTE», «OK»): typed on a
# Latin keyboard layout in a Russian letter. Lower-case Latin words stay Latin («vyehali»).
_CAPITAL_LOOKALIKES = re.compile(r"[ABCEHKMOPTXY]{2,}")
_WORD = re.compile(r"[a-zа-я0-9]+")
_TOKEN = re.compile(r"[a-zа-я]+|\d+|[^\sa-zа-я\d]")
_GLUED_PREPOSITIONS = ("на", "в", "с", "по")
_MIN_TYPO_LENGTH = 4
_MAX_TYPO_LENGTH = 24  # no status word is longer; a longer «word» is noise


# ё → е; the Ukrainian letters of a border region's «приїхали», «виїхали», «поїхали» → the
# Russian word's («приехали»): no Russian word has them, so nothing else changes.
_E_AND_UKRAINIAN = str.maketrans({"ё": "е", "ї": "е", "є": "е", "і": "и", "ґ": "г"})


def normalise(text: str) -> str:
    """Lower case, ё → е (and Ukrainian ї, є, і, ґ), Latin look-alikes inside Russian words
    (or making up a word in capitals) → Cyrillic; same length."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer («İ»): one by one
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    lowered = lowered.translate(_E_AND_UKRAINIAN)
    return _WORD.sub(lambda match: _fix_lookalikes(match, text), lowered)


def _fix_lookalikes(match: re.Match[str], original: str) -> str:
    word = match.group(0)
    if _HAS_CYRILLIC.search(word):
        return word.translate(_LOOKALIKES)
    if _CAPITAL_LOOKALIKES.fullmatch(original, match.start(), match.end()):
        return word.translate(_LOOKALIKES)
    return word


def is_emoji(text: str) -> bool:
    """A pictograph («👍», «😊»): on a phone it ends a clause as punctuation would. Not a
    typographic symbol that is also "other symbol" to Unicode: «№», «°», «©», «™» go with
    the words beside them («(насос №2) — закажем»)."""
    return bool(text) and unicodedata.category(text[0]) == "So" and not _typographic(text[0])


def _typographic(char: str) -> bool:
    """Latin-1's symbols («°», «©») and the letterlike ones («№», «™», «℃»)."""
    return ord(char) < 0x100 or 0x2100 <= ord(char) <= 0x214F


@dataclass(frozen=True)
class Token:
    text: str  # normalised
    start: int
    end: int
    forms: tuple[Form, ...] = ()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text.isdecimal()  # «²» is a digit, but no number int() reads

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The word itself and every lemma of its readings (computed once: the rules ask
        each token many times)."""
        return frozenset(form.lemma for form in self.forms) | {self.text}

    def has_lemma(self, lemmas: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
        return not self.lemmas.isdisjoint(lemmas)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a line of a list or table) of one text, with its tokens."""

    text: str  # the original text of the sentence
    start: int  # offset in the whole text
    tokens: tuple[Token, ...]
    paragraph_start: bool  # the first sentence after a blank line (or of the text)
    question: bool


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")


def sentences(text: str, vocabulary: frozenset[str] = frozenset()) -> list[Sentence]:
    """Split ``text`` into sentences; wrapped lines (the next starts in lower case) join."""
    norm = normalise(text)
    found: list[Sentence] = []
    blank_before = True
    for start, end in _spans(text):
        piece = text[start:end]
        if not piece.strip():
            blank_before = True
            continue
        found_tokens = _tokens(norm, start, end, vocabulary)
        if _LATIN_LETTER.search(piece):  # the rare letter with Latin words in it
            found_tokens = _english(text, found_tokens)
        tokens = tuple(found_tokens)
        question = piece.rstrip().endswith("?")
        found.append(Sentence(piece, start, tokens, blank_before, question))
        blank_before = False
    return found


_ABBREVIATIONS = frozenset(
    [
        "г",
        "ул",
        "д",
        "ш",
        "вл",
        "пр",
        "пер",
        "наб",
        "стр",
        "корп",
        "тел",
        "доб",
        "поз",
        "п",
        "пп",
        "им",
        "кв",
        "оф",
        "обл",
        "пос",
        "т",
        "е",
        "р",
        "руб",
        "мин",
        "ч",
        "сек",
        "эт",
        "зав",
        "арт",
        "шт",
        "тыс",
        "млн",
        "см",
        "пл",
        "просп",
        "бул",
        "пом",
        "каб",
        "ауд",
        "рег",
        "инв",
        "вх",
        "исх",
        "гр",
        "мкр",
        "к",
        "с",
        "ст",
        "лит",
        "св",
        "ед",
        "кол",
        "нояб",
        "окт",
        "дек",
        "янв",
        "февр",
        "авг",
        "сент",
        "апр",
        "ориент",
        "прим",
        "напр",
        "м",
        "мм",
        "км",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-zА-Яа-яЁё]+)\.$")


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a line break ends a sentence unless the next line continues it; a
    period after an abbreviation («ул.», «поз.», «г.») does not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    width = _wrap_width(text)
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) == "\n" and _continues(text, match.start(), width):
            continue
        if match.group(0) != "\n" and (
            _after_abbreviation(text, match.start()) or _after_list_number(text, match.start())
        ):
            continue
        spans.append((start, match.start()))
        if match.group(0) == "\n":
            following = match.end()
            if following < len(text) and text[following] == "\n":
                spans.append((following, following))  # a blank line: a paragraph break
        start = match.end()
    spans.append((start, len(text)))
    return spans


def noun_first(token: Token) -> bool:
    """A noun by its likeliest reading («школу», «начало»; not «по», «с», which may be
    nouns too)."""
    return bool(token.forms) and token.forms[0].pos == "NOUN"


def counted(token: Token | None) -> bool:
    """A noun in the genitive: what a number before it counts («два часа», «3 часа»)."""
    return token is not None and any(f.pos == "NOUN" and f.case == "gent" for f in token.forms[:1])


def is_abbreviation(word: str) -> bool:
    """«каб», «ул», «поз»: a word whose period does not end a sentence («каб. 214»)."""
    return normalise(word) in _ABBREVIATIONS


_INITIAL = re.compile(r"(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]\.)\s?[А-ЯЁ]\.$")


def _after_abbreviation(text: str, end: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if word and is_abbreviation(word.group(1)):  # «пoз.» with a Latin «o» too
        return not _unit_ends_sentence(text, word, end)
    return bool(_INITIAL.search(text, max(0, end - 30), end))  # «бригада Галкина А. выехала»


_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}\.")


def _after_list_number(text: str, end: int) -> bool:
    """The period of a numbered list's line («1. готово, 12:20»): the line goes on."""
    return _LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None


# Units written after a number: «4 шт. П2 начнём завтра» ends there, as «ул. Ленина» does not.
_UNITS = frozenset({"шт", "руб", "р", "мин", "ч", "сек", "тыс", "млн", "см", "мм", "км", "м"})
_NUMBER_BEFORE = re.compile(r"\d\s?$")


def _unit_ends_sentence(text: str, word: re.Match[str], end: int) -> bool:
    """A unit after a number, then a capital letter: the sentence ended with the unit."""
    if normalise(word.group(1)) not in _UNITS:
        return False
    if not _NUMBER_BEFORE.search(text, max(0, word.start() - 2), word.start()):
        return False
    following = text[end + 1 : end + 3].lstrip(" ")
    return following[:1].isupper()


_LIST_ITEM = re.compile(r"^([-•*–]|(п|поз|р|p|пп)\.?\s*\d)", re.IGNORECASE)


def _wrap_width(text: str) -> int:
    """The width the text's lines were wrapped at, as far as it shows: its longest line,
    and never less than mail clients wrap at (a phone message's short lines were ended by
    their writer)."""
    longest = max((len(line.rstrip()) for line in text.split("\n")), default=0)
    return max(longest, _NARROWEST_WRAP)


_NARROWEST_WRAP = 72
_WIDEST_WRAP = 84
_LOOK_AHEAD = 120  # characters of the next line: past its indent to the end of its first word


def _continues(text: str, newline: int, width: int) -> bool:
    """Whether the line after ``newline`` goes on with the sentence before it: a line a
    mail client wrapped, not one the writer ended. A line the next word would still have
    fitted on was ended by the writer («по п2 насос заказали⏎по плите всё, уехали»: each
    line of a phone message is its own report), as was one ending in a pictograph."""
    line_start = text.rfind("\n", 0, newline) + 1
    before = text[line_start:newline].rstrip(" \t")
    # Only the next line's start matters: never copy the rest of a long text per line.
    after = text[newline + 1 : newline + 1 + _LOOK_AHEAD].lstrip(" \t")
    if not before or not after or after[0] == "\n":
        return False
    if after[0].isdigit() and _NUMBER_WORD.search(before):
        return True  # «(поз.⏎3)», «№⏎12»: a number wrapped away from its word
    if before[-1] in ".!?;:" or is_emoji(before[-1]):
        return False
    if not (after[0].islower() or after[0] == "(") or _LIST_ITEM.match(after):
        return False  # «(больничный лифт) не осуществлён»: a wrapped bracket goes on
    if len(before) > _WIDEST_WRAP and " " in before:
        return False  # no mail client wraps wider: the writer ended this long line
    next_word = after.split(maxsplit=1)[0]
    return len(before) + 1 + len(next_word) > width


# English that a contractor's staff drop into Russian letters («on the way, ETA 20 min»,
# «ЭЗС-1 done», «request accepted»): read as the Russian words they stand for, over the
# same letters (issue 14). Matched on the letters as written: «ETA» in capitals would
# otherwise be read as Cyrillic look-alikes.
_ENGLISH: dict[tuple[str, ...], tuple[str, ...]] = {
    ("on", "the", "way"): ("в", "пути"),
    ("on", "my", "way"): ("в", "пути"),
    ("on", "our", "way"): ("в", "пути"),
    ("on", "the", "road"): ("в", "пути"),
    ("en", "route"): ("в", "пути"),
    ("eta",): ("будем", "через"),  # only before a time: see _english
    ("min",): ("минут",),
    ("mins",): ("минут",),
    ("minutes",): ("минут",),
    ("on", "site"): ("на", "месте"),
    ("onsite",): ("на", "месте"),
    ("on", "location"): ("на", "месте"),
    ("arrived",): ("прибыли",),
    ("done",): ("готово",),
    ("finished",): ("закончили",),
    ("completed",): ("завершили",),
    ("leaving", "for"): ("выезжаем", "на"),
    ("heading", "to"): ("выезжаем", "на"),
    ("heading", "for"): ("выезжаем", "на"),
    ("left", "for"): ("выехали", "на"),
    ("leaving",): ("уезжаем",),
    ("left", "the", "site"): ("уехали", "с", "объекта"),
    ("left",): ("уехали",),  # after «left for», «left office»: those are longer
    ("left", "site"): ("уехали", "с", "объекта"),
    ("left", "office"): ("выехали", "из", "офиса"),
    ("left", "the", "office"): ("выехали", "из", "офиса"),
    ("left", "our", "office"): ("выехали", "из", "офиса"),
    ("left", "the", "depot"): ("выехали", "с", "базы"),
    ("left", "our", "depot"): ("выехали", "с", "базы"),
    ("leaving", "office"): ("выезжаем", "из", "офиса"),
    ("leaving", "the", "office"): ("выезжаем", "из", "офиса"),
    ("leaving", "our", "office"): ("выезжаем", "из", "офиса"),
    ("leaving", "the", "depot"): ("выезжаем", "с", "базы"),
    ("leaving", "our", "depot"): ("выезжаем", "с", "базы"),
    ("from", "office"): ("из", "офиса"),
    ("from", "the", "office"): ("из", "офиса"),
    ("from", "base"): ("с", "базы"),
    ("we", "are", "coming"): ("мы", "едем"),
    ("going", "to", "site"): ("едем", "на", "объект"),
    ("ready",): ("готово",),
    ("need", "order"): ("нужно", "заказать"),
    ("ordered",): ("заказали",),
    ("waiting",): ("ждем",),
    ("fixed",): ("починили",),
    ("replaced",): ("заменили",),
    ("started",): ("приступили",),
    ("accepted",): ("приняли",),
    ("ticket", "acknowledged"): ("заявка", "принята"),
    ("request", "acknowledged"): ("заявка", "принята"),
    ("confirm", "receipt"): ("подтверждаем", "получение"),
    ("acceptance",): ("принятие",),
    ("we", "take", "it"): ("берем",),
    ("i", "take", "it"): ("беру",),
    ("i", "take", "it", "into", "work"): ("беру", "в", "работу"),
    ("we", "take", "it", "into", "work"): ("берем", "в", "работу"),
    ("and",): ("и",),
    ("still", "in", "progress"): ("еще", "работаем"),
    ("moving", "to"): ("переходим", "на"),
    ("starting",): ("начинаем",),
    ("we", "accept"): ("мы", "принимаем"),
    ("not", "yet"): ("еще", "не"),
    ("not",): ("не",),
    ("tomorrow",): ("завтра",),
}
_ENGLISH_LONGEST = max(len(words) for words in _ENGLISH)
_ASCII_WORD = re.compile(r"[a-z]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _english(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with the English phrases of :data:`_ENGLISH` read as their Russian."""
    written = [text[t.start : t.end].lower() for t in tokens]
    if not any(_ASCII_WORD.fullmatch(word) for word in written):
        return tokens
    found: list[Token] = []
    k = 0
    while k < len(tokens):
        for size in range(min(_ENGLISH_LONGEST, len(tokens) - k), 0, -1):
            russian = _ENGLISH.get(tuple(written[k : k + size]))
            if russian and written[k] == "eta" and not _time_follows(tokens, k + 1):
                russian = None  # «I will confirm his ETA»: no time, no trip
            if russian:
                break
        else:
            found.append(tokens[k])
            k += 1
            continue
        phrase = tokens[k : k + size]
        for j, word in enumerate(russian):
            source = phrase[min(j, size - 1)]
            end = phrase[-1].end if j == len(russian) - 1 else source.end
            found.append(Token(word, source.start, end, morph.forms(word)))
        k += size
    return found


# A form's «Позиция(и):», «Объект(ы)», «выполнил(а)»: the word, either number or gender.
_ENDING_IN_BRACKETS = re.compile(r"(?<=[а-я])\(-?[а-я]{1,3}\)")


def _spelled_with_digits(
    norm: str, start: int, end: int, vocabulary: frozenset[str]
) -> dict[int, Token]:
    """Latin words written with digits for letters («zakon4ili», «3akryli»), by where they
    start: the Russian word they spell, when they spell one."""
    if not any(ch in "346" for ch in norm[start:end]):
        return {}
    found = {}
    for match in _VOLAPUK.finditer(norm, start, end):
        word = match.group(0)
        if len(word) >= _MIN_TRANSLIT_KNOWN_LENGTH and sum(ch.isalpha() for ch in word) >= 2:
            russian, _known = _russian(word, vocabulary)
            if russian is not None:
                found[match.start()] = Token(
                    russian, match.start(), match.end(), morph.forms(russian)
                )
    return found


def _time_follows(tokens: list[Token], k: int) -> bool:
    """A number (past «~» or «approx») at ``tokens[k]``: «ETA 40 min», «ETA ~2:20 PM»."""
    while k < len(tokens) and tokens[k].text in ("~", "≈", ":", "-", "approx", "approximately"):
        k += 1
    return k < len(tokens) and tokens[k].is_number


_NUMBER_WORD = re.compile(r"(?<![А-Яа-яЁёA-Za-z])(?:поз|п|пп|№)\.?$", re.IGNORECASE)


def _tokens(norm: str, start: int, end: int, vocabulary: frozenset[str]) -> list[Token]:
    tokens: list[Token] = []
    spelled = _spelled_with_digits(norm, start, end, vocabulary)
    endings = {m.start(): m.end() for m in _ENDING_IN_BRACKETS.finditer(norm, start, end)}
    taken = start
    for match in _TOKEN.finditer(norm, start, end):
        if match.start() < taken:
            continue  # inside a word spelled with digits, already read
        if match.start() in endings:
            taken = endings[match.start()]
            continue
        if match.start() in spelled:
            token = spelled[match.start()]
            tokens.append(token)
            taken = token.end
            continue
        word = match.group(0)
        if not word[0].isalpha():
            tokens.append(Token(word, match.start(), match.end()))
            continue
        if not _HAS_CYRILLIC.match(word):
            tokens.append(_latin_token(word, match.start(), vocabulary))
            continue
        tokens.extend(_word_tokens(word, match.start(), vocabulary))
    return tokens


# Russian typed in Latin letters («vyehali», «na meste», «zakonchili, uehali»): a phone
# without a Russian keyboard. Longest spellings first.
_TRANSLIT = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "е"), ("ju", "ю"), ("ja", "я"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("y", "ы"), ("w", "в"), ("x", "кс"), ("q", "к"),
    # Digits for the letters they look like, in «zakon4ili», «3akryli», «6kaf»: only inside
    # a word of letters (see _VOLAPUK).
    ("4", "ч"), ("6", "ш"), ("3", "з"),
)  # fmt: skip
_TRANSLIT_PATTERN = re.compile("|".join(latin for latin, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
# «y» after a vowel is «й» («moy», «novyy»); the soft and hard signs are often left out
# («tolko», «obekt», «podezd»).
_Y_AFTER_VOWEL = re.compile(r"(?<=[аеиоуыэюя])ы")
_SIGNS = ("ь", "ъ")
_MIN_TRANSLIT_TYPO_LENGTH = 6
# A Latin word this long that spells a word of the dictionary is read as that word
# («snachala» is «сначала», not the status word «начала» one letter away); shorter ones
# are as often English («on», «no», «to»).
_MIN_TRANSLIT_KNOWN_LENGTH = 4
# Short words that decide a reading but are below the typo-fixing length; «eshe» is «ещё».
_TRANSLIT_SHORT = frozenset({
    "на", "в", "к", "с", "по", "не", "нет", "уже", "еще", "ещо", "мы", "и", "я", "еду", "все",
    "завтра", "послезавтра", "сегодня", "потом", "позже", "утра", "обе", "оба",
})  # fmt: skip
_TRANSLIT_SPELLINGS = {"еше": "еще", "есче": "еще"}
# A word of Latin letters with one of the digits above in it, alone between spaces.
_VOLAPUK = re.compile(r"(?<![a-z0-9])[a-z346]*(?:[a-z][346]|[346][a-z])[a-z346]*(?![a-z0-9])")


def _latin_token(word: str, start: int, vocabulary: frozenset[str]) -> Token:
    """A Latin word: itself, or the Russian word it spells when that is a word the rules
    know («vyehali» → «выехали») or, long enough, a word of the dictionary («snachala»,
    «4etverg»); an English word or a model name stays as it is."""
    end = start + len(word)
    if len(word) > _MAX_TYPO_LENGTH:
        return Token(word, start, end)
    russian, known = _russian(word, vocabulary)
    if russian is None:
        return Token(word, start, end)
    # A word of the dictionary keeps its Latin letters, which may name a position
    # («Savina 300» is a ventilator, not «савина»); the rules read its Russian grammar.
    return Token(word if known else russian, start, end, morph.forms(russian))


@lru_cache(maxsize=8192)
def _russian(word: str, vocabulary: frozenset[str]) -> tuple[str | None, bool]:
    """The Russian word ``word`` spells in Latin letters, or None; and whether it is only
    a word of the dictionary (not one the rules know)."""
    spelled = _TRANSLIT_PATTERN.sub(lambda m: _TRANSLIT_MAP[m.group(0)], word)
    spelled = _TRANSLIT_SPELLINGS.get(spelled, spelled)
    readings = list(dict.fromkeys([spelled, _Y_AFTER_VOWEL.sub("й", spelled)]))
    for russian in readings:
        if russian in _TRANSLIT_SHORT or russian in vocabulary:
            return russian, False
    if len(word) >= _MIN_TRANSLIT_KNOWN_LENGTH:
        for russian in readings:
            found = next((w for w in [russian, *_with_sign(russian)] if morph.is_known(w)), None)
            if found:
                return found, True
    if len(spelled) >= _MIN_TRANSLIT_TYPO_LENGTH:  # «sdlg» is a brand, not «сдал»
        return typo_fix(spelled, vocabulary), False
    return None, False


def _with_sign(word: str) -> list[str]:
    """``word`` with a soft or hard sign put back after one of its consonants."""
    return [
        word[:k] + sign + word[k:]
        for k in range(2, len(word))
        if word[k - 1] not in "аеиоуыэюяйьъ"
        for sign in _SIGNS
    ]


# A letter held down in a chat («приехалиии», «тууут», «всёёё»): no Russian word has one
# letter three times in a row.
_STRETCHED = re.compile(r"([а-я])\1{2,}")


def _unstretched(word: str, vocabulary: frozenset[str]) -> str:
    """``word`` with a stretched letter said once (or twice: «классс»), if that is a word."""
    for repeat in (r"\1", r"\1\1"):
        short = _STRETCHED.sub(repeat, word)
        if short in vocabulary or morph.is_known(short):
            return short
    return word


def _word_tokens(word: str, start: int, vocabulary: frozenset[str]) -> list[Token]:
    if _STRETCHED.search(word):
        short = _unstretched(word, vocabulary)
        if short != word:
            return [Token(short, start, start + len(word), morph.forms(short))]
    if morph.is_known(word) or not _MIN_TYPO_LENGTH <= len(word) <= _MAX_TYPO_LENGTH:
        return [Token(word, start, start + len(word), morph.forms(word))]
    for preposition in _GLUED_PREPOSITIONS:
        rest = word[len(preposition) :]
        if word.startswith(preposition) and rest in vocabulary:
            middle = start + len(preposition)
            return [
                Token(preposition, start, middle, morph.forms(preposition)),
                Token(rest, middle, start + len(word), morph.forms(rest)),
            ]
    corrected = typo_fix(word, vocabulary)
    return [Token(corrected or word, start, start + len(word), morph.forms(corrected or word))]


def typo_fix(word: str, vocabulary: frozenset[str]) -> str | None:
    """A vocabulary word one typo away from ``word`` (a letter missing, extra, replaced or
    two letters swapped), or None when there is none or they are forms of different words."""
    found = {candidate for candidate in _near(word) if candidate in vocabulary}
    if not found or not _same_ending(word, found):
        # A letter missing: «выполненых» is «выполненных» (its ending kept), not «выполнены».
        # A word cut short is that word, not another one with a letter inside: «выез.» is
        # «выезд», not «вывез».
        longer = set(_deletion_index(vocabulary).get(word, ()))
        cut_short = {c for c in longer if c.startswith(word)}
        found = cut_short or {c for c in longer if _same_ending(word, {c})} or found or longer
    if not found:
        for shorter in _deletions(word):
            found.update(_deletion_index(vocabulary).get(shorter, ()))
    found.discard(word)
    # Forms of one word: every candidate can be read as that word («прибыл», «прибыли»:
    # прибыть, though «прибыли» is also a noun).
    readings = [{form.lemma for form in morph.forms(candidate)} for candidate in found]
    shared = set.intersection(*readings) if readings and all(readings) else set()
    return min(found) if shared else None


@lru_cache(maxsize=8192)
def one_typo_away(word: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """Every vocabulary word one typo from ``word``: a letter missing, extra, replaced, or
    two letters swapped; none for a word too short or too long to be read as a typo."""
    if not _MIN_TYPO_LENGTH <= len(word) <= _MAX_TYPO_LENGTH:
        return frozenset()
    index = _deletion_index(vocabulary)
    found = {candidate for candidate in _near(word) if candidate in vocabulary}
    found.update(index.get(word, ()))
    for shorter in _deletions(word):
        found.update(index.get(shorter, ()))
    found.discard(word)
    return frozenset(found)


def _same_ending(word: str, candidates: set[str]) -> bool:
    """A candidate ends as ``word`` does (its last two letters: the grammar of the form)."""
    return any(candidate[-2:] == word[-2:] for candidate in candidates)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _near(word: str) -> set[str]:
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return _deletions(word) | swaps


@lru_cache(maxsize=4)
def _deletion_index(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) >= _MIN_TYPO_LENGTH:
            for shorter in _deletions(word):
                index.setdefault(shorter, []).append(word)
    return {key: tuple(value) for key, value in index.items()}
