"""Moods read in session 4: "found to be", "thought to be" state a finding, not a plan."""

import pytest

from app.ingest.events.mood import FUTURE, REALIS, mood_of


@pytest.mark.parametrize(
    "before,trigger,expected",
    [
        # a finding about the person at the time of the act
        (
            "She was charged after she was found to be ",
            "almost three times the legal limit",
            REALIS,
        ),
        ("The boy, who is thought to be ", "the third victim", REALIS),
        ("The driver was said to be ", "twice the limit", REALIS),
        # a plan still reads as one
        ("The new team is to be ", "launched", FUTURE),
        ("The order is due to be ", "renewed", FUTURE),
    ],
)
def test_a_finding_told_with_to_be_is_no_plan(before, trigger, expected):
    assert mood_of(before, before + trigger) == expected
