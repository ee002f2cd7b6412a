"""Whole-article extraction with a small fake gazetteer and fixed dates."""

from app.ingest.events.build import extract_with
from app.ingest.records import DateValue
from tests.ingest.event_fakes import (
    FakeLookup,
    day,
    dct_date,
    fake_dates,
    interval,
    make_article,
    published,
)

ARTICLE = """Police have launched a crackdown on drug dealing in Southend town centre.

The operation began on Monday and runs until Friday, Essex Police said.

Officers arrested three men on Tuesday and seized cannabis.

Sgt Tom Brown said: "We issued 12 fixed penalty notices last week. We will keep going until the dealers get the message."

"Anyone caught could be fined," he added.

A public meeting will be held on March 20 at the Civic Centre.

Picture: Essex Police"""

DATES = {
    "on Monday": day("2023-03-06", "relative"),
    "until Friday": day("2023-03-10", "relative"),
    "on Tuesday": day("2023-03-07", "relative"),
    "last week": interval("2023-02-27", "2023-03-05", "week"),
    "on March 20": day("2023-03-20", "relative", planned=True),
}


def extract(text: str = ARTICLE, slug: str = "southend-crackdown"):
    article = make_article(
        text, slug=slug, title="Police crackdown on drug dealing in Southend"
    )
    dates = fake_dates(article, DATES)
    return extract_with(
        article,
        published("2023-03-08"),
        FakeLookup(),
        dates=dates,
        dct_date=dct_date("2023-03-08"),
    )


def summary(events):
    return [
        (
            e.type,
            e.core,
            e.title,
            e.date.earliest.isoformat() if e.date.earliest else None,
            e.date.latest.isoformat() if e.date.latest else None,
            e.planned,
            [a.name for a in e.agencies],
            list(e.boroughs),
            [c.paragraph for c in e.citations],
        )
        for e in events
    ]


def test_an_article_gives_its_events_typed_dated_placed_and_cited():
    assert summary(extract()) == [
        (
            "operation",
            True,
            "The operation began on Monday and runs until Friday, Essex Police said",
            "2023-03-06",
            "2023-03-10",
            False,
            ["Essex Police"],
            ["Southend-on-Sea"],
            [2, 1],
        ),
        (
            "enforcement",
            False,
            "Officers arrested three men on Tuesday and seized cannabis",
            "2023-03-07",
            "2023-03-07",
            False,
            ["Essex Police"],
            ["Southend-on-Sea"],
            [3],
        ),
        (
            "enforcement",
            False,
            "We issued 12 fixed penalty notices last week",
            "2023-02-27",
            "2023-03-05",
            False,
            ["Essex Police"],
            ["Southend-on-Sea"],
            [4],
        ),
        (
            "meeting",
            False,
            "A public meeting will be held on March 20 at the Civic Centre",
            "2023-03-20",
            "2023-03-20",
            True,
            [],
            ["Southend-on-Sea"],
            [6],
        ),
    ]


def test_re_extracting_the_same_text_gives_the_same_ids():
    assert [e.id for e in extract()] == [e.id for e in extract()]


def test_ids_change_with_the_article_but_not_with_other_paragraphs():
    first = extract()
    edited = extract(
        ARTICLE.replace(
            "A public meeting will be held", "A residents' meeting will be held"
        )
    )
    assert [e.id for e in first[:3]] == [e.id for e in edited[:3]]
    assert first[3].id != edited[3].id
    assert {e.id for e in extract(slug="another-article")}.isdisjoint(
        e.id for e in first
    )


def test_quotes_of_intent_and_hypotheticals_are_not_events():
    events = extract()
    assert not any(
        "keep going" in c.quote or "could be fined" in c.quote
        for e in events
        for c in e.citations
    )


def test_an_event_with_no_date_words_in_the_present_perfect_happens_at_publication():
    text = (
        "Essex Police have launched a crackdown on anti-social behaviour in Southend."
    )
    [event] = extract(text)
    assert event.date == dct_date("2023-03-08")


def test_distinct_occurrences_of_one_type_stay_apart():
    text = (
        "Police launched a crackdown on drug dealing in Southend on Monday.\n\n"
        "It follows a similar crackdown launched last week."
    )
    events = extract(text)
    assert [(e.type, e.date.earliest.isoformat()) for e in events] == [
        ("operation", "2023-03-06"),
        ("operation", "2023-02-27"),
    ]


def test_a_later_mention_of_the_same_operation_becomes_a_second_citation():
    text = (
        "Police have launched a crackdown on drug dealing in Southend.\n\n"
        "The operation began on Monday, Essex Police said.\n\n"
        "Sgt Tom Brown said the operation had already made a difference."
    )
    [event] = extract(text)
    assert (
        [c.paragraph for c in event.citations],
        event.date.earliest.isoformat(),
    ) == ([2, 1, 3], "2023-03-06")


def test_unknown_dates_stay_unknown():
    text = "The teams have already launched in other parts of Southend."
    [event] = extract(text)
    assert event.date == DateValue.unknown("no date words; background or recurring")
