"""Look-alikes: text that reads the same to a person but is other characters, chiefly
Russian letters that look like Latin ones («аdmin» with a Cyrillic «а», «CтройСервис» with
a Latin «C»), and characters nobody sees («Дубль» with a zero-width space after it). One
check for every name and address a person picks by eye: user names, contractor names,
contractor addresses and domains.
"""

from __future__ import annotations

import re
import unicodedata

from omis.core.shown import visible

# Russian letters that look like Latin ones: text equal after this (and case) reads the same.
_LOOK_ALIKE = str.maketrans("аеёорсухкмтнв", "aeeopcyxkmthb")
_WORD = re.compile(r"[^\W_]+")


def likeness(text: str) -> str:
    """What a person reads in ``text``: case, Russian look-alikes of Latin letters and
    invisible characters ignored, so «ADMIN», «аdmin» and «admin\u200b» read as «admin»."""
    visible = "".join(ch for ch in text if not is_invisible(ch))
    return visible.strip().casefold().translate(_LOOK_ALIKE)


# Characters that take no room on the screen: format characters (Unicode category Cf: the
# zero-width space and joiners, the byte order mark, the marks and overrides of text
# direction, the soft hyphen), control characters (Cc) and the few other characters Unicode
# says to show as nothing (fillers, variation selectors).
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc"})
_OTHER_INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0") | frozenset(
    map(chr, [*range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
)
# The marks, embeddings, overrides and isolates of text direction (all Cf): shown as they
# are, they reorder the text around them («\u202eпривет» reads «тевирп»).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_INVISIBLE_NAMES = {
    "\u00ad": "мягкий перенос",
    "\u200b": "пробел нулевой ширины",
    "\u200c": "разъединитель нулевой ширины",
    "\u200d": "соединитель нулевой ширины",
    "\u2060": "соединитель слов",
    "\ufeff": "метка порядка байтов",
    **dict.fromkeys(BIDI_CONTROLS, "знак направления текста"),
}


def is_invisible(ch: str) -> bool:
    """True for a character that shows as nothing (see :data:`_INVISIBLE_CATEGORIES`)."""
    return unicodedata.category(ch) in _INVISIBLE_CATEGORIES or ch in _OTHER_INVISIBLE


def invisible_character(text: str) -> str | None:
    """The first invisible character of ``text`` in words, «U+200B (пробел нулевой
    ширины)»; None when every character can be seen."""
    found = next((ch for ch in text if is_invisible(ch)), None)
    if found is None:
        return None
    control = unicodedata.category(found) == "Cc"
    name = _INVISIBLE_NAMES.get(found, "управляющий символ" if control else "невидимый знак")
    return f"{_code(found)} ({name})"


def reveal(text: str) -> str:
    """``text`` with each invisible character shown by a sign, «Дубль⟨U+200B⟩», a line
    break as ␍␊: for a message that has to show where it is (the signs of
    :func:`omis.core.shown.visible`, which every message quoting a typed value uses)."""
    return "".join((_sign(ch) if is_invisible(ch) else ch) for ch in text)


def _sign(ch: str) -> str:
    shown = visible(ch)
    return shown if shown != ch else f"⟨{_code(ch)}⟩"


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def mixes_scripts(word: str) -> bool:
    """Letters of two alphabets that look alike (Latin, Cyrillic, Greek) in one word: no
    real word is spelt so, a disguise is («strоyservis» with a Russian «о»)."""
    return len({_alphabet(ch) for ch in word if ch.isalpha()} - {None}) > 1


def _alphabet(letter: str) -> str | None:
    name = unicodedata.name(letter, "").split(" ", 1)[0]
    return name if name in _LOOK_ALIKE_ALPHABETS else None


_LOOK_ALIKE_ALPHABETS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def mixed_word(text: str) -> str | None:
    """The first word of ``text`` (letters and digits between other characters: the labels
    of a domain, the parts of an address) that mixes alphabets."""
    return next((word for word in _WORD.findall(text) if mixes_scripts(word)), None)
