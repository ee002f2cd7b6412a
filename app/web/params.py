"""The timeline's query string as the pages use it: the parser lives in ``app.query`` (shared with
the JSON API, the exports and the CLI) and is re-exported here; the helpers below build the links
of the filter chips, the histogram bars and the order toggle.
"""

from __future__ import annotations

from dataclasses import replace

from app.db.filters import TimelineFilters
from app.ingest.edtf import parse_user_date
from app.query import (
    MAX_QUERY,
    MAX_VALUES,
    SLUG,
    ParamError,
    TimelineQuery,
    parse_timeline_params,
    query_pairs,
    query_string,
)

__all__ = [
    "MAX_QUERY",
    "MAX_VALUES",
    "SLUG",
    "ParamError",
    "TimelineQuery",
    "cleared",
    "only_place",
    "parse_timeline_params",
    "query_pairs",
    "query_string",
    "toggled",
    "with_dates",
    "with_dates_cleared",
    "with_order",
    "without_q",
]


def toggled(query: TimelineQuery, facet: str, value: str) -> TimelineQuery:
    """The query with one facet value switched on or off (planned: chosen or back to any)."""
    f = query.filters
    if facet == "planned":
        wanted = value == "true"
        return replace(
            query, filters=replace(f, planned=None if f.planned == wanted else wanted)
        )
    name = {
        "agency": "agencies",
        "borough": "boroughs",
        "place": "places",
        "type": "types",
        "precision": "precisions",
    }[facet]
    current = getattr(f, name)
    new = (
        tuple(v for v in current if v != value)
        if value in current
        else (*current, value)
    )
    return replace(query, filters=replace(f, **{name: new}))


def with_dates(query: TimelineQuery, date_from: str, date_to: str) -> TimelineQuery:
    """The query narrowed to a date range given as text (the histogram's bars link to these)."""
    return replace(
        query,
        filters=replace(
            query.filters,
            date_from=parse_user_date(date_from),
            date_to=parse_user_date(date_to, end=True),
        ),
        from_text=date_from,
        to_text=date_to,
    )


def with_order(query: TimelineQuery, order: str) -> TimelineQuery:
    return replace(query, filters=replace(query.filters, order=order))


def with_dates_cleared(query: TimelineQuery) -> TimelineQuery:
    return replace(
        query,
        filters=replace(query.filters, date_from=None, date_to=None),
        from_text="",
        to_text="",
    )


def without_q(query: TimelineQuery) -> TimelineQuery:
    return replace(query, filters=replace(query.filters, q=None))


def cleared(query: TimelineQuery) -> TimelineQuery:
    """No filters, the same order."""
    return TimelineQuery(filters=TimelineFilters(order=query.filters.order))


def only_place(slug: str) -> TimelineQuery:
    """The whole timeline at one place: where an entry's place name links to."""
    return TimelineQuery(filters=TimelineFilters(places=(slug,)))
