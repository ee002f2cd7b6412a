"""Splits and moods added in session 3, on invented articles.

A co-defendant's sentence is another occurrence than the main defendant's; "of no fixed address,
was jailed" is no negation; a court order given with a sentence is an order of its own; a person
"arrested after he was found with a knife" is one arrest, the find no cause of its own; "and" right
before a modal ("agreed to act and will meet again") opens a clause with its own tense; "sessions at
A on D1 and at B on D2" are two sessions, patrols in two streets one operation.
"""

import pytest

from app.ingest.events.build import extract_with
from app.ingest.events.sentences import split_clauses
from app.ingest.records import DateValue, PublicationDate
from tests.ingest.event_fakes import (
    FakeLookup,
    day,
    dct_date,
    fake_dates,
    make_article,
    published,
)

ON = "2024-05-10"


def extract(text: str, dates: dict, dct: PublicationDate, dct_value: DateValue):
    article = make_article(text)
    return extract_with(
        article, dct, FakeLookup(), dates=fake_dates(article, dates), dct_date=dct_value
    )


def summary(events) -> list[tuple]:
    return [
        (
            e.type,
            e.date.earliest.isoformat() if e.date.earliest else None,
            sorted(c.paragraph for c in e.citations),
        )
        for e in events
    ]


SENTENCING = """Gang leader Tom Reed, 29, of no fixed address, was jailed for six years at Leeds Crown Court on Tuesday, May 7.

At the same hearing, his co-defendant Amir Shah, 31, was jailed for three years.

Reed was also given a five-year criminal behaviour order banning him from Harehills."""


def test_a_co_defendants_sentence_and_a_court_order_are_events_of_their_own():
    events = extract(
        SENTENCING,
        {"on Tuesday, May 7": day("2024-05-07", "weekday")},
        published(ON),
        dct_date(ON),
    )
    # the co-defendant's sentence and the order were passed at the hearing of May 7 (court_hearing.py)
    assert summary(events) == [
        ("enforcement", "2024-05-07", [1]),
        ("enforcement", "2024-05-07", [2]),
        ("order", "2024-05-07", [3]),
    ]


FOUND_WITH = """One man was arrested in Southend on Saturday after he was found with a lock knife."""


def test_a_find_that_led_to_an_arrest_is_the_arrests():
    events = extract(
        FOUND_WITH,
        {"on Saturday": day("2024-05-04", "relative")},
        published(ON),
        dct_date(ON),
    )
    assert summary(events) == [("enforcement", "2024-05-04", [1])]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # "and" straight before a modal starts a second verb phrase with its own tense
        (
            "The panel agreed to make speeding its priority and will meet again in July.",
            [
                "The panel agreed to make speeding its priority",
                "and will meet again in July.",
            ],
        ),
        (
            "The operation launched in March and will run until the end of June.",
            ["The operation launched in March", "and will run until the end of June."],
        ),
        # a second named place with its own day opens a clause; a common noun does not
        (
            "Sessions are at Ilford Library on Saturday 18 May and at Gants Hill Library on Tuesday 21 May.",
            [
                "Sessions are at Ilford Library on Saturday 18 May",
                "and at Gants Hill Library on Tuesday 21 May.",
            ],
        ),
        (
            "Officers met at the town hall and in the park on Monday.",
            ["Officers met at the town hall and in the park on Monday."],
        ),
        # a subject of two people, and a place name with "and", stay whole
        (
            "Sgt Taylor and his team have compiled a list of addresses.",
            ["Sgt Taylor and his team have compiled a list of addresses."],
        ),
        (
            "Barking and Dagenham Council has renewed the order.",
            ["Barking and Dagenham Council has renewed the order."],
        ),
    ],
)
def test_and_before_a_modal_opens_a_clause(sentence, expected):
    assert [
        sentence[a:b] for a, b in split_clauses(sentence, (0, len(sentence)))
    ] == expected


SESSIONS = """Residents can give their views at drop-in sessions at Ilford Library on Saturday 18 May and at Gants Hill Library on Tuesday 21 May."""

PATROLS = """Officers patrolled Ilford Lane on Friday and in Loxford on Saturday."""


def test_a_second_place_and_day_of_a_session_is_a_second_session():
    events = extract(
        SESSIONS,
        {
            "on Saturday 18 May": day("2024-05-18", "relative", planned=True),
            "on Tuesday 21 May": day("2024-05-21", "relative", planned=True),
        },
        published(ON),
        dct_date(ON),
    )
    assert summary(events) == [
        ("meeting", "2024-05-18", [1]),
        ("meeting", "2024-05-21", [1]),
    ]


def test_patrols_in_two_streets_stay_one_operation():
    events = extract(
        PATROLS,
        {
            "on Friday": day("2024-05-03", "relative"),
            "on Saturday": day("2024-05-04", "relative"),
        },
        published(ON),
        dct_date(ON),
    )
    assert [e.type for e in events] == ["operation"]
