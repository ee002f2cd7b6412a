"""Spurious readings the lexicon avoids: generic mentions, opinions, anchors of "since", wishes."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, bool, str]]:
    return [(m.type, m.needs_date, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a kind of work named with "a": only an event when its clause is dated
        (
            "As part of a crackdown on knife crime, officers searched 12 homes.",
            [
                ("operation", True, "As part of a crackdown"),
                ("enforcement", False, "searched 12 homes"),
            ],
        ),
        # the named one is the story's operation, dated or not
        (
            "As part of the crackdown, officers searched 12 homes.",
            [
                ("operation", False, "As part of the crackdown"),
                ("enforcement", False, "searched 12 homes"),
            ],
        ),
        # an opinion about orders in general is not an order made
        ("She said closure orders work when they are enforced.", []),
        # the anchor of "since" is not told as an event of its own
        (
            "Police have logged 80 reports about the flat since the closure order was granted.",
            [("incident", True, "logged 80 reports")],
        ),
        (
            "The closure order was granted on Tuesday.",
            [("order", False, "closure order was granted")],
        ),
        # the Met is a force, not the verb "met"
        (
            "Met officers arrested two men on Friday.",
            [("enforcement", False, "arrested")],
        ),
        (
            "The mayor met traders in the market on Friday.",
            [("meeting", False, "met traders")],
        ),
        # "would join" is a planned arrival of officers, not a wish
        (
            "Ten new officers would join the team in September.",
            [("team_launch", False, "Ten new officers")],
        ),
    ],
)
def test_the_main_clause_act_is_read_and_lookalikes_are_not(text, expected):
    assert found(text) == expected
