"""Timeline entries: grouping mentions into events, and keeping each event's summary up to date.

An event's date, type, title and actors are derived from its mentions (then curator corrections are
laid over them), so they are recomputed whenever a mention of it comes or goes. Written as plain SQL
(SQLAlchemy Core): an ingest recomputes tens of thousands of events, a handful of statements per
article rather than a unit of work per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.db.draft_cache import DraftCache, draft_from_mention, match_keys, may_match
from app.db.event_summary import Actors, EventFields, search_text, summarise
from app.db.links import link_rows, write_links
from app.db.models import Citation, Event, Mention, Paragraph, Source
from app.db.name_ids import name_ids
from app.ingest.records import EventDraft

EVENT, MENTION = Event.__table__, Mention.__table__
# enough to bound one look-up; SQLite allows 32766 variables, PostgreSQL 65535
CHUNK = 900
# the columns a mention is clustered and summarised by
MENTION_COLUMNS = [c for c in MENTION.c if c.name != "version_id"]
SOURCE = Source.__table__
# Built once: building a statement costs more than running it on a small indexed look-up.
CANDIDATES = (
    select(SOURCE.c.slug, MENTION.c.id, MENTION.c.event_id)
    .join(SOURCE, SOURCE.c.id == MENTION.c.source_id)
    .where(
        MENTION.c.type == bindparam("type"),
        MENTION.c.source_id != bindparam("source_id"),
        MENTION.c.earliest <= bindparam("latest"),
        MENTION.c.latest >= bindparam("earliest"),
    )
    .limit(200)
)
MENTIONS_BY_ID = select(*MENTION_COLUMNS).where(MENTION.c.id.in_(bindparam("ids", expanding=True)))
EVENTS_IN = select(EVENT.c.id).where(EVENT.c.id.in_(bindparam("ids", expanding=True)))
STORED_IN = select(EVENT.c.id, EVENT.c.cluster_score, EVENT.c.cluster_reason).where(EVENT.c.id.in_(bindparam("ids", expanding=True)))
MENTIONS_IN = select(*MENTION_COLUMNS).where(MENTION.c.event_id.in_(bindparam("ids", expanding=True))).order_by(MENTION.c.id)
UPDATE_EVENT = update(EVENT).where(EVENT.c.id == bindparam("event_id"))
UPDATE_CLUSTER = update(EVENT).where(EVENT.c.id == bindparam("event_id")).values(
    cluster_score=bindparam("cluster_score"), cluster_reason=bindparam("cluster_reason")
)
INSERT_EVENT = insert(EVENT)


@dataclass
class Assignment:
    """Which event each of an article's mentions joins, and what that takes."""

    events: dict[str, str] = field(default_factory=dict)  # mention id -> event id
    created: dict[str, EventDraft] = field(default_factory=dict)  # new event id -> the draft it is made from
    cluster: dict[str, tuple[float, str]] = field(default_factory=dict)  # event id -> (score, reason) of a merge


def assign_events(
    conn: Connection, slug: str, source_id: int, drafts: Sequence[EventDraft], *, previous: dict[str, str], cache: DraftCache | None = None
) -> Assignment:
    """Which event each of an article's new mentions joins, creating events where none fits.

    A mention that existed before keeps its event (corrections are keyed by event ids); a new one
    joins an event of another source when the clusterer says they are the same occurrence.
    """
    from app.ingest.corrections import load_corrections

    corrections = load_corrections()
    cache = cache or DraftCache()
    out = Assignment()
    checked = {*previous.values(), *(d.id for d in drafts)}
    known = existing_events(conn, checked)

    def ensure(event_id: str, draft: EventDraft) -> str:
        if event_id not in known and event_id not in out.created:
            if event_id not in checked and existing_events(conn, {event_id}):
                known.add(event_id)
            else:
                out.created[event_id] = draft
        return event_id

    for draft in drafts:
        old = previous.get(draft.id)
        if old and old in known:
            out.events[draft.id] = ensure(corrections.regroup(draft.id, old), draft)
            continue
        target = _cluster_target(conn, cache, slug, source_id, draft, out)
        if target is not None:
            known.add(target)
        # curator merges and splits (corrections.toml) decide before any event row is made
        out.events[draft.id] = ensure(corrections.regroup(draft.id, target or draft.id), draft)
    return out


def _cluster_target(conn: Connection, cache: DraftCache, slug: str, source_id: int, draft: EventDraft, out: Assignment) -> str | None:
    """The event of another source the draft is one occurrence with (None: a new event)."""
    from app.ingest.clusters import MERGE_THRESHOLD, cluster_events, pair_score

    candidates = _candidates(conn, cache, draft, source_id)
    if not candidates:
        return None
    # the draft joins only through a pair of its own that scores enough: without one, it stays alone
    # whatever the candidates do among themselves, so the full clustering is not needed
    mine = match_keys(draft)
    if not any(
        may_match(mine, cache.keys_of(d)) and (p := pair_score(draft, d)) is not None and p.score >= MERGE_THRESHOLD
        for _, _, d in candidates
    ):
        return None
    items = [(s, d) for s, _, d in candidates] + [(slug, draft)]
    for cluster in cluster_events(items):
        ids = {member.event_id for member in cluster.members}
        if draft.id in ids and len(ids) > 1:
            target = min(event_id for _, event_id, d in candidates if d.id in ids)
            # keep the merge explainable: the score and the clusterer's reason
            out.cluster[target] = (cluster.score, cluster.reason)
            return target
    return None


def _candidates(conn: Connection, cache: DraftCache, draft: EventDraft, source_id: int) -> list[tuple[str, str, EventDraft]]:
    """(slug, event id, draft) of mentions from other sources of the same type whose dates overlap
    the draft's; rows are read whole only for mentions the cache does not hold."""
    d = draft.date
    if d.earliest is None or d.latest is None:
        return []
    rows = conn.execute(CANDIDATES, {"type": draft.type, "source_id": source_id, "latest": d.latest, "earliest": d.earliest}).all()
    found = {row.id: cache.get(row.id) for row in rows}
    missing = [i for i, got in found.items() if got is None]
    for part in chunks(missing):
        for row in conn.execute(MENTIONS_BY_ID, {"ids": part}):
            found[row.id] = draft_from_mention(row)
            cache.put(found[row.id])
    return [(row.slug, row.event_id, found[row.id]) for row in rows]


def existing_events(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Those of the ids that name a stored event."""
    found: set[str] = set()
    for part in chunks(sorted(set(ids))):
        found.update(conn.execute(EVENTS_IN, {"ids": part}).scalars())
    return found


def summarise_new(
    created: Iterable[str], own: dict[str, list], own_texts: dict[str, list[str]], now: datetime, cluster: dict[str, tuple[float, str]]
) -> dict[str, tuple[EventFields, Actors]]:
    """The summaries of events made for one article, from its mentions in memory (``own``: event id
    -> its mentions ordered by id; ``own_texts``: mention id -> the texts it cites)."""
    out = {}
    for event_id in sorted(set(created)):
        rows = own[event_id]
        score, reason = cluster.get(event_id, (1.0, ""))
        fields, actors = summarise(event_id, rows, now, cluster_score=score, cluster_reason=reason)
        fields.search_text = search_text(fields, rows, own_texts, actors)
        out[event_id] = (fields, actors)
    return out


def create_events(conn: Connection, prepared: dict[str, tuple[EventFields, Actors]]) -> None:
    """Insert the new events' rows whole: one INSERT each, no UPDATE after (triggers count both)."""
    if prepared:
        conn.execute(INSERT_EVENT, [fields.row() for fields, _ in prepared.values()])


def refresh_events(
    session: Session,
    event_ids: Iterable[str],
    *,
    now: datetime,
    cluster: dict[str, tuple[float, str]] | None = None,
    prepared: dict[str, tuple[EventFields, Actors]] | None = None,
    own: dict[str, list] | None = None,
) -> None:
    """Recompute each event from its mentions; drop events no mention is left in.

    ``prepared`` events were just inserted whole by create_events (their mentions in ``own``): they
    have no links or search row to replace, and their row is only rewritten if a correction applies.
    ``cluster`` gives the score and reason of merges just made, kept while more than one source
    reports the event.
    """
    from app.ingest.corrections import apply_corrections_to_event, load_corrections

    session.flush()
    conn = session.connection()
    ids = sorted(set(event_ids))
    cluster = cluster or {}
    prepared = prepared or {}
    read = [i for i in ids if i not in prepared]
    stored = _stored(conn, read)
    mentions = _mentions(conn, [i for i in read if i in stored]) | {i: (own or {})[i] for i in prepared}
    texts = _paragraph_texts(conn, [m.id for i in read for m in mentions.get(i, ())])
    names = name_ids(session)
    links: dict = {}
    summaries: list[EventFields] = []
    gone: list[str] = []
    for event_id in ids:
        if event_id in prepared:
            fields, actors = prepared[event_id]
        elif event_id not in stored:
            continue
        elif not (rows := mentions.get(event_id)):
            gone.append(event_id)
            continue
        else:
            score, reason = cluster.get(event_id, stored[event_id])
            fields, actors = summarise(event_id, rows, now, cluster_score=score, cluster_reason=reason)
            fields.search_text = search_text(fields, rows, texts, actors)
        for table, values in link_rows(conn, names, event_id, *actors.link_args()).items():
            links.setdefault(table, []).extend(values)
        summaries.append(fields)
    write_links(conn, links, replace=[f.id for f in summaries if f.id not in prepared] + gone)
    _write_search(conn, summaries, set(prepared), gone)
    corrections = load_corrections()
    if corrections:
        for fields in summaries:
            apply_corrections_to_event(session, fields, mentions[fields.id], corrections)
    changed = [f.values() for f in summaries if f.id not in prepared or f.corrected is not None]
    if changed:
        conn.execute(UPDATE_EVENT, changed)
    for part in chunks(gone):
        conn.execute(delete(EVENT).where(EVENT.c.id.in_(part)))
    done = {f.id for f in summaries} | set(gone)
    others = [{"event_id": i, "cluster_score": s, "cluster_reason": r} for i, (s, r) in sorted(cluster.items()) if i not in done]
    if others:
        conn.execute(UPDATE_CLUSTER, others)
    _expire_loaded(session, done | set(cluster))


def _stored(conn: Connection, ids: list[str]) -> dict[str, tuple[float, str]]:
    out = {}
    for part in chunks(ids):
        for row in conn.execute(STORED_IN, {"ids": part}):
            out[row.id] = (row.cluster_score, row.cluster_reason)
    return out


def _mentions(conn: Connection, event_ids: list[str]) -> dict[str, list]:
    """{event id: its mentions ordered by id}."""
    out: dict[str, list] = {}
    for part in chunks(event_ids):
        for row in conn.execute(MENTIONS_IN, {"ids": part}):
            out.setdefault(row.event_id, []).append(row)
    return out


def _paragraph_texts(conn: Connection, mention_ids: list[str]) -> dict[str, list[str]]:
    """{mention id: the texts of the paragraphs it cites, in paragraph order}."""
    citation, paragraph = Citation.__table__, Paragraph.__table__
    out: dict[str, list[str]] = {}
    for part in chunks(mention_ids):
        rows = conn.execute(
            select(citation.c.mention_id, paragraph.c.text)
            .join(paragraph, paragraph.c.id == citation.c.paragraph_id)
            .where(citation.c.mention_id.in_(part))
            .order_by(citation.c.mention_id, paragraph.c.id)
        )
        for mention_id, text in rows:
            out.setdefault(mention_id, []).append(text)
    return out


def _write_search(conn: Connection, summaries: list[EventFields], fresh: set[str], gone: list[str]) -> None:
    """The events' full-text rows: SQLite's event_fts (PostgreSQL indexes event.search_text itself)."""
    from sqlalchemy import text

    from app.db.search import DELETE_SQL, INSERT_SQL, fts_rowid

    if conn.dialect.name != "sqlite":
        return
    stale = [fts_rowid(f.id) for f in summaries if f.id not in fresh] + [fts_rowid(i) for i in gone]
    if stale:  # by rowid, the table's key (event_id is not indexed: app.db.search.fts_rowid)
        for statement in DELETE_SQL:
            conn.execute(text(statement), [{"r": r} for r in stale])
    if summaries:
        rows = [{"r": fts_rowid(f.id), "id": f.id, "body": f.search_text} for f in summaries]
        for statement in INSERT_SQL:
            conn.execute(text(statement), rows)


def _expire_loaded(session: Session, event_ids: set[str]) -> None:
    """Events loaded as objects before these statements changed their rows read them again."""
    if not session.identity_map:
        return
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Event) and obj.id in event_ids:
            session.expire(obj)


def chunks(items: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    """The items in slices of at most ``size`` (bounded IN lists)."""
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]
