"""Remove quoted history from a letter's text, so only what the sender wrote now is read."""

from __future__ import annotations

import re

# A line that starts the quoted part; everything from it on is history.
_SEPARATORS = [
    r"-{2,}\s*(original message|исходное сообщение|пересылаемое сообщение|forwarded message)\s*-{2,}",
    r"_{8,}",
    r"(от|from)\s*:\s*.+",  # an "От: …" header block (confirmed below by a second header)
    r".{0,80}\d{1,2}[:.]\d{2}.{0,40}(пишет|написал\(а\)|написала?|wrote)\s*:?\s*",
    r"(пн|вт|ср|чт|пт|сб|вс|mon|tue|wed|thu|fri|sat|sun)\w*,?\s.{0,80}(пишет|wrote)\s*:?\s*",
    r".{0,120}<[^>\s]+@[^>\s]+>\s*(пишет|написал\(а\)|написала?|wrote)\s*:?\s*",
]
_SEPARATOR = re.compile(r"^\s*(?:" + "|".join(_SEPARATORS) + r")$", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*(отправлено|sent|дата|date|кому|to|тема|subject|копия|cc)\s*:", re.IGNORECASE
)
_FROM_LINE = re.compile(r"^\s*(от|from)\s*:", re.IGNORECASE)
_SIGNATURE = re.compile(r"^--\s?$")


def strip_quoted(text: str) -> str:
    """The new text of a reply: no ``>`` lines, no history after a separator or header block."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _starts_history(lines, index) or _SIGNATURE.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def _starts_history(lines: list[str], index: int) -> bool:
    line = lines[index]
    if not _SEPARATOR.match(line):
        return False
    if _FROM_LINE.match(line):
        # "От: Иванов" alone could be the sender signing; a header block has more headers.
        following = lines[index + 1 : index + 5]
        return any(_HEADER_LINE.match(candidate) for candidate in following)
    return True
