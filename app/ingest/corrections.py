"""Curator corrections: a TOML file under version control, laid over what the extractor says.

Each ``[[correction]]`` names an event (timeline entry) or a mention by its stable id and sets any of
``date`` (EDTF), ``type``, ``title``, ``agencies``, ``boroughs``, ``hidden``, with a ``note``. A
``[[merge]]`` with ``events = [...]`` makes the listed events one timeline entry (the first id names
it); a ``[[split]]`` with ``mention = "..."`` takes that mention out of its event into one of its own.
Because corrections are applied whenever an event is recomputed, and again at the end of every
ingest, they survive every re-ingest; those whose ids no longer exist are listed by ``stale``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.ingest.edtf import parse_edtf
from app.ingest.records import EVENT_TYPES

FIELDS = ("date", "type", "title", "agencies", "boroughs", "hidden")
_EVENT_ID_MAX = 40


class CorrectionError(ValueError):
    """A corrections file or entry that cannot be used; str() names the file and the entry."""


@dataclass(frozen=True)
class Correction:
    target: str  # an event id or a mention id
    changes: dict = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class Merge:
    events: tuple[str, ...]  # the first names the merged entry
    note: str = ""


@dataclass(frozen=True)
class Split:
    mention: str
    note: str = ""

    @property
    def event_id(self) -> str:
        return split_event_id(self.mention)


@dataclass(frozen=True)
class Corrections:
    fields: dict[str, Correction] = field(default_factory=dict)
    merges: tuple[Merge, ...] = ()
    splits: dict[str, Split] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.fields or self.merges or self.splits)

    def regroup(self, mention_id: str, event_id: str) -> str:
        """The event a mention belongs in once splits and merges are applied."""
        if mention_id in self.splits:
            return self.splits[mention_id].event_id
        for merge in self.merges:
            if event_id in merge.events or mention_id in merge.events:
                return merge.events[0]
        return event_id


def split_event_id(mention_id: str) -> str:
    """The id of the event a split mention moves to: readable, stable, and within the column size."""
    return f"{mention_id[: _EVENT_ID_MAX - 6]}-split"


def parse_corrections(text: str, path: str = "corrections.toml") -> Corrections:
    """All entries of a corrections file; raises CorrectionError naming the file and the entry at fault."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CorrectionError(f"{path}: {exc}") from None
    unknown_tables = set(data) - {"correction", "merge", "split"}
    if unknown_tables:
        raise CorrectionError(f"{path}: unknown table(s) {sorted(unknown_tables)}: use [[correction]], [[merge]] or [[split]]")
    fields: dict[str, Correction] = {}
    for i, entry in enumerate(_entries(data, "correction", path), start=1):
        where = f"{path}: correction {i}"
        target = entry.get("event") or entry.get("mention")
        if not isinstance(target, str) or not target:
            raise CorrectionError(f"{where} names no event or mention id")
        unknown = set(entry) - set(FIELDS) - {"event", "mention", "note"}
        if unknown:
            raise CorrectionError(f"{where} has unknown field(s) {sorted(unknown)}")
        changes = {k: entry[k] for k in FIELDS if k in entry}
        _check_changes(changes, where)
        earlier = fields.get(target)
        if earlier is not None:  # two entries for one id: the later one wins field by field
            changes = {**earlier.changes, **changes}
        fields[target] = Correction(target, changes, str(entry.get("note", "") or (earlier.note if earlier else "")))
    merges = []
    for i, entry in enumerate(_entries(data, "merge", path), start=1):
        events = entry.get("events")
        if not isinstance(events, list) or len(events) < 2 or not all(isinstance(e, str) and e for e in events):
            raise CorrectionError(f"{path}: merge {i} needs events = [at least two event ids]")
        merges.append(Merge(tuple(dict.fromkeys(events)), str(entry.get("note", ""))))
    splits = {}
    for i, entry in enumerate(_entries(data, "split", path), start=1):
        mention = entry.get("mention")
        if not isinstance(mention, str) or not mention:
            raise CorrectionError(f"{path}: split {i} needs mention = \"<mention id>\"")
        splits[mention] = Split(mention, str(entry.get("note", "")))
    return Corrections(fields, tuple(merges), splits)


def _entries(data: dict, table: str, path: str) -> list[dict]:
    entries = data.get(table, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CorrectionError(f"{path}: {table} entries are written [[{table}]]")
    return entries


def _check_changes(changes: dict, where: str) -> None:
    if "type" in changes and changes["type"] not in EVENT_TYPES:
        raise CorrectionError(f"{where}: type must be one of {', '.join(EVENT_TYPES)}")
    if "date" in changes:
        try:
            parse_edtf(str(changes["date"]))
        except ValueError as exc:
            raise CorrectionError(f"{where}: {exc}") from None
    for key in ("agencies", "boroughs"):
        if key in changes and not (isinstance(changes[key], list) and all(isinstance(x, str) and x.strip() for x in changes[key])):
            raise CorrectionError(f"{where}: {key} must be a list of names")
    if "hidden" in changes and not isinstance(changes["hidden"], bool):
        raise CorrectionError(f"{where}: hidden must be true or false")
    if "title" in changes and not (isinstance(changes["title"], str) and changes["title"].strip()):
        raise CorrectionError(f"{where}: title must be text")


@lru_cache(maxsize=8)
def _load(path: str, mtime_ns: int, size: int) -> Corrections:
    return parse_corrections(Path(path).read_text(encoding="utf-8"), path)


def corrections_path() -> Path:
    from app.config import get_settings

    return get_settings().corrections_file


def load_corrections(path: Path | None = None) -> Corrections:
    """The corrections in force (the settings' file by default; none when the file is missing)."""
    path = Path(path) if path is not None else corrections_path()
    if not path.is_file():
        return Corrections()
    info = path.stat()
    return _load(str(path), info.st_mtime_ns, info.st_size)


def apply_corrections_to_event(session, event, mentions, corrections: Corrections | None = None) -> None:
    """Lay the corrections for this event (or any of its mentions) over its extracted summary."""
    from app.db.links import link_event_overrides

    corrections = load_corrections() if corrections is None else corrections
    if not corrections:
        return
    mention_ids = [m.id for m in mentions]
    found = [corrections.fields[k] for k in dict.fromkeys([event.id, *mention_ids]) if k in corrections.fields]
    merged = [m for m in corrections.merges if m.events[0] == event.id and len(set(m.events) & {event.id, *mention_ids}) > 1]
    split = [s for s in corrections.splits.values() if s.event_id == event.id and s.mention in mention_ids]
    if not (found or merged or split):
        return
    before = {"type": event.type, "title": event.title, "date": event.edtf, "precision": event.precision, "hidden": event.hidden}
    for c in found:
        ch = c.changes
        if "type" in ch:
            event.type = ch["type"]
        if "title" in ch:
            event.title = str(ch["title"]).strip()
        if "hidden" in ch:
            event.hidden = bool(ch["hidden"])
        if "date" in ch:
            value = parse_edtf(str(ch["date"]))
            event.edtf, event.earliest, event.latest = value.edtf, value.earliest, value.latest
            event.precision, event.anchor = value.precision, "explicit"
            event.explanation = f"corrected by a curator to {value.edtf}" + (f": {c.note}" if c.note else "")
        if "agencies" in ch or "boroughs" in ch:
            before.update(link_event_overrides(session, event.id, ch.get("agencies"), ch.get("boroughs")))
    notes = [x.note for x in [*found, *merged, *split] if x.note]
    by = [c.target for c in found] + [f"merge:{'+'.join(m.events)}" for m in merged] + [f"split:{s.mention}" for s in split]
    event.corrected = {"extracted": before, "notes": notes, "by": by}


def stale_corrections(known_ids: set[str], corrections: Corrections | None = None) -> list[str]:
    """One line for each correction that no longer applies: its event or mention is gone."""
    corrections = load_corrections() if corrections is None else corrections
    lines = []
    for c in corrections.fields.values():
        if c.target not in known_ids:
            lines.append(f"correction of {c.target}: no event or mention has this id any more")
    for m in corrections.merges:
        missing = [e for e in m.events if e not in known_ids]
        if len(m.events) - len(missing) < 2:
            lines.append(f"merge of {', '.join(m.events)}: {', '.join(missing)} no longer exist(s)")
    for s in corrections.splits.values():
        if s.mention not in known_ids:
            lines.append(f"split of mention {s.mention}: no mention has this id any more")
    return lines
