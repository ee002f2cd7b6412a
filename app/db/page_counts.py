"""The timeline page's facets and histogram, in bounded time.

Filters the summaries answer (no filter, one agency and/or one borough, any types, precisions,
planned) cost a few index reads. Others are counted from the matching events, each facet and the
histogram under one shared deadline; a count that does not finish in time is None, and the page says
so ("counts timed out") instead of waiting or showing a partial number. The JSON API's /api/facets
keeps counting exactly, however long it takes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlmodel import Session

from app.db import summary_queries as summaries
from app.db.cache import cached
from app.db.filters import FACETS, TimelineFilters
from app.db.queries import facet_values, month_histogram
from app.db.rows import FacetCount, SpanCount
from app.db.time_limit import TimedOut, time_limit

PAGE_COUNT_SECONDS = 0.25  # for all of one page's counts together


@dataclass(frozen=True)
class PageCounts:
    """Facets by name and the histogram's rows; None where the count timed out."""

    facets: dict[str, list[FacetCount] | None]
    histogram: list[SpanCount] | None

    @property
    def timed_out(self) -> list[str]:
        """Names of the counts that gave up ("histogram" included)."""
        names = [f for f, v in self.facets.items() if v is None]
        return names + (["histogram"] if self.histogram is None else [])


def page_counts(
    session: Session, *, filters: TimelineFilters, size: int = 12, seconds: float | None = None
) -> PageCounts:
    """Every facet and the month histogram for the page, each given up past the deadline.

    seconds: for all the counts together (PAGE_COUNT_SECONDS unless given).
    """
    if summaries.answers(session, filters):
        facets = {f: cached(session, ("facet", f, filters, size), lambda f=f: facet_values(session, filters, f, size)) for f in FACETS}
        return PageCounts(facets, month_histogram(session, filters=filters))
    deadline = time.monotonic() + (PAGE_COUNT_SECONDS if seconds is None else seconds)
    facets: dict[str, list[FacetCount] | None] = {}
    for facet in FACETS:
        facets[facet] = _bounded(
            session, deadline, ("facet", facet, filters, size), lambda f=facet: facet_values(session, filters, f, size)
        )
    histogram = _bounded(session, deadline, ("histogram", filters), lambda: month_histogram(session, filters=filters))
    return PageCounts(facets, histogram)


def _bounded(session: Session, deadline: float, key: tuple, compute):
    try:
        # a result that timed out is not cached (the exception passes through): the next page tries again
        return cached(session, key, lambda: _within(session, deadline, compute))
    except TimedOut:
        return None


def _within(session: Session, deadline: float, compute):
    with time_limit(session, deadline):
        return compute()
