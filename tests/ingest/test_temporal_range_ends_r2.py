"""An occasion closing a range ("from Saturday, December 1 to New Year's Day") is the range's end."""

from __future__ import annotations

import pytest

from app.ingest.temporal import infer_publication_date
from app.ingest.temporal.grammar import find_expressions
from tests.ingest.temporal_helpers import article


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The crackdown ran from Saturday, December 2 to New Year's Day.",
         [("range", "Saturday, December 2 to New Year's Day", (12, 2), (1, 1))]),
        ("Extra patrols will run from Friday, December 15 until Christmas Eve.",
         [("range", "Friday, December 15 until Christmas Eve", (12, 15), (12, 24))]),
        ("Checks ran between Monday, October 28 and Bonfire Night.",
         [("range", "Monday, October 28 and Bonfire Night", (10, 28), (11, 5))]),
        # two occasions with no "from": each stays a day
        ("Officers worked on Christmas Eve and New Year's Eve.",
         [("calendar", "Christmas Eve", (12, 24), None), ("calendar", "New Year's Eve", (12, 31), None)]),
    ],
)  # fmt: skip
def test_an_occasion_closes_a_range_begun_with_from(text, expected):
    found = [
        (x.kind, x.text, (x.point.month, x.point.day),
         (x.end_point.month, x.end_point.day) if x.end_point else None)
        for x in find_expressions(text)
    ]  # fmt: skip
    assert found == expected


def test_a_report_of_a_range_ending_on_an_occasion_is_dated_after_its_end():
    text = "The drink-drive campaign ran from Saturday, December 1 to New Year's Day.\n\nCommissioner Roger Hirst praised Essex Police officers."
    # a month-long campaign's figures come within two weeks after its end (news_window.py)
    assert infer_publication_date(article(text)).edtf == "2019-01-01/2019-01-15"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cleveland Police has authorised a Section 35 order from 4pm on Friday, October 31, until 2am the next day.",
         "future"),
        ("The council has made a dispersal order for the park from Saturday, June 3, until the end of the month.",
         "future"),
        # the authorising verb in the past simple, or no "until": as the sentence says
        ("Police used a dispersal order from Saturday, June 3, until Sunday night.", "past"),
        ("The force has authorised patrols since Saturday, June 3.", "past"),
    ],
)  # fmt: skip
def test_a_validity_span_set_in_the_present_perfect_is_still_ahead(text, expected):
    day = next(x for x in find_expressions(text) if x.point and x.point.day)
    assert day.tense == expected
