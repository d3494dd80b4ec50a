"""HTML letters → plain text with line breaks where blocks end, quote containers removed."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

BLOCKS = (
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "section", "article", "header", "footer", "pre", "hr",
)  # fmt: skip
# Quoted history as Outlook, Gmail, Thunderbird and Russian webmail mark it.
QUOTE_SELECTORS = (
    "blockquote",
    "div.gmail_quote",
    "div.yahoo_quoted",
    "div#divRplyFwdMsg",
    "div#appendonsend",
    "div.moz-cite-prefix",
    "div[type=cite]",
)


def html_to_text(html: str) -> str:
    """Visible text of ``html``; everything after an Outlook reply separator is dropped."""
    try:
        soup = BeautifulSoup(html, "html.parser")
    except Exception:  # html.parser is lenient, but hostile input must not stop a pass
        return re.sub(r"<[^>]+>", " ", html)
    for tag in soup(["script", "style", "head", "title"]):
        tag.decompose()
    _drop_quotes(soup)
    for tag in soup.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in soup.find_all(("td", "th")):  # table cells stay apart: a row per line
        cell.insert_after("\t")
    text = soup.get_text()
    lines = (_squeeze(line) for line in text.replace("\xa0", " ").splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _drop_quotes(soup: BeautifulSoup) -> None:
    for selector in QUOTE_SELECTORS:
        for tag in soup.select(selector):
            tag.decompose()
    # Outlook puts history after a <div> whose top border separates it from the reply.
    for tag in soup.find_all("div", style=re.compile(r"border-top:\s*solid", re.I)):
        _drop_following(tag)
        break


def _drop_following(tag: Tag) -> None:
    following = [t for t in tag.find_all_next() if isinstance(t, Tag)]
    tag.decompose()
    for sibling in following:
        if not sibling.decomposed:
            sibling.decompose()


def _squeeze(line: str) -> str:
    """Runs of spaces become one; a table's cells keep one tab between them."""
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    return "\t".join(cells).strip()
