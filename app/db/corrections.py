"""Bringing stored events in line with the corrections file, at once and after every ingest.

Field corrections are laid over an event whenever it is recomputed (app.db.events.refresh_events);
merges and splits decide which event a mention joins when it is stored (assign_events). This module
covers what happens between ingests: a curator's new entry, or a hand edit of the file, takes effect
on the events already stored, and an entry removed from the file stops applying.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from app.db.events import refresh_events
from app.db.models import Event, Mention
from app.ingest.corrections import Corrections, load_corrections, stale_corrections


def reapply_corrections(session: Session, corrections: Corrections | None = None, *, now: datetime | None = None) -> list[str]:
    """Re-point mentions for merges and splits, recompute every corrected event; return stale entries."""
    corrections = load_corrections() if corrections is None else corrections
    now = now or datetime.now(UTC)
    affected: set[str] = set()
    for split in corrections.splits.values():
        mention = session.get(Mention, split.mention)
        if mention is not None and mention.event_id != split.event_id:
            affected |= _move(session, [mention], split.event_id, now)
    for merge in corrections.merges:
        rows = session.exec(
            select(Mention).where(Mention.event_id.in_(merge.events) | Mention.id.in_(merge.events)).order_by(Mention.id)
        ).all()
        rows = [m for m in rows if m.id not in corrections.splits and m.event_id != merge.events[0]]
        if rows:
            affected |= _move(session, rows, merge.events[0], now)
    for target in corrections.fields:
        if session.get(Event, target) is not None:
            affected.add(target)
        elif (mention := session.get(Mention, target)) is not None:
            affected.add(mention.event_id)
    # events corrected before whose entry has since been removed from the file go back to the extractor's
    affected |= {event_id for event_id, corrected in session.exec(select(Event.id, Event.corrected)).all() if corrected}
    refresh_events(session, affected, now=now)
    return stale_corrections(known_ids(session), corrections) if corrections else []


def known_ids(session: Session) -> set[str]:
    """Every stored event id and mention id (what corrections can name)."""
    return set(session.exec(select(Event.id)).all()) | set(session.exec(select(Mention.id)).all())


def resolve_target(session: Session, target: str) -> Event | None:
    """The event an id names: an event id, or the event a mention id belongs to."""
    event = session.get(Event, target)
    if event is None and (mention := session.get(Mention, target)) is not None:
        event = session.get(Event, mention.event_id)
    return event


def _move(session: Session, mentions: list[Mention], event_id: str, now: datetime) -> set[str]:
    """Put the mentions in the event (made from the first of them when new); return the events touched."""
    touched = {m.event_id for m in mentions} | {event_id}
    if session.get(Event, event_id) is None:
        first = mentions[0]
        session.add(Event(id=event_id, type=first.type, title=first.title, updated_at=now))
        session.flush()
    for m in mentions:
        m.event_id = event_id
        session.add(m)
    session.flush()
    return touched


def correct(
    engine,
    target: str,
    *,
    changes: dict,
    note: str | None = None,
    merge_with: tuple[str, ...] = (),
    split: bool = False,
    now: datetime | None = None,
) -> tuple[Event | None, list[str]]:
    """Write a curator's correction to the corrections file and apply it to the database at once.

    Returns the corrected event (after merges and splits) and the entries that no longer apply.
    Raises CorrectionError when an id is unknown or the file cannot be edited safely.
    """
    from app.ingest.corrections import CorrectionError, corrections_path
    from app.ingest.corrections_toml import (
        upsert_correction,
        upsert_merge,
        upsert_split,
        write_corrections,
    )

    with Session(engine) as session:
        kinds = {name: _kind(session, name) for name in (target, *merge_with)}
    for name, kind in kinds.items():
        if kind is None:
            raise CorrectionError(f"no event or mention has the id {name!r} (ids are shown on each event page)")
    if split and kinds[target] != "mention":
        raise CorrectionError(f"--split takes a mention id, and {target!r} is an event: split one of its mentions")
    if not (changes or note or merge_with or split):
        raise CorrectionError("nothing to correct: give --date, --type, --title, --agency, --borough, --hide, --merge-with or --split")
    path = corrections_path()
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if changes or (note and not (merge_with or split)):
        text = upsert_correction(text, target, changes, key=kinds[target], note=note)
    if merge_with:
        text = upsert_merge(text, [target, *merge_with], note=note)
    if split:
        text = upsert_split(text, target, note=note)
    write_corrections(path, text)
    corrections = load_corrections(path)
    with Session(engine) as session:
        stale = reapply_corrections(session, corrections, now=now)
        session.commit()
        if kinds[target] == "mention":
            event = session.get(Event, session.get(Mention, target).event_id)
        else:  # a merged-away event lives on in the merge's first event
            event = session.get(Event, target) or resolve_target(session, corrections.regroup("", target))
        if event is not None:
            session.expunge(event)
    return event, stale


def _kind(session: Session, name: str) -> str | None:
    if session.get(Event, name) is not None:
        return "event"
    if session.get(Mention, name) is not None:
        return "mention"
    return None
