"""Paging through every event of a view: the dated ones in timeline order, then the undated ones.

``timeline_events`` pages the dated events and hands the undated ones out whole with the first page
(the HTML timeline shows them in their own section). The JSON API pages both: after the last dated
event the cursor moves on to the undated ones, in id order since they have no date to order by,
so that every event is served exactly once however many there are.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import or_
from sqlmodel import Session, select

from app.db.cache import cached
from app.db.filters import (
    TimelineFilters,
    conditions,
    decode_cursor,
    encode_cursor,
    undated_cursor,
)
from app.db.models import Event
from app.db.queries import count_events, timeline_events
from app.db.row_loading import EVENT_COLUMNS, event_rows
from app.db.rows import EventsPage


def _undated():
    return or_(Event.earliest.is_(None), Event.latest.is_(None))


def undated_total(session: Session, *, filters: TimelineFilters) -> int:
    """How many undated events match the filters (none when a date range is chosen)."""
    if filters.dated_only:
        return 0
    # the same key as timeline_events' own count: one cached value for both
    return cached(session, ("undated", filters), lambda: count_events(session, filters, dated=False))


def events_then_undated(
    session: Session, *, filters: TimelineFilters, limit: int, cursor: str | None = None
) -> EventsPage:
    """Up to ``limit`` events after the cursor: dated ones in timeline order, then undated ones by id.

    Every page carries both totals. A page may hold the last dated events and the first undated
    ones; its ``undated`` list holds the latter.

    :raise ValueError: the cursor is not one a previous page gave out for this order.
    """
    after = decode_cursor(cursor, order=filters.order) if cursor else None
    # an undated cursor leaves no dated event after it: this page only counts them
    page = timeline_events(
        session, filters=filters, limit=limit, cursor=cursor, undated_limit=0
    )
    total_undated = undated_total(session, filters=filters)
    page = replace(page, undated=[], undated_total=total_undated)
    if page.next_cursor or not total_undated:
        return page
    room = limit - len(page.events)
    after_id = after.event_id if after is not None and after.undated else ""
    rows = session.exec(
        select(*EVENT_COLUMNS)
        .where(
            *conditions(filters, session.get_bind().dialect.name),
            _undated(),
            Event.id > after_id,
        )
        .order_by(Event.id)
        .limit(room + 1)
    ).all()
    next_cursor = None
    if len(rows) > room:
        # room may be 0: the dated events filled this page, the undated ones start the next
        rows = rows[:room]
        next_cursor = encode_cursor(
            undated_cursor(filters.order, rows[-1].id if rows else "")
        )
    return replace(page, undated=event_rows(session, rows), next_cursor=next_cursor)
