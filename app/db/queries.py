"""One query function per view of the timeline, shared by the HTML pages and the JSON API.

Every function takes the session and keyword-only arguments and returns the frozen values of
``app.db.rows``. Timeline queries take a ``TimelineFilters`` (see ``app.db.filters``). This module is
the one to import from: the event-page, agency/borough and source queries live beside it in
``event_queries`` and ``source_queries`` and are re-exported here.
"""

from __future__ import annotations

from sqlalchemy import String, and_, cast, false, func, not_
from sqlmodel import Session, select

from app.db import summary_queries as summaries
from app.db.cache import cached
from app.db.event_queries import agency_summary, borough_summary, get_event
from app.db.filters import (
    FACETS,
    NEWEST,
    Cursor,
    TimelineFilters,
    after_cursor,
    conditions,
    decode_cursor,
    encode_cursor,
)
from app.db.link_walk import link_walk, walk_order
from app.db.models import Agency, Borough, Event, EventAgency, EventBorough
from app.db.row_loading import EVENT_COLUMNS, event_rows
from app.db.rows import EventRow, EventsPage, FacetCount, SpanCount
from app.db.source_queries import get_source, list_sources

PRECISION_LABELS = {
    "day": "to the day",
    "week": "to the week",
    "month": "to the month",
    "season": "to the season",
    "year": "to the year",
    "unknown": "not stated",
}
PLANNED_LABELS = {
    "true": "planned (future when reported)",
    "false": "past (when reported)",
}


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _dated():
    return [Event.earliest.is_not(None), Event.latest.is_not(None)]


def count_events(session: Session, filters: TimelineFilters, *, dated: bool) -> int:
    """Visible events matching the filters with both dates known (dated) or not: from the summaries
    when they can answer (app.db.summary_queries), else counted."""
    if summaries.answers(session, filters):
        return summaries.count(session, filters, dated=dated)
    known = and_(*_dated())
    return session.exec(
        select(func.count()).select_from(Event).where(
            *conditions(filters, _dialect(session)), known if dated else not_(known)
        )
    ).one()


def timeline_events(
    session: Session,
    *,
    filters: TimelineFilters,
    limit: int = 50,
    cursor: str | None = None,
    undated_limit: int = 100,
) -> EventsPage:
    """A page of dated events in timeline order after the cursor; undated ones come with the first page.

    :raise ValueError: the cursor is not one a previous page gave out for this order.
    """
    where = conditions(filters, _dialect(session))
    newest = filters.order == NEWEST
    order_by = (
        (Event.earliest.desc(), Event.latest.desc(), Event.id.desc())
        if newest
        else (Event.earliest.asc(), Event.latest.asc(), Event.id.asc())
    )
    # from the summaries when they can answer, else counted; cached per data version (app.db.cache)
    total = cached(session, ("total", filters), lambda: count_events(session, filters, dated=True))
    after = decode_cursor(cursor, order=filters.order) if cursor else None
    stmt = link_walk(session, filters, EVENT_COLUMNS, after)
    if stmt is not None:
        # one agency's or borough's events in date order (app.db.link_walk): no sort, no full list
        order_by = walk_order(filters)
    else:
        stmt = select(*EVENT_COLUMNS).where(*_list_conditions(session, filters, total, limit, where), *_dated())
        if after is not None:
            stmt = stmt.where(after_cursor(after))
    # the page's rows are event columns only (links and citations are loaded fresh below), so they
    # too are cached per data version: a busy filter's first page is not re-sorted per request
    found = cached(session, ("page", filters, cursor, limit), lambda: session.exec(stmt.order_by(*order_by).limit(limit + 1)).all())
    next_cursor = None
    if len(found) > limit:
        found = found[:limit]
        last = found[-1]
        next_cursor = encode_cursor(
            Cursor(filters.order, last.earliest, last.latest, last.id)
        )
    undated: list[EventRow] = []
    undated_total = 0
    if not cursor and not filters.dated_only:
        missing = (Event.earliest.is_(None)) | (Event.latest.is_(None))
        undated_total = cached(session, ("undated", filters), lambda: count_events(session, filters, dated=False))
        if undated_total and undated_limit:
            rows = session.exec(
                select(*EVENT_COLUMNS)
                .where(*where, missing)
                .order_by(Event.title, Event.id)
                .limit(undated_limit)
            ).all()
            undated = event_rows(session, rows)
    return EventsPage(
        event_rows(session, found), next_cursor, total, undated, undated_total
    )


def _list_conditions(session: Session, filters: TimelineFilters, matches: int, limit: int, where: list) -> list:
    """The WHERE of a page's list: drive from the filter's events, or walk the date index.

    Fetching and sorting every match costs ~matches; walking (hidden, earliest, latest, id) in
    order until ``limit`` match costs ~limit * all / matches. Past sqrt(limit * all) matches the
    walk is cheaper, so neither ever reads more than ~sqrt(limit * all) rows: at a million
    events, about 7,000 instead of every match of a popular borough or word.
    """
    if _dialect(session) != "sqlite" or not (filters.agencies or filters.boroughs or filters.q):
        return where
    everything = TimelineFilters(order=filters.order)
    dated = cached(session, ("total", everything), lambda: count_events(session, everything, dated=True))
    if matches * matches <= (limit + 1) * dated:
        return where
    return conditions(filters, "sqlite", walk=True)


def facet_counts(
    session: Session, *, filters: TimelineFilters, size: int = 12
) -> dict[str, list[FacetCount]]:
    """Counts per agency, borough, type, precision and planned; each facet counts under the OTHER filters.

    As in Datasette, choosing an agency does not zero the other agencies' counts: a facet's own
    selection is left out of its counts, so they say how many events choosing that value would add.
    Agencies and boroughs list the ``size`` largest plus every selected one.
    """
    return cached(session, ("facets", filters, size), lambda: _facet_counts(session, filters, size))


def _facet_counts(session: Session, filters: TimelineFilters, size: int) -> dict[str, list[FacetCount]]:
    return {facet: facet_values(session, filters, facet, size) for facet in FACETS}


def facet_values(session: Session, filters: TimelineFilters, facet: str, size: int = 12) -> list[FacetCount]:
    """One facet's counts under the other filters (see facet_counts)."""
    others = filters.without(facet)
    if facet in ("agency", "borough"):
        chosen = filters.agencies if facet == "agency" else filters.boroughs
        rows = _named(session, others, facet, size=size)
        shown = {r[0] for r in rows}
        if missing := [s for s in chosen if s not in shown]:
            rows += _named(session, others, facet, size=None, slugs=missing)
            shown |= {r[0] for r in rows}
            model = Agency if facet == "agency" else Borough
            rows += session.exec(
                select(model.slug, model.name, 0).where(model.slug.in_([s for s in missing if s not in shown]))
            ).all()
        return [FacetCount(slug, name, n, slug in chosen) for slug, name, n in rows]
    if facet == "planned":
        return [
            FacetCount(
                str(bool(v)).lower(),
                PLANNED_LABELS[str(bool(v)).lower()],
                n,
                filters.planned is not None and bool(v) == filters.planned,
            )
            for v, n in _values(session, others, "planned")
        ]
    labels, chosen = (None, filters.types) if facet == "type" else (PRECISION_LABELS, filters.precisions)
    return [
        FacetCount(v, (labels or {}).get(v, v.replace("_", " ")), n, v in chosen)
        for v, n in _values(session, others, facet)
    ]


_LINKS = {"agency": (EventAgency, Agency, EventAgency.agency_id), "borough": (EventBorough, Borough, EventBorough.borough_id)}


def _named(
    session: Session, filters: TimelineFilters, facet: str, *, size: int | None, slugs: list[str] | None = None
) -> list[tuple[str, str, int]]:
    """(slug, name, count) of the facet's agencies or boroughs under the filters, largest first."""
    if summaries.answers(session, filters):
        return summaries.named_counts(session, filters, facet, size=size, slugs=slugs)
    table, model, column = _LINKS[facet]
    ids = select(Event.id).where(*conditions(filters, _dialect(session)))
    count = func.count().label("n")
    stmt = (
        select(model.slug, model.name, count)
        .join(table, column == model.id)
        .where(table.event_id.in_(ids))
        .group_by(model.id, model.slug, model.name)
        .order_by(count.desc(), model.name, model.slug)
    )
    if slugs is not None:
        stmt = stmt.where(model.slug.in_(slugs))
    if size is not None:
        stmt = stmt.limit(size)
    return [tuple(r) for r in session.exec(stmt).all()]


def _values(session: Session, filters: TimelineFilters, facet: str) -> list[tuple[object, int]]:
    """(value, count) of type, precision or planned under the filters (planned in value order)."""
    if summaries.answers(session, filters):
        return summaries.value_counts(session, filters, facet)
    column = {"type": Event.type, "precision": Event.precision, "planned": Event.planned}[facet]
    count = func.count().label("n")
    order = (column,) if facet == "planned" else (count.desc(), column)
    return [
        tuple(r)
        for r in session.exec(
            select(column, count)
            .where(*conditions(filters, _dialect(session)))
            .group_by(column)
            .order_by(*order)
        ).all()
    ]


def month_histogram(session: Session, *, filters: TimelineFilters) -> list[SpanCount]:
    """Dated events counted by (first month, last month, type): equal months are bars, others spans."""
    return cached(session, ("histogram", filters), lambda: _month_histogram(session, filters))


def _month_histogram(session: Session, filters: TimelineFilters) -> list[SpanCount]:
    if summaries.answers(session, filters):
        return [SpanCount(m0, m1, t, n) for m0, m1, t, n in summaries.months(session, filters)]
    first = func.substr(cast(Event.earliest, String), 1, 7).label("m0")
    last = func.substr(cast(Event.latest, String), 1, 7).label("m1")
    count = func.count().label("n")
    rows = session.exec(
        select(first, last, Event.type, count)
        .where(*conditions(filters, _dialect(session)), *_dated())
        .group_by(first, last, Event.type)
        .order_by(first, last, Event.type)
    ).all()
    return [SpanCount(m0, m1, t, n) for m0, m1, t, n in rows]


def list_agencies(session: Session) -> list[FacetCount]:
    """Every agency with the number of visible events it acts in, most active first."""
    return _named_counts(session, Agency, EventAgency, EventAgency.agency_id)


def list_boroughs(session: Session) -> list[FacetCount]:
    """Every borough with the number of visible events in it, busiest first."""
    return _named_counts(session, Borough, EventBorough, EventBorough.borough_id)


def _named_counts(session: Session, model, table, column) -> list[FacetCount]:
    everything = TimelineFilters()
    if summaries.answers(session, everything):
        facet = "agency" if model is Agency else "borough"
        return [FacetCount(slug, name, n) for slug, name, n in summaries.named_counts(session, everything, facet, size=None)]
    count = func.count(Event.id).label("n")
    rows = session.exec(
        select(model.slug, model.name, count)
        .join(table, column == model.id)
        .join(Event, (Event.id == table.event_id) & (Event.hidden == false()))
        .group_by(model.id, model.slug, model.name)
        .order_by(count.desc(), model.name, model.slug)
    ).all()
    return [FacetCount(slug, name, n) for slug, name, n in rows]


__all__ = [
    "agency_summary",
    "borough_summary",
    "facet_counts",
    "get_event",
    "get_source",
    "list_agencies",
    "list_boroughs",
    "list_sources",
    "month_histogram",
    "timeline_events",
]
