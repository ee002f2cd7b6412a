"""Event dates from date words whose reading depends on the event: an order taking effect on a day
and running on is dated to that day, and a team "in place since" a month was launched in it."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import dated_events


def dates_in(text: str, published: str) -> list[tuple[str, str, str]]:
    """(type, earliest, latest) of every event told in the article's first paragraph."""
    events = dated_events(text, published)
    return [
        (e.type, str(e.date.earliest), str(e.date.latest))
        for e in events
        if e.citations[0].paragraph == 1
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "The new dispersal zone will come into force on 3 March and will run until the end of May.",
            "2022-02-20",
            [("order", "2022-03-03", "2022-03-03")],
        ),
        (
            "The extended alcohol ban will take effect on 1 July and will run until June 2027.",
            "2024-06-12",
            [("order", "2024-07-01", "2024-07-01")],
        ),
        # a range with no starting verb stays a range
        (
            "The dispersal order will be in force from 3 March until 5 March.",
            "2022-02-20",
            [("order", "2022-03-03", "2022-03-05")],
        ),
    ],
)
def test_an_order_taking_effect_is_dated_to_its_first_day(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "A dedicated town centre team has been deployed in Barnstaple since May last year.",
            "2019-02-14",
            [("team_launch", "2018-05-01", "2018-05-31")],
        ),
    ],
)
def test_a_team_in_place_since_a_month_was_launched_in_that_month(
    text, published, expected
):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a "when" clause happens at the time it hangs on
        (
            "The trouble followed the derby at Ashton Gate in October, when missiles were thrown and six fans were arrested.",
            "2023-03-02",
            [
                ("incident", "2022-10-01", "2022-10-31"),
                ("enforcement", "2022-10-01", "2022-10-31"),
            ],
        ),
        # as does a "where" clause after a dated act
        (
            "A knife arch was set up outside Tottenham Hale station on Wednesday, November 15, where two men were arrested for carrying knives.",
            "2023-11-20",
            [
                ("operation", "2023-11-15", "2023-11-15"),
                ("enforcement", "2023-11-15", "2023-11-15"),
            ],
        ),
        # a time opening the sentence dates every act of it
        (
            "Last week officers served community protection notices on the tenants of two houses in Moss Side after repeated complaints of loud music, and seized a sound system from a flat in Lloyd Street.",
            "2016-10-12",
            [
                ("enforcement", "2016-10-03", "2016-10-09"),
                ("incident", "2016-10-03", "2016-10-09"),
                ("enforcement", "2016-10-03", "2016-10-09"),
            ],
        ),
        # a range of months in the year before publication is one period
        (
            "Officers were called to the bar 14 times between March and May last year.",
            "2024-02-22",
            [("incident", "2023-03-01", "2023-05-31")],
        ),
    ],
)
def test_a_clause_takes_the_time_its_sentence_gives(text, published, expected):
    assert dates_in(text, published) == expected
