"""A page of one agency's or borough's events read in timeline order from ``link_dates``.

Migration 0005's triggers keep, for every agency and borough, its visible dated events ordered by
(earliest, latest, event id). A filtered page's first rows are then the first rows of that range
that pass the other filters: about limit x (the link's events / the matches) rows, a ratio that does
not grow with the database, where fetching and sorting every event of a busy borough did.
"""

from __future__ import annotations

from sqlalchemy import Select, exists, select
from sqlmodel import Session

from app.db import summary_queries as summaries
from app.db.filters import NEWEST, Cursor, TimelineFilters, after_cursor, conditions
from app.db.models import Agency, Borough, Event, EventAgency, EventBorough

LINKS = {
    "agency": ("a", Agency, EventAgency, EventAgency.agency_id),
    "borough": ("b", Borough, EventBorough, EventBorough.borough_id),
}


def link_walk(session: Session, filters: TimelineFilters, columns: tuple, cursor: Cursor | None) -> Select | None:
    """SELECT columns of the page's events walking one link's dates (unordered, unlimited); None if none pinned."""
    pinned = [f for f, chosen in (("borough", filters.boroughs), ("agency", filters.agencies)) if len(chosen) == 1]
    if not pinned or not summaries.enabled() or not summaries.has_summaries(session):
        return None
    # walk the smaller of the two: its range holds the page's events more densely
    facet = min(pinned, key=lambda f: summaries.count(session, TimelineFilters(**{_field(f): getattr(filters, _field(f))}), dated=True))
    kind, model, _, _ = LINKS[facet]
    ld = summaries.link_dates.c
    link_id = summaries.pin(session, model, getattr(filters, _field(facet)))
    rest = TimelineFilters(
        types=filters.types,
        date_from=filters.date_from,
        date_to=filters.date_to,
        precisions=filters.precisions,
        planned=filters.planned,
        q=filters.q,
        order=filters.order,
        places=filters.places,
    )
    where = conditions(rest, session.get_bind().dialect.name, walk=True)
    for other in ("agency", "borough"):
        chosen = getattr(filters, _field(other))
        if other != facet and chosen:
            # the other link is checked per event on its primary key, never listed
            _, other_model, table, column = LINKS[other]
            where.append(
                exists().where(table.event_id == Event.id, column.in_(select(other_model.id).where(other_model.slug.in_(chosen))))
            )
    stmt = (
        select(*columns)
        .select_from(summaries.link_dates)
        .join(Event, Event.id == ld.event_id)
        .where(ld.kind == kind, ld.link_id == link_id, *where)
    )
    if cursor is not None:
        stmt = stmt.where(after_cursor(cursor, (ld.earliest, ld.latest, ld.event_id)))
    return stmt


def walk_order(filters: TimelineFilters) -> tuple:
    """ORDER BY for link_walk's statement: link_dates' own key, so no sort."""
    ld = summaries.link_dates.c
    if filters.order == NEWEST:
        return (ld.kind.desc(), ld.link_id.desc(), ld.earliest.desc(), ld.latest.desc(), ld.event_id.desc())
    return (ld.kind, ld.link_id, ld.earliest, ld.latest, ld.event_id)


def _field(facet: str) -> str:
    return "agencies" if facet == "agency" else "boroughs"
