"""The agencies, boroughs, places and people an event is linked to (the timeline's facets)."""

from __future__ import annotations

import re

from sqlalchemy import Table, delete, insert
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from app.db.models import (
    Agency,
    Borough,
    EventAgency,
    EventBorough,
    EventPerson,
    EventPlace,
)
from app.db.name_ids import NameIds


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")[:200]


def _get_or_create(session: Session, model, slug: str, **fields):
    # curator overrides link a few names: remember the rows for the session (one transaction)
    known = session.info.setdefault("link_rows", {})
    row = known.get((model, slug))
    if row is not None and row in session:
        return row
    row = session.exec(select(model).where(model.slug == slug)).first()
    if row is None:
        row = model(slug=slug, **fields)
        session.add(row)
        session.flush()
    known[(model, slug)] = row
    return row


def borough_row(session: Session, name: str) -> Borough:
    from app.ingest.gazetteer_access import borough_region

    return _get_or_create(session, Borough, slugify(name), name=name, region=borough_region(name))


LINK_TABLES = (EventAgency.__table__, EventBorough.__table__, EventPlace.__table__, EventPerson.__table__)


def link_rows(
    conn: Connection, ids: NameIds, event_id: str, agencies: list[dict], boroughs: list[str], places: list[tuple[str, str | None]], people: list[dict]
) -> dict[Table, list[dict]]:
    """The event's link rows by table (names made as needed, deduplicated by slug)."""
    seen: set[tuple[str, int]] = set()
    rows: dict[Table, list[dict]] = {table: [] for table in LINK_TABLES}

    def once(kind: str, row_id: int) -> bool:
        if (kind, row_id) in seen:
            return False
        seen.add((kind, row_id))
        return True

    agency_rows, borough_rows, place_rows, person_rows = rows.values()
    for a in agencies:
        row_id = ids.agency(conn, a.get("slug") or slugify(a["name"]), a["name"], a.get("kind") or "other", a.get("parent"))
        if once("a", row_id):
            agency_rows.append({"event_id": event_id, "agency_id": row_id, "unit": a.get("unit")})
    for name in boroughs:
        row_id = ids.borough(conn, slugify(name), name)
        if once("b", row_id):
            borough_rows.append({"event_id": event_id, "borough_id": row_id})
    for name, borough in places:
        borough_id = ids.borough(conn, slugify(borough), borough) if borough else None
        row_id = ids.place(conn, slugify(f"{name} {borough or ''}"), name, borough_id)
        if once("pl", row_id):
            place_rows.append({"event_id": event_id, "place_id": row_id})
    for p in people:
        row_id = ids.person(conn, slugify(p["name"]), p["name"], p.get("title"), p.get("affiliation"))
        if once("pe", row_id):
            person_rows.append({"event_id": event_id, "person_id": row_id})
    return rows


def write_links(conn: Connection, rows: dict[Table, list[dict]], *, replace: list[str]) -> None:
    """Drop the links of the ``replace`` events, then insert ``rows`` (one executemany per table)."""
    # plain SQL, not ORM objects: an ingest writes hundreds of thousands of link rows
    for table in LINK_TABLES:
        if replace:
            conn.execute(delete(table).where(table.c.event_id.in_(replace)))
        if rows.get(table):
            conn.execute(insert(table), rows[table])


def link_event_overrides(session: Session, event_id: str, agencies: list[str] | None, boroughs: list[str] | None) -> dict:
    """Replace an event's agencies and/or boroughs by curator-given names; return what was there."""
    before: dict = {}
    if agencies is not None:
        rows = session.exec(select(Agency.name).join(EventAgency).where(EventAgency.event_id == event_id)).all()
        before["agencies"] = sorted(rows)
        session.exec(delete(EventAgency).where(EventAgency.event_id == event_id))
        for name in agencies:
            row = _get_or_create(session, Agency, slugify(name), name=name, kind="other", parent=None)
            session.add(EventAgency(event_id=event_id, agency_id=row.id))
    if boroughs is not None:
        rows = session.exec(select(Borough.name).join(EventBorough).where(EventBorough.event_id == event_id)).all()
        before["boroughs"] = sorted(rows)
        session.exec(delete(EventBorough).where(EventBorough.event_id == event_id))
        for name in boroughs:
            session.add(EventBorough(event_id=event_id, borough_id=borough_row(session, name).id))
    session.flush()
    return before
