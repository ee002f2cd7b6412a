"""Trigger classes added in session 5, each proved on invented sentences, with the negatives beside it.

- a defendant's record told with its year is a past court act, not the offence;
- what is presented to a committee or panel is told of that sitting (a meeting);
- a memorial or church service held is a public gathering (a meeting), like a vigil;
- "a robbery operation" is an operation, not a robbery;
- a team expanded or boosted is a team_launch (extra officers assigned).
"""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, bool, str]]:
    return [
        (m.type, m.mood, m.needs_date, m.text)
        for m in detect_mentions(Paragraph(1, text))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The court heard he had a previous conviction for supplying heroin in 2016.",
            [("enforcement", "realis", True, "a previous conviction for")],
        ),
        (
            "She had 14 previous convictions for theft, the court was told.",
            [("enforcement", "realis", True, "previous convictions for")],
        ),
        # no conviction named: nothing
        ("He had never been in trouble with the police before.", []),
    ],
)
def test_a_record_told_with_its_year_is_a_court_act(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The inspector will present the results to the council's scrutiny committee next month.",
            [("meeting", "future", False, "present the results to the council's scrutiny committee")],
        ),
        (
            "Officers presented the figures to the ward panel on Tuesday.",
            [("meeting", "realis", False, "presented the figures to the ward panel")],
        ),
        # presented to no sitting: the publication stays a statement
        (
            "The force presented its annual report on Tuesday.",
            [("announcement", "realis", False, "presented its annual report")],
        ),
    ],
)
def test_what_is_laid_before_a_sitting_is_told_of_the_sitting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A memorial service for the five women was held at the parish church on Thursday.",
            [("meeting", "realis", False, "memorial service for the five women was held")],
        ),
        (
            "A multi-faith service will be held in the square on Sunday.",
            [("meeting", "future", False, "multi-faith service will be held")],
        ),
        # a service the council runs is no gathering
        ("The council runs a memorial bench service for families.", []),
    ],
)
def test_a_memorial_or_church_service_held_is_a_public_gathering(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "She said a robbery operation around the station had been running since May.",
            [("operation", "realis", False, "operation around the station had been running")],
        ),
        # the offence itself still counts
        (
            "There was a robbery at the station on Friday.",
            [("incident", "realis", True, "a robbery")],
        ),
    ],
)
def test_an_offence_naming_an_operation_s_target_is_no_incident(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "This week the team was expanded by six officers, funded by the commissioner.",
            [("team_launch", "realis", False, "team was expanded")],
        ),
        (
            "The force has boosted the town centre team with four extra officers.",
            [("team_launch", "realis", False, "boosted the town centre team")],
        ),
        # the team doing more is no new officers
        ("The team expanded its work into Barking.", [("team_launch", "realis", False, "The team")]),
    ],
)
def test_a_team_made_bigger_is_extra_officers_assigned(text, expected):
    assert found(text) == expected
