"""The server-drawn charts: scales, escaping, and what a reader can hover over."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from omis.web.charts import Bar, Series, daily_bars, daily_lines, horizontal_bars, nice_top

DAYS = [date(2026, 11, 1) + timedelta(days=n) for n in range(3)]


@pytest.mark.parametrize(
    ("value", "top"), [(0, 1), (1, 1), (7, 10), (12, 20), (230, 250), (0.3, 0.5), (4001, 5000)]
)
def test_the_scale_rounds_up_to_a_readable_number(value: float, top: float) -> None:
    assert nice_top(value) == pytest.approx(top)


def test_stacked_bars_carry_each_value_and_escape_every_name() -> None:
    svg = str(daily_bars("<b>письма</b>", DAYS, [Series("<script>x</script>", [1, 0, 3]),
                                                  Series("на разбор", [1, 2, 0])]))  # fmt: skip
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert 'aria-label="&lt;b&gt;письма&lt;/b&gt;"' in svg
    assert svg.count("<rect") == 4  # zero values draw nothing
    assert "03.11.2026: &lt;script&gt;x&lt;/script&gt; — 3" in svg
    assert " style=" not in svg  # the CSP forbids inline styles


def test_lines_have_a_point_per_day_and_a_segment_between_days() -> None:
    svg = str(daily_lines("задержки", DAYS, [Series("стали просроченными", [0, 5, 2])]))
    assert svg.count("<circle") == 3
    assert svg.count('class="line s0"') == 2
    assert "02.11.2026: стали просроченными — 5" in svg


def test_horizontal_bars_share_one_scale_and_mark_the_limit() -> None:
    svg = str(horizontal_bars("этапы", [
        Bar("подрядчик", None, "", heading=True),
        Bar("реакция", 30, "30 / 60", reach=60, mark=90),
        Bar("дорога", None, "нет завершённых этапов", short="нет"),
    ]))  # fmt: skip
    # The scale is 5 % over the largest figure (the 90-minute limit): 94.5.
    assert 'class="value" x="0" width="31.746%"' in svg
    assert 'class="reach" x="0" width="63.492%"' in svg
    assert 'x1="95.238%"' in svg
    assert 'class="amount long"' not in svg.split("дорога")[0]  # no short form: one text
    assert '<text class="amount short"' in svg
