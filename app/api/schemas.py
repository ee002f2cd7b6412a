"""Response models of the JSON API: declared so that /openapi.json says exactly what comes back.

Events have one shape everywhere (``app.exports.records.event_record``); ``EventOut`` forbids extra
keys so that the record and this declaration cannot drift apart. The other models are built from the
frozen rows of ``app.db.rows`` with ``from_attributes``.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

EVENT_EXAMPLE = {
    "id": "3f9c2a7d1e5b4c60",
    "url": "http://127.0.0.1:8000/events/3f9c2a7d1e5b4c60",
    "type": "operation",
    "title": "operation to divert sex workers away from Ilford Lane launched",
    "date_label": "22\u201326 May 2018",
    "edtf": "2018-05-22/2018-05-26",
    "earliest": "2018-05-22",
    "latest": "2018-05-26",
    "precision": "day",
    "explanation": "Tuesday, May 22: the year from the weekday; runs until May 26",
    "planned": False,
    "corrected": False,
    "source_count": 1,
    "agencies": [
        {"slug": "metropolitan-police-service", "name": "Metropolitan Police Service"}
    ],
    "boroughs": [{"slug": "redbridge", "name": "Redbridge"}],
    "places": ["Ilford Lane"],
    "citations": [
        {
            "source": "ilford-lane-operation",
            "version": 1,
            "paragraph": 3,
            "quote": "launched on Tuesday night and runs until May 26",
            "publisher": "Ilford Recorder",
            "title": "Police launch operation in Ilford Lane",
            "permalink": "http://127.0.0.1:8000/sources/ilford-lane-operation/v/1#p3",
            "original_url": "https://www.example.co.uk/news/ilford-lane#:~:text=launched%20on%20Tuesday%20night,runs%20until%20May%2026",
        }
    ],
}


class ApiError(BaseModel):
    """An error: what went wrong, and for a bad parameter one line per problem, naming it."""

    detail: str = Field(examples=["Invalid query parameter: from"])
    errors: list[str] = Field(
        examples=[
            [
                "from=2017-13 is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22"
            ]
        ]
    )


class NamedOut(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="forbid")

    slug: str = Field(examples=["redbridge"])
    name: str = Field(examples=["Redbridge"])


class CitationOut(BaseModel):
    """A paragraph the event cites: our permalink to that version, and the original at the words."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(description="The source's slug (see /api/sources/{slug}).")
    version: int = Field(
        description="The source version the paragraph number refers to."
    )
    paragraph: int = Field(description="Paragraph number, from 1.")
    quote: str
    publisher: str | None
    title: str | None
    permalink: str = Field(description="Our page of that version, at the paragraph.")
    original_url: str | None = Field(
        description="The article's own URL with a text fragment pointing at the quote."
    )


class EventOut(BaseModel):
    """A timeline entry. ``earliest``/``latest`` bound the interval the sources support; ``precision``
    says how exactly (day, week, month, season, year, unknown); undated events have both null."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [EVENT_EXAMPLE]}
    )

    id: str
    url: str = Field(description="The event's page.")
    type: str = Field(examples=["operation"])
    title: str
    date_label: str = Field(
        description="The honest label the page shows.",
        examples=["June 2017", "c. mid-2017", "date unknown"],
    )
    edtf: str = Field(
        description="Extended Date/Time Format; empty when unknown.",
        examples=["2017-06", "2018-05-22/2018-05-26"],
    )
    earliest: date | None
    latest: date | None
    precision: str = Field(examples=["day", "month"])
    explanation: str = Field(description="How the date was worked out from the text.")
    planned: bool = Field(description="In the future when the source was published.")
    corrected: bool = Field(description="A curator corrected what the extractor said.")
    source_count: int
    agencies: list[NamedOut]
    boroughs: list[NamedOut]
    places: list[str]
    citations: list[CitationOut]


class EventsPageOut(BaseModel):
    """A page of events: dated ones in timeline order, then (after the last of them) undated ones."""

    events: list[EventOut]
    total: int = Field(description="Dated events matching the filters (all pages).")
    limit: int
    next_cursor: str | None = Field(
        description="Pass as cursor= for the next page; null on the last page."
    )
    next: str | None = Field(
        description="The next page's URL, same filters; null on the last page."
    )
    undated: list[EventOut] = Field(
        description="Events with no known date, by id: they follow the last dated event."
    )
    undated_total: int = Field(description="Undated events matching the filters (all pages).")


class PublishedOut(BaseModel):
    """A publication date as an interval (the exact day when known) and how it was found."""

    model_config = ConfigDict(from_attributes=True)

    edtf: str = Field(examples=["2018-05-22", "2017-06-20/2017-07-15"])
    earliest: date | None
    latest: date | None
    method: str = Field(examples=["metadata", "inferred", "unknown"])
    evidence: list[str]


class QuoteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int = Field(description="Paragraph number.")
    quote: str
    start: int = Field(description="Offset of the quote within the paragraph.")
    end: int
    paragraph: str = Field(description="The whole paragraph's text.")
    kind: str


class ReportOut(BaseModel):
    """How one article reports the event, with the passages it quotes."""

    model_config = ConfigDict(from_attributes=True)

    mention_id: str
    slug: str
    version: int
    current_version: int
    title: str | None
    publisher: str | None
    url: str | None
    published: PublishedOut
    type: str
    mention_title: str
    edtf: str
    earliest: date | None
    latest: date | None
    precision: str
    explanation: str
    quotes: list[QuoteOut]


class EventDetailOut(BaseModel):
    event: EventOut
    anchor: str = Field(
        description="What the date hangs on: explicit, weekday, relative, dct or none."
    )
    core: bool = Field(description="One of its article's main events.")
    cluster_reason: str = Field(
        description="Why reports from several articles were judged the same event."
    )
    corrected: dict | None = Field(
        description="What the extractor said before a curator's correction."
    )
    people: list[str]
    reports: list[ReportOut]
    related: list[EventOut]


class SourceSummaryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    title: str | None
    publisher: str | None
    url: str | None
    published: PublishedOut
    version: int = Field(description="The current version.")
    paragraphs: int
    events: int


class SourcesOut(BaseModel):
    count: int
    sources: list[SourceSummaryOut]


class ParagraphOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    text: str
    kind: str = Field(examples=["body", "caption", "boilerplate"])
    reason: str | None
    cited_by: list[NamedOut] = Field(
        description="Events citing it: slug is the event id, name its title."
    )


class SourceOut(BaseModel):
    """An article at one version, with its numbered paragraphs."""

    model_config = ConfigDict(from_attributes=True)

    slug: str
    url: str | None
    publisher: str | None
    title: str | None
    author: str | None
    version: int
    current_version: int
    versions: list[int]
    published: PublishedOut
    ingested_at: datetime
    paragraphs: list[ParagraphOut]


class FacetCountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    value: str = Field(
        description="The query-string value.", examples=["redbridge-council"]
    )
    label: str = Field(examples=["Redbridge Council"])
    count: int
    selected: bool


class FacetsOut(BaseModel):
    """Counts for the current filters; each facet counts under the other facets' filters."""

    agency: list[FacetCountOut]
    borough: list[FacetCountOut]
    type: list[FacetCountOut]
    precision: list[FacetCountOut]
    planned: list[FacetCountOut]


class PlaceCountOut(BaseModel):
    slug: str = Field(examples=["barking-and-dagenham"])
    name: str = Field(examples=["Barking and Dagenham"])
    events: int


class AgenciesOut(BaseModel):
    agencies: list[PlaceCountOut]


class BoroughsOut(BaseModel):
    boroughs: list[PlaceCountOut]


class PlaceSummaryOut(BaseModel):
    """An agency or a borough: its events' count, first and last dates, types, people and partners."""

    model_config = ConfigDict(from_attributes=True)

    kind: str = Field(examples=["agency", "borough"])
    slug: str
    name: str
    events: int
    first: date | None
    last: date | None
    by_type: list[FacetCountOut]
    people: list[str]
    partners: list[FacetCountOut] = Field(
        description="Boroughs of an agency's events, or agencies of a borough's."
    )


class JsonExportOut(BaseModel):
    """/events.json: the whole filtered view (undated events last), in the API's event shape."""

    title: str
    view: str = Field(description="The timeline page of the same view.")
    generated: datetime
    count: int
    events: list[EventOut]
