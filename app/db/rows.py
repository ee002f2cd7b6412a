"""What the query functions return: plain frozen values, shared by the HTML pages and the JSON API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Named:
    """Something with a slug (or id) and a display name: an agency, a borough, an event."""

    slug: str
    name: str


@dataclass(frozen=True)
class CitedParagraph:
    """One paragraph an event cites, at the source version the citation was made against."""

    slug: str
    version: int
    number: int
    publisher: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class EventRow:
    """A timeline entry as the list shows it."""

    id: str
    type: str
    title: str
    edtf: str
    earliest: date | None
    latest: date | None
    precision: str
    planned: bool
    source_count: int
    explanation: str = ""
    corrected: bool = False
    agencies: tuple[Named, ...] = ()
    boroughs: tuple[Named, ...] = ()
    places: tuple[str, ...] = ()
    citations: tuple[CitedParagraph, ...] = ()
    place_links: tuple[Named, ...] = ()  # the places with their slugs, for place= links


@dataclass(frozen=True)
class EventsPage:
    """One page of dated events in timeline order, and (on the first page) the undated ones."""

    events: list[EventRow]
    next_cursor: str | None
    total: int  # dated events matching the filters
    undated: list[EventRow] = field(default_factory=list)
    undated_total: int = 0


@dataclass(frozen=True)
class FacetCount:
    value: str  # the query-string value: a slug, a type, a precision, "true"/"false"
    label: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class SpanCount:
    """How many events of a type lie between two months (equal months: within one month)."""

    start: str  # "YYYY-MM"
    end: str
    type: str
    count: int


@dataclass(frozen=True)
class Published:
    """A source version's publication date (DCT) and how it was found."""

    edtf: str
    earliest: date | None
    latest: date | None
    method: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceSummary:
    slug: str
    title: str | None
    publisher: str | None
    url: str | None
    published: Published
    version: int
    paragraphs: int
    events: int


@dataclass(frozen=True)
class ParagraphView:
    number: int
    text: str
    kind: str
    reason: str | None
    cited_by: tuple[Named, ...] = ()  # events citing it (slug = event id)


@dataclass(frozen=True)
class SourceView:
    slug: str
    url: str | None
    publisher: str | None
    title: str | None
    author: str | None
    version: int
    current_version: int
    versions: tuple[int, ...]
    published: Published
    ingested_at: datetime
    paragraphs: tuple[ParagraphView, ...]

    @property
    def is_current(self) -> bool:
        return self.version == self.current_version


@dataclass(frozen=True)
class Quote:
    """A cited passage: the quote, and the whole paragraph it comes from."""

    number: int
    quote: str
    start: int
    end: int
    paragraph: str
    kind: str


@dataclass(frozen=True)
class SourceReport:
    """One article's report of an event (a mention), with its quoted passages."""

    mention_id: str
    slug: str
    version: int
    current_version: int
    title: str | None
    publisher: str | None
    url: str | None
    published: Published
    type: str
    mention_title: str
    edtf: str
    earliest: date | None
    latest: date | None
    precision: str
    explanation: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class EventDetail:
    event: EventRow
    anchor: str
    core: bool
    cluster_reason: str
    corrected: dict | None
    people: tuple[str, ...]
    reports: tuple[SourceReport, ...]
    related: tuple[EventRow, ...]  # same place or same article, nearest in date first


@dataclass(frozen=True)
class PlaceSummary:
    """An agency's or a borough's page: counts, first and last dates, who and what is named."""

    kind: str  # agency | borough
    slug: str
    name: str
    events: int
    first: date | None
    last: date | None
    by_type: tuple[FacetCount, ...]
    people: tuple[str, ...]
    partners: tuple[
        FacetCount, ...
    ]  # boroughs of an agency's events, or agencies of a borough's
