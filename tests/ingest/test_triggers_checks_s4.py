"""Checks made on drivers, vehicles and premises (triggers_checks.toml), and letters sent and plans
unveiled or dropped (triggers_pledges.toml), each proved on invented sentences with their negatives."""

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
        # breath tests run, in a quote or told plainly
        (
            'Sgt Cole said: "We also ran breath tests at a checkpoint on the A127 on Friday, December 8."',
            [("enforcement", "realis", False, "ran breath tests")],
        ),
        (
            "Roadside breath tests were carried out on 240 drivers over the weekend.",
            [("enforcement", "realis", False, "breath tests were carried out")],
        ),
        # a stop that turned something up
        (
            "On Tuesday, officers stopped a van in Kirkstall and found 300 wraps of cocaine under the seats.",
            [
                (
                    "enforcement",
                    "realis",
                    False,
                    "officers stopped a van in Kirkstall and found",
                )
            ],
        ),
        # visits to licensed premises are a compliance operation
        (
            "Officers worked with the licensing team to visit 40 pubs and clubs before the match.",
            [
                (
                    "operation",
                    "realis",
                    False,
                    "Officers worked with the licensing team to visit 40 pubs",
                )
            ],
        ),
        # letters sent
        (
            "The council said it had written to landlords in the area reminding them of their duties.",
            [("announcement", "realis", False, "written to landlords")],
        ),
        (
            "The leader sent a letter to the Home Secretary asking for more officers.",
            [
                ("announcement", "realis", False, "sent a letter to the Home Secretary"),
                ("team_launch", "intention", False, "more officers"),
            ],
        ),
        # plans made public, and plans given up (only when dated)
        (
            "In June 2021 the council unveiled plans to pedestrianise the high street.",
            [("announcement", "realis", False, "unveiled plans")],
        ),
        (
            "The proposals were dropped in 2019 after objections from traders.",
            [("announcement", "realis", True, "proposals were dropped")],
        ),
        # checks denied are read as negated (no event)
        (
            "Nobody carried out any breath tests that night.",
            [("enforcement", "negated", False, "carried out any breath tests")],
        ),
    ],
)
def test_checks_letters_and_plans_fire_on_their_sentences(text, expected):
    assert found(text) == expected
