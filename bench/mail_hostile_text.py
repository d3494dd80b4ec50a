"""How long the decision takes on letters built to make text rules slow.

Each letter is one shape repeated to the given size (default 200 kB): a wall of digits,
«1 1 1 …», «поз. 1, 2, 3, …» thousands long, one endless word, thousands of table rows,
«Петров А.» initials, nested quote marks, «Re: Re: …» subjects, thousands of status words in
one sentence, thousands of «начинаем с» (where the work starts), of «Статус: A → B» field
changes, of numbers glued to words («по5120п1»), of Russian in Latin letters with digits
(«zakon4ili»), of letters stretched in a chat, of answers between quoted lines («> 1?»), of
a numbered list's lines, thousands of positions named by what they are («камера 7») for a request with
500 named positions; HTML letters whose <style> blocks hold 100,000 rules, selectors or
classes. A rule that looks back over
the whole text for every number or position turns such a letter into minutes of CPU for the
whole intake; every shape must stay roughly linear in the size.

Usage: ``python bench/mail_hostile_text.py [--kilobytes 200]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import emit, timed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes.letters import letter
from omis.mail.position_names import position_names
from omis.mail.registry import RegistryView, RequestInfo
from omis.mail.understand import understand_bytes

# 5121: 500 positions named in its comment («1 — камера 1, 2 — камера 2, …»), so that a
# letter naming positions by what they are meets every name.
_CAMERAS = tuple(str(i) for i in range(1, 501))
_CAMERA_NAMES = position_names(
    [(p, ", ".join(f"{n} — камера {n}" for n in _CAMERAS)) for p in _CAMERAS]
)
REGISTRY = RegistryView(
    {
        "5120": RequestInfo("5120", ("1", "2", "3"), "disp@podryad.ru"),
        "5121": RequestInfo("5121", _CAMERAS, "disp@podryad.ru", None, _CAMERA_NAMES),
    }
)


def shapes(size: int) -> dict[str, tuple[str, str]]:
    """name → (subject, body), each about ``size`` characters."""
    return {
        "digits": ("5120", "1" * size),
        "digit-dash pairs": ("5120", "1-" * (size // 2)),
        "spaced digits": ("5120", " ".join(["1"] * (size // 2))),
        "a position list": ("5120", "поз. " + ", ".join(str(i % 9 + 1) for i in range(size // 3))),
        "one endless word": ("5120", "абвгд" * (size // 5)),
        "table rows": ("5120", "| 1 | x |\n" * (size // 10)),
        "initials": ("5120", "Петров А. " * (size // 10)),
        "ordinals": ("5120", "первой и второй и третьей " * (size // 26)),
        "request words": ("5120", "заявка " * (size // 7)),
        "status nouns": ("5120", "выезд " * (size // 6)),
        "dictated numerals": ("5120", "девятьсот сорок шесть сто двенадцать " * (size // 37)),
        "English phrases": ("5120", "on the way, ETA 20 min, not done " * (size // 34)),
        "acceptances with thanks": ("5120", "принял спасибо " * (size // 15)),
        "position groups": ("5120", "п1 слово слово слово слово " * (size // 27)),
        "quote marks": ("5120", ">" * size + " выехали"),
        "dots": ("5120", "." * size),
        "header blocks": ("5120", "От: a\nОтправлено: b\nКому: c\nТема: d\n" * (size // 40)),
        "reply prefixes": ("Re: " * 2000 + "5120", "выехали"),
        "positions by name": ("5121", "камера 7 и камера 8 повесили, труба 12 м. " * (size // 41)),
        "places since a time": ("5120", "на Кирова с 9:00 " * (size // 17)),
        "now at the next part": ("5120", "1 сделали сейчас в 2 " * (size // 21)),
        "where the work starts": ("5120", "начинаем с поз 1 " * (size // 17)),
        "an arrival a while away": ("5120", "через полчаса на месте " * (size // 23)),
        "positions waiting for parts": (
            "5120",
            "поз.1 — заказали, ждём\nпоз.2 — заменили\n" * (size // 40),
        ),
        "a dictated ordinal chain": (
            "5120",
            "первая вторая третья четвертая позиция " * (size // 39),
        ),
        "field changes": ("5120", "Статус: Запланировано → В пути → На месте\n" * (size // 42)),
        "labelled list lines": ("5120", "Fabian HFOi (1) — заменён клапан. " * (size // 34)),
        "glued numbers": ("5120", "по5120п1 заявка5120п2 " * (size // 22)),
        "Latin letters and digits": (
            "5120",
            "zakon4ili 3akryli vyehali snachala tolko obekt Savina " * (size // 54),
        ),
        "stretched letters": ("5120", "приехалиии всёёё тууут " * (size // 23)),
        "answers between quoted lines": ("Re: 5120", "> 1?\nна месте\n" * (size // 15)),
        "a numbered list": ("5120", "1. готово, 12:20\n2. не начинали\n" * (size // 33)),
    }


def html_shapes(size: int) -> dict[str, tuple[str, str]]:
    """name → (subject, HTML body), each about ``size`` characters (the HTML text cap is 1 MB)."""
    rules = size // 2  # 100,000 (700 kB) for the default size: «.a{x:0}» is 7 characters
    many = [f"c{i}" for i in range(size // 10)]
    visible = "<p>Заявка 5120: выехали.</p>"
    return {
        "style rules": ("5120", "<style>" + ".a{x:0}" * rules + "</style>" + visible),
        "hiding rules": (
            "5120",
            "<style>" + "".join(f".{c}{{display:none}}" for c in many) + "</style>"
            + visible + "<p class='c1 z'>убыли</p>" * (size // 50),
        ),
        "a hiding selector list": (
            "5120",
            "<style>" + ",".join(f"div.{c}" for c in many) + "{display:none}</style>"
            + visible + "<div class=c5>убыли</div>" * (size // 50),
        ),
        "one element of many classes": (
            "5120", f"<style>.q{{display:none}}</style>{visible}<p class='{' '.join(many)}'>x</p>",
        ),
        "unclosed style comments": ("5120", visible + "<style>" + "/*" * (size // 2) + "</style>"),
        "style braces": ("5120", visible + "<style>" + "{}" * (size // 2) + "</style>"),
        "style blocks": ("5120", visible + "<style>.a{display:none}</style><p class=a>x</p>" * (size // 47)),
        # Each cell's paragraphs are joined into its row's line: once per part, however deep.
        "table rows of paragraphs": (
            "5120", visible + "<table>" + "<tr><td><p>1</p></td><td><p>a</p><p>b</p></td></tr>" * (size // 50) + "</table>",
        ),
        "nested tables": (
            "5120", visible + "<table><tr><td>x</td><td>" * (size // 25) + "</td></tr></table>" * (size // 25),
        ),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kilobytes", type=int, default=200)
    args = parser.parse_args()
    figures = []
    size = args.kilobytes * 1000
    letters = [(name, subject, body, "plain") for name, (subject, body) in shapes(size).items()]
    letters += [
        (name, subject, body, "html") for name, (subject, body) in html_shapes(size).items()
    ]
    for name, subject, body, subtype in letters:
        raw = letter(subject, body, sender="disp@podryad.ru", subtype=subtype)
        seconds, _ = timed(lambda raw=raw: understand_bytes(raw, registry=REGISTRY))
        figures.append(
            {"name": f"{name} ({len(raw) // 1000} kB)", "value": round(seconds, 2), "unit": "s"}
        )
    emit("hostile letter text", figures)


if __name__ == "__main__":
    main()
