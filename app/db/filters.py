"""The timeline's filters as a value, and the SQL conditions they become.

HTML pages, the JSON API and the exports all parse the same query string into a ``TimelineFilters``
and pass it to the query functions in ``app.db.queries``. Every condition is written so that it can
use an index: dates compare ``event.earliest``/``event.latest`` directly, facets are ``IN`` sub-queries
over the link tables' (facet id, event id) indexes.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import and_, column, exists, false, or_, select, text, true
from sqlalchemy.sql.elements import ColumnElement

from app.db import search
from app.db.models import (
    Agency,
    Borough,
    Event,
    EventAgency,
    EventBorough,
    EventPlace,
    Place,
)

NEWEST, OLDEST = "newest", "oldest"
FACETS = ("agency", "borough", "type", "precision", "planned")


@dataclass(frozen=True)
class TimelineFilters:
    """What the user asked to see; empty tuples and None mean 'no filter on this'."""

    agencies: tuple[str, ...] = ()  # agency slugs: any of them (OR)
    boroughs: tuple[str, ...] = ()  # borough slugs: any of them
    types: tuple[str, ...] = ()  # event types: any of them
    date_from: date | None = None  # the event's interval overlaps [date_from, date_to]
    date_to: date | None = None
    precisions: tuple[str, ...] = ()
    planned: bool | None = None  # True: planned at publication; False: past
    q: str | None = None  # full-text search words
    order: str = NEWEST
    places: tuple[str, ...] = ()  # place slugs: any of them (not a facet: there are too many)

    @property
    def dated_only(self) -> bool:
        """A date range excludes undated events: an unknown interval cannot be said to overlap it."""
        return self.date_from is not None or self.date_to is not None

    def without(self, facet: str) -> TimelineFilters:
        """The same filters less one facet's own selection (for that facet's counts)."""
        field = {
            "agency": "agencies",
            "borough": "boroughs",
            "type": "types",
            "precision": "precisions",
        }.get(facet)
        if field:
            return replace(self, **{field: ()})
        if facet == "planned":
            return replace(self, planned=None)
        raise ValueError(f"unknown facet {facet!r}")

    @property
    def is_empty(self) -> bool:
        return self == TimelineFilters(order=self.order)


def conditions(filters: TimelineFilters, dialect: str, *, walk: bool = False) -> list[ColumnElement[bool]]:
    """WHERE conditions on ``event`` for the filters (hidden events never match).

    ``walk``: the caller reads the date index in order and wants the agency, borough and text
    filters as membership tests, not as the list of events SQLite starts from (see
    app.db.queries.timeline_events: when a filter matches many events, the first page is found
    sooner by walking dates than by fetching and sorting every match).
    """
    where: list[ColumnElement[bool]] = [Event.hidden == false()]
    # SQLite drives a query from an indexed `event.id IN (...)`; `event.id || ''` cannot use an
    # index, so the same test becomes a look-up in the list SQLite builds once
    key = Event.id.concat("") if walk and dialect == "sqlite" else Event.id
    if filters.types:
        where.append(Event.type.in_(filters.types))
    if filters.precisions:
        where.append(Event.precision.in_(filters.precisions))
    if filters.planned is not None:
        where.append(Event.planned == (true() if filters.planned else false()))
    if filters.date_from is not None:
        where.append(Event.latest >= filters.date_from)
    if filters.date_to is not None:
        where.append(Event.earliest <= filters.date_to)
    if filters.agencies and filters.boroughs:
        # the borough list drives the query (a borough is far more selective than a police force,
        # which may act in half of all events); the agency is then checked per event on
        # event_agency's primary key instead of listing every event of the force
        where.append(
            exists().where(
                EventAgency.event_id == Event.id,
                EventAgency.agency_id.in_(select(Agency.id).where(Agency.slug.in_(filters.agencies))),
            )
        )
    elif filters.agencies:
        where.append(
            key.in_(
                select(EventAgency.event_id)
                .join(Agency, Agency.id == EventAgency.agency_id)
                .where(Agency.slug.in_(filters.agencies))
            )
        )
    if filters.boroughs:
        where.append(
            key.in_(
                select(EventBorough.event_id)
                .join(Borough, Borough.id == EventBorough.borough_id)
                .where(Borough.slug.in_(filters.boroughs))
            )
        )
    if filters.places:
        where.append(
            Event.id.in_(
                select(EventPlace.event_id)
                .join(Place, Place.id == EventPlace.place_id)
                .where(Place.slug.in_(filters.places))
            )
        )
    if filters.q:
        where.append(text_match(filters.q, dialect, key=key))
    return where


def text_match(q: str, dialect: str, *, key=None) -> ColumnElement[bool]:
    """Events whose search text matches the words of q (FTS5 on SQLite, tsvector on PostgreSQL)."""
    if dialect == "sqlite":
        query = search.fts_query(q)
        if query is None:
            return true()
        return (Event.id if key is None else key).in_(text(search.MATCH_SQL).bindparams(fts=query).columns(column("event_id")))
    words = search.tsquery_words(q)
    if words is None:
        return true()
    return text(
        "to_tsvector('english', event.search_text) @@ plainto_tsquery('english', :tsq)"
    ).bindparams(tsq=words)


# --- keyset cursor -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after the event (earliest, latest, id) in the given order.

    Within a start date, wider intervals come first when newest first (a year before its January).
    After the last dated event come the undated ones, in id order (they have no date to order by):
    their cursor has no dates, and an empty id means "from the first undated event".
    """

    order: str
    earliest: date | None
    latest: date | None
    event_id: str

    @property
    def undated(self) -> bool:
        return self.earliest is None or self.latest is None


def undated_cursor(order: str, after_id: str = "") -> Cursor:
    """The cursor of the undated events after after_id ("" for the first of them)."""
    return Cursor(order, None, None, after_id)


# Cursors travel in URLs and their event id reaches SQL: both alphabets are checked before use (a
# NUL byte, say, is refused here rather than by PostgreSQL with a server error).
_CURSOR = re.compile(r"[A-Za-z0-9_-]{1,400}")
EVENT_ID = re.compile(r"[A-Za-z0-9_-]{1,200}")
_NO_DATE = "-"


def encode_cursor(cursor: Cursor) -> str:
    first = cursor.earliest.isoformat() if not cursor.undated else _NO_DATE
    last = cursor.latest.isoformat() if not cursor.undated else _NO_DATE
    raw = f"{cursor.order[0]}|{first}|{last}|{cursor.event_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(value: str, *, order: str) -> Cursor:
    """The cursor a page link carried; raises ValueError if it was altered or belongs to another order."""
    try:
        if not _CURSOR.fullmatch(value):
            raise ValueError(value)
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
        kind, first, last, event_id = raw.split("|", 3)
        if first == last == _NO_DATE:
            cursor = undated_cursor({"n": NEWEST, "o": OLDEST}[kind], event_id)
        else:
            cursor = Cursor(
                {"n": NEWEST, "o": OLDEST}[kind],
                date.fromisoformat(first),
                date.fromisoformat(last),
                event_id,
            )
        if not (EVENT_ID.fullmatch(event_id) or (cursor.undated and not event_id)):
            raise ValueError(event_id)
        # only the exact text this site gives out: no padding, no other spelling of a date
        if encode_cursor(cursor) != value:
            raise ValueError(value)
    except (binascii.Error, UnicodeDecodeError, ValueError, KeyError):
        raise ValueError("is not a cursor this site gave out") from None
    if cursor.order != order:
        raise ValueError("belongs to a different sort order")
    return cursor


def after_cursor(cursor: Cursor, columns: tuple | None = None) -> ColumnElement[bool]:
    """Rows after the cursor in (earliest, latest, id) order: the order of ix_event_hidden_earliest.

    After an undated cursor come only the undated events with a greater id. ``columns``: the
    (earliest, latest, event id) columns to compare, when a list walks another table in that order.
    """
    c = cursor
    first, last, key = columns or (Event.earliest, Event.latest, Event.id)
    if c.undated:
        return and_(or_(first.is_(None), last.is_(None)), key > c.event_id)
    if c.order == NEWEST:
        return or_(
            first < c.earliest,
            and_(first == c.earliest, last < c.latest),
            and_(first == c.earliest, last == c.latest, key < c.event_id),
        )
    return or_(
        first > c.earliest,
        and_(first == c.earliest, last > c.latest),
        and_(first == c.earliest, last == c.latest, key > c.event_id),
    )
