"""Moods and rounds read in session 4: "found to be", "thought to be" state a finding, not a plan;
"every Thursday" is a round, like "every Saturday"."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.events.mood import FUTURE, REALIS, mood_of
from app.ingest.records import Paragraph


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


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A mobile police station will visit the estate every Thursday.", True),
        ("Extra patrols are held in the park every Thursday.", True),
        ("A mobile police station will visit the estate on Thursday.", False),
    ],
)
def test_every_weekday_is_a_round_not_an_occurrence(text, expected):
    assert [m.habitual for m in detect_mentions(Paragraph(1, text))] == [expected]
