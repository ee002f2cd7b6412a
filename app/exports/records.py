"""One event as a plain record: the shape of the JSON API's events and of the JSON export.

Defined once here; ``app.api.schemas.EventOut`` declares the same fields for the OpenAPI schema and
forbids extra keys, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

from app.db.export_queries import CitedPassage, ExportEvent
from app.exports.links import Links
from app.web.cite import original_link
from app.web.labels import date_label


def citation_record(p: CitedPassage, links: Links) -> dict:
    return {
        "source": p.slug,
        "version": p.version,
        "paragraph": p.number,
        "quote": p.quote,
        "publisher": p.publisher,
        "title": p.title,
        "permalink": links.paragraph(p.slug, p.version, p.number),
        "original_url": original_link(p.url, p.quote),
    }


def event_record(event: ExportEvent, links: Links) -> dict:
    """The event's fields, dates as ISO strings, with its citations and our permalink."""
    e = event.row
    return {
        "id": e.id,
        "url": links.event(e.id),
        "type": e.type,
        "title": e.title,
        "date_label": date_label(e.earliest, e.latest, e.precision),
        "edtf": e.edtf,
        "earliest": e.earliest.isoformat() if e.earliest else None,
        "latest": e.latest.isoformat() if e.latest else None,
        "precision": e.precision,
        "explanation": e.explanation,
        "planned": e.planned,
        "corrected": e.corrected,
        "source_count": e.source_count,
        "agencies": [{"slug": a.slug, "name": a.name} for a in e.agencies],
        "boroughs": [{"slug": b.slug, "name": b.name} for b in e.boroughs],
        "places": list(e.places),
        "citations": [citation_record(p, links) for p in event.passages],
    }
