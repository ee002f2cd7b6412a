"""Turning event rows into ``EventRow`` values: links and citations loaded in one query each per page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, select

from app.db.models import (
    Agency,
    Borough,
    Citation,
    Event,
    EventAgency,
    EventBorough,
    EventPlace,
    Mention,
    Paragraph,
    Place,
    Source,
    SourceVersion,
)
from app.db.rows import CitedParagraph, EventRow, Named

# Only what a timeline entry shows: search_text can be long and is never needed here.
EVENT_COLUMNS = (
    Event.id,
    Event.type,
    Event.title,
    Event.edtf,
    Event.earliest,
    Event.latest,
    Event.precision,
    Event.planned,
    Event.source_count,
    Event.explanation,
    Event.corrected,
)


def event_rows(session: Session, rows: Sequence) -> list[EventRow]:
    """EventRows for rows selected with EVENT_COLUMNS, in the same order."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    agencies = _grouped(
        session.exec(
            select(EventAgency.event_id, Agency.slug, Agency.name)
            .join(Agency, Agency.id == EventAgency.agency_id)
            .where(EventAgency.event_id.in_(ids))
            .order_by(Agency.name)
        ).all(),
        lambda r: Named(r[1], r[2]),
    )
    boroughs = _grouped(
        session.exec(
            select(EventBorough.event_id, Borough.slug, Borough.name)
            .join(Borough, Borough.id == EventBorough.borough_id)
            .where(EventBorough.event_id.in_(ids))
            .order_by(Borough.name)
        ).all(),
        lambda r: Named(r[1], r[2]),
    )
    places = _grouped(
        session.exec(
            select(EventPlace.event_id, Place.slug, Place.name)
            .join(Place, Place.id == EventPlace.place_id)
            .where(EventPlace.event_id.in_(ids))
            .order_by(Place.name, Place.slug)
        ).all(),
        lambda r: Named(r[1], r[2]),
    )
    citations = _grouped(
        session.exec(
            select(
                Mention.event_id,
                Source.slug,
                SourceVersion.version,
                Citation.paragraph_number,
                Source.publisher,
                SourceVersion.title,
            )
            .join(Citation, Citation.mention_id == Mention.id)
            .join(Paragraph, Paragraph.id == Citation.paragraph_id)
            .join(SourceVersion, SourceVersion.id == Paragraph.version_id)
            .join(Source, Source.id == SourceVersion.source_id)
            .where(Mention.event_id.in_(ids))
            .distinct()
            .order_by(Mention.event_id, Source.slug, Citation.paragraph_number)
        ).all(),
        lambda r: CitedParagraph(r[1], r[2], r[3], r[4], r[5]),
    )
    return [
        EventRow(
            id=r.id,
            type=r.type,
            title=r.title,
            edtf=r.edtf,
            earliest=r.earliest,
            latest=r.latest,
            precision=r.precision,
            planned=bool(r.planned),
            source_count=r.source_count,
            explanation=r.explanation,
            corrected=bool(r.corrected),
            agencies=tuple(agencies.get(r.id, ())),
            boroughs=tuple(boroughs.get(r.id, ())),
            # one name may be two places (a Victoria Road in two boroughs): named once
            places=tuple(dict.fromkeys(p.name for p in places.get(r.id, ()))),
            place_links=tuple(places.get(r.id, ())),
            citations=tuple(citations.get(r.id, ())),
        )
        for r in rows
    ]


def _grouped(rows, make) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for r in rows:
        item = make(r)
        if item not in out[r[0]]:
            out[r[0]].append(item)
    return out
