"""One clause, two acts (sequels.py), negative subjects and addresses (mood.py), an order's subjectless ', and was in force' (sentences.py)."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A 23-year-old woman was arrested on Tuesday and later charged with robbery.",
            [
                ("enforcement", "realis", "arrested"),
                ("enforcement", "realis", "charged with"),
            ],
        ),
        (
            "Two teenagers were arrested in March and have since been charged with arson.",
            [
                ("enforcement", "realis", "arrested"),
                ("enforcement", "realis", "been charged"),
            ],
        ),
        (
            "Three men have since been charged and were remanded in custody to appear at Bristol Crown Court next month.",
            [
                ("enforcement", "realis", "been charged"),
                ("enforcement", "realis", "appear at Bristol Crown Court"),
            ],
        ),
        (
            "He was arrested and charged with burglary.",
            [("enforcement", "realis", "charged with")],
        ),
        (
            "Among those arrested was a 17-year-old boy who has since been charged with affray.",
            # the offence charged is the charge's grounds, not an incident told (incident_frames.GROUNDS)
            [("enforcement", "realis", "been charged")],
        ),
        (
            "Nobody has yet been charged over the fire.",
            [("enforcement", "negated", "been charged")],
        ),
        (
            "None of the four men arrested have been charged.",
            [("enforcement", "negated", "been charged")],
        ),
        (
            "No one was hurt, and police arrested two men on Friday.",
            [("incident", "negated", "hurt"), ("enforcement", "realis", "arrested")],
        ),
        (
            "Karl Webb, 41, of no fixed abode, was jailed at Truro Crown Court on Monday.",
            [("enforcement", "realis", "jailed")],
        ),
        (
            "The closure order covered the flat, and was in force for three months from Friday, March 1.",
            [("order", "realis", "The closure order")],
        ),
        (
            "The order was approved in May, and officers began patrols the next day.",
            [
                ("order", "realis", "The order was approved"),
                ("operation", "realis", "began patrols"),
            ],
        ),
        (
            "Eleven people were arrested during the week, including a man who was detained in the market on Friday night.",
            [
                ("enforcement", "realis", "arrested"),
                ("enforcement", "realis", "was detained in"),
            ],
        ),
    ],
)
def test_sequels_negations_and_continued_clauses_are_read_as_told(text, expected):
    assert found(text) == expected


def told_apart(text: str) -> list[tuple[str, str, bool]]:
    return [(m.type, m.text, m.distinct) for m in detect_mentions(Paragraph(1, text))]


# a sequel act and an order's first making are told apart from the acts they follow, so no
# later telling merges into them
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A 23-year-old woman was arrested on Tuesday and later charged with robbery.",
            [("enforcement", "arrested", True), ("enforcement", "charged with", True)],
        ),
        (
            "Six people were arrested, including a woman who was detained at the airport on Sunday.",
            [("enforcement", "arrested", False), ("enforcement", "was detained at", True)],
        ),
        (
            "He was arrested and charged with burglary.",
            [("enforcement", "charged with", False)],
        ),
        (
            "The ban was first imposed in June 2017 and has been renewed twice.",
            [("order", "The ban was first imposed", True)],
        ),
        (
            "The ban was renewed in June.",
            [("order", "The ban was renewed", False)],
        ),
    ],
)
def test_sequels_and_first_makings_are_marked_as_occurrences_apart(text, expected):
    assert told_apart(text) == expected
