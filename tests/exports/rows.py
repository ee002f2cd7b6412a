"""Deterministic ExportEvent values for the renderer tests (invented articles; no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.db.export_queries import CitedPassage, ExportEvent
from app.db.rows import EventRow, Named, Published
from app.exports.context import ExportContext, view_context
from app.exports.links import Links

GENERATED = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
LINKS = Links("https://timeline.example/")
CONTEXT: ExportContext = view_context([("borough", "croydon")], LINKS, GENERATED)

DAY = Published("2019-03-14", date(2019, 3, 14), date(2019, 3, 14), "metadata")
ESTIMATE = Published(
    "2017-06-20/2017-06-30",
    date(2017, 6, 20),
    date(2017, 6, 30),
    "inferred",
    ("'last month' survey",),
)
UNKNOWN = Published("", None, None, "unknown")


def passage(
    slug="croydon-arches",
    number=1,
    quote="set up knife arches",
    *,
    version=1,
    current=1,
    url="https://news.example/croydon/arches",
    publisher="Croydon Courier",
    title="Knife arches at West Croydon",
    author=None,
    published=DAY,
) -> CitedPassage:
    return CitedPassage(
        slug,
        version,
        current,
        number,
        quote,
        url,
        publisher,
        title,
        author,
        published,
        date(2024, 1, 15),
    )


def event(
    id="ev-1",
    title="Knife arches at West Croydon station",
    *,
    type="operation",
    earliest=None,
    latest=None,
    precision="day",
    planned=False,
    agencies=("Metropolitan Police Service",),
    boroughs=("Croydon",),
    places=(),
    passages=(),
    explanation="",
) -> ExportEvent:
    def named(names):
        return tuple(Named(n.lower().replace(" ", "-"), n) for n in names)

    edtf = ""
    if earliest and latest:
        edtf = (
            earliest.isoformat()
            if earliest == latest
            else f"{earliest.isoformat()}/{latest.isoformat()}"
        )
    row = EventRow(
        id=id,
        type=type,
        title=title,
        edtf=edtf,
        earliest=earliest,
        latest=latest,
        precision=precision,
        planned=planned,
        source_count=len({p.slug for p in passages}) or 1,
        explanation=explanation,
        agencies=named(agencies),
        boroughs=named(boroughs),
        places=tuple(places),
    )
    return ExportEvent(row, tuple(passages))
