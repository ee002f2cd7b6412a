"""Counts, facets and the month histogram read from the trigger-kept summaries (migration 0005).

``facet_sums`` and ``month_sums`` hold visible events counted per (agency, borough, type, precision,
planned[, months]), agency or borough 0 standing for "any". Filters that pin at most one agency and
one borough, with any types, precisions and planned, are answered by summing cells: a number of
rows bounded by the vocabularies (agencies, boroughs, types, months), never by the number of events.
Other filters (dates, words, places, several agencies or boroughs, whose events may be counted
twice across cells) are counted directly by ``app.db.queries``.
"""

from __future__ import annotations

import os

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    func,
    inspect,
    select,
)
from sqlmodel import Session

from app.db.filters import TimelineFilters
from app.db.models import Agency, Borough

_meta = MetaData()
facet_sums = Table(
    "facet_sums",
    _meta,
    Column("agency_id", Integer, primary_key=True),
    Column("borough_id", Integer, primary_key=True),
    Column("type", String, primary_key=True),
    Column("precision", String, primary_key=True),
    Column("planned", Boolean, primary_key=True),
    Column("dated", Boolean, primary_key=True),
    Column("n", Integer),
)
month_sums = Table(
    "month_sums",
    _meta,
    Column("agency_id", Integer, primary_key=True),
    Column("borough_id", Integer, primary_key=True),
    Column("m0", String, primary_key=True),
    Column("m1", String, primary_key=True),
    Column("type", String, primary_key=True),
    Column("precision", String, primary_key=True),
    Column("planned", Boolean, primary_key=True),
    Column("n", Integer),
)
# one agency's ('a') or borough's ('b') visible dated events in timeline order
link_dates = Table(
    "link_dates",
    _meta,
    Column("kind", String, primary_key=True),
    Column("link_id", Integer, primary_key=True),
    Column("earliest", Date, primary_key=True),
    Column("latest", Date, primary_key=True),
    Column("event_id", String, primary_key=True),
)
ANY = 0  # the cell of every agency (or borough)
NONE = -1  # an unknown slug: no cell, so every count is 0


def enabled() -> bool:
    """TIMELINE_SUMMARIES=off counts every page directly (the benchmark and the tests compare both)."""
    return os.environ.get("TIMELINE_SUMMARIES", "on").lower() not in ("off", "0", "false", "no")


def answers(session: Session, filters: TimelineFilters) -> bool:
    """True when the summaries exist and can count these filters exactly."""
    return (
        enabled()
        and not filters.dated_only
        and not filters.q
        and not filters.places
        and len(filters.agencies) <= 1
        and len(filters.boroughs) <= 1
        and has_summaries(session)
    )


_present: dict[str, bool] = {}


def has_summaries(session: Session) -> bool:
    """True when this database has migration 0005's tables."""
    url = str(session.get_bind().url)
    if not _present.get(url):
        # re-checked until found: a database migrated while the app runs gains them
        _present[url] = inspect(session.connection()).has_table("facet_sums")
    return _present[url]


def pin(session: Session, model, slugs: tuple[str, ...]) -> int:
    """The id of the first slug's agency or borough (ANY without one, NONE when unknown)."""
    if not slugs:
        return ANY
    found = session.exec(select(model.id).where(model.slug == slugs[0])).first()
    return found[0] if found is not None else NONE


def _where(session: Session, table: Table, filters: TimelineFilters, *, agency: bool = True, borough: bool = True) -> list:
    """Conditions on the table's cells; agency/borough False leaves that column free (for its facet)."""
    c = table.c
    where = []
    if agency:
        where.append(c.agency_id == pin(session, Agency, filters.agencies))
    if borough:
        where.append(c.borough_id == pin(session, Borough, filters.boroughs))
    if filters.types:
        where.append(c.type.in_(filters.types))
    if filters.precisions:
        where.append(c.precision.in_(filters.precisions))
    if filters.planned is not None:
        where.append(c.planned == filters.planned)
    return where


def count(session: Session, filters: TimelineFilters, *, dated: bool) -> int:
    """Visible events matching the filters, dated (both ends known) or undated."""
    c = facet_sums.c
    total = session.execute(
        select(func.coalesce(func.sum(c.n), 0)).where(*_where(session, facet_sums, filters), c.dated == dated)
    ).scalar_one()
    return int(total)


def value_counts(session: Session, filters: TimelineFilters, column: str) -> list[tuple[object, int]]:
    """(value, count) of type, precision or planned under the filters, as the direct GROUP BY gives."""
    c = facet_sums.c
    col = c[column]
    n = func.sum(c.n).label("n")
    order = (col,) if column == "planned" else (n.desc(), col)
    rows = session.execute(
        select(col, n).where(*_where(session, facet_sums, filters)).group_by(col).having(n > 0).order_by(*order)
    ).all()
    return [(v, int(k)) for v, k in rows]


def named_counts(
    session: Session, filters: TimelineFilters, facet: str, *, size: int | None, slugs: list[str] | None = None
) -> list[tuple[str, str, int]]:
    """(slug, name, count) of agencies or boroughs under the filters, largest first (or those slugs)."""
    c = facet_sums.c
    model, column = (Agency, c.agency_id) if facet == "agency" else (Borough, c.borough_id)
    n = func.sum(c.n).label("n")
    cells = (
        select(column.label("id"), n)
        .where(
            *_where(session, facet_sums, filters, agency=facet != "agency", borough=facet != "borough"),
            column != ANY,
        )
        .group_by(column)
        .having(n > 0)
        .subquery()
    )
    stmt = select(model.slug, model.name, cells.c.n).join(cells, cells.c.id == model.id)
    if slugs is not None:
        stmt = stmt.where(model.slug.in_(slugs))
    stmt = stmt.order_by(cells.c.n.desc(), model.name, model.slug)
    if size is not None:
        stmt = stmt.limit(size)
    return [(s, name, int(k)) for s, name, k in session.execute(stmt).all()]


def months(session: Session, filters: TimelineFilters) -> list[tuple[str, str, str, int]]:
    """(first month, last month, type, count) of the dated events matching the filters."""
    c = month_sums.c
    n = func.sum(c.n).label("n")
    rows = session.execute(
        select(c.m0, c.m1, c.type, n)
        .where(*_where(session, month_sums, filters))
        .group_by(c.m0, c.m1, c.type)
        .having(n > 0)
        .order_by(c.m0, c.m1, c.type)
    ).all()
    return [(m0, m1, t, int(k)) for m0, m1, t, k in rows]
