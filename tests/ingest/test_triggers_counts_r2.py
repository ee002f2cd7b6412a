"""Enforcement told by a count or a stop (triggers_counts.toml): dated totals, earlier baselines, stops by police, detentions; running totals, comparisons and stopped buses are none."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The squad has since made more than 150 arrests and seized 40 knives.",
            [("enforcement", "realis", "since made more than 150 arrests")],
        ),
        (
            "Officers made dozens of arrests during the crackdown last month.",
            [
                ("enforcement", "realis", "made dozens of arrests"),
                ("operation", "realis", "during the crackdown"),
            ],
        ),
        (
            "The unit, formed in 2018, has made more than 900 arrests.",
            [("team_launch", "realis", "unit, formed")],
        ),
        (
            "The total compares with 48 arrests in November 2019.",
            [("enforcement", "realis", "compares with 48 arrests in")],
        ),
        (
            "The figures compare well with other forces.",
            [],
        ),
        (
            "A 15-year-old was stopped at the station by transport police in June 2020.",
            [
                (
                    "enforcement",
                    "realis",
                    "was stopped at the station by transport police",
                )
            ],
        ),
        (
            "Two teenagers were stopped and searched in the park.",
            [("enforcement", "realis", "stopped and searched")],
        ),
        (
            "The bus was stopped in the High Street.",
            [],
        ),
        (
            "Six people were arrested, including a woman who was detained at the airport on Sunday.",
            [
                ("enforcement", "realis", "arrested"),
                ("enforcement", "realis", "was detained at"),
            ],
        ),
        # a detention under a named power is the police's act, like an arrest
        (
            "She was detained under the Mental Health Act.",
            [("enforcement", "realis", "was detained under")],
        ),
    ],
)
def test_counts_and_stops_are_enforcement_and_look_alikes_are_not(text, expected):
    assert found(text) == expected
