"""Charts drawn on the server as inline SVG: no script, nothing the page's CSP forbids.

Horizontal positions are percentages of the chart's width and text is in CSS pixels, so
a chart fills a phone's 390 px as well as a desktop column without its text shrinking.
Colours come from the stylesheet (classes ``s0``...), every bar and point carries a
``<title>`` with its exact value, and the table under each chart holds the same figures.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

PLOT_HEIGHT = 160  # px: the drawing area of the daily charts
AXIS = 22  # px under the plot for the day labels
TOP = 14  # px over the plot for the top grid label
X_LABELS = 6  # at most this many day labels, whatever the period


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float]


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart: ``value`` drawn dark, ``reach`` (a larger
    figure, the p90) light behind it, ``mark`` (a limit) as a dashed line."""

    label: str
    value: float | None
    text: str
    reach: float | None = None
    mark: float | None = None
    heading: bool = False  # a group title row, drawn without a bar
    short: str | None = None  # ``text`` for a narrow screen, when it would not fit


def _pct(value: float) -> str:
    return f"{value:.3f}%"


def nice_top(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k not below ``value`` (1 for nothing)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


GRID = (0, 0.5, 1)


def _grid() -> list[str]:
    return [
        f'<line class="grid" x1="0" x2="100%" y1="{TOP + PLOT_HEIGHT * (1 - f)}" '
        f'y2="{TOP + PLOT_HEIGHT * (1 - f)}"/>'
        for f in GRID
    ]


def _grid_labels(top: float, unit: str) -> list[str]:
    """The values of the grid lines, drawn last so no bar hides them."""
    parts = []
    for fraction in GRID[1:]:
        y = TOP + PLOT_HEIGHT * (1 - fraction)
        label = _number(top * fraction) + (unit if fraction == 1 else "")
        parts.append(f'<text class="tick" x="2" y="{y - 3}">{escape(label)}</text>')
    return parts


def _day_labels(days: Sequence[date]) -> list[str]:
    count = len(days)
    every = max(1, math.ceil(count / X_LABELS))
    y = TOP + PLOT_HEIGHT + 15
    parts = []
    for index in range(0, count, every):
        # The first label starts at the left edge instead of being cut in half by it.
        x, anchor = (0.0, "start") if index == 0 else ((index + 0.5) / count * 100, "middle")
        parts.append(
            f'<text class="tick" x="{_pct(x)}" y="{y}" text-anchor="{anchor}">'
            f"{days[index]:%d.%m}</text>"
        )
    return parts


def _svg(label: str, height: float, parts: list[str]) -> Markup:
    # Every piece of text in ``parts`` went through escape(); numbers are formatted here.
    body = "".join(parts)
    return Markup(  # noqa: S704
        f'<svg class="chart" width="100%" height="{height}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    )


def _day_tip(day: date, item: Series, value: float) -> str:
    """What hovering one day's mark of a series says."""
    return f"{day:%d.%m.%Y}: {item.name.lower()} — {_number(value)}"


def _daily_chart(
    label: str, parts: list[str], top: float, unit: str, days: Sequence[date]
) -> Markup:
    """A chart over the days from its grid and marks: the values up the side, the days
    along the bottom."""
    parts += _grid_labels(top, unit) + _day_labels(days)
    return _svg(label, TOP + PLOT_HEIGHT + AXIS, parts)


def daily_bars(
    label: str, days: Sequence[date], series: Sequence[Series], unit: str = ""
) -> Markup:
    """Stacked bars, one per day, one colour per series."""
    count = max(1, len(days))
    totals = [sum(s.values[i] for s in series) for i in range(len(days))]
    top = nice_top(max(totals, default=0))
    parts = _grid()
    width = 0.8 / count * 100
    for index, day in enumerate(days):
        base = 0.0
        x = (index + 0.1) / count * 100
        for number, item in enumerate(series):
            value = item.values[index]
            if value <= 0:
                continue
            height = value / top * PLOT_HEIGHT
            y = TOP + PLOT_HEIGHT - base - height
            base += height
            tip = _day_tip(day, item, value)
            parts.append(
                f'<rect class="s{number}" x="{_pct(x)}" width="{_pct(width)}" '
                f'y="{y:.1f}" height="{height:.1f}"><title>{escape(tip)}</title></rect>'
            )
    return _daily_chart(label, parts, top, unit, days)


def daily_lines(
    label: str, days: Sequence[date], series: Sequence[Series], unit: str = ""
) -> Markup:
    """One line per series over the days, a dot on every day."""
    count = max(1, len(days))
    top = nice_top(max((v for s in series for v in s.values), default=0))
    parts = _grid()
    for number, item in enumerate(series):
        points = [
            ((index + 0.5) / count * 100, TOP + PLOT_HEIGHT * (1 - value / top), value)
            for index, value in enumerate(item.values)
        ]
        for (x1, y1, _), (x2, y2, _) in itertools.pairwise(points):
            parts.append(
                f'<line class="line s{number}" x1="{_pct(x1)}" y1="{y1:.1f}" '
                f'x2="{_pct(x2)}" y2="{y2:.1f}"/>'
            )
        for (x, y, value), day in zip(points, days, strict=True):
            tip = _day_tip(day, item, value)
            parts.append(
                f'<circle class="dot s{number}" cx="{_pct(x)}" cy="{y:.1f}" r="3">'
                f"<title>{escape(tip)}</title></circle>"
            )
    return _daily_chart(label, parts, top, unit, days)


ROW = 38  # px per bar row: its label line and its bar
HEADING = 26  # px per group title row


def horizontal_bars(label: str, bars: Sequence[Bar]) -> Markup:
    """Rows of a label over a bar; the scale fits the largest value, reach or mark."""
    scale = max(
        (v for bar in bars for v in (bar.value, bar.reach, bar.mark) if v is not None), default=0
    )
    scale = scale * 1.05 or 1.0
    parts: list[str] = []
    y = 0.0
    for bar in bars:
        if bar.heading:
            parts.append(f'<text class="heading" x="0" y="{y + 18}">{escape(bar.label)}</text>')
            y += HEADING
            continue
        parts += _bar_row(bar, y, scale)
        y += ROW
    return _svg(label, max(y, 1), parts)


def _bar_row(bar: Bar, y: float, scale: float) -> list[str]:
    parts = [
        f'<text class="label" x="0" y="{y + 13}">{escape(bar.label)}</text>',
        *_amount(bar, y),
        f'<rect class="track" x="0" width="100%" y="{y + 18}" height="12"/>',
    ]
    tip = f"{bar.label}: {bar.text}"
    for value, kind in ((bar.reach, "reach"), (bar.value, "value")):
        if value:
            parts.append(
                f'<rect class="{kind}" x="0" width="{_pct(value / scale * 100)}" y="{y + 18}" '
                f'height="12"><title>{escape(tip)}</title></rect>'
            )
    if bar.mark:
        x = _pct(bar.mark / scale * 100)
        parts.append(f'<line class="mark" x1="{x}" x2="{x}" y1="{y + 15}" y2="{y + 33}"/>')
    return parts


def _amount(bar: Bar, y: float) -> list[str]:
    """The figures at the right of the label line; the stylesheet shows the short form
    on narrow screens, where the long one would run into the label."""
    forms = [(bar.text, "long" if bar.short else "")]
    if bar.short:
        forms.append((bar.short, "short"))
    return [
        f'<text class="amount {kind}" x="100%" y="{y + 13}" text-anchor="end">{escape(text)}</text>'
        for text, kind in forms
    ]
