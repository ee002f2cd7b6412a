"""The JSON export: the filtered view's events in the JSON API's shape, with what the view is."""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.db.export_queries import ExportEvent
from app.exports.context import ExportContext
from app.exports.records import event_record


def render_json(events: Sequence[ExportEvent], context: ExportContext) -> str:
    """{"title", "view", "generated", "count", "events": [...]}: every event, undated ones last."""
    document = {
        "title": context.title,
        "view": context.view_url,
        "generated": context.generated.isoformat(timespec="seconds"),
        "count": len(events),
        "events": [event_record(e, context.links) for e in events],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
