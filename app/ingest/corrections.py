"""Curator corrections: a TOML file under version control, laid over what the extractor says.

Each ``[[correction]]`` names an event (timeline entry) or a mention by its stable id and sets any of
``date`` (EDTF), ``type``, ``title``, ``agencies``, ``boroughs``, ``hidden``, with a ``note``. Because
corrections are applied whenever an event is recomputed, they survive every re-ingest; entries whose
id no longer exists are listed by ``stale_corrections``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.ingest.edtf import parse_edtf
from app.ingest.records import EVENT_TYPES

FIELDS = ("date", "type", "title", "agencies", "boroughs", "hidden", "note")


class CorrectionError(ValueError):
    pass


@dataclass(frozen=True)
class Correction:
    target: str  # an event id or a mention id
    changes: dict = field(default_factory=dict)
    note: str = ""


def parse_corrections(text: str, path: str = "corrections.toml") -> dict[str, Correction]:
    """{target id: Correction}; raises CorrectionError naming the file and the entry at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CorrectionError(f"{path}: {exc}") from None
    out: dict[str, Correction] = {}
    for i, entry in enumerate(data.get("correction", []), start=1):
        target = entry.get("event") or entry.get("mention")
        if not isinstance(target, str) or not target:
            raise CorrectionError(f"{path}: correction {i} names no event or mention id")
        unknown = set(entry) - set(FIELDS) - {"event", "mention"}
        if unknown:
            raise CorrectionError(f"{path}: correction {i} has unknown field(s) {sorted(unknown)}")
        changes = {k: entry[k] for k in FIELDS if k in entry and k != "note"}
        if "type" in changes and changes["type"] not in EVENT_TYPES:
            raise CorrectionError(f"{path}: correction {i}: type must be one of {', '.join(EVENT_TYPES)}")
        if "date" in changes:
            try:
                parse_edtf(changes["date"])
            except ValueError as exc:
                raise CorrectionError(f"{path}: correction {i}: {exc}") from None
        out[target] = Correction(target, changes, str(entry.get("note", "")))
    return out


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> dict[str, Correction]:
    return parse_corrections(Path(path).read_text(encoding="utf-8"), path)


def load_corrections(path: Path | None = None) -> dict[str, Correction]:
    if path is None:
        from app.config import get_settings

        path = get_settings().corrections_file
    if not path.is_file():
        return {}
    return _load(str(path), path.stat().st_mtime)


def apply_corrections_to_event(session, event, mentions) -> None:
    """Lay the corrections for this event (or any of its mentions) over its extracted summary."""
    from app.db.links import link_event_overrides

    corrections = load_corrections()
    if not corrections:
        return
    found = [corrections[k] for k in [event.id, *(m.id for m in mentions)] if k in corrections]
    if not found:
        return
    before = {
        "type": event.type,
        "title": event.title,
        "date": event.edtf,
        "precision": event.precision,
        "hidden": event.hidden,
    }
    notes = []
    for c in found:
        ch = c.changes
        if "type" in ch:
            event.type = ch["type"]
        if "title" in ch:
            event.title = str(ch["title"])
        if "hidden" in ch:
            event.hidden = bool(ch["hidden"])
        if "date" in ch:
            value = parse_edtf(ch["date"])
            event.edtf, event.earliest, event.latest = value.edtf, value.earliest, value.latest
            event.precision, event.anchor = value.precision, "explicit"
            event.explanation = f"corrected by a curator to {value.edtf}" + (f": {c.note}" if c.note else "")
        if "agencies" in ch or "boroughs" in ch:
            before["links"] = link_event_overrides(session, event.id, ch.get("agencies"), ch.get("boroughs"))
        if c.note:
            notes.append(c.note)
    event.corrected = {"extracted": before, "notes": notes, "by": [c.target for c in found]}


def stale_corrections(known_ids: set[str], path: Path | None = None) -> list[Correction]:
    """Corrections whose event or mention no longer exists (to be listed after a re-ingest)."""
    return [c for c in load_corrections(path).values() if c.target not in known_ids]
