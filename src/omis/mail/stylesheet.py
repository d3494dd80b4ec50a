"""Which elements a letter's ``<style>`` blocks hide from the reader, and which styles hide.

Letters hide words with a class as often as with a ``style`` attribute (a preheader, a
"mobile only" block): ``<style>.x{display:none}</style><div class="x">…</div>``. This reads
just enough CSS to know such elements: rules whose selectors are a class or an id, alone or
after a tag name (``.x``, ``#x``, ``div.x``), in selector lists (``.x, #y``). Anything
more (``.a .b``, ``.a.b``, ``a:hover``, ``[x]``, a bare ``span``) is not read. A rule inside
``@media``/``@supports`` never hides, since some readers see the element; it can only show
again what a plain rule hid (the responsive "hidden on desktop, shown on phones"). When in
doubt the text is read, as it was before this module existed.

Cost: one pass over the braces of the CSS, and at most :data:`MAX_SELECTORS` selectors kept
of each kind, so a letter of 100,000 rules costs the time to find its braces, and matching
an element is one dictionary look-up per class it has.
"""

from __future__ import annotations

import re

MAX_SELECTORS = 1_000
_ZERO = r"(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?\s*(?:!\s*important\s*)?(?:;|\Z)"
# Hidden for every reader whose client follows CSS (browsers, webmail, phone apps):
# no box, an invisible box, or a fully transparent one. Not here: ``mso-hide:all`` alone
# (only Outlook for Windows hides it; everyone else reads the text) and ``font-size:0``
# (a child with its own font size is visible again, and inline-block layouts rely on it).
_HIDING = re.compile(
    rf"display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])opacity\s*:\s*{_ZERO}",
    re.IGNORECASE,
)
# A box of no height that clips what overflows it (the preheader trick) shows nothing.
_ZERO_HEIGHT = re.compile(rf"(?<![\w-])(?:max-)?height\s*:\s*{_ZERO}", re.IGNORECASE)
_CLIPPED = re.compile(r"(?<![\w-])overflow(?:-y)?\s*:\s*hidden", re.IGNORECASE)
_SHOWING = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.IGNORECASE)
_BRACE = re.compile(r"[{}]")
# [tag](.class|#id): the only selectors read; a class or id name as CSS spells it.
_SIMPLE_SELECTOR = re.compile(r"([a-zA-Z][a-zA-Z0-9]*)?([.#])(-?[_a-zA-Z][-\w]*)")

Key = tuple[str, str, str]  # (tag or "", "." or "#", name)


def hides(declarations: str) -> bool:
    """Whether CSS declarations (a ``style`` attribute, a rule's body) hide the element."""
    return bool(
        _HIDING.search(declarations)
        or (_ZERO_HEIGHT.search(declarations) and _CLIPPED.search(declarations))
    )


def shows(declarations: str) -> bool:
    """Whether declarations set a visible ``display`` or ``visibility`` (undoing a rule)."""
    return bool(_SHOWING.search(declarations))


class HidingRules:
    """Selectors that hide elements, read from each ``<style>`` block in document order."""

    def __init__(self) -> None:
        self.hiding: set[Key] = set()
        self.showing: set[Key] = set()

    def __bool__(self) -> bool:
        return bool(self.hiding)

    def read(self, css: str) -> None:
        """Collect the rules of one ``<style>`` block's content.

        A rule is the text between the previous brace and a ``{`` (its selectors) and the
        text up to the matching ``}`` (its declarations); only the innermost blocks are rules,
        so the rules inside ``@media … { }`` are found too, and known to be nested."""
        if self._full():
            return
        css = _without_comments(css).replace("<!--", " ").replace("-->", " ")
        depth, last, selectors = 0, 0, None
        for brace in _BRACE.finditer(css):
            chunk, last = css[last : brace.start()], brace.end()
            if brace.group() == "{":
                depth, selectors = depth + 1, chunk.rpartition(";")[2]  # after "@import …;"
                continue
            if selectors is not None:
                self._rule(selectors, chunk, nested=depth > 1)
                if self._full():
                    return
            depth, selectors = max(depth - 1, 0), None

    def hides(self, tag: str, attributes: dict[str, str]) -> bool:
        """Whether a rule hides this element and no rule shows it again."""
        keys = [
            key for name in attributes.get("class", "").split() for key in _keys(tag, ".", name)
        ]
        if "id" in attributes:
            keys += _keys(tag, "#", attributes["id"])
        return any(key in self.hiding for key in keys) and not any(
            key in self.showing for key in keys
        )

    def _rule(self, selectors: str, declarations: str, *, nested: bool) -> None:
        if selectors.lstrip().startswith("@"):  # @font-face, @page: not about elements
            return
        if not nested and hides(declarations):
            found = self.hiding
        elif shows(declarations):
            found = self.showing
        else:
            return
        for selector in selectors.split(","):
            match = _SIMPLE_SELECTOR.fullmatch(selector.strip())
            if match is not None and len(found) < MAX_SELECTORS:
                tag, kind, name = match.groups()
                found.add(((tag or "").lower(), kind, name.lower()))

    def _full(self) -> bool:
        return len(self.hiding) >= MAX_SELECTORS and len(self.showing) >= MAX_SELECTORS


def _keys(tag: str, kind: str, name: str) -> tuple[Key, Key]:
    # Most letters have no doctype, and browsers show them in quirks mode, where a class or
    # an id matches its selector whatever the case of its letters.
    return ("", kind, name.lower()), (tag, kind, name.lower())


def _without_comments(css: str) -> str:
    """CSS without ``/* … */``; an unterminated comment runs to the end (as in CSS)."""
    parts, position = [], 0
    while (start := css.find("/*", position)) >= 0:
        parts.append(css[position:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return " ".join(parts)
        position = end + 2
    parts.append(css[position:])
    return " ".join(parts)
