"""Writing one article's extraction to the database: the only place ingest writes.

Each call runs inside the caller's transaction, so an article is stored whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func
from sqlmodel import Session, select

from app.db.events import actors_json, assign_events, refresh_events
from app.db.models import Citation, Mention, Paragraph, Source, SourceVersion
from app.db.reanchor import OldCitation, describe_lost, reanchor, record, successors
from app.ingest.records import ArticleResult, EventDraft

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


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
    source = session.exec(select(Source).where(Source.slug == article.slug)).first()
    if source is not None:
        current = _version(session, source.id, source.current_version)
        if current is not None and current.content_hash == article.content_hash:
            return SaveOutcome(UNCHANGED, article.slug, source.current_version, len(article.paragraphs), _mention_count(session, source.id))
    status = NEW if source is None else UPDATED
    if source is None:
        source = Source(slug=article.slug, created_at=now, current_version=0)
    source.url, source.publisher, source.path = article.url, article.publisher, article.path
    source.current_version += 1
    session.add(source)
    session.flush()

    pub = result.published
    version = SourceVersion(
        source_id=source.id,
        version=source.current_version,
        content_hash=article.content_hash,
        fmt=article.fmt,
        title=article.title,
        author=article.author,
        published_edtf=pub.edtf,
        published_earliest=pub.earliest,
        published_latest=pub.latest,
        published_method=pub.method,
        published_evidence=list(pub.evidence),
        ingested_at=now,
    )
    session.add(version)
    session.flush()
    rows = [
        Paragraph(version_id=version.id, number=p.number, text=p.text, kind=p.kind, reason=p.reason, text_hash=p.text_hash)
        for p in article.paragraphs
    ]
    session.add_all(rows)
    session.flush()  # one batched INSERT for the article's paragraphs, not one round trip each
    paragraph_ids = {row.number: row.id for row in rows}

    anchors = reanchor(_old_citations(session, source.id), article.paragraphs) if status == UPDATED else []
    if status == UPDATED:
        version.reanchor = record(anchors, source.current_version - 1)
    previous = _drop_mentions(session, source.id)
    # a mention renamed by an edit of its paragraph stays in its event, found by its re-anchored quote
    renamed = successors(anchors, result.events, keep=set(previous) & {d.id for d in result.events})
    assigned = assign_events(session, article.slug, source.id, result.events, previous={**renamed, **previous}, now=now)
    for draft in result.events:
        session.add(_mention_row(draft, source.id, version.id, assigned[draft.id]))
    # no ORM relationships link the tables, so the unit of work does not order inserts by foreign
    # key: mentions must reach the database before the citations that point at them
    session.flush()
    for draft in result.events:
        for c in draft.citations:
            session.add(
                Citation(
                    mention_id=draft.id,
                    paragraph_id=paragraph_ids[c.paragraph],
                    paragraph_number=c.paragraph,
                    quote=c.quote,
                    start=c.start,
                    end=c.end,
                    prefix=c.prefix,
                    suffix=c.suffix,
                    paragraph_hash=c.paragraph_hash,
                )
            )
    session.flush()
    refresh_events(session, set(previous.values()) | set(assigned.values()), now=now)
    return SaveOutcome(status, article.slug, source.current_version, len(article.paragraphs), len(result.events), tuple(describe_lost(anchors)))


def _version(session: Session, source_id: int, number: int) -> SourceVersion | None:
    return session.exec(
        select(SourceVersion).where(SourceVersion.source_id == source_id, SourceVersion.version == number)
    ).first()


def _mention_count(session: Session, source_id: int) -> int:
    return session.exec(select(func.count()).select_from(Mention).where(Mention.source_id == source_id)).one()


def _old_citations(session: Session, source_id: int) -> list[OldCitation]:
    """The citations of the source's current mentions, before they are replaced."""
    rows = session.exec(
        select(Citation, Mention.event_id).join(Mention, Mention.id == Citation.mention_id).where(Mention.source_id == source_id).order_by(Citation.id)
    ).all()
    return [OldCitation(c.mention_id, event_id, c.paragraph_number, c.quote, c.start, c.end, c.prefix, c.suffix) for c, event_id in rows]


def _drop_mentions(session: Session, source_id: int) -> dict[str, str]:
    """Remove the source's previous mentions; return {mention id: the event it belonged to}."""
    rows = session.exec(select(Mention.id, Mention.event_id).where(Mention.source_id == source_id)).all()
    if not rows:
        return {}
    ids = [r[0] for r in rows]
    session.exec(delete(Citation).where(Citation.mention_id.in_(ids)))
    session.exec(delete(Mention).where(Mention.id.in_(ids)))
    session.flush()
    return {r[0]: r[1] for r in rows}


def _mention_row(draft: EventDraft, source_id: int, version_id: int, event_id: str) -> Mention:
    d = draft.date
    return Mention(
        id=draft.id,
        event_id=event_id,
        source_id=source_id,
        version_id=version_id,
        type=draft.type,
        title=draft.title,
        planned=d.planned,
        core=draft.core,
        edtf=d.edtf,
        earliest=d.earliest,
        latest=d.latest,
        precision=d.precision,
        anchor=d.anchor,
        explanation=d.explanation,
        actors=actors_json(draft),
    )
