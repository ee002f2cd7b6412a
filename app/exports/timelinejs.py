"""The TimelineJS3 export: the view as the JSON a TimelineJS page loads (``new TL.Timeline(id, url)``).

TimelineJS takes partial dates, so each event gives only the parts its precision supports: a
month-precision event is ``{"year": "2017", "month": "6"}``, a year-precision one only its year.
``display_date`` carries our honest label ("c. mid-2017", "week of 12 June 2017"), which TimelineJS
shows instead of a date of its own making. Undated events cannot be placed on a time axis: they are
left out and the title slide says how many. Date parts are strings, as in TimelineJS's examples.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from html import escape

from app.db.export_queries import ExportEvent
from app.exports.context import ExportContext
from app.web.cite import original_link
from app.web.labels import date_label

# how much of a date TimelineJS is given, by our precision
UNITS = {
    "day": "day",
    "week": "day",
    "unknown": "day",
    "month": "month",
    "season": "month",
    "year": "year",
}


def tl_date(d: date, unit: str) -> dict[str, str]:
    """A TimelineJS date object with parts down to ``unit`` (year, month or day)."""
    out = {"year": str(d.year)}
    if unit in ("month", "day"):
        out["month"] = str(d.month)
    if unit == "day":
        out["day"] = str(d.day)
    return out


def slide(event: ExportEvent, context: ExportContext) -> dict:
    """One TimelineJS event slide for a dated event."""
    e = event.row
    unit = UNITS.get(e.precision, "day")
    start, end = tl_date(e.earliest, unit), tl_date(e.latest, unit)
    out = {
        "unique_id": e.id,
        "start_date": start,
        "display_date": date_label(e.earliest, e.latest, e.precision)
        + (" (planned)" if e.planned else ""),
        "text": {"headline": escape(e.title), "text": _body(event, context)},
        "group": e.type.replace("_", " "),
    }
    if end != start:
        out["end_date"] = end
    return out


def _body(event: ExportEvent, context: ExportContext) -> str:
    e = event.row
    facts = [escape(e.type.replace("_", " "))]
    facts += [escape(a.name) for a in e.agencies]
    facts += [
        escape(w) for w in dict.fromkeys([*e.places, *(b.name for b in e.boroughs)])
    ]
    parts = [f"<p>{' · '.join(facts)}</p>"]
    if e.explanation:
        parts.append(f"<p>Date: {escape(e.explanation)}</p>")
    sources = []
    for p in event.passages:
        link = f'<a href="{escape(context.links.paragraph(p.slug, p.version, p.number))}">{escape(p.publisher or p.slug)}, para. {p.number}</a>'
        if original := original_link(p.url, p.quote):
            link += f' (<a href="{escape(original)}">original</a>)'
        sources.append(link)
    if sources:
        parts.append(f"<p>Sources: {'; '.join(sources)}</p>")
    parts.append(f'<p><a href="{escape(context.links.event(e.id))}">Event page</a></p>')
    return "".join(parts)


def timeline_document(events: Sequence[ExportEvent], context: ExportContext) -> dict:
    """{"title": slide, "events": [slides], "scale": "human"} for the view."""
    dated = [
        e for e in events if e.row.earliest is not None and e.row.latest is not None
    ]
    intro = f'{len(dated)} {"event" if len(dated) == 1 else "events"} from <a href="{escape(context.view_url)}">{escape(context.view_url)}</a>, each citing the news paragraphs it comes from.'
    if left := len(events) - len(dated):
        intro += f" {left} undated {'event is' if left == 1 else 'events are'} left out: a timeline cannot place {'it' if left == 1 else 'them'}."
    return {
        "title": {
            "text": {"headline": escape(context.title), "text": f"<p>{intro}</p>"}
        },
        "events": [slide(e, context) for e in dated],
        "scale": "human",
    }


def render_timelinejs(events: Sequence[ExportEvent], context: ExportContext) -> str:
    return (
        json.dumps(timeline_document(events, context), ensure_ascii=False, indent=1)
        + "\n"
    )
