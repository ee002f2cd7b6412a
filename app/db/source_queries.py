"""Queries for the sources pages: the list of articles and one article at one version."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import false, func
from sqlmodel import Session, select

from app.db.event_queries import published_of
from app.db.models import Citation, Event, Mention, Paragraph, Source, SourceVersion
from app.db.rows import Named, ParagraphView, SourceSummary, SourceView


def list_sources(session: Session) -> list[SourceSummary]:
    """Every article at its current version, newest publication first, undated ones last."""
    found = session.exec(
        select(Source, SourceVersion)
        .join(
            SourceVersion,
            (SourceVersion.source_id == Source.id)
            & (SourceVersion.version == Source.current_version),
        )
        .order_by(SourceVersion.published_earliest.desc().nulls_last(), Source.slug)
    ).all()
    paragraphs = dict(
        session.exec(
            select(Paragraph.version_id, func.count())
            .where(Paragraph.version_id.in_([v.id for _, v in found]))
            .group_by(Paragraph.version_id)
        ).all()
    )
    events = dict(
        session.exec(
            select(Mention.source_id, func.count(func.distinct(Mention.event_id)))
            .join(Event, (Event.id == Mention.event_id) & (Event.hidden == false()))
            .group_by(Mention.source_id)
        ).all()
    )
    return [
        SourceSummary(
            slug=source.slug,
            title=version.title,
            publisher=source.publisher,
            url=source.url,
            published=published_of(version),
            version=version.version,
            paragraphs=paragraphs.get(version.id, 0),
            events=events.get(source.id, 0),
        )
        for source, version in found
    ]


def get_source(
    session: Session, *, slug: str, version: int | None = None
) -> SourceView | None:
    """The article at a version (the current one by default), with its numbered paragraphs.

    Each paragraph lists the visible events citing it. None when the slug or the version is unknown.
    """
    if "\x00" in slug:  # no slug holds one, and PostgreSQL refuses it with an error
        return None
    source = session.exec(select(Source).where(Source.slug == slug)).first()
    if source is None:
        return None
    number = source.current_version if version is None else version
    row = session.exec(
        select(SourceVersion).where(
            SourceVersion.source_id == source.id, SourceVersion.version == number
        )
    ).first()
    if row is None:
        return None
    versions = session.exec(
        select(SourceVersion.version)
        .where(SourceVersion.source_id == source.id)
        .order_by(SourceVersion.version)
    ).all()
    cited: dict[int, list[Named]] = defaultdict(list)
    for paragraph_number, event_id, title in session.exec(
        select(Citation.paragraph_number, Event.id, Event.title)
        .join(Paragraph, Paragraph.id == Citation.paragraph_id)
        .join(Mention, Mention.id == Citation.mention_id)
        .join(Event, Event.id == Mention.event_id)
        .where(Paragraph.version_id == row.id, Event.hidden == false())
        .distinct()
        .order_by(Citation.paragraph_number, Event.id)
    ).all():
        named = Named(event_id, title)
        if named not in cited[paragraph_number]:
            cited[paragraph_number].append(named)
    paragraphs = session.exec(
        select(Paragraph)
        .where(Paragraph.version_id == row.id)
        .order_by(Paragraph.number)
    ).all()
    return SourceView(
        slug=source.slug,
        url=source.url,
        publisher=source.publisher,
        title=row.title,
        author=row.author,
        version=row.version,
        current_version=source.current_version,
        versions=tuple(versions),
        published=published_of(row),
        ingested_at=row.ingested_at,
        paragraphs=tuple(
            ParagraphView(
                p.number, p.text, p.kind, p.reason, tuple(cited.get(p.number, ()))
            )
            for p in paragraphs
        ),
    )
