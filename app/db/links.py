"""The agencies, boroughs, places and people an event is linked to (the timeline's facets)."""

from __future__ import annotations

import re

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from app.db.models import (
    Agency,
    Borough,
    EventAgency,
    EventBorough,
    EventPerson,
    EventPlace,
    Person,
    Place,
)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")[:200]


def _get_or_create(session: Session, model, slug: str, **fields):
    # one article links the same borough, force and places to each of its events: remember the rows
    # for the session (one transaction), so each is looked up once instead of once per event
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


def link_event(session: Session, event_id: str, agencies: list[dict], boroughs: list[str], places: list[tuple[str, str | None]], people: list[dict]) -> None:
    """Replace the event's links with these (created as needed, deduplicated by slug)."""
    # Link rows are written as plain SQL, not ORM objects: an ingest replaces thousands of them and
    # the ORM's bulk-delete bookkeeping was most of its time; nothing keeps link objects in memory.
    session.flush()
    conn = session.connection()
    if event_id not in session.info.get("new_events", ()):
        for table in (EventAgency, EventBorough, EventPlace, EventPerson):
            conn.execute(delete(table.__table__).where(table.__table__.c.event_id == event_id))
    seen: set[tuple[str, int]] = set()
    rows: dict[type, list[dict]] = {EventAgency: [], EventBorough: [], EventPlace: [], EventPerson: []}

    def once(kind: str, row_id: int) -> bool:
        if (kind, row_id) in seen:
            return False
        seen.add((kind, row_id))
        return True

    for a in agencies:
        row = _get_or_create(session, Agency, a.get("slug") or slugify(a["name"]), name=a["name"], kind=a.get("kind") or "other", parent=a.get("parent"))
        if once("a", row.id):
            rows[EventAgency].append({"event_id": event_id, "agency_id": row.id, "unit": a.get("unit")})
    for name in boroughs:
        row = borough_row(session, name)
        if once("b", row.id):
            rows[EventBorough].append({"event_id": event_id, "borough_id": row.id})
    for name, borough in places:
        borough_id = borough_row(session, borough).id if borough else None
        row = _get_or_create(session, Place, slugify(f"{name} {borough or ''}"), name=name, borough_id=borough_id)
        if once("pl", row.id):
            rows[EventPlace].append({"event_id": event_id, "place_id": row.id})
    for p in people:
        row = _get_or_create(session, Person, slugify(p["name"]), name=p["name"], title=p.get("title"), affiliation=p.get("affiliation"))
        if once("pe", row.id):
            rows[EventPerson].append({"event_id": event_id, "person_id": row.id})
    for table, values in rows.items():
        if values:
            conn.execute(insert(table.__table__), values)


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
