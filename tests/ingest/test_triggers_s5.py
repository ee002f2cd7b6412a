"""Trigger classes added in session 5, each proved on invented sentences, with the negatives beside it.

A defendant's record told with its year is a past court act, not the offence.
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
