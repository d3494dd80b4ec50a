"""A value a person typed, shown back in a message about it.

In «ёлочках» as Russian text quotes, not as Python writes a string ('a@b.ru\\r\\nBcc…'):
characters that print nothing are shown by a sign (a line break as ␍␊, a zero-width space
as ⟨U+200B⟩), so the person sees why two values that look alike differ, and a value longer
than a message can hold is cut short with its length said.
"""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 40
# Unicode's «Control Pictures» block draws the C0 controls and DEL: ␀ … ␟, ␡.
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
# Control, format (zero-width, bidirectional), line/paragraph separators, private, unassigned.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"})


def visible(text: str) -> str:
    """``text`` with every character that prints nothing replaced by a sign of it."""
    return "".join(_sign(char) for char in text)


def _sign(char: str) -> str:
    code = ord(char)
    if code in _PICTURES:
        return _PICTURES[code]
    if unicodedata.category(char) in _INVISIBLE:
        return f"⟨U+{code:04X}⟩"
    return char


def quoted(value: object, limit: int = MAX_SHOWN) -> str:
    """``value`` as a message shows what was typed: «…», visible, at most ``limit``
    characters («12345…» (всего 5000 знаков) for a longer one)."""
    text = str(value)
    if len(text) <= limit:
        return f"«{visible(text)}»"
    return f"«{visible(text[:limit])}…» (всего {len(text)} знаков)"
