"""The rows every export and the JSON API need beyond a timeline page: each event's cited passages.

Exports take the whole filtered view, so ``export_events`` walks ``timeline_events`` (the query the
HTML timeline uses) page by page, and adds the undated events the first page carries. The passages
give what a citation needs that a timeline row does not hold: the quote, the article's URL, its
publication date, and the version the paragraph number refers to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.db.event_queries import published_of
from app.db.filters import TimelineFilters
from app.db.models import Citation, Mention, Paragraph, Source, SourceVersion
from app.db.queries import timeline_events
from app.db.rows import EventRow, Published

EXPORT_PAGE = 500
MAX_UNDATED = 100_000


@dataclass(frozen=True)
class CitedPassage:
    """One paragraph an event cites, with what a bibliographic reference to it needs."""

    slug: str
    version: int
    current_version: int
    number: int
    quote: str
    url: str | None
    publisher: str | None
    title: str | None
    author: str | None
    published: Published
    accessed: date | None  # when we read it: the version's ingest date


@dataclass(frozen=True)
class ExportEvent:
    """A timeline entry and the passages it cites, in source then paragraph order."""

    row: EventRow
    passages: tuple[CitedPassage, ...] = ()


def cited_passages(
    session: Session, *, event_ids: Sequence[str]
) -> dict[str, tuple[CitedPassage, ...]]:
    """{event id: its cited paragraphs}, one per (source, version, paragraph), the first quote of each."""
    if not event_ids:
        return {}
    rows = session.exec(
        select(
            Mention.event_id,
            Source,
            SourceVersion,
            Citation.paragraph_number,
            Citation.quote,
        )
        .join(Citation, Citation.mention_id == Mention.id)
        .join(Paragraph, Paragraph.id == Citation.paragraph_id)
        .join(SourceVersion, SourceVersion.id == Paragraph.version_id)
        .join(Source, Source.id == SourceVersion.source_id)
        .where(Mention.event_id.in_(list(event_ids)))
        .order_by(
            Mention.event_id,
            Source.slug,
            SourceVersion.version,
            Citation.paragraph_number,
            Citation.start,
            Citation.id,
        )
    ).all()
    out: dict[str, list[CitedPassage]] = defaultdict(list)
    seen: set[tuple[str, str, int, int]] = set()
    for event_id, source, version, number, quote in rows:
        key = (event_id, source.slug, version.version, number)
        if key in seen:
            continue
        seen.add(key)
        out[event_id].append(
            CitedPassage(
                slug=source.slug,
                version=version.version,
                current_version=source.current_version,
                number=number,
                quote=quote,
                url=source.url,
                publisher=source.publisher,
                title=version.title,
                author=version.author,
                published=published_of(version),
                accessed=version.ingested_at.date() if version.ingested_at else None,
            )
        )
    return {k: tuple(v) for k, v in out.items()}


def with_passages(session: Session, rows: Sequence[EventRow]) -> list[ExportEvent]:
    """The rows, in order, each with its cited passages."""
    passages = cited_passages(session, event_ids=[r.id for r in rows])
    return [ExportEvent(r, passages.get(r.id, ())) for r in rows]


def export_events(
    session: Session, *, filters: TimelineFilters, page_size: int = EXPORT_PAGE
) -> list[ExportEvent]:
    """Every event of the filtered timeline: dated ones in timeline order, then the undated ones."""
    page = timeline_events(
        session, filters=filters, limit=page_size, undated_limit=MAX_UNDATED
    )
    dated, undated = list(page.events), list(page.undated)
    while page.next_cursor:
        page = timeline_events(
            session, filters=filters, limit=page_size, cursor=page.next_cursor
        )
        dated += page.events
    return with_passages(session, dated + undated)
