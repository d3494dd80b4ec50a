"""Russian morphology for reading letters: every word's lemmas with their grammar.

pymorphy3 (with the OpenCorpora dictionary of pymorphy3-dicts-ru) gives each word form its
possible lemmas and grammatical features, so a rule names a verb once («выехать») and
matches every form of it, while the tense, aspect, person and mood still tell a report
(«выехали», «выезжаем») from a plan («выедем»). Words are analysed once per process and
cached: letters repeat the same few hundred words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3


@dataclass(frozen=True)
class Form:
    """One reading of a word: its lemma and the grammemes that matter for a status."""

    lemma: str
    pos: str  # NOUN, VERB, INFN, PRTS, PRTF, ADJS, ADJF, ADVB, PREP, ... ('' if unknown)
    tense: str = ""  # past / pres / futr
    aspect: str = ""  # perf / impf
    person: str = ""  # 1per / 2per / 3per
    mood: str = ""  # indc / impr
    case: str = ""  # nomn, gent, ...
    number: str = ""  # sing / plur
    gender: str = ""  # masc / femn / neut
    transitivity: str = ""  # tran / intr: «заменили (что)», «остались»
    animacy: str = ""  # anim / inan: «ребята работают», «ключи работают»

    @property
    def finite_future(self) -> bool:
        """A plan: «выедем», «будем», «приедут» (the future of a verb, not its past)."""
        return self.pos == "VERB" and self.tense == "futr"


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[Form, ...]:
    """Every reading of ``word`` (lower case, ё as е), most likely first."""
    readings: list[Form] = []
    for parse in _analyzer().parse(word):
        tag = parse.tag
        readings.append(
            Form(
                lemma=parse.normal_form.replace("ё", "е"),
                pos=str(tag.POS or ""),
                tense=str(tag.tense or ""),
                aspect=str(tag.aspect or ""),
                person=str(tag.person or ""),
                mood=str(tag.mood or ""),
                case=str(tag.case or ""),
                number=str(tag.number or ""),
                gender=str(tag.gender or ""),
                transitivity=str(tag.transitivity or ""),
                animacy=str(tag.animacy or ""),
            )
        )
    return tuple(dict.fromkeys(readings))


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """Whether the dictionary knows ``word`` (not a guess from its ending)."""
    return bool(_analyzer().word_is_known(word))


@lru_cache(maxsize=4096)
def lexeme(lemma: str) -> tuple[str, ...]:
    """Every form of ``lemma`` the dictionary knows («выехать» → выехал, выехали, …)."""
    words: list[str] = []
    for parse in _analyzer().parse(lemma):
        if parse.normal_form.replace("ё", "е") != lemma:
            continue
        words.extend(form.word.replace("ё", "е") for form in parse.lexeme)
    return tuple(dict.fromkeys(words))
