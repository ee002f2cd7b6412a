"""Timeline entries: grouping mentions into events, and keeping each event's summary up to date.

An event's date, type, title and actors are derived from its mentions (then curator corrections are
laid over them), so they are recomputed whenever a mention of it comes or goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, select

from app.db import search
from app.db.links import link_event
from app.db.models import Citation, Event, Mention, Paragraph, Source
from app.ingest.records import AgencyRef, DateValue, EventDraft, PersonRef


def actors_json(draft: EventDraft) -> dict:
    return {
        "agencies": [{"name": a.name, "kind": a.kind, "unit": a.unit, "parent": a.parent, "slug": a.slug} for a in draft.agencies],
        "boroughs": list(draft.boroughs),
        "places": list(draft.places),
        "people": [{"name": p.name, "title": p.title, "affiliation": p.affiliation} for p in draft.people],
    }


def draft_from_mention(m: Mention) -> EventDraft:
    """Rebuild the extractor's record from a stored mention, for clustering against new ones."""
    a = m.actors or {}
    return EventDraft(
        id=m.id,
        type=m.type,
        title=m.title,
        date=DateValue(m.edtf, m.earliest, m.latest, m.precision, m.anchor, m.explanation, m.planned),
        citations=(),
        agencies=tuple(AgencyRef(x["name"], x.get("kind") or "other", x.get("unit"), x.get("parent"), x.get("slug") or "") for x in a.get("agencies", [])),
        boroughs=tuple(a.get("boroughs", [])),
        places=tuple(a.get("places", [])),
        people=tuple(PersonRef(x["name"], x.get("title"), x.get("affiliation")) for x in a.get("people", [])),
        core=m.core,
    )


def assign_events(
    session: Session, slug: str, source_id: int, drafts: Sequence[EventDraft], *, previous: dict[str, str], now: datetime
) -> dict[str, str]:
    """{mention id: event id} for an article's new mentions, creating events where none fits.

    A mention that existed before keeps its event (corrections are keyed by event ids); a new one
    joins an event of another source when the clusterer says they are the same occurrence.
    """
    from app.ingest.clusters import cluster_events
    from app.ingest.corrections import load_corrections

    corrections = load_corrections()
    out: dict[str, str] = {}
    for draft in drafts:
        old = previous.get(draft.id)
        if old and session.get(Event, old) is not None:
            out[draft.id] = _ensure_event(session, corrections.regroup(draft.id, old), draft, now)
            continue
        candidates = _candidates(session, draft, source_id)
        target = None
        if candidates:
            items = [(s, draft_from_mention(m)) for s, m in candidates] + [(slug, draft)]
            for cluster in cluster_events(items):
                ids = {member.event_id for member in cluster.members}
                if draft.id in ids and len(ids) > 1:
                    joined = [m for _, m in candidates if m.id in ids]
                    target = min(m.event_id for m in joined)
                    event = session.get(Event, target)
                    # keep the merge explainable: the score and the clusterer's reason
                    event.cluster_score, event.cluster_reason = cluster.score, cluster.reason
                    session.add(event)
                    break
        # curator merges and splits (corrections.toml) decide before any event row is made
        out[draft.id] = _ensure_event(session, corrections.regroup(draft.id, target or draft.id), draft, now)
    return out


def _ensure_event(session: Session, event_id: str, draft: EventDraft, now: datetime) -> str:
    if session.get(Event, event_id) is None:
        session.add(Event(id=event_id, type=draft.type, title=draft.title, updated_at=now))
        session.flush()
        # made in this transaction: it has no links or search row yet to replace (app.db.links)
        session.info.setdefault("new_events", set()).add(event_id)
    return event_id


def _candidates(session: Session, draft: EventDraft, source_id: int) -> list[tuple[str, Mention]]:
    """Mentions from other sources of the same type whose dates overlap the draft's."""
    d = draft.date
    if d.earliest is None or d.latest is None:
        return []
    rows = session.exec(
        select(Source.slug, Mention)
        .join(Source, Source.id == Mention.source_id)
        .where(
            Mention.type == draft.type,
            Mention.source_id != source_id,
            Mention.earliest <= d.latest,
            Mention.latest >= d.earliest,
        )
        .limit(200)
    ).all()
    return [(slug, m) for slug, m in rows]


def refresh_events(session: Session, event_ids: Iterable[str], *, now: datetime) -> None:
    """Recompute each event from its mentions; drop events no mention is left in."""
    from app.ingest.corrections import apply_corrections_to_event

    for event_id in sorted(set(event_ids)):
        event = session.get(Event, event_id)
        if event is None:
            continue
        mentions = session.exec(select(Mention).where(Mention.event_id == event_id).order_by(Mention.id)).all()
        if not mentions:
            link_event(session, event_id, [], [], [], [])
            search.unindex_event(session, event_id)
            session.delete(event)
            continue
        _summarise(session, event, mentions, now)
        apply_corrections_to_event(session, event, mentions)
        session.add(event)
    session.flush()


def _summarise(session: Session, event: Event, mentions: Sequence[Mention], now: datetime) -> None:
    # the most precise dated mention speaks for the event; the others are its other sources
    def width(m: Mention) -> int:
        if m.earliest is None or m.latest is None:
            return 10**9
        return (m.latest - m.earliest).days

    best = min(mentions, key=lambda m: (width(m), not m.core, m.id))
    event.type = best.type
    event.title = best.title
    event.edtf, event.earliest, event.latest = best.edtf, best.earliest, best.latest
    event.precision, event.anchor, event.explanation = best.precision, best.anchor, best.explanation
    event.planned = all(m.planned for m in mentions)
    event.core = any(m.core for m in mentions)
    event.source_count = len({m.source_id for m in mentions})
    if event.source_count == 1:
        event.cluster_score, event.cluster_reason = 1.0, ""
    event.hidden = False
    event.corrected = None
    event.updated_at = now
    agencies, boroughs, places, people = {}, {}, {}, {}
    for m in mentions:
        a = m.actors or {}
        for x in a.get("agencies", []):
            agencies.setdefault(x["name"], x)
        for b in a.get("boroughs", []):
            boroughs.setdefault(b, b)
        for p in a.get("places", []):
            places.setdefault(p, p)
        for p in a.get("people", []):
            people.setdefault(p["name"], p)
    place_borough = boroughs and next(iter(boroughs)) or None
    link_event(
        session,
        event.id,
        list(agencies.values()),
        list(boroughs),
        [(p, place_borough) for p in places],
        list(people.values()),
    )
    event.search_text = _search_text(session, event, mentions, agencies, places, people)
    search.index_event(session, event.id, event.search_text)


def _search_text(session, event, mentions, agencies, places, people) -> str:
    ids = [m.id for m in mentions]
    paragraphs = session.exec(
        select(Paragraph.text).join(Citation, Citation.paragraph_id == Paragraph.id).where(Citation.mention_id.in_(ids)).distinct()
    ).all()
    parts = [event.title, *(m.title for m in mentions), *paragraphs]
    parts += [a["name"] for a in agencies.values()] + [a.get("unit") or "" for a in agencies.values()]
    parts += list(places) + [" ".join(filter(None, [p.get("title"), p["name"]])) for p in people.values()]
    return "\n".join(p for p in parts if p)
