"""Summaries of durations: pure functions over lists of minutes."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The ``fraction`` quantile with linear interpolation between the two nearest values
    (PostgreSQL's ``percentile_cont``, Excel's ``PERCENTILE.INC``); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = fraction * (len(ordered) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 0.5)


def p90(values: Sequence[float]) -> float | None:
    return percentile(values, 0.9)


def rounded(value: float | None, digits: int = 1) -> float | None:
    return round(value, digits) if value is not None else None


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` as a fraction 0..1; None when there is nothing to divide."""
    return part / whole if whole else None
