"""Tables in letters («№ поз. | Прибытие | Убытие | Статус»): one report per row.

A row names its position in the column headed «поз.»/«позиция»/«№»; a time under a column
headed by a status noun («Время прибытия», «Убытие») is that event; any other cell is read
like a sentence («работы завершены, убыли», «на месте», «не начато»). Rows come as lines
with tabs (text tables, and HTML tables turned into text) or «|» between cells, or with
columns lined up by runs of spaces under a heading lined up the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omis.mail import morph
from omis.mail.rules import Rules
from omis.mail.statuses import Event, events, status_prefixes
from omis.mail.words import Sentence, sentences

_SEPARATOR = re.compile(r"\t+|\s*\|\s*")
_WIDE_SEPARATOR = re.compile(r" {2,}")  # columns lined up with spaces («Поз.  Объект  Статус»)
_POSITION_HEADER = re.compile(r"^(№\s*)?(поз|позиц|п/п|п\.?$|№$)", re.I)
# «9:52», «09.52», «0920»; never «24.11» (a date).
_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.])|^(?:[01]\d|2[0-3])[0-5]\d$")
_MIN_CELLS = 3
_ROW_NUMBER = re.compile(r"(?:(?:поз|позиция|п)\.?\s*)?(\d{1,2})", re.I)
# «2», «2.», «1 (Вайнера, 9)», «1 – северное крыло»: the number, then at most a description.
_POSITION_CELL = re.compile(r"(\d{1,3})\.?(?:\s*[(–—-]\s*\D.*|\s+\D.*)?")


@dataclass(frozen=True)
class Row:
    position: str | None
    events: tuple[Event, ...]
    text: str


def table_rows(
    text: str, rules: Rules, vocab: frozenset[str]
) -> tuple[list[Row], list[tuple[int, int]]]:
    """The rows of every table in ``text``, and the spans of text the tables take."""
    rows: list[Row] = []
    spans: list[tuple[int, int]] = []
    header: list[str] | None = None
    wide = False  # the heading's columns were lined up with spaces, so are the rows'
    single_tabs = False  # the heading's cells are one tab apart, so are the rows'
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        cells = _cells(line, header if single_tabs else None)
        if len(cells) < _MIN_CELLS and (wide or header is None):
            spaced = _wide_cells(line)
            if len(spaced) >= _MIN_CELLS and (wide or _is_header(spaced)):
                cells = spaced
        if len(cells) < _MIN_CELLS:
            if line.strip():
                header, wide = None, False
            continue
        if _is_header(cells):
            header, wide = cells, not _cells(line)
            single_tabs = "\t" in line and "\t\t" not in line.strip()
            spans.append((start, start + len(line)))
            continue
        if header is None and "|" in line and _ROW_NUMBER.fullmatch(cells[0]):
            header = ["поз"] + [""] * (len(cells) - 1)
        if header is None:
            # Rows without a heading are not read as a table: tried on others' letters, a
            # numbered list read as positions cost as many letters as it won (2026-11-30).
            continue
        rows.append(_row(header, cells, line, rules, vocab))
        spans.append((start, start + len(line)))
    return rows, spans


def _cells(line: str, header: list[str] | None = None) -> list[str]:
    """A row's cells. Under a heading whose cells are one tab apart, each tab ends a cell,
    so an empty cell keeps the columns after it in place («3⇥Шкаф⇥⇥⇥Перенос»: the note
    is not an arrival); a row of more cells than that is spaced with runs of tabs."""
    if "\t" not in line and "|" not in line:
        return []
    if header is not None and "|" not in line:
        exact = line.strip(" \r").split("\t")
        if len(exact) <= len(header):
            return [cell.strip() for cell in exact]
    return [cell.strip() for cell in _SEPARATOR.split(line.strip().strip("|"))]


def _wide_cells(line: str) -> list[str]:
    """Cells of a line whose columns are lined up with two or more spaces."""
    if "\t" in line or "|" in line:
        return []
    return [cell.strip() for cell in _WIDE_SEPARATOR.split(line.strip())]


def _is_header(cells: list[str]) -> bool:
    words = [cell for cell in cells if cell and not any(ch.isdigit() for ch in cell)]
    return len(words) >= len(cells) - 1 and any(_POSITION_HEADER.match(c) for c in cells)


def _row(
    header: list[str], cells: list[str], line: str, rules: Rules, vocab: frozenset[str]
) -> Row:
    found: list[Event] = []
    position: str | None = None
    for index, cell in enumerate(cells):
        title = header[index] if index < len(header) else ""
        if _POSITION_HEADER.match(title):
            position = _position_cell(cell) or position
            continue
        column = _column_status(title, rules, vocab)
        if column is not None:
            if _TIME.search(cell):
                found.append(Event(column.status, column.trigger, False, 0, len(line)))
            continue
        for sentence in sentences(cell, vocab):
            found.extend(_cell_events(sentence, rules))
    return Row(position, tuple(found), " ".join(line.split()))


def _position_cell(cell: str) -> str | None:
    match = _POSITION_CELL.fullmatch(cell) or _ROW_NUMBER.fullmatch(cell)
    return match.group(1) if match else None


def _column_status(title: str, rules: Rules, vocab: frozenset[str]) -> Event | None:
    """A column headed by a status noun («Время убытия»): the event its times report."""
    for sentence in sentences(title, vocab):
        for token in sentence.tokens:
            for trigger in rules.statuses.triggers:
                if trigger.kind == "noun" and token.has_lemma(trigger.lemmas):
                    return Event(trigger.status, f"{trigger.name}.column", False, 0, 0)
            cut = status_prefixes(rules).get(token.text)  # «ВЫЕЗ.», «УБ.»
            if cut is not None and not morph.is_known(token.text):
                return Event(cut, f"{cut.name.lower()}.abbreviation.column", False, 0, 0)
    return None


def _cell_events(sentence: Sentence, rules: Rules) -> list[Event]:
    return events(sentence, rules)
