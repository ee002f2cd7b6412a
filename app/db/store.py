"""Writing one article's extraction to the database: the only place ingest writes.

Each call runs inside the caller's transaction (or savepoint), so an article is stored whole or not
at all. Plain SQL through the session's connection: a handful of statements per article, the rows of
each table in one executemany.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.db.draft_cache import actors_json, draft_cache
from app.db.events import (
    MENTION,
    assign_events,
    chunks,
    create_events,
    refresh_events,
    summarise_new,
)
from app.db.models import Citation, Paragraph, Source, SourceVersion
from app.db.reanchor import OldCitation, describe_lost, reanchor, record, successors
from app.ingest.records import ArticleResult, EventDraft

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
SOURCE, VERSION, PARAGRAPH, CITATION = Source.__table__, SourceVersion.__table__, Paragraph.__table__, Citation.__table__
# Built once: building a statement costs more than running it.
STORED_SOURCE = (
    select(SOURCE.c.id, SOURCE.c.current_version, VERSION.c.content_hash)
    .outerjoin(VERSION, (VERSION.c.source_id == SOURCE.c.id) & (VERSION.c.version == SOURCE.c.current_version))
    .where(SOURCE.c.slug == bindparam("slug"))
)
INSERT_SOURCE = insert(SOURCE).returning(SOURCE.c.id)
INSERT_VERSION = insert(VERSION).returning(VERSION.c.id)
INSERT_PARAGRAPHS = insert(PARAGRAPH)
PARAGRAPH_IDS = select(PARAGRAPH.c.number, PARAGRAPH.c.id).where(PARAGRAPH.c.version_id == bindparam("version_id"))
INSERT_MENTION, INSERT_CITATION = insert(MENTION), insert(CITATION)


@dataclass(frozen=True)
class SaveOutcome:
    status: str  # new | updated | unchanged
    slug: str
    version: int
    paragraphs: int
    events: int
    lost_citations: tuple[str, ...] = ()  # old citations not found in the new text (reported by ingest)


def save_article(session: Session, result: ArticleResult, *, now: datetime | None = None) -> SaveOutcome:
    """Store the article as a new source or a new version of it; the same content changes nothing."""
    article = result.article
    now = now or datetime.now(UTC)
    session.flush()
    conn = session.connection()
    stored = conn.execute(STORED_SOURCE, {"slug": article.slug}).first()
    if stored is not None and stored.content_hash == article.content_hash:
        return SaveOutcome(UNCHANGED, article.slug, stored.current_version, len(article.paragraphs), _mention_count(conn, stored.id))
    status = NEW if stored is None else UPDATED
    place = {"url": article.url, "publisher": article.publisher, "path": article.path}
    if stored is None:
        number = 1
        source_id = conn.execute(INSERT_SOURCE, {"slug": article.slug, "created_at": now, "current_version": number, **place}).scalar_one()
    else:
        source_id, number = stored.id, stored.current_version + 1
        conn.execute(update(SOURCE).where(SOURCE.c.id == source_id).values(current_version=number, **place))

    pub = result.published
    version_id = conn.execute(
        INSERT_VERSION,
        {
            "source_id": source_id,
            "version": number,
            "content_hash": article.content_hash,
            "fmt": article.fmt,
            "title": article.title,
            "author": article.author,
            "published_edtf": pub.edtf,
            "published_earliest": pub.earliest,
            "published_latest": pub.latest,
            "published_method": pub.method,
            "published_evidence": list(pub.evidence),
            "ingested_at": now,
            "reanchor": None,
        },
    ).scalar_one()
    paragraph_ids = _insert_paragraphs(conn, version_id, article.paragraphs)

    anchors, previous = [], {}
    if status == UPDATED:
        anchors = reanchor(_old_citations(conn, source_id), article.paragraphs)
        conn.execute(update(VERSION).where(VERSION.c.id == version_id).values(reanchor=record(anchors, number - 1)))
        previous = _drop_mentions(conn, source_id)
    # a mention renamed by an edit of its paragraph stays in its event, found by its re-anchored quote
    renamed = successors(anchors, result.events, keep=set(previous) & {d.id for d in result.events})
    cache = draft_cache(session)
    assigned = assign_events(conn, article.slug, source_id, result.events, previous={**renamed, **previous}, cache=cache)
    # the events made for this article have only its mentions: summarised from memory and inserted
    # whole (before the mentions that point at them), not read back
    mentions = [_mention_row(d, source_id, version_id, assigned.events[d.id]) for d in result.events]
    own: dict[str, list] = {}
    for row in sorted(mentions, key=lambda r: r["id"]):
        own.setdefault(row["event_id"], []).append(SimpleNamespace(**row))
    texts = {p.number: p.text for p in article.paragraphs}
    own_texts = {d.id: [texts[n] for n in sorted(c.paragraph for c in d.citations)] for d in result.events}
    prepared = summarise_new(assigned.created, own, own_texts, now, assigned.cluster)
    create_events(conn, prepared)
    if mentions:
        conn.execute(INSERT_MENTION, mentions)
    for draft in result.events:  # forgotten again if this article's savepoint is rolled back
        cache.put(draft)
    citations = [_citation_row(d.id, c, paragraph_ids) for d in result.events for c in d.citations]
    if citations:
        conn.execute(INSERT_CITATION, citations)
    refresh_events(
        session,
        set(previous.values()) | set(assigned.events.values()),
        now=now,
        cluster=assigned.cluster,
        prepared=prepared,
        own=own,
    )
    return SaveOutcome(status, article.slug, number, len(article.paragraphs), len(result.events), tuple(describe_lost(anchors)))


def _insert_paragraphs(conn: Connection, version_id: int, paragraphs) -> dict[int, int]:
    """{paragraph number: id}, from one multi-row INSERT."""
    if not paragraphs:
        return {}
    rows = [
        {"version_id": version_id, "number": p.number, "text": p.text, "kind": p.kind, "reason": p.reason, "text_hash": p.text_hash}
        for p in paragraphs
    ]
    # executemany, then the ids by number: RETURNING in parameter order would insert row by row
    conn.execute(INSERT_PARAGRAPHS, rows)
    return dict(conn.execute(PARAGRAPH_IDS, {"version_id": version_id}).all())


def _mention_count(conn: Connection, source_id: int) -> int:
    return conn.execute(select(func.count()).select_from(MENTION).where(MENTION.c.source_id == source_id)).scalar_one()


def _old_citations(conn: Connection, source_id: int) -> list[OldCitation]:
    """The citations of the source's current mentions, before they are replaced."""
    c = CITATION.c
    rows = conn.execute(
        select(c.mention_id, MENTION.c.event_id, c.paragraph_number, c.quote, c.start, c.end, c.prefix, c.suffix)
        .join(MENTION, MENTION.c.id == c.mention_id)
        .where(MENTION.c.source_id == source_id)
        .order_by(c.id)
    ).all()
    return [OldCitation(*row) for row in rows]


def _drop_mentions(conn: Connection, source_id: int) -> dict[str, str]:
    """Remove the source's previous mentions; return {mention id: the event it belonged to}."""
    rows = conn.execute(select(MENTION.c.id, MENTION.c.event_id).where(MENTION.c.source_id == source_id)).all()
    for part in chunks([r[0] for r in rows]):
        conn.execute(delete(CITATION).where(CITATION.c.mention_id.in_(part)))
        conn.execute(delete(MENTION).where(MENTION.c.id.in_(part)))
    return {r[0]: r[1] for r in rows}


def _citation_row(mention_id: str, c, paragraph_ids: dict[int, int]) -> dict:
    return {
        "mention_id": mention_id,
        "paragraph_id": paragraph_ids[c.paragraph],
        "paragraph_number": c.paragraph,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "prefix": c.prefix,
        "suffix": c.suffix,
        "paragraph_hash": c.paragraph_hash,
    }


def _mention_row(draft: EventDraft, source_id: int, version_id: int, event_id: str) -> dict:
    d = draft.date
    return {
        "id": draft.id,
        "event_id": event_id,
        "source_id": source_id,
        "version_id": version_id,
        "type": draft.type,
        "title": draft.title,
        "planned": d.planned,
        "core": draft.core,
        "edtf": d.edtf,
        "earliest": d.earliest,
        "latest": d.latest,
        "precision": d.precision,
        "anchor": d.anchor,
        "explanation": d.explanation,
        "actors": actors_json(draft),
    }
