"""Acts told beside another act of the same paragraph or sentence that are occurrences of their own
(session 5), on invented articles dated by the real temporal engine.

A rule's history told in one sentence ("first made in 2017 and renewed in 2020") is one order
event a step; a policy launched in a given year is an order; a charge and the first court
appearance on another day are two acts; warrants at addresses are apart from the week's arrests
unless the lead told the arrests as the raids'; a past round of a named campaign with its own date
is an operation beside the arrests it tells; the sitting that renewed an order is a meeting; one
person's case is not the lead's tally of many.
"""

from __future__ import annotations

import pytest

from tests.ingest.event_fakes import summary


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the first making and the renewal, each with its own time
        (
            "The current order, which bans drinking in the street across the town centre, was first "
            "made in March 2017 and renewed in 2020.",
            "2023-02-14",
            [
                ("order", "2017-03-01", "2017-03-31", False, [1]),
                ("order", "2020-01-01", "2020-12-31", False, [1]),
            ],
        ),
        # a policy with no order noun: its introduction and the day it was made permanent
        (
            "The tolerance zone was introduced by the city council and the police in June 2012, and "
            "was made permanent in 2015.",
            "2021-09-01",
            [
                ("order", "2012-06-01", "2012-06-30", False, [1]),
                ("order", "2015-01-01", "2015-12-31", False, [1]),
            ],
        ),
        # made years ago, lapsing ahead: two occurrences, not one run from 2019 to November
        (
            "The dispersal zone, which covers the seafront and the pier, was made in 2019 and expires in November.",
            "2022-06-10",
            [
                ("order", "2019-01-01", "2019-12-31", False, [1]),
                ("order", "2022-11-01", "2022-11-30", True, [1]),
            ],
        ),
        # a step of the order and an act of another kind: nothing more to part
        (
            "The order was renewed in 2020, and officers made 12 arrests under it in May.",
            "2021-06-10",
            [
                ("order", "2020-01-01", "2020-12-31", False, [1]),
                ("enforcement", "2021-05-01", "2021-05-31", False, [1]),
            ],
        ),
        # a council's strategy put in place in a told year is a policy made
        (
            "Kent County Council launched its knife crime strategy in 2019, which pays for youth "
            "workers in hospital emergency departments.",
            "2021-06-10",
            [("order", "2019-01-01", "2019-12-31", False, [1])],
        ),
    ],
)
def test_each_dated_step_of_a_rule_is_an_order_event(text, published, expected):
    assert summary(text, published) == expected


COURT = """Ryan Price, 27, was arrested on Friday, February 23, after officers found cannabis in his car.

He was charged the next day and first appeared at Hull Magistrates' Court on March 4."""


def test_a_charge_and_a_first_appearance_on_another_day_are_two_acts():
    assert summary(COURT, "2024-03-20") == [
        ("enforcement", "2024-02-23", "2024-02-23", False, [1]),
        ("enforcement", "2024-02-24", "2024-02-24", False, [2]),
        ("enforcement", "2024-03-04", "2024-03-04", False, [2]),
    ]


WEEK = """Fourteen people were arrested during a week of action against county lines drug dealing in Hull.

Humberside Police ran the week of action from Monday, October 7 to Sunday, October 13.

Officers executed warrants at nine addresses in Orchard Park and Bransholme, seizing cocaine, cannabis and two knives."""

RAIDS = """Six people have been arrested after police raided homes in Grimsby.

Officers executed warrants at five addresses in the town on Tuesday, March 5.

Cocaine, cash and a machete were seized."""

TALLY = "Officers carried out 12 warrants, seized £8,000 in cash and recovered two knives during the week."


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the warrants and their finds are apart from the lead's arrests
        (
            WEEK,
            "2024-10-16",
            [
                ("enforcement", "2024-10-16", "2024-10-16", False, [1]),
                ("operation", "2024-10-07", "2024-10-13", False, [2]),
                ("enforcement", "2024-10-07", "2024-10-13", False, [3]),
            ],
        ),
        # the lead told the arrests as the raids': the warrants and what they found are its story
        (
            RAIDS,
            "2024-03-08",
            [("enforcement", "2024-03-05", "2024-03-05", False, [1, 2, 3])],
        ),
        # warrants among two more acts: one tally of the week's work
        (
            TALLY,
            "2024-10-16",
            [("enforcement", "2024-10-16", "2024-10-16", False, [1])],
        ),
    ],
)
def test_warrants_are_an_act_of_their_own_unless_the_story_tallies_them(
    text, published, expected
):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a past round of a named campaign with its own month, and the arrests told in it
        (
            "During the last Sceptre week in November, 80 knives were handed in and officers arrested "
            "12 people for carrying weapons.",
            "2023-05-15",
            [
                ("operation", "2022-11-01", "2022-11-30", False, [1]),
                ("enforcement", "2022-11-01", "2022-11-30", False, [1]),
            ],
        ),
        # the cabinet renewed the order at a sitting: the order and the meeting
        (
            "The council's cabinet approved the renewal of the public spaces protection order at a "
            "meeting on Monday (October 9).",
            "2023-10-12",
            [
                ("order", "2023-10-09", "2023-10-09", False, [1]),
                ("meeting", "2023-10-09", "2023-10-09", False, [1]),
            ],
        ),
    ],
)
def test_an_operation_or_a_sitting_told_with_another_act_is_an_event_too(
    text, published, expected
):
    assert summary(text, published) == expected


INDIVIDUAL = """Essex Police arrested 23 people on suspicion of drink-driving in the first two weeks of its summer campaign, including six in Southend.

The campaign began on Monday, June 3 and runs until Sunday, June 30.

A 41-year-old woman was stopped in Southend High Street in the early hours of Saturday after she was found to be almost three times the legal limit."""

PERSONS = """Two people were arrested at the station on Thursday.

Officers screened more than 2,000 passengers with a knife arch on Thursday, June 30.

A 19-year-old man was arrested for carrying a knife, and a 32-year-old woman was arrested for a drugs offence."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # one woman's case is not the lead's 23 arrests told in full
        (
            INDIVIDUAL,
            "2024-06-19",
            [
                ("enforcement", "2024-06-19", "2024-06-19", False, [1]),
                ("operation", "2024-06-03", "2024-06-30", False, [2]),
                ("enforcement", "2024-06-15", "2024-06-15", False, [3]),
            ],
        ),
        # the lead's two arrests told person by person stay one event
        (
            PERSONS,
            "2022-07-02",
            [
                ("operation", "2022-06-30", "2022-06-30", False, [2]),
                ("enforcement", "2022-06-30", "2022-06-30", False, [1, 3]),
            ],
        ),
    ],
)
def test_one_persons_case_is_apart_from_a_tally_of_many(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the cabinet's sitting is a meeting beside the consultation it agreed to open
        (
            "The council's cabinet agreed last Wednesday to open a public consultation on renewing the "
            "alcohol ban, which is due to expire in November.",
            "2023-10-04",
            [
                ("meeting", "2023-09-27", "2023-09-27", False, [1]),
                ("consultation", "2023-09-27", "2023-09-27", False, [1]),
                ("order", "2023-11-01", "2023-11-30", True, [1]),
            ],
        ),
        # a decision to extend an order is told as the order alone
        (
            "The council's cabinet agreed on Tuesday (July 13) to extend the public spaces protection order.",
            "2021-07-16",
            [("order", "2021-07-13", "2021-07-13", False, [1])],
        ),
        # "..., which bans drinking, when it expires in October": the lapse is a clause of its own,
        # not what is consulted on
        (
            "The council is now consulting on extending its town centre order, which bans drinking in "
            "the street, when it expires in October.",
            "2024-01-19",
            [
                ("consultation", "2024-01-19", "2024-01-19", False, [1]),
                ("order", "2024-10-01", "2024-10-31", True, [1]),
            ],
        ),
    ],
)
def test_a_sitting_and_an_orders_lapse_told_with_a_consultation_are_events(
    text, published, expected
):
    assert summary(text, published) == expected


PART = """More than 200 drivers were arrested across Essex during the force's month-long Christmas drink-drive campaign.

The campaign ran from Saturday, December 1 to New Year's Day.

In Chelmsford, officers stopped 14 drivers in one night on Friday, December 21."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a trial run of the operation is a run of its own beside the arrests made in it
        (
            "Last weekend officers made 11 arrests in the town centre during a pilot of the operation in Union Street.",
            "2023-12-14",
            [
                ("enforcement", "2023-12-09", "2023-12-10", False, [1]),
                ("operation", "2023-12-09", "2023-12-10", False, [1]),
            ],
        ),
        # a dated earlier round opening the sentence is an event, and its arrests one apart from it
        # (session 9: most gold sets list both)
        (
            "In the previous week of action, in November last year, officers in Swindon made 31 arrests.",
            "2020-10-15",
            [
                ("operation", "2019-11-01", "2019-11-30", False, [1]),
                ("enforcement", "2019-11-01", "2019-11-30", False, [1]),
            ],
        ),
        # one night's smaller count is a part of the month's tally, an occurrence of its own
        (
            PART,
            "2019-01-10",
            [
                ("enforcement", "2019-01-10", "2019-01-10", False, [1]),
                ("operation", "2018-12-01", "2019-01-01", False, [2]),
                ("enforcement", "2018-12-21", "2018-12-21", False, [3]),
            ],
        ),
    ],
)
def test_a_run_or_a_day_told_inside_a_larger_one_stands_as_told(
    text, published, expected
):
    assert summary(text, published) == expected


NOTICE = """Police have obtained a closure order for a flat in Ilford Lane at Barkingside Magistrates' Court.

The flat had been the subject of complaints for months.

Officers had served a closure notice on the flat while the order was sought."""

COUNTED = """Police obtained a closure order for the flat in Ilford Lane at Barkingside Magistrates' Court on Monday, January 13.

It is the fourth closure order obtained in Ilford in the past 12 months."""


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # "... and again last October": the renewal once more, with its own time
        (
            "The order was renewed in October 2020, during the second lockdown, and again last October for 12 months.",
            "2024-02-01",
            [
                ("order", "2020-10-01", "2020-10-31", False, [1]),
                ("order", "2023-10-01", "2023-10-31", False, [1]),
            ],
        ),
        # the police's closure notice is a step apart from the court's closure order, dated or not
        (
            NOTICE,
            "2020-01-15",
            [
                ("order", "2020-01-15", "2020-01-15", False, [1]),
                ("order", "2020-01-15", "2020-01-15", False, [3]),
            ],
        ),
        # "It is the fourth closure order obtained ...": a count of orders over a year, not the
        # story's order told again
        (
            COUNTED,
            "2020-01-15",
            [
                ("order", "2020-01-13", "2020-01-13", False, [1]),
                ("order", "2019-01-15", "2020-01-15", False, [2]),
            ],
        ),
    ],
)
def test_a_renewal_again_a_closure_notice_and_a_count_of_orders_are_orders_apart(
    text, published, expected
):
    assert summary(text, published) == expected
