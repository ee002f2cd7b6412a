"""The CSV export: one row per event, lists joined with "; " so that every cell stays one value."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from app.db.export_queries import ExportEvent
from app.exports.context import ExportContext
from app.web.labels import date_label

COLUMNS = (
    "id",
    "url",
    "type",
    "title",
    "date_label",
    "edtf",
    "earliest",
    "latest",
    "precision",
    "planned",
    "agencies",
    "boroughs",
    "places",
    "source_count",
    "sources",
    "source_urls",
    "paragraphs",
)
SEP = "; "


def csv_row(event: ExportEvent, context: ExportContext) -> dict[str, str]:
    """The event's cells. ``sources``, ``source_urls`` and ``paragraphs`` list the cited articles in
    the same order; ``paragraphs`` reads "slug:2,3" (paragraph numbers of that article's version).
    """
    e = event.row
    by_source: dict[str, list] = {}
    for p in event.passages:
        by_source.setdefault(p.slug, []).append(p)
    return {
        "id": e.id,
        "url": context.links.event(e.id),
        "type": e.type,
        "title": e.title,
        "date_label": date_label(e.earliest, e.latest, e.precision),
        "edtf": e.edtf,
        "earliest": e.earliest.isoformat() if e.earliest else "",
        "latest": e.latest.isoformat() if e.latest else "",
        "precision": e.precision,
        "planned": "true" if e.planned else "false",
        "agencies": SEP.join(a.name for a in e.agencies),
        "boroughs": SEP.join(b.name for b in e.boroughs),
        "places": SEP.join(e.places),
        "source_count": str(e.source_count),
        "sources": SEP.join(by_source),
        "source_urls": SEP.join(
            ps[0].url
            or context.links.paragraph(ps[0].slug, ps[0].version, ps[0].number).split(
                "#"
            )[0]
            for ps in by_source.values()
        ),
        "paragraphs": SEP.join(
            f"{slug}:{','.join(str(p.number) for p in ps)}"
            for slug, ps in by_source.items()
        ),
    }


def render_csv(events: Sequence[ExportEvent], context: ExportContext) -> str:
    """A header row and one row per event (RFC 4180: CRLF line ends, quotes where needed)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for event in events:
        writer.writerow(csv_row(event, context))
    return out.getvalue()
