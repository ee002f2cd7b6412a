"""Acts found missing in session 9 (triggers_s9_recall.toml) and orders told as standing since a
past time (standing_since.py), on invented sentences, with sentences that must give no such event."""

from __future__ import annotations

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.events.standing_since import standing_since
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.type, m.mood, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an operator pulling its services is how a story tells a run of attacks on them
        (
            "Arriva withdrew night services through the Meadows estate for a week in March after stones were thrown at drivers.",
            [
                ("incident", "realis", "withdrew night services"),
                ("incident", "realis", "stones were thrown"),
            ],
        ),
        (
            "Evening bus services on the 42 route were suspended last weekend after a driver was attacked.",
            [
                ("incident", "realis", "bus services on the 42 route were suspended"),
                ("incident", "realis", "attacked"),
            ],
        ),
        # residents' complaints about a named problem, with a quantifier: the problem reported
        (
            "Many residents complained about anti-social behaviour on the green.",
            [("incident", "realis", "Many residents complained about anti-social behaviour")],
        ),
        # a crowd forcing its way in; officers forcing entry are no incident
        (
            "Hundreds of fans forced their way into the ground before kick-off.",
            [("incident", "realis", "fans forced their way into")],
        ),
        ("Police forced their way into the flat.", []),
        # a sum a body says it will spend is its statement; a sum it might spend stays hypothetical
        (
            "Southampton City Council said it would spend £200,000 on new street lighting.",
            [("announcement", "future", "said it would spend £200,000")],
        ),
        (
            "The leader told the meeting the council would invest £1m in youth services this year.",
            [("announcement", "future", "told the meeting the council would invest £1m")],
        ),
        (
            "She said the council could spend £50,000 on more wardens if the bid succeeded.",
            [
                ("announcement", "hypothetical", "spend £50,000 on"),
                ("team_launch", "hypothetical", "more wardens"),
            ],
        ),
        (
            "The district council has contributed £40,000 from its community safety budget.",
            [("announcement", "realis", "contributed £40,000")],
        ),
        # a stance given in a consultation response; residents backing a plan is no statement
        (
            "Hampshire Police backed the extension in its response to the consultation.",
            [("announcement", "realis", "backed the extension in its response")],
        ),
        ("Most residents backed the extension.", []),
        # a letter urging its readers; a speaker's own letter is their quoted words
        (
            "The Ramblers wrote to ward councillors last month urging them to keep the gates open.",
            [("announcement", "realis", "wrote to ward councillors last month urging")],
        ),
        ("I wrote to my neighbours asking for help.", []),
        # a sitting ahead where an issue will be raised or a scheme reviewed
        (
            "She said she would raise the matter at the council's licensing committee next month.",
            [("meeting", "future", "raise the matter at the council's licensing committee")],
        ),
        (
            "Residents can raise concerns at the next ward panel meeting, which will be held at the library next month.",
            [("meeting", "realis", "the next ward panel meeting")],
        ),
        ("He raised the issue with his neighbour.", []),
        (
            "The overview and scrutiny committee is due to review the pilot in March.",
            [("meeting", "future", "scrutiny committee is due to")],
        ),
        # kit installed, briefings given, officers equipped, sweeps stepped up, households surveyed
        (
            "Installation of the new cameras will start in the spring.",
            [("operation", "future", "Installation of the new cameras will start")],
        ),
        ("Installation is free for residents.", []),
        (
            "Officers gave pupils a knife-crime awareness briefing at the academy on Thursday.",
            [("meeting", "realis", "gave pupils a knife-crime awareness briefing")],
        ),
        ("Officers gave evidence at the hearing on Thursday.", []),
        (
            "PCSOs have been issued with body-worn cameras this month.",
            [("operation", "realis", "PCSOs have been issued with body-worn cameras")],
        ),
        ("Officers were given a round of applause by residents.", []),
        (
            "We have increased knife sweeps in the park since the attack.",
            [("operation", "realis", "increased knife sweeps")],
        ),
        (
            "Volunteers surveyed 450 residents in the summer.",
            [("consultation", "realis", "surveyed 450 residents")],
        ),
        # an order told as standing since a past time, even inside what a body will do with it
        (
            "The shop lies inside the alcohol control zone that has covered the high street since March 2019.",
            [("order", "realis", "alcohol control zone that has covered the high street since")],
        ),
        (
            "The council said it would continue to use the town centre public spaces protection order, in force since 2018, to move on street drinkers.",
            [("order", "realis", "public spaces protection order, in force since")],
        ),
        ("A PSPO would help, she said.", []),
    ],
)
def test_acts_found_missing_in_session_9_are_detected_and_look_alikes_are_not(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,span,expected",
    [
        ("the PSPO, in force since 2017", (4, 24), True),
        ("the PSPO, in force until 2025", (4, 18), False),
        ("Since 2017 the PSPO", (0, 10), False),
    ],
)
def test_a_trigger_ending_on_since_names_a_standing_state(text, span, expected):
    assert standing_since(text, *span) == expected
