"""Queries for one event's page and for the agency and borough pages."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import false, func, union
from sqlmodel import Session, select

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
from app.db.row_loading import EVENT_COLUMNS, event_rows
from app.db.rows import (
    EventDetail,
    FacetCount,
    PlaceSummary,
    Published,
    Quote,
    SourceReport,
)


def get_event(
    session: Session, *, event_id: str, related_limit: int = 10
) -> EventDetail | None:
    """Everything the event page shows; None when there is no such visible event."""
    if "\x00" in event_id:  # no id holds one, and PostgreSQL refuses it with an error
        return None
    event = session.get(Event, event_id)
    if event is None or event.hidden:
        return None
    row = event_rows(
        session, session.exec(select(*EVENT_COLUMNS).where(Event.id == event_id)).all()
    )[0]
    people = session.exec(
        select(Person.title, Person.name)
        .join(EventPerson, EventPerson.person_id == Person.id)
        .where(EventPerson.event_id == event_id)
        .order_by(Person.name)
    ).all()
    return EventDetail(
        event=row,
        anchor=event.anchor,
        core=event.core,
        cluster_reason=event.cluster_reason,
        corrected=event.corrected or None,
        people=tuple(" ".join(filter(None, p)) for p in people),
        reports=tuple(_reports(session, event_id)),
        related=tuple(_related(session, event_id, related_limit)),
    )


def _reports(session: Session, event_id: str) -> list[SourceReport]:
    found = session.exec(
        select(Mention, Source, SourceVersion)
        .join(Source, Source.id == Mention.source_id)
        .join(SourceVersion, SourceVersion.id == Mention.version_id)
        .where(Mention.event_id == event_id)
        .order_by(SourceVersion.published_earliest, Source.slug, Mention.id)
    ).all()
    reports = []
    for mention, source, version in found:
        quotes = session.exec(
            select(Citation, Paragraph.text, Paragraph.kind)
            .join(Paragraph, Paragraph.id == Citation.paragraph_id)
            .where(Citation.mention_id == mention.id)
            .order_by(Citation.paragraph_number, Citation.start)
        ).all()
        reports.append(
            SourceReport(
                mention_id=mention.id,
                slug=source.slug,
                version=version.version,
                current_version=source.current_version,
                title=version.title,
                publisher=source.publisher,
                url=source.url,
                published=published_of(version),
                type=mention.type,
                mention_title=mention.title,
                edtf=mention.edtf,
                earliest=mention.earliest,
                latest=mention.latest,
                precision=mention.precision,
                explanation=mention.explanation,
                quotes=tuple(
                    Quote(c.paragraph_number, c.quote, c.start, c.end, text, kind)
                    for c, text, kind in quotes
                ),
            )
        )
    return reports


def published_of(version: SourceVersion) -> Published:
    return Published(
        version.published_edtf,
        version.published_earliest,
        version.published_latest,
        version.published_method,
        tuple(version.published_evidence or ()),
    )


def _related(session: Session, event_id: str, limit: int):
    """Events at one of its places or reported by one of its articles (the same story's context)."""
    same_place = select(EventPlace.event_id).where(
        EventPlace.place_id.in_(
            select(EventPlace.place_id).where(EventPlace.event_id == event_id)
        )
    )
    same_source = select(Mention.event_id).where(
        Mention.source_id.in_(
            select(Mention.source_id).where(Mention.event_id == event_id)
        )
    )
    rows = session.exec(
        select(*EVENT_COLUMNS)
        .where(
            Event.id.in_(union(same_place, same_source)),
            Event.id != event_id,
            Event.hidden == false(),
        )
        .order_by(Event.earliest.desc().nulls_last(), Event.id)
        .limit(limit)
    ).all()
    return event_rows(session, rows)


def place_names(session: Session, *, slugs: Sequence[str]) -> dict[str, str]:
    """{slug: name} of the places among these slugs (unknown slugs are left out)."""
    if not slugs:
        return {}
    return dict(session.exec(select(Place.slug, Place.name).where(Place.slug.in_(list(slugs)))).all())


def agency_summary(session: Session, *, slug: str) -> PlaceSummary | None:
    """An agency's first and last dates, counts by type, people named and boroughs; None if unknown."""
    if "\x00" in slug:  # no slug holds one, and PostgreSQL refuses it with an error
        return None
    agency = session.exec(select(Agency).where(Agency.slug == slug)).first()
    if agency is None:
        return None
    ids = select(EventAgency.event_id).where(EventAgency.agency_id == agency.id)
    partners = _partner_counts(
        session, ids, Borough, EventBorough, EventBorough.borough_id
    )
    return _summary(session, "agency", agency.slug, agency.name, ids, partners)


def borough_summary(session: Session, *, slug: str) -> PlaceSummary | None:
    """A borough's first and last dates, counts by type, people named and agencies; None if unknown."""
    if "\x00" in slug:  # no slug holds one, and PostgreSQL refuses it with an error
        return None
    borough = session.exec(select(Borough).where(Borough.slug == slug)).first()
    if borough is None:
        return None
    ids = select(EventBorough.event_id).where(EventBorough.borough_id == borough.id)
    partners = _partner_counts(session, ids, Agency, EventAgency, EventAgency.agency_id)
    return _summary(session, "borough", borough.slug, borough.name, ids, partners)


def _summary(
    session: Session, kind: str, slug: str, name: str, ids, partners
) -> PlaceSummary:
    visible = (Event.id.in_(ids), Event.hidden == false())
    n, first, last = session.exec(
        select(func.count(), func.min(Event.earliest), func.max(Event.latest)).where(
            *visible
        )
    ).one()
    count = func.count().label("n")
    by_type = session.exec(
        select(Event.type, count)
        .where(*visible)
        .group_by(Event.type)
        .order_by(count.desc(), Event.type)
    ).all()
    people = session.exec(
        select(Person.title, Person.name)
        .join(EventPerson, EventPerson.person_id == Person.id)
        .join(Event, Event.id == EventPerson.event_id)
        .where(*visible)
        .distinct()
        .order_by(Person.name)
        .limit(100)
    ).all()
    return PlaceSummary(
        kind=kind,
        slug=slug,
        name=name,
        events=n,
        first=first,
        last=last,
        by_type=tuple(FacetCount(t, t.replace("_", " "), c) for t, c in by_type),
        people=tuple(" ".join(filter(None, p)) for p in people),
        partners=partners,
    )


def _partner_counts(
    session: Session, ids, model, table, column
) -> tuple[FacetCount, ...]:
    count = func.count().label("n")
    rows = session.exec(
        select(model.slug, model.name, count)
        .join(table, column == model.id)
        .join(Event, Event.id == table.event_id)
        .where(table.event_id.in_(ids), Event.hidden == false())
        .group_by(model.id, model.slug, model.name)
        .order_by(count.desc(), model.name)
        .limit(30)
    ).all()
    return tuple(FacetCount(s, nm, c) for s, nm, c in rows)
