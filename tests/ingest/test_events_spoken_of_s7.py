"""Things spoken of rather than done (spoken_of.py, session 7), on invented sentences: a harm named
as the topic of a warning or a talk, an act promised, an act a poll favours or a consultation asks
about, or what a grant is given to do."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a harm named as a warning's topic is no occurrence
        (
            "The station manager urged parents to talk to teenagers about the dangers of arson over half-term.",
            [],
        ),
        (
            "PCSOs warned pupils at the school about the risks of knife crime on Tuesday.",
            [],
        ),
        # ... while the harm itself, told as done, is one
        (
            "Two bins were set alight in Park Lane over half-term.",
            [("incident", "realis", "were set alight")],
        ),
        # a promise of officers launches no team
        (
            "The chief constable, who has pledged more officers on the streets of every town, spoke at the event.",
            [("team_launch", "intention", "more officers")],
        ),
        # a poll's verdict and a consultation's question renew nothing
        (
            "The survey drew 600 replies, 64 per cent of which backed extending the order.",
            [
                ("announcement", "realis", "replies"),
                ("order", "hypothetical", "extending the order"),
            ],
        ),
        (
            "Asked last spring, a majority opposed extending the order to the park.",
            [("order", "hypothetical", "extending the order")],
        ),
        # what a grant is given to do is still to come
        (
            "The business district has found £12,000 to pay for two extra night-time marshals from March.",
            [("team_launch", "future", "pay for two extra night-time marshals")],
        ),
        # a consultation a sitting agreed to hold is still to open; what the sitting agreed to make
        # is made
        (
            "The licensing committee agreed to consult residents on a late-night levy.",
            [("consultation", "intention", "consult residents")],
        ),
        # the act done stays done
        (
            "The cabinet renewed the order on Tuesday.",
            [("order", "realis", "renewed the order")],
        ),
    ],
)
def test_a_thing_spoken_of_is_no_act(text, expected):
    assert found(text) == expected
