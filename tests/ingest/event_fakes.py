"""Small stand-ins for the gazetteer and the temporal engine, for event-extraction unit tests."""

from __future__ import annotations

import re
from datetime import date

from app.ingest.events import extract_events
from app.ingest.events.build import extract_with
from app.ingest.events.lookup import Hit
from app.ingest.paragraphs import split_paragraphs
from app.ingest.records import (
    AgencyRef,
    Article,
    DateMention,
    DateValue,
    PersonRef,
    PublicationDate,
)
from app.ingest.temporal import dct_value, find_article_dates
from tests.ingest.temporal_helpers import pub

MET = AgencyRef("Metropolitan Police Service", "police")
ESSEX = AgencyRef("Essex Police", "police")
WEST_YORKS = AgencyRef("West Yorkshire Police", "police")
BTP = AgencyRef("British Transport Police", "police")
FORCES = {
    "Redbridge": MET,
    "Barking and Dagenham": MET,
    "Southend-on-Sea": ESSEX,
    "Leeds": WEST_YORKS,
}
COUNCILS = {
    "Redbridge": AgencyRef("Redbridge Council", "council"),
    "Barking and Dagenham": AgencyRef("Barking and Dagenham Council", "council"),
    "Southend-on-Sea": AgencyRef("Southend-on-Sea City Council", "council"),
    "Leeds": AgencyRef("Leeds City Council", "council"),
}
PLACES = {
    "Ilford Lane": "Redbridge",
    "Ilford": "Redbridge",
    "Redbridge": "Redbridge",
    "Barking": "Barking and Dagenham",
    "Barking and Dagenham": "Barking and Dagenham",
    "Southend": "Southend-on-Sea",
    "Southend High Street": "Southend-on-Sea",
    "Leeds": "Leeds",
    "Briggate": "Leeds",
    "Victoria Road": None,
    "Southend Victoria station": "Southend-on-Sea",
    "Bolton": "Bolton",
}
AGENCIES = {
    "Metropolitan Police": MET,
    "Met": MET,
    "Essex Police": ESSEX,
    "West Yorkshire Police": WEST_YORKS,
    "Redbridge Council": COUNCILS["Redbridge"],
    "Leeds City Council": COUNCILS["Leeds"],
    "Southend Council": COUNCILS["Southend-on-Sea"],
    "Romanian police": AgencyRef("Romanian Police", "foreign_police"),
    "National Ugly Mugs": AgencyRef("National Ugly Mugs", "charity"),
    "Refuge": AgencyRef("Refuge", "charity"),
    "British Transport Police": BTP,
}
_PERSON = re.compile(r"\b(Sgt|Insp|Cllr|PC|Supt)\.? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _find(text: str, names: dict) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int, str]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                taken.append((m.start(), m.end(), name))
    return sorted(taken)


class FakeLookup:
    """A gazetteer over the few names above."""

    def agencies(self, text: str) -> list[Hit]:
        return [
            Hit(s, e, AGENCIES[n].name, agency=AGENCIES[n])
            for s, e, n in _find(text, AGENCIES)
        ]

    def places(self, text: str) -> list[Hit]:
        return [Hit(s, e, n, PLACES[n]) for s, e, n in _find(text, PLACES)]

    def people(self, text: str) -> list[Hit]:
        return [
            Hit(m.start(), m.end(), m[2], person=PersonRef(m[2], m[1]))
            for m in _PERSON.finditer(text)
        ]

    def borough_of(self, place: str) -> str | None:
        return PLACES.get(place)

    def force_for(self, borough: str) -> AgencyRef | None:
        return FORCES.get(borough)

    def council_for(self, borough: str) -> AgencyRef | None:
        return COUNCILS.get(borough)


def day(iso: str, anchor: str = "explicit", planned: bool = False) -> DateValue:
    d = date.fromisoformat(iso)
    return DateValue(iso, d, d, "day", anchor, iso, planned)


def interval(
    start: str,
    end: str,
    precision: str,
    anchor: str = "relative",
    planned: bool = False,
) -> DateValue:
    return DateValue(
        f"{start}/{end}",
        date.fromisoformat(start),
        date.fromisoformat(end),
        precision,
        anchor,
        "",
        planned,
    )


def fake_dates(article: Article, table: dict[str, DateValue]) -> list[DateMention]:
    """The article's date mentions, from a fixed table of phrases and their values."""
    return [
        DateMention(n, s, e, table[n], p.number)
        for p in article.paragraphs
        for s, e, n in _find(p.text, table)
    ]


def published(iso: str) -> PublicationDate:
    d = date.fromisoformat(iso)
    return PublicationDate(iso, d, d, "metadata")


def dct_date(iso: str) -> DateValue:
    return day(iso, anchor="dct")


def make_article(
    text: str, slug: str = "test-article", title: str | None = None
) -> Article:
    paragraphs = split_paragraphs(text)
    return Article(
        path=f"{slug}.txt",
        slug=slug,
        fmt="txt",
        text="\n\n".join(p.text for p in paragraphs),
        paragraphs=paragraphs,
        content_hash="0",
        title=title,
    )


def actors(gazetteer, text: str, day: str) -> dict[tuple[int, str], tuple]:
    """Each event of a one-off article by (first paragraph, type): its agencies' names and boroughs."""
    events = extract_events(make_article(text), published(day), gazetteer)
    return {
        (min(c.paragraph for c in e.citations), e.type): (
            sorted(a.name for a in e.agencies),
            list(e.boroughs),
        )
        for e in events
    }


def dated_events(text: str, published: str) -> list:
    """The events of an invented article, dated by the real temporal engine from its publication date."""
    article = make_article(text)
    dct = pub(published)
    return extract_with(
        article,
        dct,
        FakeLookup(),
        dates=find_article_dates(article, dct),
        dct_date=dct_value(dct),
    )


def cited_dates(text: str, published: str, event_type: str) -> list[tuple[list[int], str]]:
    """(paragraphs cited, EDTF date) of every event of one type in an invented article."""
    return [
        (sorted({c.paragraph for c in e.citations}), e.date.edtf)
        for e in dated_events(text, published)
        if e.type == event_type
    ]


def summary(text: str, published: str) -> list[tuple]:
    """(type, earliest, latest, planned, cited paragraphs) of every event, in text order."""
    return [
        (
            e.type,
            str(e.date.earliest),
            str(e.date.latest),
            e.planned,
            sorted({c.paragraph for c in e.citations}),
        )
        for e in dated_events(text, published)
    ]
