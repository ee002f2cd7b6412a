"""Layout of the timeline's overview: events per month as stacked bars, longer intervals as spans.

An event known to the day or week counts in its month's bar. An event known only to the month range,
season or year is not a point: it is drawn as a span across the months it may fall in, so the chart
never shows more certainty than the data has. With more than ten years of months, bins become years.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass

from app.db.rows import SpanCount
from app.ingest.records import EVENT_TYPES

WIDTH = 800
BAR_AREA = 110  # px of bar height for the busiest bin
LANE = 7  # px per span lane
MAX_LANES = 8
MAX_MONTH_BINS = 120


@dataclass(frozen=True)
class Segment:
    type: str
    count: int
    y: float
    height: float


@dataclass(frozen=True)
class Bin:
    key: str  # "2018-05" or "2018": also the from/to value its link sets
    label: str  # "May 2018" or "2018"
    x: float
    width: float
    total: int
    segments: tuple[Segment, ...]
    tick: str | None  # a year label drawn under the axis, at the first bin of each year


@dataclass(frozen=True)
class Span:
    start: str
    end: str
    label: str
    type: str
    count: int
    x: float
    width: float
    y: float


@dataclass(frozen=True)
class Histogram:
    bins: tuple[Bin, ...]
    spans: tuple[Span, ...]
    hidden_spans: int  # spans beyond the lanes drawn (still in the table)
    span_rows: tuple[Span, ...]  # every span, for the table
    height: float
    axis_y: float
    by_year: bool
    types: tuple[str, ...]  # types present, in canonical order (the legend)

    @property
    def empty(self) -> bool:
        return not self.bins


def build_histogram(rows: list[SpanCount]) -> Histogram:
    """The chart for month_histogram's rows."""
    if not rows:
        return Histogram((), (), 0, (), 0, 0, False, ())
    first, last = min(r.start for r in rows), max(r.end for r in rows)
    months = _months(first, last)
    by_year = len(months) > MAX_MONTH_BINS
    keys = sorted({m[:4] for m in months}) if by_year else months
    size = 4 if by_year else 7
    points: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    ranges: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in rows:
        start, end = r.start[:size], r.end[:size]
        if start == end:
            points[start][r.type] += r.count
        else:
            ranges[(start, end, r.type)] += r.count
    peak = max((sum(c.values()) for c in points.values()), default=0) or 1
    width = WIDTH / len(keys)
    index = {k: i for i, k in enumerate(keys)}
    bins = []
    for i, key in enumerate(keys):
        counts = points.get(key, {})
        y = BAR_AREA
        segments = []
        for t in EVENT_TYPES:
            if counts.get(t):
                h = BAR_AREA * counts[t] / peak
                y -= h
                segments.append(Segment(t, counts[t], round(y, 2), round(h, 2)))
        tick = key if by_year else (key[:4] if key.endswith("-01") or i == 0 else None)
        bins.append(
            Bin(
                key,
                _label(key),
                round(i * width, 2),
                round(width, 2),
                sum(counts.values()),
                tuple(segments),
                tick,
            )
        )
    all_spans = []
    lanes_end: list[int] = []
    drawn = []
    for (start, end, t), count in sorted(
        ranges.items(),
        key=lambda kv: (
            kv[0][0],
            kv[0][1],
            EVENT_TYPES.index(kv[0][2]) if kv[0][2] in EVENT_TYPES else 99,
        ),
    ):
        a, b = index[start], index[end]
        lane = next((n for n, e in enumerate(lanes_end) if e < a), None)
        if lane is None and len(lanes_end) < MAX_LANES:
            lane = len(lanes_end)
            lanes_end.append(-1)
        span = Span(
            start,
            end,
            f"{_label(start)} to {_label(end)}",
            t,
            count,
            round(a * width, 2),
            round((b - a + 1) * width, 2),
            0,
        )
        if lane is not None:
            lanes_end[lane] = b
            span = Span(
                span.start,
                span.end,
                span.label,
                t,
                count,
                span.x,
                span.width,
                BAR_AREA + 24 + lane * LANE,
            )
            drawn.append(span)
        all_spans.append(span)
    height = BAR_AREA + 24 + len(lanes_end) * LANE + (4 if lanes_end else 0)
    present = {r.type for r in rows}
    return Histogram(
        tuple(bins),
        tuple(drawn),
        len(all_spans) - len(drawn),
        tuple(all_spans),
        height,
        BAR_AREA,
        by_year,
        tuple(t for t in EVENT_TYPES if t in present),
    )


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _label(key: str) -> str:
    if len(key) == 4:
        return key
    return f"{calendar.month_name[int(key[5:7])]} {key[:4]}"
