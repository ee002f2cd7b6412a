"""An event's summary from its mentions: the most precise date speaks, the actors are pooled.

Pure: mentions in (stored rows or anything with their attributes), the event's fields out, ready
for one UPDATE; curator corrections are laid over these fields afterwards (app.ingest.corrections).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class EventFields:
    """The columns of an event that its mentions decide (and corrections may change)."""

    id: str
    type: str
    title: str
    edtf: str
    earliest: date | None
    latest: date | None
    precision: str
    anchor: str
    explanation: str
    planned: bool
    core: bool
    source_count: int
    cluster_score: float
    cluster_reason: str
    updated_at: datetime
    hidden: bool = False
    corrected: dict | None = None
    search_text: str = ""

    def values(self) -> dict:
        """Bind values for the UPDATE of the event's row."""
        out = dict(self.__dict__)
        out["event_id"] = out.pop("id")
        return out

    def row(self) -> dict:
        """The values of a new event's row."""
        return dict(self.__dict__)


@dataclass
class Actors:
    """The agencies, boroughs, places and people of all of an event's mentions, first seen first."""

    agencies: dict[str, dict] = field(default_factory=dict)
    boroughs: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    people: dict[str, dict] = field(default_factory=dict)

    def link_args(self) -> tuple[list[dict], list[str], list[tuple[str, str | None]], list[dict]]:
        """The arguments of app.db.links.link_rows: places are placed in the first borough."""
        place_borough = self.boroughs and next(iter(self.boroughs)) or None
        return (
            list(self.agencies.values()),
            list(self.boroughs),
            [(p, place_borough) for p in self.places],
            list(self.people.values()),
        )


def _width(m) -> int:
    if m.earliest is None or m.latest is None:
        return 10**9
    return (m.latest - m.earliest).days


def summarise(event_id: str, mentions: Sequence, now: datetime, *, cluster_score: float, cluster_reason: str) -> tuple[EventFields, Actors]:
    """The event's fields and pooled actors from its mentions (ordered by id)."""
    # the most precise dated mention speaks for the event; the others are its other sources
    best = min(mentions, key=lambda m: (_width(m), not m.core, m.id))
    source_count = len({m.source_id for m in mentions})
    if source_count == 1:
        cluster_score, cluster_reason = 1.0, ""
    fields = EventFields(
        id=event_id,
        type=best.type,
        title=best.title,
        edtf=best.edtf,
        earliest=best.earliest,
        latest=best.latest,
        precision=best.precision,
        anchor=best.anchor,
        explanation=best.explanation,
        planned=all(m.planned for m in mentions),
        core=any(m.core for m in mentions),
        source_count=source_count,
        cluster_score=cluster_score,
        cluster_reason=cluster_reason,
        updated_at=now,
    )
    actors = Actors()
    for m in mentions:
        a = m.actors or {}
        for x in a.get("agencies", []):
            actors.agencies.setdefault(x["name"], x)
        for b in a.get("boroughs", []):
            actors.boroughs.setdefault(b, b)
        for p in a.get("places", []):
            actors.places.setdefault(p, p)
        for p in a.get("people", []):
            actors.people.setdefault(p["name"], p)
    return fields, actors


def search_text(fields: EventFields, mentions: Sequence, paragraphs: dict[str, list[str]], actors: Actors) -> str:
    """What full-text search sees: titles, the cited paragraphs (each once) and the names."""
    cited = dict.fromkeys(text for m in mentions for text in paragraphs.get(m.id, ()))
    agencies = actors.agencies.values()
    parts = [fields.title, *(m.title for m in mentions), *cited]
    parts += [a["name"] for a in agencies] + [a.get("unit") or "" for a in agencies]
    parts += list(actors.places) + [" ".join(filter(None, [p.get("title"), p["name"]])) for p in actors.people.values()]
    return "\n".join(p for p in parts if p)
