"""Frozen records that cross the ingest stages.

Every stage of the pipeline is a pure function from some of these to others; only
``pipeline.ingest`` touches the database. Keeping them in one module avoids import
cycles between the stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Paragraph kinds: body paragraphs carry events; captions and boilerplate are kept and
# numbered (citations and the ANNOTATION numbering depend on them) but never mined.
BODY, CAPTION, BOILERPLATE = "body", "caption", "boilerplate"

PRECISIONS = ("day", "week", "month", "season", "year", "unknown")
ANCHORS = ("explicit", "weekday", "relative", "dct", "none")
EVENT_TYPES = (
    "operation",
    "enforcement",
    "team_launch",
    "consultation",
    "order",
    "meeting",
    "announcement",
    "incident",
)
PUBLISHED_METHODS = ("metadata", "html", "url", "dateline", "inferred", "unknown")


@dataclass(frozen=True)
class Paragraph:
    """One numbered paragraph of an article (numbered from 1, as ANNOTATION.md says)."""

    number: int
    text: str
    kind: str = BODY
    reason: str | None = None  # why it is a caption or boilerplate
    text_hash: str = ""


@dataclass(frozen=True)
class Article:
    """A loaded article: metadata as found, and its paragraphs. No dates inferred yet."""

    path: str  # as given on the command line (or the URL)
    slug: str
    fmt: str  # txt | md | html | url
    text: str  # the body text, normalised (paragraphs joined by blank lines)
    paragraphs: tuple[Paragraph, ...]
    content_hash: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    # Publication date stated by metadata (front matter, sources.toml, HTML meta).
    published: date | None = None
    published_method: str | None = None  # metadata | html | url


@dataclass(frozen=True)
class PublicationDate:
    """The article's date of creation (DCT) as an interval, with how it was found."""

    edtf: str  # "2018-05-22", "2017-06-20/2017-07-15", "" when unknown
    earliest: date | None
    latest: date | None
    method: str  # one of PUBLISHED_METHODS
    evidence: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @classmethod
    def unknown(cls, evidence: tuple[str, ...] = ()) -> PublicationDate:
        return cls(edtf="", earliest=None, latest=None, method="unknown", evidence=evidence)


@dataclass(frozen=True)
class DateValue:
    """A resolved date: calendar interval, precision, anchor and a readable explanation."""

    edtf: str  # "2018-05-22", "2018-05", "2017", "2018-05-22/2018-05-26", "2017-06?", "" unknown
    earliest: date | None
    latest: date | None
    precision: str  # one of PRECISIONS
    anchor: str  # one of ANCHORS
    explanation: str
    planned: bool = False  # in the future relative to the publication date

    @classmethod
    def unknown(cls, explanation: str = "no date in the text") -> DateValue:
        return cls("", None, None, "unknown", "none", explanation)


@dataclass(frozen=True)
class DateMention:
    """A temporal expression found in a paragraph and resolved against the DCT."""

    text: str  # the span as written
    start: int  # character offsets within the paragraph text
    end: int
    value: DateValue
    paragraph: int = 0


@dataclass(frozen=True)
class AgencyRef:
    name: str  # canonical top-level organisation: "Metropolitan Police Service"
    kind: str  # police | council | charity | community | government | foreign_police | other
    unit: str | None = None  # "Loxford Safer Neighbourhoods Team"
    parent: str | None = None
    slug: str = ""


@dataclass(frozen=True)
class PersonRef:
    name: str  # as written, without the title: "Lee Canter"
    title: str | None = None  # "Insp"
    affiliation: str | None = None  # as the article states it


@dataclass(frozen=True)
class Citation:
    paragraph: int
    quote: str
    start: int  # offsets of quote within the paragraph text
    end: int
    prefix: str  # ~32 characters before the quote
    suffix: str  # ~32 characters after it
    paragraph_hash: str


@dataclass(frozen=True)
class EventDraft:
    """One event as extracted from one article."""

    id: str  # stable: same article text -> same id
    type: str  # one of EVENT_TYPES
    title: str  # words taken from the source
    date: DateValue
    citations: tuple[Citation, ...]
    agencies: tuple[AgencyRef, ...] = ()
    boroughs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    people: tuple[PersonRef, ...] = ()
    core: bool = False

    @property
    def planned(self) -> bool:
        return self.date.planned


@dataclass(frozen=True)
class ArticleResult:
    """What the pure pipeline makes of one article."""

    article: Article
    published: PublicationDate
    events: tuple[EventDraft, ...]
    mentions: tuple[DateMention, ...] = field(default=())


@dataclass(frozen=True)
class ClusterMember:
    source_slug: str
    event_id: str


@dataclass(frozen=True)
class Cluster:
    """Events from one or more articles judged to be the same real-world occurrence."""

    id: str  # stable: derived from the member ids
    members: tuple[ClusterMember, ...]
    score: float  # 1.0 for a single event; the merge score otherwise
    reason: str  # why these were merged, readable ("same type, overlapping dates, shared ...")
