"""Plain, deterministic builders that insert rows through the models (no extractor involved).

``make_source`` stores an article version with numbered paragraphs; ``make_event`` stores a timeline
entry with one mention per cited source, its citations, its links and its full-text entry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from app.db import search
from app.db.links import slugify
from app.db.models import (
    Agency,
    Borough,
    Citation,
    Event,
    EventAgency,
    EventBorough,
    EventPerson,
    EventPlace,
    Mention,
    Paragraph,
    Person,
    Place,
    Source,
    SourceVersion,
)
from app.ingest.edtf import parse_edtf

NOW = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)


def make_source(
    session: Session,
    *,
    slug: str,
    title: str,
    paragraphs: list[str | tuple[str, str, str]],
    publisher: str | None = "Croydon Courier",
    url: str | None = None,
    published: str = "",
    method: str = "metadata",
    evidence: tuple[str, ...] = (),
) -> SourceVersion:
    """A new version of the source (created if needed); paragraphs are text or (text, kind, reason)."""
    source = session.exec(select(Source).where(Source.slug == slug)).first()
    if source is None:
        source = Source(
            slug=slug, url=url, publisher=publisher, created_at=NOW, current_version=0
        )
    source.current_version += 1
    session.add(source)
    session.flush()
    value = parse_edtf(published) if published else None
    version = SourceVersion(
        source_id=source.id,
        version=source.current_version,
        content_hash=f"{slug}-{source.current_version}",
        fmt="txt",
        title=title,
        published_edtf=published,
        published_earliest=value.earliest if value else None,
        published_latest=value.latest if value else None,
        published_method=method if value else "unknown",
        published_evidence=list(evidence),
        ingested_at=NOW,
    )
    session.add(version)
    session.flush()
    for number, item in enumerate(paragraphs, start=1):
        text, kind, reason = (item, "body", None) if isinstance(item, str) else item
        session.add(
            Paragraph(
                version_id=version.id,
                number=number,
                text=text,
                kind=kind,
                reason=reason,
                text_hash=f"h{number}",
            )
        )
    session.flush()
    return version


def _row(session: Session, model, name: str, **fields):
    slug = slugify(name)
    row = session.exec(select(model).where(model.slug == slug)).first()
    if row is None:
        row = model(slug=slug, name=name, **fields)
        session.add(row)
        session.flush()
    return row


def make_event(
    session: Session,
    *,
    id: str,
    title: str,
    type: str = "operation",
    date: str | None = None,
    bounds: tuple[date, date] | None = None,
    precision: str | None = None,
    planned: bool = False,
    agencies: tuple[str, ...] = (),
    boroughs: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    cites: tuple[tuple[SourceVersion, int, str], ...] = (),
    explanation: str = "",
    hidden: bool = False,
    corrected: dict | None = None,
) -> Event:
    """A timeline entry dated by EDTF (``date``) or by explicit ``bounds`` and ``precision``."""
    value = parse_edtf(date) if date else None
    earliest, latest = (
        bounds
        if bounds
        else ((value.earliest, value.latest) if value else (None, None))
    )
    precision = precision or (value.precision if value else "unknown")
    event = Event(
        id=id,
        type=type,
        title=title,
        planned=planned,
        edtf=date or "",
        earliest=earliest,
        latest=latest,
        precision=precision,
        anchor="explicit" if value else "none",
        explanation=explanation,
        source_count=len({v.source_id for v, _, _ in cites}) or 1,
        hidden=hidden,
        corrected=corrected,
        updated_at=NOW,
    )
    session.add(event)
    session.flush()
    texts = [title]
    for i, version in enumerate(
        sorted({v.id: v for v, _, _ in cites}.values(), key=lambda v: v.id)
    ):
        mention = Mention(
            id=f"{id}-m{i}",
            event_id=id,
            source_id=version.source_id,
            version_id=version.id,
            type=type,
            title=title,
            planned=planned,
            edtf=event.edtf,
            earliest=earliest,
            latest=latest,
            precision=precision,
            explanation=explanation,
        )
        session.add(mention)
        session.flush()
        for v, number, quote in cites:
            if v.id != version.id:
                continue
            para = session.exec(
                select(Paragraph).where(
                    Paragraph.version_id == v.id, Paragraph.number == number
                )
            ).one()
            start = para.text.index(quote)
            session.add(
                Citation(
                    mention_id=mention.id,
                    paragraph_id=para.id,
                    paragraph_number=number,
                    quote=quote,
                    start=start,
                    end=start + len(quote),
                    paragraph_hash=para.text_hash,
                )
            )
            texts.append(para.text)
    for name in agencies:
        session.add(EventAgency(event_id=id, agency_id=_row(session, Agency, name).id))
    for name in boroughs:
        session.add(
            EventBorough(event_id=id, borough_id=_row(session, Borough, name).id)
        )
    for name in places:
        session.add(EventPlace(event_id=id, place_id=_row(session, Place, name).id))
    for name in people:
        session.add(EventPerson(event_id=id, person_id=_row(session, Person, name).id))
    event.search_text = "\n".join([*texts, *agencies, *places, *people])
    session.add(event)
    search.index_event(session, id, event.search_text)
    session.flush()
    return event

