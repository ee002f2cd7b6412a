"""Injury, disorder and crime-figure triggers (triggers_disorder.toml): incidents told without crime words."""

import pytest

from app.ingest.events.detect import detect_mentions
from app.ingest.records import Paragraph


def found(text: str) -> list[tuple[str, bool, str]]:
    return [(m.type, m.needs_date, m.text) for m in detect_mentions(Paragraph(1, text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Two PCSOs suffered cuts and bruises when they were pushed to the ground.",
            [("incident", False, "suffered cuts")],
        ),
        (
            "A crowd of around 300 people gathered outside the station on Friday night.",
            [("incident", True, "crowd of around 300 people gathered")],
        ),
        (
            "Fireworks were thrown at a police car in Hartcliffe on Saturday.",
            [("incident", True, "Fireworks were thrown")],
        ),
        (
            "A pensioner was knocked down by a moped rider on Friday morning.",
            [("incident", True, "was knocked down")],
        ),
        (
            "The men admitted using threatening behaviour in the town centre on New Year's Eve.",
            [("incident", True, "using threatening behaviour")],
        ),
        (
            "A gang was seen kicking front doors in Pike Road on Sunday evening.",
            [("incident", True, "kicking front doors")],
        ),
        (
            "There was an armed robbery at a jeweller in the arcade on Thursday.",
            [("incident", True, "an armed robbery")],
        ),
        (
            "A spate of shed break-ins in October has worried allotment holders.",
            [("incident", True, "spate of shed break-ins")],
        ),
        (
            "The force said it had received 41 calls about the park since the spring.",
            [("incident", True, "received 41 calls")],
        ),
        (
            "Recorded shoplifting in the town centre rose by 22 per cent last year.",
            [("incident", True, "shoplifting in the town centre rose")],
        ),
        (
            "Anti-social behaviour was up 9 per cent in the year to March.",
            [("incident", True, "Anti-social behaviour was up 9")],
        ),
        (
            "Police were called to ugly scenes outside the ground on Saturday.",
            [("incident", True, "ugly scenes")],
        ),
        (
            "Staff sold cans of lager to a 16-year-old boy on two occasions in June.",
            [("incident", True, "sold cans of lager to a 16-year-old")],
        ),
        (
            "Police were called to reports of a disturbance in Mill Lane on Sunday.",
            [("incident", True, "a disturbance")],
        ),
    ],
)
def test_harm_disorder_and_figures_are_incidents(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the offence in a charge is the charge's, not an incident of its own
        (
            "He was charged with threatening behaviour on Monday.",
            [("enforcement", False, "charged with")],
        ),
        ("The crowd cheered as the players arrived.", []),
        ("It is a fight against crime that started in May.", []),
        ("A heart attack victim was treated on Friday.", []),
        (
            "He was convicted of an assault on a bus driver in May.",
            [("enforcement", False, "convicted")],
        ),
        (
            "Officers knocked on doors to hand out advice.",
            [("operation", True, "knocked on doors")],
        ),
        ("The council had 12 staff working on parking.", []),
    ],
)
def test_lookalikes_of_disorder_are_not_incidents(text, expected):
    assert found(text) == expected
