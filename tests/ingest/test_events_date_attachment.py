"""Which date words an event takes, on sentences written for each rule: "last X" is never read
forward, a plan told in a dated report takes the report's date, a consultation told only by its
deadline takes that day, and a national occasion used as a time dates the event to its days."""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import dated_events


def dates_in(text: str, published: str) -> list[tuple[str, str, bool]]:
    """(earliest, latest, planned) of every event told in the article's first paragraph."""
    events = dated_events(text, published)
    return [
        (str(e.date.earliest), str(e.date.latest), e.planned)
        for e in events
        if e.citations[0].paragraph == 1
    ]


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # "last autumn" stays in the past, though the quote goes on in the present
        (
            'The commissioner said: "Residents told us in our survey last autumn that they want more patrols, and we are delivering them."',
            "2021-02-10",
            [("2020-09-01", "2020-11-30", False)],
        ),
        # the plan's only time words count a duration from now: the report's month dates it
        (
            "It follows the force's announcement in January that it would recruit 80 extra officers over the next three years.",
            "2022-03-15",
            [("2022-01-01", "2022-01-31", False)],
        ),
        # a plan with its own day keeps that day (the dated announcement of it is an event too)
        (
            "The council announced in January that it would hold a public meeting on Thursday, April 7.",
            "2022-03-15",
            [("2022-01-01", "2022-01-31", False), ("2022-04-07", "2022-04-07", True)],
        ),
        # a finer date after the verb, inside the nearer coarse one, says which part of it
        (
            "Last year officers arrested 11 people across the borough over the Bonfire Night weekend.",
            "2021-11-03",
            [("2020-11-07", "2020-11-08", False)],
        ),
        # one before the verb belongs to another verb
        (
            "Figures released last month show just 41 fines were issued in 2023.",
            "2024-01-15",
            [("2023-12-01", "2023-12-31", False), ("2023-01-01", "2023-12-31", False)],
        ),
        # told only by its deadline, a consultation is dated by the day it closes
        (
            "Residents can comment on the proposed alcohol ban until September 30.",
            "2022-09-05",
            [("2022-09-30", "2022-09-30", True)],
        ),
        # an occasion as the time of an act: the coronation weekend, Saturday to the bank holiday Monday
        (
            "Officers arrested nine people in the town centre over the coronation bank holiday weekend.",
            "2023-05-12",
            [("2023-05-06", "2023-05-08", False)],
        ),
        (
            "Police made 14 arrests in the city on the day of the Queen's funeral.",
            "2022-09-23",
            [("2022-09-19", "2022-09-19", False)],
        ),
        # the baseline of a comparison is an event of its own, dated by its year
        (
            "Wardens issued 310 fines for littering last year, up from 190 in 2019.",
            "2021-06-01",
            [("2020-01-01", "2020-12-31", False), ("2019-01-01", "2019-12-31", False)],
        ),
        # a moving bank holiday, resolved in the year before publication
        (
            "Police arrested 11 people in the town over the August bank holiday weekend.",
            "2021-09-03",
            [("2021-08-28", "2021-08-30", False)],
        ),
        # clock times between the two days of a range
        (
            "A dispersal order was in force in the park from 6pm on Friday until 6am on Sunday.",
            "2021-08-31",
            [("2021-08-27", "2021-08-29", False)],
        ),
        # "a fortnight ago": the week two weeks back
        (
            "A fortnight ago, a teenager was stabbed outside the station.",
            "2021-09-03",
            [("2021-08-16", "2021-08-22", False)],
        ),
    ],
    ids=[
        "last-autumn-is-past",
        "announcement-dated-by-the-report",
        "plan-with-its-own-day",
        "finer-date-after-the-verb",
        "date-before-the-verb-is-another-verb-s",
        "consultation-deadline",
        "coronation-weekend",
        "queens-funeral",
        "comparison-baseline",
        "august-bank-holiday-weekend",
        "range-with-clock-times",
        "a-fortnight-ago",
    ],
)
def test_events_take_the_date_words_that_belong_to_them(text, published, expected):
    assert dates_in(text, published) == expected
