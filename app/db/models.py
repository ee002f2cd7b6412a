"""Tables of the timeline.

A *source* is an article; each distinct text of it is a *source_version* with its own numbered
*paragraphs*, kept forever so that old citations still resolve. Extraction gives *mentions* (an event
as one article reports it) with *citations* of paragraphs. Mentions of the same real-world occurrence
are grouped into one *event*: the timeline entry, with denormalised date fields and link tables to
agencies, boroughs, places and people so that the timeline's filters and facets are index look-ups.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column, Index, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints, so that Alembic batch migrations on SQLite can find them again.
SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class Source(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=200)
    url: str | None = None
    publisher: str | None = None
    path: str | None = None  # where it was last ingested from
    current_version: int = 1
    created_at: datetime


class SourceVersion(SQLModel, table=True):
    __tablename__ = "source_version"
    __table_args__ = (UniqueConstraint("source_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    version: int
    content_hash: str = Field(index=True, max_length=64)
    fmt: str = Field(max_length=10)
    title: str | None = None
    author: str | None = None
    published_edtf: str = ""
    published_earliest: date | None = None
    published_latest: date | None = None
    published_method: str = "unknown"
    published_evidence: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    ingested_at: datetime
    # How the previous version's citations were carried to this text (app.db.reanchor.record).
    reanchor: dict | None = Field(default=None, sa_column=Column(JSON))


class Paragraph(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("version_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="source_version.id", index=True)
    number: int
    text: str
    kind: str = Field(default="body", max_length=20)
    reason: str | None = None
    text_hash: str = Field(max_length=64)


class Event(SQLModel, table=True):
    """A timeline entry: one real-world occurrence, reported by one or more sources."""

    __table_args__ = (
        # id too: the timeline's order (earliest, latest, id) read from the index alone, and the
        # filters tested on it without visiting rows (app.db.queries._list_conditions)
        Index("ix_event_hidden_earliest", "hidden", "earliest", "latest", "id"),
        Index("ix_event_type_earliest", "type", "earliest"),
        # a filter's list of event ids (a borough's, a word's) is checked against hidden, type,
        # precision, planned and dates in this index alone, without reading the wide event rows
        Index("ix_event_id_filters", "id", "hidden", "type", "precision", "planned", "earliest", "latest"),
    )

    id: str = Field(primary_key=True, max_length=40)
    type: str = Field(max_length=20)
    title: str
    planned: bool = False
    core: bool = False
    edtf: str = ""
    earliest: date | None = None
    latest: date | None = None
    precision: str = Field(default="unknown", max_length=10)
    anchor: str = Field(default="none", max_length=10)
    explanation: str = ""
    source_count: int = 1
    cluster_score: float = 1.0
    cluster_reason: str = ""
    hidden: bool = False
    # What the extractor said before curator corrections were applied (None: uncorrected).
    corrected: dict | None = Field(default=None, sa_column=Column(JSON))
    search_text: str = ""  # title, quotes, cited paragraphs and names: what full-text search sees
    updated_at: datetime


class Mention(SQLModel, table=True):
    """An event as one article (version) reports it: the extractor's own output."""

    # clustering looks for mentions of the same type with overlapping dates (app.db.events._candidates):
    # covering, so the date checks read the index alone
    __table_args__ = (Index("ix_mention_type_earliest", "type", "earliest", "latest", "source_id"),)

    id: str = Field(primary_key=True, max_length=40)
    event_id: str = Field(foreign_key="event.id", index=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    version_id: int = Field(foreign_key="source_version.id", index=True)
    type: str = Field(max_length=20)
    title: str
    planned: bool = False
    core: bool = False
    edtf: str = ""
    earliest: date | None = None
    latest: date | None = None
    precision: str = Field(default="unknown", max_length=10)
    anchor: str = Field(default="none", max_length=10)
    explanation: str = ""
    # agencies/boroughs/places/people as extracted, kept whole for display and re-clustering
    actors: dict = Field(default_factory=dict, sa_column=Column(JSON))


class Citation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    mention_id: str = Field(foreign_key="mention.id", index=True)
    paragraph_id: int = Field(foreign_key="paragraph.id", index=True)
    paragraph_number: int
    quote: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    paragraph_hash: str = Field(max_length=64)


class Agency(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=200)
    name: str
    kind: str = Field(default="other", max_length=20)
    parent: str | None = None


class Borough(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=200)
    name: str
    region: str | None = None


class Place(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=300)
    name: str
    borough_id: int | None = Field(default=None, foreign_key="borough.id")


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=300)
    name: str
    title: str | None = None
    affiliation: str | None = None


class EventAgency(SQLModel, table=True):
    __tablename__ = "event_agency"
    __table_args__ = (Index("ix_event_agency_agency", "agency_id", "event_id"),)

    event_id: str = Field(foreign_key="event.id", primary_key=True, max_length=40)
    agency_id: int = Field(foreign_key="agency.id", primary_key=True)
    unit: str | None = None


class EventBorough(SQLModel, table=True):
    __tablename__ = "event_borough"
    __table_args__ = (Index("ix_event_borough_borough", "borough_id", "event_id"),)

    event_id: str = Field(foreign_key="event.id", primary_key=True, max_length=40)
    borough_id: int = Field(foreign_key="borough.id", primary_key=True)


class EventPlace(SQLModel, table=True):
    __tablename__ = "event_place"
    __table_args__ = (Index("ix_event_place_place", "place_id", "event_id"),)

    event_id: str = Field(foreign_key="event.id", primary_key=True, max_length=40)
    place_id: int = Field(foreign_key="place.id", primary_key=True)


class EventPerson(SQLModel, table=True):
    __tablename__ = "event_person"
    __table_args__ = (Index("ix_event_person_person", "person_id", "event_id"),)

    event_id: str = Field(foreign_key="event.id", primary_key=True, max_length=40)
    person_id: int = Field(foreign_key="person.id", primary_key=True)
