"""The iCalendar export: events known to the day, as all-day or multi-day VEVENTs.

A calendar can only put an event on days. An event known only to the week, month, season or year,
or not dated at all, would be drawn across days it did not happen on, so it is left out, and the
calendar's description (X-WR-CALDESC and RFC 7986 DESCRIPTION) says how many were left out and why.
Planned events (in the future when reported) are included, marked STATUS:TENTATIVE.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, timedelta
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from app.db.export_queries import ExportEvent
from app.exports.context import SITE_NAME, ExportContext
from app.web.labels import date_label

PRODID = f"-//{SITE_NAME}//Timeline export//EN"
LEFT_OUT_WORDS = {
    "week": "known only to the week",
    "month": "known only to the month",
    "season": "known only to the season",
    "year": "known only to the year",
    "unknown": "with no exact date",
}


def on_calendar(event: ExportEvent) -> bool:
    """Known to the day (a single day or a run of days): the only events a calendar can place."""
    e = event.row
    return e.precision == "day" and e.earliest is not None and e.latest is not None


def left_out_note(events: Sequence[ExportEvent]) -> str:
    """'Left out: 2 events known only to the month, 1 undated event. ...' or '' when none were."""
    counts = Counter(
        "undated" if e.row.earliest is None or e.row.latest is None else e.row.precision
        for e in events
        if not on_calendar(e)
    )
    if not counts:
        return ""
    parts = []
    for key in (*LEFT_OUT_WORDS, "undated"):
        if n := counts.get(key):
            noun = "event" if n == 1 else "events"
            parts.append(
                f"{n} undated {noun}"
                if key == "undated"
                else f"{n} {noun} {LEFT_OUT_WORDS[key]}"
            )
    return (
        f"Left out: {', '.join(parts)}. A calendar can only show an event on the days it happened, "
        "so events not known to the day are not in this file; the timeline page and the CSV or JSON exports list them."
    )


def render_ics(events: Sequence[ExportEvent], context: ExportContext) -> str:
    """A VCALENDAR of the view's day-precision events, with a note on the ones left out."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", context.title)
    cal.add("x-wr-calname", context.title)
    shown = [e for e in events if on_calendar(e)]
    description = f"{len(shown)} {'event' if len(shown) == 1 else 'events'} from {context.view_url}, each citing the news paragraphs it comes from."
    if note := left_out_note(events):
        description += " " + note
    cal.add("description", description)
    cal.add("x-wr-caldesc", description)
    cal.add("url", context.view_url)
    host = urlsplit(context.links.base).hostname or "policing-timeline"
    stamp = context.generated.astimezone(UTC)
    for event in shown:
        cal.add_component(_vevent(event, context, host, stamp))
    return cal.to_ical().decode("utf-8")


def _vevent(event: ExportEvent, context: ExportContext, host: str, stamp) -> Event:
    e = event.row
    v = Event()
    v.add("uid", f"{e.id}@{host}")
    v.add("dtstamp", stamp)
    v.add("dtstart", e.earliest)
    v.add(
        "dtend", e.latest + timedelta(days=1)
    )  # DTEND is exclusive for all-day events
    v.add("summary", e.title)
    v.add("categories", [e.type.replace("_", " ")])
    v.add("status", "TENTATIVE" if e.planned else "CONFIRMED")
    v.add("transp", "TRANSPARENT")
    v.add("url", context.links.event(e.id))
    if where := list(dict.fromkeys([*e.places, *(b.name for b in e.boroughs)])):
        v.add("location", ", ".join(where))
    v.add("description", _description(event, context))
    return v


def _description(event: ExportEvent, context: ExportContext) -> str:
    e = event.row
    lines = [
        f"{date_label(e.earliest, e.latest, e.precision)}{' (planned when reported)' if e.planned else ''}."
    ]
    if e.explanation:
        lines.append(f"Date: {e.explanation}")
    if e.agencies:
        lines.append("Agencies: " + ", ".join(a.name for a in e.agencies))
    for p in event.passages:
        lines.append(
            f"Source: {p.publisher or p.slug}, para. {p.number}: {context.links.paragraph(p.slug, p.version, p.number)}"
        )
    lines.append(f"Event page: {context.links.event(e.id)}")
    return "\n".join(lines)
