"""Status events in a sentence: what the sender reports as having happened.

Each status word is found by lemma (:mod:`omis.mail.rules`), then its grammar and its
neighbours decide whether it is a report: past and present count, the future is a plan
(except «будем через 30 минут», which says the crew is on its way); a negation or an
intention before it cancels it; a question reports nothing; prepositions decide where a
crew that «выехала» is (from the site: it left; to the site: on its way); «были на месте»
is a memory, «будем на месте» a promise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import takewhile

from omis.mail import morph
from omis.mail.morph import Form
from omis.mail.rules import Rules, Trigger
from omis.mail.words import (
    Sentence,
    Token,
    counted,
    is_abbreviation,
    is_emoji,
    noun_first,
    one_typo_away,
)
from omis.requests.lifecycle import Status

_CLAUSE_END = {",", ";", ":", "—", "–", "(", ")", "!", "?", "."}
_DATE = re.compile(r"(?<![\d:.])(\d{1,2})\.(\d{1,2})(?:\.\d{2,4})?(?![\d:])")
_TIME = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])")
_WINDOW = 4


@dataclass(frozen=True)
class Event:
    status: Status
    trigger: str
    weak: bool
    start: int  # offsets in the text the sentence belongs to
    end: int


def events(sentence: Sentence, rules: Rules) -> list[Event]:
    """Every status the sentence reports as having happened, in text order."""
    if sentence.question:
        return []
    found: list[Event] = []
    tokens = sentence.tokens
    by_word = _triggers_by_word(rules)
    finished = False  # a finish said so far; kept as it goes, not looked for at each word
    first = _first_word(tokens)
    asked = _asked(tokens)
    for index, token in enumerate(tokens):
        if not token.is_word or index in asked or _almost(tokens, index):
            continue
        finished = finished or (bool(found) and found[-1].status is Status.LEFT)
        possible = {n: t for lemma in token.lemmas for n, t in by_word.get(lemma, ())}
        for _order, trigger in sorted(possible.items()):
            status = _match(trigger, tokens, index, sentence, rules)
            if status is not None:
                end = _phrase_end(trigger, tokens, index)
                found.append(Event(status, trigger.name, trigger.weak, token.start, end))
                break
        else:
            status = _abbreviated(tokens, index, sentence, rules)
            if status is not None:
                name = f"{status.name.lower()}.abbreviation"  # «left.abbreviation»: shown as its status
                found.append(Event(status, name, False, token.start, token.end))
            elif _all_done(tokens, index, rules, sentence):
                found.append(Event(Status.LEFT, "left.vsyo", True, token.start, token.end))
            elif finished and _there_now(tokens, index, rules):
                end = tokens[index + 2].end
                found.append(Event(Status.ON_SITE, "on_site.seichas", False, token.start, end))
            elif (since := _there_since(tokens, index, rules)) is not None:
                end = tokens[since].end
                found.append(Event(Status.ON_SITE, "on_site.s_vremeni", False, token.start, end))
            elif index == first and _there_alone(tokens, rules):
                end = tokens[-1].end
                # weak: alone, where the sender is says he is there; after «выехали 2
                # машины», «Я на Ларгусе» may be the car, so the letter goes to review
                found.append(Event(Status.ON_SITE, "on_site.tut", True, token.start, end))
    return found


def _asked(tokens: tuple[Token, ...]) -> set[int]:
    """The words of a clause asking with «ли» («просим сообщить, есть ли на площадке
    покрытие», «уточните, на месте ли бригада»): a question inside a sentence reports
    nothing, even where the sentence does not end with a question mark."""
    if not any(token.text == "ли" for token in tokens):
        return set()
    asked: set[int] = set()
    clause: list[int] = []
    for k, token in enumerate([*tokens, None]):
        if token is None or token.text in _CLAUSE_MARKS:
            if any(tokens[j].text == "ли" for j in clause):
                asked.update(clause)
            clause = []
        else:
            clause.append(k)
    return asked


def _almost(tokens: tuple[Token, ...], i: int) -> bool:
    """«почти закончили», «уже почти на месте»: not yet."""
    return any(token.text == "почти" for token in tokens[max(0, i - 2) : i])


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–", ".", "!"})


def _first_word(tokens: tuple[Token, ...]) -> int:
    return next((k for k, token in enumerate(tokens) if token.is_word), -1)


_HERE = frozenset({"тут", "здесь"})
_WHO = frozenset({"я", "мы", "уже", "сейчас", "щас"})


def _there_alone(tokens: tuple[Token, ...], rules: Rules) -> bool:
    """A message that only says where the sender is: «на парковке 427012», «428277 на
    садовой», «я тут»; not «на базе», «на связи», nor where to («на Садовую»)."""
    words = [token for token in tokens if token.is_word]
    rest = [token for token in words if token.text not in _WHO]
    if len(rest) == 1 and rest[0].text in _HERE:
        return True
    if len(rest) != 2 or rest[0].text != "на":
        return False
    place = rest[1]
    if place.has_lemma(rules.direction.homes) or place.has_lemma(_NOT_A_SITE):
        return False
    cases = {form.case for form in place.forms if form.case}
    return bool(cases) and bool(cases & {"loct", "loc2"}) and "accs" not in cases


_NOT_A_SITE = frozenset({"связь", "больничный", "выходной", "отпуск", "обучение", "совещание"})
_PLACE_REACH = 5  # tokens of the place's name: «на крыше корп. Б», «на Кирова 12»


def _there_since(tokens: tuple[Token, ...], i: int, rules: Rules) -> int | None:
    """«Сергей Петрович на Козленской с 9.20», «бригада на КНС-3 с 10-15», «на крыше корп. Б
    с 8:50»: at a place since a clock time, that is on site; not at the base («КДМ на базе
    с 11:50»), not «на связи с 9:00», not a plan («будем на Кирова с 9:00»). The index of
    the time's last token, or None."""
    if tokens[i].text != "на" or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return None
    if tokens[i + 1].has_lemma(rules.direction.homes) or tokens[i + 1].has_lemma(_NOT_A_SITE):
        return None
    if not _located(tokens[i + 1]):
        return None  # «доступ на территорию с 8:00»: where to, not where the crew is
    for j in range(i + 2, min(len(tokens), i + 2 + _PLACE_REACH)):
        token = tokens[j]
        if token.text in ("с", "со"):
            end = _clock_time(tokens, j + 1)
            if end is None or _planned_before(tokens, i, rules) or _someone_else(tokens, i, rules):
                return None
            return end
        dot = token.text == "." and is_abbreviation(tokens[j - 1].text)
        if not (token.is_word or token.is_number or token.text == "-" or dot):
            return None
    return None


def _located(token: Token) -> bool:
    """The word after «на» may say where («на Козленской», «на крыше», «на КНС»), not only
    where to («на территорию», «на объект»)."""
    cases = {form.case for form in token.forms if form.case}
    return not cases or bool(cases & _WHERE_CASES)


_WHERE_CASES = frozenset({"loct", "loc2", "datv", "ablt", "gent"})


def _clock_time(tokens: tuple[Token, ...], k: int) -> int | None:
    """«9:20», «9.20», «10-15» at ``k``, glued: the index of its minutes, or None."""
    if k + 2 >= len(tokens):
        return None
    hour, mark, minutes = tokens[k : k + 3]
    glued = hour.end == mark.start and mark.end == minutes.start
    if not (glued and hour.is_number and minutes.is_number and mark.text in (":", ".", "-")):
        return None
    return k + 2 if int(hour.text) <= 23 and len(minutes.text) == 2 else None


def _planned_before(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """A plan word, a future or an infinitive before ``i`` in its clause («будем на …»)."""
    return _intended(tokens, i, rules, past=False) or any(
        _plan_verb(token) for token in _clause_before(tokens, i)
    )


_NOW = frozenset({"сейчас", "щас", "теперь"})
_IN_AT = frozenset({"в", "во", "на"})


def _there_now(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """«1 и 2 подъезд сделал, сейчас в 3-м», «п1 готово, сейчас на п.4»: after a finish,
    the crew is now at another part of the work, named by its number, its ordinal or a
    position word."""
    if tokens[i].text not in _NOW or i + 2 >= len(tokens) or tokens[i + 1].text not in _IN_AT:
        return False
    place = tokens[i + 2]
    if place.is_number:  # not what it counts: «сейчас в 3 часа»
        return len(place.text) <= 2 and not counted(tokens[i + 3] if i + 3 < len(tokens) else None)
    return place.has_lemma(_ORDINALS) or _position_word(place, rules)


def denied(sentence: Sentence, rules: Rules) -> set[Status]:
    """The statuses of the crew's movement the sentence says did not happen («бригада не
    выезжала», «так и не приехали»), or were called off («Выезд отменили — мокрый снег»:
    the form's «Действие: Выезд на объект» above it did not happen either)."""
    found: set[Status] = set()
    tokens = sentence.tokens
    by_word = _triggers_by_word(rules)
    if any(t.has_lemma(_CALLED_OFF) for t in tokens):
        found |= _moves_named(tokens, by_word)
    for index in range(1, len(tokens)):
        if tokens[index - 1].text not in rules.negations.words:
            continue  # «не выезжала», not «газель не завелась, едем»
        for form in tokens[index].forms:
            if form.pos != "VERB" or form.mood != "indc":
                continue  # «двор не чищен» is no denial of work
            for _order, trigger in by_word.get(form.lemma, ()):
                moving = (
                    trigger.status in (Status.EN_ROUTE, Status.ON_SITE) and not trigger.begins_work
                )  # «из-за ветра не начинали, на месте с 7:40»: there, and waiting
                if (
                    moving
                    and trigger.kind == "verb"
                    and form.tense in trigger.tenses
                    and _needs(trigger, tokens, index)
                ):
                    found.add(trigger.status)
    return found


# «отменили», «отменён», «отмена»: what they are said of did not happen.
_CALLED_OFF = frozenset({"отменить", "отменять", "отмениться", "отменяться", "отмена"})


def _moves_named(
    tokens: tuple[Token, ...], by_word: dict[str, tuple[tuple[int, Trigger], ...]]
) -> set[Status]:
    """The crew's moves named by a noun in ``tokens`` («выезд», «прибытие»)."""
    return {
        trigger.status
        for token in tokens
        for form in token.forms
        if form.pos == "NOUN"
        for _order, trigger in by_word.get(form.lemma, ())
        if trigger.kind == "noun" and trigger.status in (Status.EN_ROUTE, Status.ON_SITE)
    }


def _all_done(tokens: tuple[Token, ...], i: int, rules: Rules, sentence: Sentence) -> bool:
    """«по второму подъезду всё», «по 2 позиции всё — щиток запитали», «п.1 и п.2 всё»,
    «Поз 4 парковка - всё»: «всё» closing a clause that opened with «по …» or with the
    position itself says that part is done (a result: weak)."""
    if tokens[i].text != "все":
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and not _clause_ends(following):
        return False
    clause = _said_of(tokens, i, rules, sentence)
    opening = clause[0] if clause else None
    if opening is None or sum(t.is_word or t.is_number for t in clause) > 8:
        return False
    if opening.text != "по" and not _position_word(opening, rules):
        return False
    # Said of a position by its number or ordinal; «по торговому залу всё» names a place the
    # rules cannot tell from the rest of the request, and «всё» would then finish all of it.
    return any(t.is_number or t.has_lemma(_ORDINALS) for t in clause)


def _said_of(
    tokens: tuple[Token, ...], i: int, rules: Rules, sentence: Sentence
) -> tuple[Token, ...]:
    """The clause before «всё», over a dash just before it («Поз 4 — всё») and over the
    period of an abbreviated position («п.1 и п.2 всё»), from the start of its line («[10:31]
    ↵ по корпусу 2 всё»: a chat's stamp is no part of it)."""
    start = i
    if start > 0 and tokens[start - 1].text in _DASHES:
        start -= 1
    while start > max(0, i - _CLAUSE_REACH):
        before = tokens[start - 1]
        abbreviation = before.text == "." and start > 1 and _position_word(tokens[start - 2], rules)
        if before.text in _CLAUSE_END and not abbreviation:
            break
        gap = sentence.text[before.end - sentence.start : tokens[start].start - sentence.start]
        if "\n" in gap:
            break
        start -= 1
    return tuple(t for t in tokens[start:i] if t.text not in _DASHES)


_DASHES = frozenset({"-", "—", "–"})


def _position_word(token: Token, rules: Rules) -> bool:
    words = rules.position_words
    return token.text in words.abbreviations or token.has_lemma(words.lemmas)


_ORDINALS = frozenset({
    "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой",
    "девятый", "десятый",
})  # fmt: skip


def _clause_ends(token: Token) -> bool:
    """Punctuation, a hyphen used as a dash, or an emoji: the clause before it is over."""
    return token.text in _CLAUSE_END or token.text == "-" or is_emoji(token.text)


# «нач. участка», «зам. директора», «тех. отдел»: abbreviations of titles, never a status.
_TITLE_ABBREVIATIONS = frozenset({
    "нач", "зам", "гл", "тех", "техн", "отд", "уч", "ст", "мл", "вед", "рук", "пом", "ул",
    "пр", "пер", "прим", "зав", "ген", "дисп", "исп", "под", "при", "до", "от", "за",
})  # fmt: skip


def _abbreviated(
    tokens: tuple[Token, ...], i: int, sentence: Sentence, rules: Rules
) -> Status | None:
    """Telegraph style: «УБ. 1540», «ПРИБ. 0920», «ВЫЕЗ. 0830», «ПРИН.»: a word cut short
    with a period that begins forms of one status only, written in capitals or followed by
    a time. Reported unless the sentence plans it (as a noun would be)."""
    token = tokens[i]
    if not token.is_word:
        return None
    dotted = i + 1 < len(tokens) and tokens[i + 1].text == "." and token.end == tokens[i + 1].start
    status = status_prefixes(rules).get(token.text)
    if status is None or morph.is_known(token.text) or _negated(tokens, i, rules):
        return None
    written = sentence.text[token.start - sentence.start : token.end - sentence.start]
    following = tokens[i + 2] if dotted and i + 2 < len(tokens) else None
    if dotted:
        if not (written.isupper() or following is None or following.is_number):
            return None
    elif not _telegraphed(tokens, i, written):
        return None
    return _noun_reports(status, sentence, rules)


def _telegraphed(tokens: tuple[Token, ...], i: int, written: str) -> bool:
    """«ПРИБ 0900», «ПРИБ НА ОБЪЕКТ 1010»: a telegram drops the period, so a word cut
    short counts without it only in capitals, three letters or more, before a time or
    «на»/«с» (where the crew went or came from)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        written.isupper()
        and len(written) >= 3
        and following is not None
        and (following.is_number or following.text in ("на", "с", "со"))
    )


_PREFIXES: dict[int, tuple[Rules, dict[str, Status]]] = {}


def status_prefixes(rules: Rules) -> dict[str, Status]:
    """Every beginning (two letters or more) of a status word's forms that belongs to one
    status only and is not a title's abbreviation or another abbreviation the rules know."""
    known = _PREFIXES.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    statuses: dict[str, set[Status]] = {}
    for trigger in rules.statuses.triggers:
        if trigger.kind not in ("verb", "noun") or trigger.weak or trigger.needs:
            continue
        for lemma in trigger.lemmas:
            for form in morph.lexeme(lemma):
                for size in range(2, len(form)):
                    statuses.setdefault(form[:size], set()).add(trigger.status)
    # Abbreviations the rules know for something else: «доб.» of a phone, «д.» of a house.
    other = _TITLE_ABBREVIATIONS | rules.not_a_request.before
    table = {
        prefix: next(iter(found))
        for prefix, found in statuses.items()
        if len(found) == 1 and prefix not in other
    }  # a prefix that is itself a word («при», «вы») is refused when it is looked up
    _PREFIXES[id(rules)] = (rules, table)
    return table


_BY_WORD: dict[int, tuple[Rules, dict[str, tuple[tuple[int, Trigger], ...]]]] = {}


def _triggers_by_word(rules: Rules) -> dict[str, tuple[tuple[int, Trigger], ...]]:
    """The triggers a word may start, by lemma (a phrase by its first word), each with its
    place in the rules file: earlier triggers are tried first."""
    known = _BY_WORD.get(id(rules))
    if known is None or known[0] is not rules:
        index: dict[str, list[tuple[int, Trigger]]] = {}
        for order, trigger in enumerate(rules.statuses.triggers):
            for lemma in trigger.lemmas or (trigger.words[0] if trigger.words else ()):
                index.setdefault(lemma, []).append((order, trigger))
        known = (rules, {lemma: tuple(found) for lemma, found in index.items()})
        _BY_WORD[id(rules)] = known
    return known[1]


def _phrase_end(trigger: Trigger, tokens: tuple[Token, ...], index: int) -> int:
    last = index + max(len(trigger.words), 1) - 1
    return tokens[min(last, len(tokens) - 1)].end


def _match(
    trigger: Trigger, tokens: tuple[Token, ...], i: int, sentence: Sentence, rules: Rules
) -> Status | None:
    if trigger.kind == "phrase":
        return _phrase(trigger, tokens, i, sentence, rules)
    forms = [form for form in tokens[i].forms if form.lemma in trigger.lemmas]
    if not forms or _negated(tokens, i, rules):
        return None
    if trigger.kind == "noun":
        if not any(form.pos == "NOUN" and form.number != "plur" for form in forms):
            return None  # «план выездов», «выезды распределены»: a schedule, not an event
        if _predicate_denies(tokens, i, rules):
            return None  # «выезд по позиции 2 (лифт) не осуществлён»
        if i > 0 and tokens[i - 1].has_lemma(_PRICE):
            return None  # «стоимость выезда и диагностики 38 500 руб.»: a price, not a trip
        if i > 0 and tokens[i - 1].has_lemma(_IN_THE_COURSE_OF):
            return None  # «по итогам выезда направляем КП»: the visit as a context
        if _priced(tokens, i):
            return None  # «выезд альпинистов – 6 000 руб.»: the price list's line
        return _noun_reports(trigger.status, sentence, rules)
    if trigger.kind == "estimate":
        if _someone_else(tokens, i, rules):
            return None  # «каток подъедет к 9»: not the contractor's crew
        return trigger.status if _estimate(trigger, forms, tokens, i, sentence, rules) else None
    form = next((f for f in forms if _grammar_ok(trigger, f, tokens, i)), None)
    if form is None or not _needs(trigger, tokens, i):
        return None
    if _intended(tokens, i, rules, past=form.tense == "past" and form.pos == "VERB"):
        return None
    if form.pos == "INFN" and _plan_after(tokens, i, rules):
        return None  # «мы приехать завтра»: a plan
    if form.tense == "pres" and trigger.status is not Status.ON_SITE and _at_a_time(tokens, i):
        return None  # «выезжает в 07:15»: a timetable, not a report
    if form.tense == "pres" and form.lemma in _DEPARTING and _after_a_while(tokens, i):
        return None  # «выезжаем через час»: the departure is still to come
    if form.tense == "pres" and _plan_after(tokens, i, rules):
        return None  # «выезжаем завтра с утра», «работаем с завтрашнего утра»: a plan
    if form.tense == "pres" and _starts_after_trip(form, tokens, i, rules):
        return None  # «убыл на объект, начинаем с поз 1»: the order of the work to come
    if trigger.not_of and _done_to(tokens, i, frozenset(trigger.not_of)):
        return None  # «заказ сделал», «диагностику сделали»: not the work itself
    if trigger.status is Status.LEFT and _into_a_state(tokens, i):
        return None  # «котёл уходит в аварию»: equipment going into a state, not the crew
    if trigger.status is not Status.ACCEPTED and _someone_else(tokens, i, rules):
        return None  # «ДПС уехали», «скорая приехала»: not the contractor's crew
    if trigger.direction:
        return _direction(tokens, i, rules)
    if trigger.status is Status.EN_ROUTE and form.pos == "VERB" and _going_home(tokens, i, rules):
        return Status.LEFT  # «поехали домой», «едем на базу»: done here
    if (
        trigger.status is Status.LEFT
        and form.pos == "VERB"
        and form.lemma in _SETTING_OFF
        and _heading_to_site(tokens, i, rules)
    ):
        # «мастер убыл на адрес»: leaving for the site; not «поменял на», nor «закончили
        # на Ленина 118», where the work was done
        return Status.EN_ROUTE
    if (
        trigger.status is Status.LEFT
        and form.pos == "VERB"
        and form.lemma in _SETTING_OFF
        and _from_home(tokens, i, rules)
    ):
        return Status.EN_ROUTE  # «уезжаем из офиса на Вавилова»: on the way to the site
    if trigger.status is Status.ACCEPTED and _thanks_only(sentence, rules):
        return None  # «принял, спасибо»: the dispatcher's note acknowledged, not a request
    if trigger.status is Status.ACCEPTED and _by_a_machine(tokens, i):
        return None  # «Принято шлюзом: 03.11.2026 07:20»: an SMS gateway's stamp
    if trigger.status is Status.ACCEPTED and _noted(tokens, i):
        return None  # «информация принята к сведению»: noted, not a request taken on
    return trigger.status


def _done_to(tokens: tuple[Token, ...], i: int, nouns: frozenset[str]) -> bool:
    """The verb's object, within two words of it in its clause, is one of ``nouns``."""
    for step in (-1, 1):
        for k in range(i + step, i + 3 * step, step):
            if not 0 <= k < len(tokens) or _clause_ends(tokens[k]):
                break
            if tokens[k].has_lemma(nouns):
                return True
    return False


# What equipment goes into: «уходит в аварию», «ушёл в блокировку», «уходит в минус».
_STATES = frozenset({
    "авария", "блокировка", "защита", "ошибка", "режим", "перезагрузка", "минус", "ноль",
    "сон", "останов", "отказ", "перегрев", "сброс",
})  # fmt: skip


def _into_a_state(tokens: tuple[Token, ...], i: int) -> bool:
    """«уходит в аварию», «ушёл в защиту»: equipment going into a state, not a departure."""
    if not tokens[i].has_lemma({"уйти", "уходить"}):
        return False
    window = tokens[i + 1 : i + 4]
    return any(
        token.text in ("в", "во") and k + 1 < len(window) and window[k + 1].has_lemma(_STATES)
        for k, token in enumerate(window)
    )


_MACHINES = frozenset({"шлюз", "сервер", "система", "робот"})


def _by_a_machine(tokens: tuple[Token, ...], i: int) -> bool:
    """«принято шлюзом», «принята системой»: accepted by a machine, not by the contractor."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and any(
        f.lemma in _MACHINES and f.case == "ablt" for f in following.forms
    )


_IN_PASSING = frozenset({"уже", "тоже", "также", "только", "наконец", "ещё", "еще", "сами"})


def _someone_else(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """The verb's subject, right before it or right after it («приехала скорая», «в
    группах работают младшие воспитатели»), is someone who is not the crew."""
    k = i - 1
    while k >= 0 and tokens[k].text in _IN_PASSING:
        k -= 1
    if k >= 0 and tokens[k].has_lemma(rules.not_the_crew.lemmas):
        return True
    after = list(takewhile(lambda t: t.is_word, tokens[i + 1 : i + 3]))  # in its clause
    if after and not after[0].has_lemma(rules.not_the_crew.lemmas) and len(after) > 1:
        after = after[1:] if any(f.pos == "ADJF" for f in after[0].forms) else []
    return bool(after) and _nominative(after[0]) and after[0].has_lemma(rules.not_the_crew.lemmas)


def _nominative(token: Token) -> bool:
    return any(f.case == "nomn" for f in token.forms)


def _noted(tokens: tuple[Token, ...], i: int) -> bool:
    """«принято к сведению», «приняли к сведению»: the idiom for «noted»."""
    after = [t for t in tokens[i + 1 : i + 3] if t.is_word]
    return len(after) == 2 and after[0].text == "к" and after[1].has_lemma({"сведение"})


_STATE_REACH = 6  # tokens back: «Подвал лицея 10.11 был закрыт»


def _state_of(trigger: Trigger, tokens: tuple[Token, ...], i: int) -> bool:
    """«подвал закрыт», «закрыты ворота»: a short participle said of a room, a door or a
    road is the state it is in (locked), not work the crew has closed («люк закрыт»,
    «позиция закрыта»); the active verb («подвал закрыли») stays the crew's work."""
    if not trigger.states_of:
        return False
    nouns = frozenset(trigger.states_of)
    start = i - 1 if i > 0 and tokens[i - 1].text in _DASHES else i  # «подвал — закрыт»
    while start > max(0, i - _STATE_REACH) and not _ends_before(tokens, start):
        start -= 1
    return any(t.has_lemma(nouns) for t in (*tokens[start:i], *tokens[i + 1 : i + 2]))


def _ends_before(tokens: tuple[Token, ...], start: int) -> bool:
    """The clause ends before ``start`` (a date's dots «10.11» and an abbreviation's «каб.
    214» do not end it)."""
    k = start - 1
    if tokens[k].text == "." and k > 0 and is_abbreviation(tokens[k - 1].text):
        return False
    return not _inside_a_number(tokens, k) and _clause_ends(tokens[k])


def _inside_a_number(tokens: tuple[Token, ...], k: int) -> bool:
    """«9:00», «10.11»: the colon or dot of a time or a date, not a clause's end."""
    return (
        tokens[k].text in (":", ".")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].is_number
        and tokens[k + 1].is_number
    )


def _grammar_ok(trigger: Trigger, form: Form, tokens: tuple[Token, ...], i: int) -> bool:
    if form.pos == "VERB" and form.gender == "neut" and noun_first(tokens[i]):
        return False  # «начало в 14:00» is a noun, not «оно начало»
    if form.pos == "VERB" and i > 0 and _after_preposition(tokens, i):
        return False  # «до начала сезона»: a noun after a preposition, not «она начала»
    if trigger.forms:
        if form.pos not in ("ADJS", "PRTS"):
            return False
        return form.gender in trigger.forms or _said_of_a_position(tokens, i)
    if form.pos == "PRTS":
        return not _future_copula(tokens, i) and not _state_of(trigger, tokens, i)
    if form.pos == "ADJS":
        return trigger.needs != () and not _future_copula(tokens, i)
    if form.pos == "INFN":
        return _reported_infinitive(tokens, i)
    if form.pos != "VERB" or form.mood != "indc" or form.tense not in trigger.tenses:
        return False
    if trigger.persons and form.tense == "pres":
        if form.person == "3per" and form.number == "sing" and _crew_before(tokens, i):
            return True  # «бригада ещё работает»
        if form.person == "3per" and _things_before(tokens, i):
            return False  # «ключи старые работают», «трубки звонят»: what was fixed works
        return any(_person_ok(form, person) for person in trigger.persons)
    return True


# Right before an infinitive used for a finite verb: its subject, «уже» or «сейчас» («мы
# приехать», «бригада уже закончить», «п2 тоже закончить», «сейчас выехать» = выезжаем).
_SAYS_DONE = frozenset({"мы", "я", "уже", "тоже", "также", "сейчас", "щас"})


def _reported_infinitive(tokens: tuple[Token, ...], i: int) -> bool:
    """«мы приехать объект», «п2 тоже закончить», «сейчас ехать»: in broken Russian an
    infinitive with its subject, «уже» or «сейчас» right before it, and no verb of its own
    in the clause, is the report. An infinitive alone («приехать к 9:00») or governed by a
    word («надо приехать», «мы приехать не можем», «сейчас выехать не можем», «мастеру
    приехать») is a plan."""
    before = tokens[i - 1] if i > 0 else None
    if before is None or not (
        before.text in _SAYS_DONE
        or any(f.lemma in _CREW and f.case == "nomn" for f in before.forms[:1])
    ):
        return False
    return not any(_governs(token) for token in _clause_of(tokens, i))


def _clause_of(tokens: tuple[Token, ...], i: int) -> Iterator[Token]:
    """The words of the clause around ``tokens[i]``, but for itself."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and not (
            _clause_ends(tokens[k]) and not _inside_a_number(tokens, k)
        ):
            yield tokens[k]
            k += step


def _governs(token: Token) -> bool:
    """A finite verb, a predicative («надо», «можно») or a short adjective («должны»,
    «готовы»): a word an infinitive would depend on."""
    first = token.forms[0] if token.forms else None
    return first is not None and first.pos in ("VERB", "PRED", "ADJS", "PRTS")


_POSITION_NOUNS = frozenset({"позиция", "поз", "п", "работа"})


def _said_of_a_position(tokens: tuple[Token, ...], i: int) -> bool:
    """«позиция 3 готова», «п2 и п3 готовы», «работы готовы»: done, said of what was to be
    done; not readiness («бригада готова к выезду», «готовы выехать»)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and (
        following.text in ("к", "ли") or any(f.pos == "INFN" for f in following.forms[:1])
    ):
        return False
    return any(t.has_lemma(_POSITION_NOUNS) for t in tokens[max(0, i - 4) : i])


_PRICE = frozenset({"стоимость", "цена", "оплата", "расценка", "тариф", "счет"})


def _priced(tokens: tuple[Token, ...], i: int) -> bool:
    """A sum of money right after the noun, its clause not yet ended («выезд альпинистов –
    6 000 руб.», «выезд 1500 р»): what the trip costs, not a trip made."""
    for k in range(i + 1, min(i + 1 + _PRICE_REACH, len(tokens))):
        if tokens[k].text in (",", ";", "."):
            return False
        if tokens[k].text in _MONEY and tokens[k - 1].is_number:
            return True
    return False


_IN_THE_COURSE_OF = frozenset({"итог", "результат", "ход"})
_PRICE_REACH = 6  # «выезд бригады на объект – 6 000 руб.»
_MONEY = frozenset({"руб", "рублей", "рубля", "р", "₽", "тыс"})


def _after_preposition(tokens: tuple[Token, ...], i: int) -> bool:
    previous = tokens[i - 1]
    if previous.text in _ASSENT:
        return False  # «ок беру»: the dictionary reads «ок» as a preposition too
    return any(f.pos == "PREP" for f in previous.forms[:1]) and any(
        f.pos == "NOUN" for f in tokens[i].forms
    )


_CREW = frozenset({
    "бригада", "мастер", "механик", "специалист", "инженер", "техник", "электрик", "слесарь",
    "сотрудник", "монтажник", "бригадир", "прораб", "наладчик",
})  # fmt: skip


def _crew_before(tokens: tuple[Token, ...], i: int) -> bool:
    return any(t.has_lemma(_CREW) for t in tokens[max(0, i - 3) : i])


def _things_before(tokens: tuple[Token, ...], i: int) -> bool:
    """The verb's subject, the nearest noun before it in its clause (past one adjective),
    is a thing in the nominative: «ключи старые работают», «насосы работают»."""
    for k in range(i - 1, max(-1, i - 3), -1):
        if _clause_ends(tokens[k]):
            return False
        nouns = [f for f in tokens[k].forms if f.pos == "NOUN"]
        if nouns and nouns[0] is tokens[k].forms[0]:
            subject = any(f.case == "nomn" for f in nouns)
            return (
                subject
                and all(f.animacy == "inan" for f in nouns)
                and not (tokens[k].has_lemma(_CREW | _WORK_ITSELF))
            )
    return False


_WORK_ITSELF = frozenset({"работа", "монтаж", "ремонт", "демонтаж"})  # «работы ведутся»


def _at_a_time(tokens: tuple[Token, ...], i: int) -> bool:
    """A clock time after «в»/«к»/«после» within the next few words: «в 0715», «к 9:30»,
    «выезжает на Молодогвардейцев в 13:00»; an hour right before the verb («в 10
    выезжаю», «в 10:00 выезжаем»); a day in the verb's clause («едем вдвоём 13.11»)."""
    if _hour_before(tokens, i) or _day_after(tokens, i):
        return True
    window = tokens[i + 1 : i + 8]
    for k, token in enumerate(window[:-1]):
        if token.text in _CLAUSE_END:
            return False
        following = window[k + 1]
        if token.text in ("в", "к", "после", "около") and following.is_number:
            return len(following.text) in (3, 4) or (
                k + 3 < len(window) and window[k + 2].text in (":", ".", "-")
            )
    return False


def _hour_before(tokens: tuple[Token, ...], i: int) -> bool:
    """«в 10 выезжаю», «в 10:00 выезжаем»: the hour of the verb, said right before it."""
    before = [token.text for token in tokens[max(0, i - 4) : i]]
    if len(before) >= 2 and before[-2] == "в" and _hour(before[-1]):
        return True
    return len(before) == 4 and before[0] == "в" and _hour(before[1]) and before[2] == ":"


def _hour(text: str) -> bool:
    return text.isdecimal() and len(text) <= 2 and int(text) <= 23


def _day_after(tokens: tuple[Token, ...], i: int) -> bool:
    """A date («13.11») within the next few words of the verb's clause."""
    window = tokens[i + 1 : i + 6]
    for k, token in enumerate(window[:-2]):
        if token.text in _CLAUSE_END and token.text != ".":
            return False
        day, dot, month = token.text, window[k + 1].text, window[k + 2].text
        if day.isdecimal() and dot == "." and month.isdecimal() and len(month) <= 2:
            return 1 <= int(day) <= 31 and 1 <= int(month) <= 12
    return False


_STARTING = frozenset({"начинать", "начать"})


def _starts_after_trip(form: Form, tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """«начинаем с …» after a trip («убыл на объект», «выезд») or a plan («завтра») earlier
    in the sentence, or before a trip still to come: what starts then has not started yet
    («мы на обж, начинаем со 2го этажа» has)."""
    if form.lemma not in _STARTING or i + 1 >= len(tokens) or tokens[i + 1].text not in ("с", "со"):
        return False
    first_trip, last_trip_to_come = _trips(tokens, rules)
    # «Начинаем с ТК-7, бригада выедет после получения допуска»: the trip is still to come
    return first_trip < i or last_trip_to_come > i


_TRIPS: list[tuple[tuple[Token, ...], Rules, tuple[int, int]]] = []


def _trips(tokens: tuple[Token, ...], rules: Rules) -> tuple[int, int]:
    """Where the sentence's first trip or plan word is, and its last trip still to come
    (len(tokens) and -1 when none), looked up once per sentence: a sentence of ten
    thousand «начинаем с» must not be scanned ten thousand times."""
    if _TRIPS and _TRIPS[0][0] is tokens and _TRIPS[0][1] is rules:
        return _TRIPS[0][2]
    words = _TRIP | rules.intent.plan
    first = next((k for k, token in enumerate(tokens) if token.has_lemma(words)), len(tokens))
    last = next(
        (
            k
            for k in range(len(tokens) - 1, -1, -1)
            if tokens[k].has_lemma(_TRIP) and _plan_verb(tokens[k])
        ),
        -1,
    )
    _TRIPS[:] = [(tokens, rules, (first, last))]
    return first, last


_TRIP = frozenset({"выезд", "выехать", "выезжать", "убыть", "ехать", "выдвинуться", "выдвигаться"})


# Verbs of setting off: in the present with «через час» the crew has not set off yet
# («едем, будем через час» is travelling: «ехать» is not one of them).
_DEPARTING = frozenset({"выезжать", "выдвигаться", "отправляться", "уезжать", "убывать"})
_WHILE = frozenset({"час", "полчаса", "минута", "пара", "несколько", "пять", "десять"})


def _plan_after(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """A plan word after the verb, in its clause: «выезжаем завтра», «едем в пятницу»,
    «выезжаем после обеда»."""
    window = tokens[i + 1 : i + 5]
    for k, token in enumerate(window):
        if _clause_ends(token):
            return False  # «берём конечно 😊 Лена завтра будет»: the emoji ends the clause
        if token.has_lemma(rules.intent.plan) and not token.has_lemma(_WAITING):
            return True
        if token.text == "после" and k + 1 < len(window) and window[k + 1].has_lemma(_BREAKS):
            return True
    return False


_BREAKS = frozenset({"обед", "перерыв"})  # «после обеда»: a time of the day still ahead


def _after_a_while(tokens: tuple[Token, ...], i: int) -> bool:
    """«через час», «через 20 минут», «в течение часа» within the verb's clause."""
    window = tokens[i + 1 : i + 6]
    for k, token in enumerate(window[:-1]):
        if token.text in _CLAUSE_END:
            return False
        following = window[k + 1]
        if token.text in ("через", "течение") and (
            following.is_number or following.has_lemma(_WHILE)
        ):
            return True
    return False


def _in_a_while(tokens: tuple[Token, ...], i: int, end: int) -> bool:
    """«через полчаса», «через 20 минут», «через пол часа» right before the words from
    ``i`` to ``end`` in their clause, or right after them."""
    before = _clause_before(tokens, i)[-4:]
    starts = [k for k, token in enumerate(before) if token.text == "через"]
    if starts:
        return _a_while(before[starts[-1] + 1 :])
    return end + 1 < len(tokens) and tokens[end].text == "через" and _a_while(tokens[end + 1 :])


def _a_while(following: tuple[Token, ...]) -> bool:
    """The words after «через» say a while a trip lasts: not «через месяц»."""
    if not following or _long_while(following[:2]):
        return False
    first = following[0]
    return first.is_number or first.text == "пол" or first.has_lemma(_WHILE)


def _person_ok(form: Form, wanted: str) -> bool:
    person, _, number = wanted.partition(" ")
    return form.person == person and (not number or form.number == number)


def _future_copula(tokens: tuple[Token, ...], i: int) -> bool:
    """«будет направлен», «будут выполнены»: a passive in the future is a plan."""
    return any(
        any(f.lemma == "быть" and f.tense == "futr" for f in t.forms)
        for t in tokens[max(0, i - 3) : i]
    )


def _needs(trigger: Trigger, tokens: tuple[Token, ...], i: int) -> bool:
    if not trigger.needs:
        return True
    window = tokens[max(0, i - 2) : i] + tokens[i + 1 : i + 1 + _WINDOW]
    if "№" in trigger.needs and any(t.is_number and len(t.text) >= 3 for t in window):
        return True  # «6103 берём»: the request number itself
    if _ALONE in trigger.needs and _said_alone(tokens, i):
        return True  # «ок, берём!», «получили, берём конечно»: nothing else taken
    near = [*range(max(0, i - 2), i), *range(i + 1, min(len(tokens), i + 1 + _WINDOW))]
    crew = trigger.status is not Status.ACCEPTED  # who moves; «подтверждаем факт получения»
    return any(
        tokens[k].has_lemma(trigger.needs) and not (crew and _of_a_thing(tokens, k)) for k in near
    )


def _of_a_thing(tokens: tuple[Token, ...], k: int) -> bool:
    """The word is in the genitive right after a noun, of which it says whose («Списки
    сотрудников направлены ранее», «паспорта электриков отправили»): the noun is what was
    sent, not the crew («направили двух сотрудников»: a number, not a noun, before it)."""
    if k == 0:
        return False
    before = tokens[k - 1].forms[:1]
    return (
        bool(before)
        and before[0].pos == "NOUN"
        and any(f.case == "gent" for f in tokens[k].forms[:1])
    )


# In a trigger's «needs»: the verb is a clause by itself. No token is ever spelled so.
_ALONE = "<один>"
_ASIDES = frozenset({"конечно", "обязательно", "однозначно"})
_ASSENT = frozenset({"ок", "ok", "да", "хорошо", "ладно", "понял", "поняли", "принято"})


def _said_alone(tokens: tuple[Token, ...], i: int) -> bool:
    """The verb is its clause, but for an «ок» or an emoji before it and an aside or an
    emoji after it: it takes no object («КРТМ-30 со склада взял» took something else)."""
    if not all(_assent(t) for t in _clause_before(tokens, i)):
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following.text in _ASIDES:
        following = tokens[i + 2] if i + 2 < len(tokens) else None
    return following is None or _clause_ends(following)


def _assent(token: Token) -> bool:
    """«ок», «да», «👍»: a word that agrees, before what is agreed to."""
    return token.text in _ASSENT or is_emoji(token.text)


def _negated(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    before = [t.text for t in tokens[max(0, i - 2) : i] if t.is_word]
    return any(word in rules.negations.words for word in before)


def _predicate_denies(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """The noun at ``i`` denied by its own predicate after it, past what stands in
    brackets: «выезд … не осуществлён», «прибытие бригады не состоялось»."""
    depth = 0
    seen = 0
    for k in range(i + 1, len(tokens)):
        token = tokens[k]
        depth += (token.text == "(") - (token.text == ")")
        if depth > 0 or token.text == ")":
            continue
        if token.text in _CLAUSE_END and not _inside_a_number(tokens, k):
            return False
        if token.text in rules.negations.words and k + 1 < len(tokens):
            return any(f.pos in ("PRTS", "VERB") for f in tokens[k + 1].forms)
        seen += token.is_word
        if seen > _PREDICATE_REACH:
            return False
    return False


_PREDICATE_REACH = 6  # words after the noun: «выезд по позиции 2 заявки № 996958 не …»
_CLAUSE_REACH = 12  # tokens: «планируем завтра с утра выезд»; never the whole of a long text


def _clause_before(tokens: tuple[Token, ...], i: int) -> tuple[Token, ...]:
    start = i
    while start > max(0, i - _CLAUSE_REACH) and (
        tokens[start - 1].text not in _CLAUSE_END or _inside_a_number(tokens, start - 1)
    ):
        start -= 1
    return tokens[start:i]


def _intended(tokens: tuple[Token, ...], i: int, rules: Rules, past: bool) -> bool:
    """An intention, plan or condition before the word in its clause («планируем выезд»,
    «если выехали»); plans do not undo a verb in the past («выехали»)."""
    lemmas = rules.intent.condition if past else rules.intent.plan | rules.intent.condition
    return any(token.has_lemma(lemmas) for token in _clause_before(tokens, i))


@dataclass(frozen=True)
class _Facts:
    """What a sentence says as a whole, looked up once however many status words it holds
    (a letter of ten thousand «выезд» must not be read ten thousand times)."""

    plan_verb: bool  # a future or an order («выедем», «выезжайте»)
    not_happened: bool  # «задержка», «перенос», «отмена»
    intended: bool  # a plan or a condition word
    planned: bool  # a plan word alone («планируем», «завтра»)
    moving_plan: bool  # a planned departure («выедем завтра»)
    dated: bool  # a date and no clock time beside it
    estimate: bool  # «ориентировочно», «через», «около»
    thanks: bool  # «спасибо», «спс»
    accepts: bool  # «приняли», «принята»: the request taken on
    names_something: bool  # a request word or any number


_FACTS: list[tuple[Sentence, Rules, _Facts]] = []


def _facts(sentence: Sentence, rules: Rules) -> _Facts:
    if _FACTS and _FACTS[0][0] is sentence and _FACTS[0][1] is rules:
        return _FACTS[0][2]
    words = [t for t in sentence.tokens if t.is_word]
    text = sentence.text
    dates = [
        m
        for m in _DATE.finditer(text)
        if int(m.group(2)) <= 12
        and (int(m.group(1)) > 23 or not _time_like(text, m))
        and not _document_date(text, m)
    ]
    facts = _Facts(
        plan_verb=any(_plan_verb(t) and not _informing(words, k) for k, t in enumerate(words)),
        not_happened=any(t.has_lemma(_NOT_HAPPENED) for t in words),
        intended=any(t.has_lemma(rules.intent.plan | rules.intent.condition) for t in words),
        planned=any(t.has_lemma(rules.intent.plan) for t in words),
        moving_plan=any(_moving_plan(t, rules) for t in words),
        # The date itself looks like a time («27.11»), so the time is looked for around it.
        dated=bool(dates)
        and not _TIME.search(text, dates[0].end())
        and not _TIME.search(text, 0, dates[0].start()),
        estimate=any(t.has_lemma(rules.intent.estimate) for t in words),
        thanks=any(t.has_lemma(_THANKS) for t in words),
        accepts=any(t.has_lemma(_accepting(rules)) for t in words),
        names_something=any(
            t.has_lemma(rules.request_words.lemmas) or t.has_lemma(_INTO_WORK) or t.is_number
            for t in sentence.tokens
        ),
    )
    _FACTS[:] = [(sentence, rules, facts)]
    return facts


def _noun_reports(status: Status, sentence: Sentence, rules: Rules) -> Status | None:
    """«выезд 8:30», «прибытие бригады», «завершение работ»: a report unless the sentence
    says it is planned: a future or an order, an intention, a delay, a date without a time
    («выезд 05.11»). An estimate («прибытие через 40 минут») says the crew is on its way,
    and makes a departure or a finish a plan."""
    facts = _facts(sentence, rules)
    if facts.plan_verb or facts.not_happened or facts.intended or facts.dated:
        return None  # «выедем», «задержка выезда», «планируем выезд», «выезд 27.11»
    if facts.accepts and status is not Status.ACCEPTED:
        return None  # «Приняли, исполнитель бригада №5, выезд до обеда»: the schedule
    if facts.estimate:
        return Status.EN_ROUTE if status is Status.ON_SITE else None
    return status


def _accepting(rules: Rules) -> frozenset[str]:
    """The verbs that take a request on by themselves («приняли», «принята»)."""
    return frozenset(
        lemma
        for trigger in rules.statuses.triggers
        if trigger.status is Status.ACCEPTED and trigger.kind == "verb" and not trigger.needs
        for lemma in trigger.lemmas
    )


_NOT_HAPPENED = frozenset({"задержка", "перенос", "задерживаться", "отложить"}) | _CALLED_OFF


def _time_like(text: str, match: re.Match[str]) -> bool:
    """«в 10.11», «с 9.05»: a clock time; «выезд — 10.11» in a November letter is a date."""
    before = text[max(0, match.start() - 4) : match.start()].rstrip().lower()
    return before.endswith((" в", " с", " до", " к")) or before in ("в", "с", "до", "к")


def _document_date(text: str, match: re.Match[str]) -> bool:
    """«заявка № 4512 от 10.11.2026»: the date a document bears, not when a visit is."""
    return text[max(0, match.start() - 4) : match.start()].rstrip().lower().endswith(" от")


def _informing(words: list[Token], k: int) -> bool:
    """«Доводим до (Вашего) сведения, что …»: the formal «we inform you», which the
    dictionary also reads as a future («доводим» of the perfective «доводить»)."""
    after = words[k + 1 : k + 4]
    return (
        words[k].has_lemma({"доводить", "довести"})
        and bool(after)
        and after[0].text == "до"
        and any(t.has_lemma({"сведение"}) for t in after[1:])
    )


def _plan_verb(token: Token) -> bool:
    first = token.forms[0] if token.forms else None
    if first is None:
        return False
    if first.pos == "VERB" and (first.tense == "futr" or first.mood == "impr"):
        return first.lemma != "быть" or first.tense == "futr"
    return first.pos == "INFN"


def _estimate(
    trigger: Trigger,
    forms: list[Form],
    tokens: tuple[Token, ...],
    i: int,
    sentence: Sentence,
    rules: Rules,
) -> bool:
    """«будем через 30 минут», «будут к 9:30», «буду около 12»: the crew is travelling."""
    if not any(f.pos == "VERB" and f.tense == "futr" for f in forms):
        return False
    if i + 1 < len(tokens) and any(f.pos == "PRTS" for f in tokens[i + 1].forms):
        return False  # «бригада будет собрана в течение часа»: what will be done, not a trip
    facts = _facts(sentence, rules)
    if facts.planned or facts.moving_plan:
        return False
    window = list(tokens[max(0, i - _WINDOW) : i + 1 + _WINDOW])
    if _clock_after(tokens, i):
        return True  # «будем 9:30»
    for k, token in enumerate(window):
        if token.text == "через" and _long_while(window[k + 1 : k + 3]):
            continue  # «через месяц сотрут»: not a trip under way
        if token.text in ("через",) or token.has_lemma(("минута", "час", "полчаса")):
            return True
        following = window[k + 1] if k + 1 < len(window) else None
        if token.has_lemma(trigger.needs) and following is not None and following.is_number:
            return True
    return False


# Spans no trip lasts: «через месяц», «через неделю» is a forecast, not an arrival.
_LONG_WHILE = frozenset({"день", "сутки", "неделя", "месяц", "год", "полгода"})


def _long_while(following: tuple[Token, ...] | list[Token]) -> bool:
    return any(token.has_lemma(_LONG_WHILE) for token in following)


def _clock_after(tokens: tuple[Token, ...], i: int) -> bool:
    """«будем 9:30»: the hour of arrival right after the verb."""
    after = tokens[i + 1 : i + 4]
    return (
        len(after) == 3
        and after[0].is_number
        and after[1].text == ":"
        and after[2].is_number
        and after[0].end == after[1].start
    )


def _moving_plan(token: Token, rules: Rules) -> bool:
    """«Выедем завтра, к 9:00 будем»: a planned departure makes the arrival a plan too."""
    return any(
        f.pos == "VERB" and f.tense == "futr" and f.lemma in _movement(rules) for f in token.forms
    )


def _movement(rules: Rules) -> frozenset[str]:
    return frozenset(
        lemma
        for trigger in rules.statuses.triggers
        if trigger.status is Status.EN_ROUTE and trigger.kind == "verb"
        for lemma in trigger.lemmas
    )


def _phrase(
    trigger: Trigger, tokens: tuple[Token, ...], i: int, sentence: Sentence, rules: Rules
) -> Status | None:
    size = len(trigger.words)
    if i + size > len(tokens):
        return None
    for offset, lemmas in enumerate(trigger.words[:-1]):
        if not tokens[i + offset].has_lemma(lemmas):
            return None
    last = _phrase_word(tokens[i + size - 1], trigger, rules)
    if trigger.case and not any(
        f.case == trigger.case and f.number != "plur"
        for f in last.forms
        if f.lemma in trigger.words[-1]
    ):
        return None  # «находился на объектах» is a description, not a report
    if _point_of(tokens, i + size - 1):
        return None  # «на точке доступа заменили блок»: a device, not the crew's place
    if _negated(tokens, i, rules) or _intended(tokens, i, rules, past=False):
        return None
    if trigger.status is Status.ON_SITE and _in_a_while(tokens, i, i + size):
        # «через полчаса на месте», «на месте через 20 минут»: travelling, as «будем через
        # 30 минут» is
        return None if _facts(sentence, rules).planned else Status.EN_ROUTE
    if trigger.needs and not _phrase_needs(trigger, tokens, i, size):
        return None
    if _denied_after(tokens, i + size, rules):
        return None  # «на объекте никого нет»
    if _planned_after(tokens, i + size, rules):
        return None  # «Работы на территории планируются на 09.11»
    if _whose_place(tokens, i, sentence):
        return None  # «фильтров на объекте 14 шт.»: where the things are, not the crew
    if _role(tokens, i, i + size):
        return None  # «Старший на объекте – Шерзод»: who is in charge there, not an arrival
    if trigger.status is Status.ON_SITE and _someone_else(tokens, i, rules):
        return None  # «мама на площадке», «скорая на месте»: not the contractor's crew
    if _worked_there(tokens, i):
        return None  # «перезарядили на месте», «снег сложен на территории»: where, not who
    if _done_there_later(tokens, i, i + size):
        return None  # «наряд-допуск оформим на месте», «разберитесь на месте»: a plan
    copula = _copula(tokens, i) or _copula_after(tokens, i + size)
    if copula == "past":
        return None  # «мы были на месте в 15.05»: a memory, not a report
    if copula == "futr":
        plan = _facts(sentence, rules).planned
        return Status.EN_ROUTE if trigger.status is Status.ON_SITE and not plan else None
    return trigger.status


def _phrase_word(token: Token, trigger: Trigger, rules: Rules) -> Token:
    """The phrase's last word as written, or the word it is a typo of. After the phrase's
    first word, a typo that happens to be a word of its own is still the typo: «на мсте»
    (the river Msta), «на мести» (to sweep) are «на месте»."""
    if len(trigger.words) < 2 or token.has_lemma(trigger.words[-1]):
        return token
    lemmas = trigger.words[-1]
    fitting = sorted(
        candidate
        for candidate in one_typo_away(token.text, vocabulary(rules))
        if _slip(token.text, candidate)
        and any(
            form.lemma in lemmas and (not trigger.case or form.case == trigger.case)
            for form in morph.forms(candidate)
        )
    )
    if not fitting:
        return token
    return Token(fitting[0], token.start, token.end, morph.forms(fitting[0]))


def _slip(written: str, meant: str) -> bool:
    """A slip of the hand or of the ear: a letter missing or extra, two letters swapped,
    or a vowel of the unstressed ending misheard («мести»); not another root («на мосте»
    is on a bridge)."""
    if len(written) != len(meant):
        return True
    differ = [k for k, (a, b) in enumerate(zip(written, meant, strict=True)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1
    return swapped or all(k >= len(written) - 2 for k in differ)


_NUMBER_SIGNS = frozenset({"№", "#", "n", "-", "—", "–", ":"})


def _phrase_needs(trigger: Trigger, tokens: tuple[Token, ...], i: int, size: int) -> bool:
    """A phrase said of the request: what comes before it in its clause (over a dash) is
    only the request's number («67642 — в работе», «Заявка 50458 - в работе»: «№» in
    needs), or nothing («В работе!!»: «<один>»); not «бригада в работе», «П1, П2 — в
    работе» (positions at work) or «в работе с 9:00»."""
    before = tuple(t for t in _before_over_dashes(tokens, i) if not _assent(t))
    following = tokens[i + size] if i + size < len(tokens) else None
    if not any(t.is_word or t.is_number for t in before):
        return _ALONE in trigger.needs and (following is None or _clause_ends(following))
    return (
        "№" in trigger.needs
        and any(t.is_number and len(t.text) >= 3 for t in before)
        and all(
            (t.is_number and len(t.text) >= 3)
            or t.text in _NUMBER_SIGNS
            or t.has_lemma(frozenset(trigger.needs))
            for t in before
        )
    )


def _before_over_dashes(tokens: tuple[Token, ...], i: int) -> tuple[Token, ...]:
    """The words before ``tokens[i]`` back to a clause's end that is not a dash or a colon."""
    start = i
    while start > max(0, i - _WINDOW * 2) and (
        tokens[start - 1].text in _NUMBER_SIGNS or not _clause_ends(tokens[start - 1])
    ):
        start -= 1
    return tokens[start:i]


def _done_there_later(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """A verb in the future, an order or an infinitive near the place ``tokens[i:j]``, in
    its clause: what will be done there («оформим на месте», «посмотрите на месте», «к кому
    обратиться на месте», «на месте оформим»), not where the crew is; the future of «быть»
    is the copula's («будем на месте»)."""
    for token in reversed(_clause_before(tokens, i)[-3:]):
        first = token.forms[0] if token.forms else None
        if first is not None and first.pos == "INFN" and token.text != "есть":
            return True  # not «то есть на месте»: «есть» is «is» far more than «to eat»
        if first is not None and first.pos == "VERB" and first.lemma != "быть":
            return first.tense == "futr" or first.mood == "impr"
    following = tokens[j] if j < len(tokens) else None
    return (
        following is not None
        and bool(following.forms)
        and all(
            f.pos == "VERB" and f.tense == "futr" and f.lemma != "быть" for f in following.forms
        )
    )


def _worked_there(tokens: tuple[Token, ...], i: int) -> bool:
    """Right after work done to something (a transitive verb in the past, a passive
    participle), the place says where it was done («18 шт перезарядили на месте», «счётчик
    поверен на месте»), not that the crew is there; «остались на месте», «ждём на месте»
    are the crew's own."""
    before = tokens[i - 1] if i > 0 else None
    return before is not None and any(
        (f.pos == "VERB" and f.tense == "past" and f.transitivity == "tran") or f.pos == "PRTS"
        for f in before.forms
    )


def _point_of(tokens: tuple[Token, ...], j: int) -> bool:
    """«точка» with a noun of what it is a point of («точка доступа», «точка подключения»):
    a thing; alone («парни на точке») it is the crew's place of work."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        tokens[j].has_lemma({"точка"})
        and after is not None
        and bool(after.forms)
        and after.forms[0].pos == "NOUN"
        and after.forms[0].case == "gent"
    )


def _whose_place(tokens: tuple[Token, ...], i: int, sentence: Sentence) -> bool:
    """The place follows a noun in the genitive, never the nominative («фильтров на объекте
    14 шт.», «щитов на площадке два»): it says where those things are; who is somewhere is
    in the nominative («бригада на объекте»), or named («механик Лапин на месте»)."""
    before = tokens[i - 1].forms if i > 0 else ()
    written = sentence.text[tokens[i - 1].start - sentence.start :][:1] if i > 0 else ""
    return (
        bool(before)
        and written.islower()
        and before[0].pos == "NOUN"
        and before[0].case == "gent"
        and not any(f.case == "nomn" for f in before)
    )


_ROLES = frozenset({"старший", "ответственный", "представитель", "контактный", "контакт"})


def _role(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """A role and who holds it: «Старший на объекте – Шерзод», «Ответственный на месте:
    Иванов»."""
    named = j < len(tokens) and tokens[j].text in ("—", "–", "-", ":")
    return named and i > 0 and tokens[i - 1].has_lemma(_ROLES)


def _denied_after(tokens: tuple[Token, ...], j: int, rules: Rules) -> bool:
    after: list[str] = []
    while j < len(tokens) and tokens[j].text not in _CLAUSE_END and len(after) < 3:
        after.append(tokens[j].text)
        j += 1
    return any(word in rules.negations.words or word.startswith("никого") for word in after)


def _planned_after(tokens: tuple[Token, ...], j: int, rules: Rules) -> bool:
    """A plan or a future said of the place after it, in its clause."""
    plan = rules.intent.plan | rules.intent.condition
    window = tokens[j : j + 8]
    for k, token in enumerate(window):
        if token.text in _CLAUSE_END:
            return False
        first = token.forms[0] if token.forms else None
        if _doing_there(first, plan):
            return False  # «на месте ждём энергетиков, без отключения не полезем»
        if token.has_lemma(_WEEKDAYS) and (k == 0 or window[k - 1].text not in _ON_A_DAY):
            continue  # «на месте, суббота, народ дома»: today's name, not a day to come
        if token.has_lemma(plan) or (first and first.finite_future and first.lemma != "быть"):
            return True  # «будем на месте» is the copula's: see _copula_after
    return False


_WAITING = frozenset({"ждать", "ожидать"})
_WEEKDAYS = frozenset({
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
})  # fmt: skip
_ON_A_DAY = frozenset({"в", "во", "к", "до", "с", "со", "на", "после"})


def _doing_there(form: Form | None, plan: frozenset[str]) -> bool:
    """The clause's own verb in the present, first person: what the crew is doing (or
    waiting for) where it is; a later verb belongs to a clause the writer did not mark."""
    if form is None or form.pos != "VERB" or form.tense != "pres" or form.person != "1per":
        return False
    return form.lemma in _WAITING or form.lemma not in plan


def _copula_after(tokens: tuple[Token, ...], j: int) -> str:
    """«на месте буду около 9»: only a future «быть» right after the phrase counts."""
    for token in tokens[j : j + 2]:
        if any(f.lemma == "быть" and f.tense == "futr" for f in token.forms):
            return "futr"
    return ""


def _copula(tokens: tuple[Token, ...], i: int) -> str:
    for token in reversed(tokens[max(0, i - 3) : i]):
        for form in token.forms:
            if form.lemma == "быть" and form.pos == "VERB":
                return form.tense
    return ""


def _direction(tokens: tuple[Token, ...], i: int, rules: Rules) -> Status:
    """Where a crew that «выехала» is: leaving the site, or leaving for it."""
    source: Token | None = None
    modifier = False
    destination = False
    j = i + 1
    end = min(len(tokens), i + 12)
    while j < end:
        token = tokens[j]
        if token.text in (".", ";", "!", "?", ","):
            break
        if token.text in _FROM_HERE:
            return Status.LEFT  # «уехал оттуда на Октябрьский»: from the site, wherever to
        following = _next_word(tokens, j + 1, end)
        if token.text in rules.direction.from_ and following is not None and source is None:
            k = _past_number(tokens, j + 1, end)  # «с 63 школы»: the place, not its number
            following = tokens[k] if k < end else following
            if _case(following, "gent") and not following.has_lemma(_TIMES_OF_DAY):
                source = following
                modifier = _is_modifier(tokens, k, rules)
        elif token.text in rules.direction.to and following is not None and following.is_word:
            destination = True
        j += 1
    if source is None:
        source = _source_before(tokens, i, rules)
    if source is None:
        return Status.EN_ROUTE
    if source.has_lemma(rules.direction.sites) and not modifier:
        return Status.LEFT
    if modifier or source.has_lemma(rules.direction.homes) or destination:
        return Status.EN_ROUTE
    return Status.LEFT


_FROM_HERE = frozenset({"оттуда", "отсюда"})
_HOME = frozenset({"база", "офис", "гараж", "дом", "обед"})  # «поехали на обед»
# «выехали с утра»: since when, not from where.
_TIMES_OF_DAY = frozenset({"утро", "вечер", "ночь", "обед", "полдень", "рассвет"})


def _going_home(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """«поехали домой», «едем на базу», «поехали на обед»: the crew's way away from the site."""
    end = min(len(tokens), i + 5)
    for j in range(i + 1, end):
        token = tokens[j]
        if token.text in _CLAUSE_END:
            return False
        if token.text == "домой":
            return True
        following = tokens[j + 1] if j + 1 < end else None
        if token.text in rules.direction.to and following is not None:
            return following.has_lemma(_HOME) and _case(following, "accs")
    return False


def onward(sentence: Sentence, rules: Rules) -> list[tuple[int, bool]]:
    """Where the crew sets off (or has set off) for another place: «уходим на УД-3»,
    «перешли на корпус 2», «выехали на Космонавтов 18»; not home, not the site in general,
    not a plan («завтра поедем на Мира»). Each verb's offset, in text order, and whether
    it says the crew is leaving («ушли», «переезжаем»), not only setting off («выехали»)."""
    if sentence.question:
        return []
    tokens = sentence.tokens
    found: list[tuple[int, bool]] = []
    for i, token in enumerate(tokens):
        if not token.is_word or not token.has_lemma(_MOVING):
            continue
        form = next((f for f in token.forms if _moving_now(f)), None)
        if form is None:
            continue
        if _negated(tokens, i, rules) or _intended(tokens, i, rules, form.tense == "past"):
            continue
        if _plan_after(tokens, i, rules) or not _elsewhere(tokens, i, rules):
            continue
        found.append((token.start, form.lemma in _LEAVING))
    return found


_LEAVING = frozenset({
    "убыть", "убывать", "уехать", "уезжать", "уйти", "уходить", "перейти", "переходить",
    "переехать", "переезжать", "переместиться", "перемещаться", "перебраться",
})  # fmt: skip


# Verbs of leaving whose «на/в» is where the crew went («убыл на адрес»).
_SETTING_OFF = _LEAVING | {"отбыть", "отбывать"}


def _moving_now(form: Form) -> bool:
    """A verb of moving, said as happening or done («уходим», «перешли»), not a plan."""
    return (
        form.lemma in _MOVING
        and form.pos == "VERB"
        and form.mood == "indc"
        and form.tense in ("past", "pres")
    )


_MOVING = frozenset({
    "выехать", "выезжать", "ехать", "поехать", "выдвинуться", "выдвигаться", "отправиться",
    "отправляться", "направиться", "направляться", "убыть", "убывать", "уехать", "уезжать",
    "уйти", "уходить", "перейти", "переходить", "переехать", "переезжать", "переместиться",
    "перемещаться", "перебраться",
})  # fmt: skip


def _elsewhere(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """A destination after the verb, in its clause, that is another place: «на 2-й узел»,
    «на ТП-9», «на Космонавтов 18»; not the crew's own («на базу»), the site in general
    («на объект», «к месту работ»), the customer («к вам»), a request, an errand («на
    осмотр») or a time («в 15:20», «в 12 20»). A departure from a place it names to another
    («убыла с ТП-14 на ТП-9») sets off for the other all the same; that it left the first
    is :func:`_direction`'s."""
    end = min(len(tokens), i + 8)
    for j in range(i + 1, end - 1):
        token = tokens[j]
        if token.text in (".", ";", "!", "?", ","):
            return False
        if token.text not in rules.direction.to:
            continue
        place = _place_after(tokens, j + 1, end)
        if place is None:
            return False
        if place.is_number:
            return token.text == "на"  # «на 3-й», «на 14»; «в 12 20», «к 9» are times
        if _position_word(place, rules):
            return True  # «на поз. 3», «на п2»
        first = place.forms[0] if place.forms else None
        return (
            place.is_word
            and _case(place, "accs")
            and not (first is not None and first.pos in ("NPRO", "ADVB", "PREP", "CONJ"))
            and not any(
                place.has_lemma(lemmas)
                for lemmas in (
                    rules.direction.homes, rules.direction.sites, rules.request_words.lemmas,
                    _HOME, _TIMES_OF_DAY, _NOT_PLACES,
                )
            )
        )  # fmt: skip
    return False


def _place_after(tokens: tuple[Token, ...], j: int, end: int) -> Token | None:
    """The noun after a preposition, over adjectives («на гарантийный осмотр»); a number
    stands for itself unless a noun follows it («на 2-й узел»: the node)."""
    number: Token | None = None
    for token in tokens[j : min(end, j + 4)]:
        if token.text in ("-", "–"):
            continue
        if token.is_number:
            if number is not None:
                return number
            number = token
            continue
        first = token.forms[0] if token.forms else None
        if first is not None and first.pos in ("ADJF", "PRTF") and not token.is_number:
            continue
        if number is not None and number.end == token.start:
            continue  # «2й»: the ending of the ordinal
        return token if token.is_word else number
    return number


# Where a crew goes that is not a place: «на обед», «в отпуск», «в 15:20», «на заявку».
_NOT_PLACES = frozenset({
    "отпуск", "перерыв", "выходной", "больничный", "ремонт", "работа", "вызов", "час",
    "минута", "сторона", "время", "смена", "утро", "день", "осмотр", "проверка",
    "диагностика", "обследование", "консультация", "совещание", "планерка",
})  # fmt: skip


def _source_before(tokens: tuple[Token, ...], i: int, rules: Rules) -> Token | None:
    """«со Ставропольской выехали»: where from, said before the verb in its clause."""
    for j in range(i - 1, max(-1, i - 5), -1):
        token = tokens[j]
        if token.text in _CLAUSE_END:
            return None
        k = _past_number(tokens, j + 1, i)
        if token.text in rules.direction.from_ and k < i and _case(tokens[k], "gent"):
            return tokens[k]
    return None


def _past_number(tokens: tuple[Token, ...], k: int, end: int) -> int:
    """Past a place's own number before its name («с 63 школы», «из № 7 корпуса»)."""
    if k < end and tokens[k].text == "№":
        k += 1
    if k + 1 < end and tokens[k].is_number and len(tokens[k].text) <= 3 and tokens[k + 1].is_word:
        return k + 1
    return k


def _heading_to_site(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """«убыл на адрес», «ушли на узел 2»: a departure towards a place that is not the
    crew's own (a base, an office, another job), and from nowhere named."""
    end = min(len(tokens), i + 8)
    for j in range(i + 1, end):
        token = tokens[j]
        if token.text in (".", ";", "!", "?", ","):
            return False
        following = tokens[j + 1] if j + 1 < end else None
        if token.text in rules.direction.from_ or token.text in _FROM_HERE:
            return False
        if (
            token.text == "к"
            and following is not None
            and following.has_lemma(rules.direction.sites)
        ):
            return True  # «убыл к месту проведения работ»
        if token.text in rules.direction.to and following is not None and following.is_word:
            return not following.has_lemma(rules.direction.homes) and _case(following, "accs")
    return False


def _from_home(tokens: tuple[Token, ...], i: int, rules: Rules) -> bool:
    """«уезжаем из офиса», «ушли с базы на объект», «уехали с другого объекта»: a departure
    from the crew's own place, so towards the site, as «выехали с базы» is. Not every one of
    ``direction.homes``: «уехали со склада» leaves a warehouse that was the site."""
    end = min(len(tokens), i + 8)
    for j in range(i + 1, end - 1):
        token = tokens[j]
        if token.text in (".", ";", "!", "?", ","):
            return False
        if token.text in rules.direction.from_:
            following = tokens[j + 1]
            return following.has_lemma(_OWN_PLACES) and _case(following, "gent")
    return False


_OWN_PLACES = frozenset({"база", "офис", "гараж", "мастерская", "другой", "предыдущий"})


_THANKS = frozenset({"спасибо", "спс", "благодарить", "благодарю", "пасиб", "сенкс"})


_INTO_WORK = frozenset({"работа", "исполнение"})  # «приняли в работу, спасибо»: the request


def _thanks_only(sentence: Sentence, rules: Rules) -> bool:
    """An acceptance said with thanks and without naming what is accepted."""
    facts = _facts(sentence, rules)
    return facts.thanks and not facts.names_something


def _next_word(tokens: tuple[Token, ...], j: int, end: int) -> Token | None:
    return tokens[j] if j < end else None


def _is_modifier(tokens: tuple[Token, ...], j: int, rules: Rules) -> bool:
    """«с другого объекта», «с предыдущего адреса»: another place, so going to this one."""
    return (
        j < len(tokens)
        and tokens[j].has_lemma(rules.direction.homes)
        and any(f.pos == "ADJF" for f in tokens[j].forms)
    )


def _case(token: Token, case: str) -> bool:
    """Whether ``token`` can be in ``case`` (an unknown name can be anything)."""
    cases = {form.case for form in token.forms if form.case}
    return token.is_word and (not cases or case in cases)


_VOCABULARIES: dict[int, tuple[Rules, frozenset[str]]] = {}


def vocabulary(rules: Rules) -> frozenset[str]:
    """Every form of every status word: the words typos are corrected towards."""
    known = _VOCABULARIES.get(id(rules))
    if known is None or known[0] is not rules:
        known = _VOCABULARIES[id(rules)] = (rules, _vocabulary(rules))
    return known[1]


def _vocabulary(rules: Rules) -> frozenset[str]:
    lemmas: set[str] = set()
    for trigger in rules.statuses.triggers:
        lemmas.update(trigger.lemmas)
        for group in trigger.words:
            lemmas.update(group)
    lemmas.update(rules.position_words.lemmas)
    words = {form for lemma in lemmas for form in morph.lexeme(lemma)}
    return frozenset(word for word in words if len(word) >= 4)
