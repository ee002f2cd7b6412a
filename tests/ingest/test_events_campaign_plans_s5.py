"""Planned acts of a campaign, on invented articles through the real temporal engine: a future act
told with "also" or "during the week" in a story about an operation still running is one more part
of it, dated by what is left of its run; a planned operation with no time is still listed; the
lead telling the story's operation ahead is that operation; a wish with no time is no event; a
plan and a done act of one type told together are two occurrences.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.events.also_plans import also_plans
from app.ingest.events.detect import detect_mentions
from app.ingest.paragraphs import split_paragraphs
from tests.ingest.event_fakes import dated_events

WEEK = """Knife crime week of action under way in Barking

Police in Barking are taking part in a national week of action against knife crime, which runs from Monday, May 13 to Sunday, May 19.

Officers carried out a weapons sweep in Barking Park on Tuesday and found two knives.

The council's trading standards officers will also test-purchase knives at shops in Barking during the week.

Officers will also visit six secondary schools to talk to pupils."""

UNDATED_RUN = """Leeds city centre crackdown

Police have launched a crackdown on anti-social behaviour in Leeds city centre.

Street pastors will also run a safe space in Briggate at night."""

FURTHER = """Police in Ilford carried out a week of action against street drinking from Monday, March 4 to Sunday, March 10.

A further operation is planned for the autumn, police said."""

LEAD_AHEAD = """Christmas crackdown in Ilford

Police will be out in force in Ilford every weekend in the run-up to Christmas as part of a crackdown on violence.

Operation Holly, which began last Friday, will see officers patrol Ilford Lane until New Year's Eve."""

WISH = """Police in Ilford carried out a week of action against street drinking from Monday, March 4 to Sunday, March 10.

The council hopes to run more patrols with the police."""


def _plans(text: str, published: str) -> list[tuple]:
    return [
        (
            [c.paragraph for c in e.citations],
            e.type,
            e.date.earliest,
            e.date.latest,
            e.planned,
        )
        for e in dated_events(text, published)
        if e.type == "operation"
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            WEEK,
            "2024-05-15",
            [
                ([2], "operation", date(2024, 5, 13), date(2024, 5, 19), False),
                ([3], "operation", date(2024, 5, 14), date(2024, 5, 14), False),
                ([4], "operation", date(2024, 5, 15), date(2024, 5, 19), True),
                ([5], "operation", date(2024, 5, 15), date(2024, 5, 19), True),
            ],
        ),
        (
            UNDATED_RUN,
            "2024-06-07",
            [
                ([2], "operation", date(2024, 6, 7), date(2024, 6, 7), False),
                ([3], "operation", None, None, True),
            ],
        ),
        (
            FURTHER,
            "2024-03-12",
            [
                ([1], "operation", date(2024, 3, 4), date(2024, 3, 10), False),
                ([2], "operation", date(2024, 9, 1), date(2024, 11, 30), True),
            ],
        ),
        (
            LEAD_AHEAD,
            "2023-12-04",
            [([3, 2], "operation", date(2023, 12, 1), date(2023, 12, 1), False)],
        ),
        (
            WISH,
            "2024-03-12",
            [([1], "operation", date(2024, 3, 4), date(2024, 3, 10), False)],
        ),
    ],
    ids=[
        "acts told with 'also' in a running week of action fall in what is left of the week",
        "a plan of a campaign with no told run is listed, its date unknown",
        "a further operation is another run, dated by the season it is planned for",
        "the lead telling the story's operation ahead is that operation",
        "a wish with no time is no event",
    ],
)
def test_a_campaign_s_planned_acts_are_listed_within_its_run(text, published, expected):
    assert _plans(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trading standards officers will also test-purchase knives at shops in the town centre.",
            [("operation", "will also test-purchase")],
        ),
        (
            "The help point, run by volunteers, will also open until 4am on Fridays and Saturdays.",
            [("operation", "will also open")],
        ),
        (
            "Youth workers will also run a drop-in session at the library.",
            [("meeting", "will also run")],
        ),
        ("Officers from the neighbourhood team will also attend.", []),
        ("Residents will also be able to report problems online.", []),
        ("Officers also visited six schools.", []),
        ('"We will also be pressing the mayor for more money," she said.', []),
    ],
    ids=[
        "a future act told with 'also' is planned, its type the campaign's",
        "an opening told with 'also' is planned work",
        "its own words give the type",
        "attending is taking part in an act told elsewhere",
        "being able to is no act",
        "a done act is no plan",
        "somebody's quoted words are not read",
    ],
)
def test_a_future_act_told_with_also_is_a_planned_act(text, expected):
    paragraph = split_paragraphs(text)[0]
    assert [(m.type, m.text) for m in also_plans(paragraph, [])] == expected


AGAIN = """Residents packed into a church hall in Ilford for a ward panel meeting.

The panel agreed to make burglary its priority and will meet again in July."""

FURTHER_DAYS = """Police in Ilford have carried out a joint operation with Redbridge Council against street drinking.

Insp Lee Canter said further joint days of action would be held over the summer."""


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected"),
    [
        (
            AGAIN,
            "2024-03-20",
            "meeting",
            [
                ([1, 2], date(2024, 3, 20), False),
                ([2], date(2024, 7, 1), True),
            ],
        ),
        (
            FURTHER_DAYS,
            "2024-03-20",
            "operation",
            [
                ([1], date(2024, 3, 20), False),
                ([2], date(2024, 6, 1), True),
            ],
        ),
    ],
    ids=[
        "a meeting held and one ahead, joined by 'and', are two meetings",
        "days of action planned months after the told operation are another run",
    ],
)
def test_a_plan_and_a_done_act_told_together_are_two_occurrences(
    text, published, kind, expected
):
    events = [e for e in dated_events(text, published) if e.type == kind]
    assert [
        ([c.paragraph for c in e.citations], e.date.earliest, e.planned) for e in events
    ] == expected


TWO_HANDS = """Bonfire weekend patrols in Ilford

Council wardens will patrol Valentines Park over the weekend, and trading standards officers will visit shops to check fireworks are not sold to children."""


def test_two_plans_of_one_sentence_each_with_its_own_subject_are_two_acts():
    events = [e for e in dated_events(TWO_HANDS, "2024-11-01") if e.type == "operation"]
    assert [(e.title[:22], e.planned) for e in events] == [
        ("Council wardens will p", True),
        ("Trading standards offi", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers were asked to look at the car park, with a report expected in the autumn.",
            [("announcement", "report", "future")],
        ),
        (
            "The council has said it will review the policy next year.",
            [("announcement", "said", "realis")],
        ),
        (
            "Sgt Lee said a mobile police station would visit the market square every Thursday.",
            [("operation", "mobile police station would visit", "future")],
        ),
        (
            "Its manager said the charity's new drop-in centre in Leeds would open in the spring.",
            [("team_launch", "new drop-in centre in Leeds would open", "future")],
        ),
        (
            "The council agreed to buy new CCTV cameras for the high street, which are due to go live in May.",
            [("operation", "which are due to go live", "future")],
        ),
        (
            'A "safe zone" run by volunteers will open on the high street on Friday nights.',
            [("operation", 'safe zone" run by volunteers will open', "future")],
        ),
    ],
    ids=[
        "a report expected in the autumn is planned, its time the date's own",
        "a review the council said it will carry out is its statement",
        "a mobile police station that will visit a street is planned police work",
        "a new drop-in centre that would open is a planned launch",
        "cameras due to go live are planned work",
        "a safe zone in quote marks that will open is planned work",
    ],
)
def test_plans_with_their_time_told_are_read(text, expected):
    paragraph = split_paragraphs(text)[0]
    found = [(m.type, m.text, m.mood) for m in detect_mentions(paragraph)]
    assert [f for f in found if f[0] == expected[0][0]] == expected


def test_a_report_expected_in_the_autumn_is_dated_to_the_coming_autumn():
    text = """Car park review in Ilford

The cabinet asked officers to look at lighting in the car park, with a report expected in the autumn."""
    events = [e for e in dated_events(text, "2024-03-20") if e.type == "announcement"]
    assert [(e.date.earliest, e.date.latest, e.planned) for e in events] == [
        (date(2024, 9, 1), date(2024, 11, 30), True)
    ]
