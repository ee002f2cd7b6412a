"""The export formats by name: file extension, media type and renderer, shared by the routes and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.db.export_queries import ExportEvent
from app.exports.bibtex import render_bibtex
from app.exports.context import ExportContext
from app.exports.csl import render_csl
from app.exports.csv import render_csv
from app.exports.ics import render_ics
from app.exports.json import render_json
from app.exports.timelinejs import render_timelinejs

Renderer = Callable[[Sequence[ExportEvent], ExportContext], str]


@dataclass(frozen=True)
class ExportFormat:
    name: str  # as `timeline export --format` takes it
    extension: str  # /events.<extension>
    media_type: str
    label: str  # link text on the page
    render: Renderer
    download: bool  # sent as an attachment (a file to save) rather than shown


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csv", "csv", "text/csv; charset=utf-8", "CSV", render_csv, True),
        ExportFormat("json", "json", "application/json", "JSON", render_json, False),
        ExportFormat(
            "ics", "ics", "text/calendar; charset=utf-8", "iCalendar", render_ics, True
        ),
        ExportFormat(
            "timelinejs",
            "timelinejs.json",
            "application/json",
            "TimelineJS",
            render_timelinejs,
            False,
        ),
        ExportFormat(
            "csl",
            "csl.json",
            "application/vnd.citationstyles.csl+json",
            "CSL-JSON citations",
            render_csl,
            False,
        ),
        ExportFormat(
            "bibtex",
            "bib",
            "application/x-bibtex; charset=utf-8",
            "BibTeX citations",
            render_bibtex,
            True,
        ),
    )
}


def render(name: str, events: Sequence[ExportEvent], context: ExportContext) -> str:
    """The view's events in the named format."""
    return FORMATS[name].render(events, context)
