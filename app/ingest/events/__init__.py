"""Event extraction: typed, dated, cited events from one article's body paragraphs.

    extract_events(article, dct, gazetteer) -> list[EventDraft]

Stages: detect triggers per clause (detect), attach dates (dating), name agencies and places
(context, actors), merge the tellings of one occurrence (merge), then cite and title.
"""

from __future__ import annotations

from app.ingest.events.build import extract_events

__all__ = ["extract_events"]
