"""Look-alikes: text that reads the same to a person but is other characters, chiefly
Russian letters that look like Latin ones («аdmin» with a Cyrillic «а», «CтройСервис» with
a Latin «C»). One check for every name and address a person picks by eye: user names,
contractor names, contractor addresses and domains.
"""

from __future__ import annotations

import re
import unicodedata

# Russian letters that look like Latin ones: text equal after this (and case) reads the same.
_LOOK_ALIKE = str.maketrans("аеёорсухкмтнв", "aeeopcyxkmthb")
_WORD = re.compile(r"[^\W_]+")


def likeness(text: str) -> str:
    """What a person reads in ``text``: case and Russian look-alikes of Latin letters
    ignored, so «ADMIN» and «аdmin» read as «admin»."""
    return text.strip().casefold().translate(_LOOK_ALIKE)


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
