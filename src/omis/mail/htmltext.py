"""HTML letters → plain text with line breaks where blocks end, quote containers removed.

Only what a reader sees is text: an element hidden by its ``hidden`` attribute, by its
``style`` (``display:none``, ``visibility:hidden``, ``opacity:0``, a zero height clipping
its content) or by a class or id rule of a ``<style>`` block that comes before it (see
:mod:`omis.mail.stylesheet`) is skipped with everything in it, so words the sender hid (a
status tucked into an invisible block) are never read as what the sender says.

One forward scan over the markup, so the cost grows with the length of the letter and
nothing else. Building a tree and inserting line breaks around each block grew with the
square of the number of blocks (a 480 KB letter of 60,000 paragraphs took minutes), and
the standard library's ``html.parser`` does the same on unterminated tags and comments
(``"<a " * 300_000``), so this module tokenises by itself: every search starts where
the previous one ended. Markup beyond :data:`MAX_HTML_CHARS` is not read.
"""

from __future__ import annotations

import html as entities
import re

from omis.mail.stylesheet import HidingRules, hides, shows

MAX_HTML_CHARS = 1_000_000
BLOCKS = frozenset(
    {
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "ul", "ol", "section", "article", "header", "footer", "pre", "hr",
    }
)  # fmt: skip
INVISIBLE = frozenset({"head", "title"})
RAW_TEXT = frozenset({"script", "style"})  # their content is never markup
# Quoted history as Outlook, Gmail, Thunderbird and Russian webmail mark it.
QUOTE_CLASSES = frozenset({"gmail_quote", "yahoo_quoted", "moz-cite-prefix"})
QUOTE_IDS = frozenset({"divrplyfwdmsg", "appendonsend"})
# Outlook puts history after a <div> whose top border separates it from the reply.
_OUTLOOK_SEPARATOR = re.compile(r"border-top:\s*solid", re.IGNORECASE)
# Elements without content: hiding one hides nothing, and it has no end tag to wait for.
VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
_MANY_NEWLINES = re.compile(r"\n{3,}")
# A character reference no code point can have: html.unescape would convert its digits to
# an int first, and Python refuses integers of more than 4,300 digits (a ValueError).
_HUGE_REFERENCE = re.compile(r"&#(?:[xX][0-9a-fA-F]{7,}|[0-9]{8,});?")
CELLS = frozenset({"td", "th"})
_TAG_NAME = re.compile(r"/?([a-zA-Z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"""([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"']+))?""")


def html_to_text(html: str) -> str:
    """Visible text of ``html``; everything after an Outlook reply separator is dropped."""
    collector = _Collector()
    _scan(html[:MAX_HTML_CHARS], collector)
    text = _HUGE_REFERENCE.sub("\ufffd", "".join(collector.parts))
    return _tidy(entities.unescape(text))


def _tidy(text: str) -> str:
    lines = (_squeeze(line) for line in text.replace("\xa0", " ").splitlines())
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def _squeeze(line: str) -> str:
    """Runs of spaces become one; a table's cells keep one tab between them."""
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    return "\t".join(cells).strip()


def _scan(html: str, collector: _Collector) -> None:
    """Feed text and tags to ``collector`` in document order, in linear time.

    An unterminated comment or tag ends the document (browsers hide the rest too)."""
    lower = html.lower()
    position, next_gt = 0, -1
    while position < len(html) and not collector.stopped:
        lt = html.find("<", position)
        if lt < 0:
            collector.data(html[position:])
            return
        collector.data(html[position:lt])
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            if end < 0:
                return
            position = end + 3
            continue
        if next_gt <= lt:  # the next '>' after this '<' (searched once for a run of '<')
            next_gt = html.find(">", lt + 1)
            if next_gt < 0:
                return
        inner = html[lt + 1 : next_gt]
        name = _TAG_NAME.match(inner)
        if name is None:
            if inner[:1] not in ("!", "?"):  # "a < b": a literal '<'
                collector.data("<")
                position = lt + 1
                continue
            position = next_gt + 1  # <!DOCTYPE>, <![CDATA[...]]>, <?xml?>: not text
            continue
        tag = name.group(1).lower()
        position = next_gt + 1
        if inner.startswith("/"):
            collector.end(tag)
            continue
        collector.start(tag, inner)
        if tag in RAW_TEXT:
            end = lower.find("</" + tag, position)
            if end < 0:
                return
            if tag == "style":  # it applies wherever it stands, even in a hidden <head>
                collector.rules.read(html[position:end])
            position = end


def _attributes(inner: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(inner, _TAG_NAME.match(inner).end()):  # type: ignore[union-attr]
        value = match.group(2) or ""
        found.setdefault(match.group(1).lower(), value.strip("\"'"))
    return found


def is_quote(tag: str, attributes: dict[str, str]) -> bool:
    """A container of quoted history (dropped with everything inside it)."""
    if tag == "blockquote":
        return True
    if tag != "div":
        return False
    classes = set(attributes.get("class", "").split())
    return bool(
        classes & QUOTE_CLASSES
        or attributes.get("id", "").lower() in QUOTE_IDS
        or attributes.get("type", "").lower() == "cite"
    )


def is_hidden(tag: str, attributes: dict[str, str], rules: HidingRules | None = None) -> bool:
    """An element the reader does not see (dropped with everything inside it).

    Its own ``style`` showing it wins over a ``<style>`` rule hiding it, as in a browser
    (unless that rule says ``!important``, which is not read: the text is read)."""
    if tag in VOID:
        return False
    style = attributes.get("style", "")
    if "hidden" in attributes or hides(style):
        return True
    return rules is not None and rules.hides(tag, attributes) and not shows(style)


def _may_matter(tag: str, inner: str, rules: HidingRules) -> bool:
    """Whether the tag's attributes can make it a quote or hidden (most tags have none)."""
    if tag in ("div", "blockquote"):
        return True
    lowered = inner.lower()
    return (
        "hidden" in lowered
        or "style" in lowered
        or (bool(rules) and ("class" in lowered or "id" in lowered))
    )


class _Row:
    """Where one table row's cells lie in the collected parts."""

    def __init__(self, table: int) -> None:
        self.table = table  # how many tables were open when the row began
        self.cells: list[tuple[int, int]] = []
        self.open: int | None = None  # where the cell being read began
        self.holds_table = False


class _Collector:
    """Collects visible text; skips one hidden element at a time, with its nesting depth.

    Blocks inside a table cell are lines of that cell, not of the letter: Outlook wraps
    each cell's text in ``<p class=MsoNormal>``, which would otherwise put every cell on a
    line of its own and leave no row to read. So a row of two or more cells becomes one
    line; a row whose cell holds another table is layout and is left as it is, which also
    joins each part at most once (nesting costs nothing)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.skipping: str | None = None
        self.depth = 0
        self.stopped = False
        self.rules = HidingRules()
        self.tables = 0  # tables open now
        self.rows: list[_Row] = []  # rows open now, innermost last

    def _row(self) -> _Row | None:
        """The row being read in the innermost open table, if any."""
        row = self.rows[-1] if self.rows else None
        return row if row is not None and row.table == self.tables else None

    def _table_tag(self, tag: str, starts: bool) -> None:
        row = self._row()
        if tag in CELLS:
            if row is not None:
                if row.open is not None:
                    row.cells.append((row.open, len(self.parts)))
                row.open = len(self.parts) if starts else None
        elif tag == "tr":
            if row is not None:  # a row ends where it ends or where the next one starts
                self._end_row()
            if starts:
                self.rows.append(_Row(self.tables))
        elif tag == "table":
            if starts:
                if row is not None and row.open is not None:
                    row.holds_table = True
                self.tables += 1
            elif self.tables:
                if row is not None:
                    self._end_row()
                self.tables -= 1

    def _end_row(self) -> None:
        row = self.rows.pop()
        if row.open is not None:
            row.cells.append((row.open, len(self.parts)))
        if len(row.cells) < 2 or row.holds_table:
            return
        for start, end in row.cells:
            if end - start > 1:
                cell = "".join(self.parts[start:end]).replace("\n", " ")
                self.parts[start:end] = [cell] + [""] * (end - start - 1)

    def start(self, tag: str, inner: str) -> None:
        if self.skipping is not None:
            if self.skipping == "head" and tag == "body":  # an unclosed <head> ends here
                self.skipping = None
            elif tag == self.skipping:
                self.depth += 1
            return
        attributes = _attributes(inner) if _may_matter(tag, inner, self.rules) else {}
        if (
            tag in INVISIBLE
            or tag in RAW_TEXT
            or is_quote(tag, attributes)
            or is_hidden(tag, attributes, self.rules)
        ):
            self.skipping, self.depth = tag, 1
            if inner.rstrip().endswith("/") and tag not in RAW_TEXT:  # <div ... /> is empty
                self.skipping = None
            return
        if tag == "div" and _OUTLOOK_SEPARATOR.search(attributes.get("style", "")):
            self.stopped = True
            return
        if tag in BLOCKS:
            self.parts.append("\n")
            if inner.rstrip().endswith("/"):  # <br/>: a start and an end
                self.parts.append("\n")
        elif tag in CELLS:
            row = self._row()
            if (row is not None and row.open is not None) or (
                self.parts and not self.parts[-1].endswith(("\t", "\n"))
            ):
                self.parts.append("\t")  # the previous cell was never closed
        if tag in CELLS or tag in ("tr", "table"):
            self._table_tag(tag, starts=True)

    def end(self, tag: str) -> None:
        if self.skipping is not None:
            if tag == self.skipping:
                self.depth -= 1
                if self.depth == 0:
                    self.skipping = None
            return
        if tag in CELLS or tag in ("tr", "table"):
            self._table_tag(tag, starts=False)
        if tag in BLOCKS:
            self.parts.append("\n")
        elif tag in CELLS:  # table cells stay apart: a row per line, a tab between cells
            self.parts.append("\t")

    def data(self, text: str) -> None:
        if self.skipping is None and text:
            self.parts.append(text)
