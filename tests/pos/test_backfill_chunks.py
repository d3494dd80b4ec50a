"""A period longer than maxDateRangeDays (--start/--end or fixed dates) is read in chunks of
that size, each completed (read and written) before the next one starts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx

from omis.delosim.data import OFFSET, generate_rows
from omis.pos.sync import PosReport, SyncProgress
from pos.test_sync import _assert_all_right, _assert_no_double_or_bad_writes, _snapshot

Sync = Callable[..., PosReport]


class Recording(httpx.HTTPTransport):
    """Real HTTP; remembers each read's date range and each write's rows, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/gql/query"):
            body = json.loads(request.content)
            variables = body.get("variables") or {}
            if "arRubricValuesPg" in body["query"]:
                dates = (variables.get("filter") or {}).get("refRubric", {}).get("matches", {})
                self.events.append(("read", dates.get("insDate")))
            else:
                isns = [v["data"]["isnRefRubric"] for v in variables.values()]
                self.events.append(("write", isns))
        return super().handle_request(request)


def test_a_long_backfill_is_read_in_chunks_each_completed_in_turn(
    simulator_factory, sync: Sync
) -> None:
    end = datetime.now(OFFSET)
    start = end - timedelta(days=10)
    sim = simulator_factory(generate_rows(400, start=end, hours=240))
    before = _snapshot(sim)
    steps: list[SyncProgress] = []
    recording = Recording()

    report = sync(
        sim, start=start, end=end, progress=steps.append, transport=recording,
        processing={"dateRange": {"maxDateRangeDays": 3}, "batchSize": 10},
    )  # fmt: skip

    assert report.chunks == 4
    assert [step.chunk for step in steps][-1] == 4
    assert {step.chunks for step in steps} == {4}
    ranges = [
        (datetime.fromisoformat(d["greaterOrEqual"]["value"]), datetime.fromisoformat(d["lessOrEqual"]["value"]))
        for kind, d in recording.events if kind == "read" and d
    ]  # fmt: skip
    chunks = sorted(set(ranges))
    assert len(chunks) == 4
    assert chunks[0][0] == start
    assert chunks[-1][1] == end
    assert all(b - a <= timedelta(days=3) for a, b in chunks)
    assert all(chunks[i][1] == chunks[i + 1][0] for i in range(3))
    # every write of a chunk is answered before the next chunk's first read
    created = {
        isn: datetime.fromisoformat(row["refRubric"]["insDate"])
        for isn, (row, _p) in before.items()
    }
    current = -1
    for kind, detail in recording.events:
        if kind == "read" and detail:
            current = chunks.index(
                (datetime.fromisoformat(detail["greaterOrEqual"]["value"]),
                 datetime.fromisoformat(detail["lessOrEqual"]["value"]))
            )  # fmt: skip
        elif kind == "write":
            assert all(chunks[current][0] <= created[isn] <= chunks[current][1] for isn in detail)
    _assert_all_right(sim, before)
    _assert_no_double_or_bad_writes(sim)


def test_fixed_dates_are_chunked_too(simulator_factory, sync: Sync) -> None:
    end = datetime.now(OFFSET).replace(microsecond=0)
    sim = simulator_factory(generate_rows(100, start=end, hours=96))
    fixed = {
        "useFixedDates": True,
        "startDate": (end - timedelta(days=4)).strftime("%Y-%m-%d %H:%M:%S"),
        "endDate": end.strftime("%Y-%m-%d %H:%M:%S"),
        "maxDateRangeDays": 1,
    }
    report = sync(sim, processing={"dateRange": fixed})
    assert report.chunks == 4
    assert not report.window_completed  # fixed dates are a one-off: the saved window stays
    assert report.counts["fetched"] > 0
