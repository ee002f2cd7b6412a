"""Patrol, screening, investigation and awareness-work triggers (triggers_policing.toml)."""

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
            "A new team of eight officers will patrol Blackpool promenade from May 1.",
            [("team_launch", "future", False, "team of eight officers will patrol")],
        ),
        (
            "Extra high-visibility patrols will be carried out around the schools this week.",
            [
                (
                    "operation",
                    "future",
                    False,
                    "Extra high-visibility patrols will be carried out",
                )
            ],
        ),
        (
            "Officers will patrol the seafront over the bank holiday weekend.",
            [("operation", "future", True, "will patrol")],
        ),
        (
            "A walk-through metal detector was installed at the fan zone on Saturday.",
            [
                (
                    "operation",
                    "realis",
                    False,
                    "walk-through metal detector was installed",
                )
            ],
        ),
        (
            "Officers screened hundreds of revellers at the entrance to the festival.",
            [("operation", "realis", False, "screened hundreds of revellers")],
        ),
        (
            "The arrests followed an investigation which began in January.",
            [("operation", "realis", True, "an investigation")],
        ),
        (
            "Volunteers will hand out leaflets about the scheme in the market on Saturday.",
            [("operation", "future", True, "hand out leaflets")],
        ),
        (
            "A knife amnesty began on Monday at four police stations.",
            [("operation", "realis", False, "knife amnesty began")],
        ),
        (
            "Officers carried out licensing checks at 12 pubs on Friday night.",
            [("operation", "realis", False, "carried out licensing checks")],
        ),
    ],
)
def test_patrol_screening_and_inquiry_words_are_triggers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a team that only exists, with nothing said of its start, is not a launch
        ("A team of six officers searched the wood.", []),
        ("The screening of the film was cancelled.", []),
        ("Officers carried out checks on the vehicle.", []),
        # what people want is not a new team
        ("Parents have called for more officers outside the school gates.", []),
    ],
)
def test_lookalikes_of_patrols_and_screening_are_not_triggers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Officers searched parks and alleyways in Edmonton for hidden knives.",
            [("operation", "realis", False, "searched parks")],
        ),
        (
            "Officers carried out 46 stop and searches in Tottenham Hale, Northumberland Park and Wood Green.",
            [("enforcement", "realis", False, "carried out 46 stop and searches")],
        ),
    ],
    ids=[
        "searching parks is a weapons sweep",
        "stop and searches in places named Park are stops, not a sweep of parks",
    ],
)
def test_a_sweep_searches_open_ground_not_a_place_named_after_it(text, expected):
    assert found(text) == expected
