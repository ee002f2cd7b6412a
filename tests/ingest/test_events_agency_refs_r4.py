"""Who acts, on whole invented articles through the real gazetteer: "the BID" and "the residents'
association" stand for the body the article named, a scheme's name is no actor, officers paid for
are what the money buys, and councillors who are told of an act do not do it.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

ASSOCIATION = """About 80 people attended a meeting at St Mark's Hall, Tonge Moor, on Monday, May 6, organised by Tonge Moor Residents' Association.

The residents' association is also starting a Neighbourhood Watch scheme in June."""

BID = """Halesowen Business Improvement District has paid for two street rangers.

The BID launched a new team of street rangers in the town centre on Monday, March 4."""

BID_MEMBERS = """Street rangers paid for by Halesowen BID began patrols on Monday, March 4.

The plans were agreed at a meeting of BID members on Tuesday, February 6."""

TOLD = """A new team of six officers will patrol Falkirk town centre from next month, councillors have been told.

Falkirk Council's cabinet agreed on Tuesday, March 5, to spend £400,000 to fund the officers."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # "the residents' association" is the one the article named, not the scheme it starts
        (ASSOCIATION, "2024-05-09", (2, "team_launch"), ["Tonge Moor Residents' Association"]),
        # "the BID" is the trader body named before it, not the area's force
        (BID, "2024-03-06", (2, "team_launch"), ["Halesowen Business Improvement District"]),
        # "BID members" meet as the BID
        (BID_MEMBERS, "2024-03-06", (2, "meeting"), ["Halesowen BID"]),
    ],
)
def test_a_body_referred_to_by_its_kind_is_the_one_the_article_named(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # councillors told of the new team are its audience: the force launches it
        (TOLD, "2024-03-07", (1, "team_launch"), ["Police Scotland"]),
        # the officers the cabinet pays for are what the money buys
        (TOLD, "2024-03-07", (2, "order"), ["Falkirk Council"]),
    ],
)
def test_those_told_of_an_act_and_officers_paid_for_do_not_act_in_it(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


CALLED = """More than 90 residents packed into a public meeting at Holy Trinity Church in Walkergate, Newcastle, on Wednesday, February 7, to tell police and councillors about car crime on the estate.

The meeting was called by the Walkergate Residents' Forum after a spate of thefts since Christmas.

The next meeting will be held at the church in April."""

FOLLOW_UP = """About 70 people attended a public meeting at Chapel Allerton Library, Leeds, on Thursday, May 16, organised by Chapel Allerton Residents' Association.

A follow-up meeting with police will be held in the autumn."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the next meeting is the organiser's, not everyone who came to the first
        (CALLED, "2024-02-09", (3, "meeting"), ["Walkergate Residents' Forum"]),
        # a follow-up with police: the police, and the organiser who holds it again
        (FOLLOW_UP, "2024-05-18", (2, "meeting"), ["Chapel Allerton Residents' Association", "West Yorkshire Police"]),
    ],
)
def test_the_next_meeting_is_held_by_whoever_called_the_first(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key][0] == expected


HEARD = """Bolton Council's licensing sub-committee heard on Tuesday (March 5) that door staff had let two banned men back into the Crown bar.

PC Laura Hughes, the force's licensing officer for Bolton, told the hearing there had been nine calls to police about the bar since January."""

CLOSED = """Bolton Council's licensing sub-committee met on Tuesday (March 5) to review the Crown bar's licence.

PC Laura Hughes said on Wednesday that the review had been requested after a stabbing. She told reporters the bar had been warned."""


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # the officer who tells the hearing, in the next paragraph, takes part in it
        (HEARD, (1, "meeting"), ["Bolton Council", "Greater Manchester Police"]),
        # an officer who speaks to reporters afterwards did not address the meeting
        (CLOSED, (1, "meeting"), ["Bolton Council"]),
    ],
)
def test_an_officer_who_addresses_the_meeting_next_brings_the_force_to_it(gaz, text, key, expected):
    assert actors(gaz, text, "2024-03-07")[key][0] == expected


HEARD_THAT = """Chief Superintendent Alan Reid told Dundee City Council's community safety committee on Tuesday (August 23) that a new unit would patrol the city centre.

The committee also heard that the Dundee Licensing Board had agreed in June to review late opening hours for clubs."""

JOINED = """Kent's Police and Crime Commissioner, Ann Barnes, joined officers on a Saturday night patrol in Maidstone last month."""


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the committee that hears of the board's decision is its audience, not its maker
        (HEARD_THAT, "2022-08-26", (2, "meeting"), ["Dundee Licensing Board"]),
        # a commissioner who joins officers on patrol (a visit, so a meeting): the officers' force
        (JOINED, "2015-08-28", (1, "meeting"), ["Kent Police"]),
    ],
)
def test_who_hears_of_an_act_is_no_actor_and_officers_joined_on_patrol_are(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


CABINET = """Barnet Council renewed its public spaces protection order in Burnt Oak on Monday, June 3.

Cabinet will receive a review of how the order is working next summer."""


def test_a_bare_cabinet_is_the_article_council_cabinet(gaz):
    assert actors(gaz, CABINET, "2024-06-05")[(2, "meeting")][0] == ["Barnet Council"]


RUN_BY = """Police will patrol Chelmsford city centre every weekend in the run-up to Christmas.

The national Christmas drink-drive campaign, run by the National Police Chiefs' Council, began on December 1 and runs for the whole month."""


def test_a_campaign_run_by_a_body_is_that_body_work_not_the_local_force(gaz):
    assert actors(gaz, RUN_BY, "2022-12-08")[(2, "operation")][0] == ["National Police Chiefs' Council"]


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # a group introduced by what it campaigns for is named by pattern
        (
            "Human rights group Liberty criticised the order on Monday, saying it criminalised homeless people in Blackpool.",
            "2022-12-08",
            (1, "announcement"),
            ["Liberty"],
        ),
        # wardens a trader body pays for are its own, not the council's nor the force's
        (
            "Two street wardens funded by Halesowen Business Improvement District will begin patrolling the town centre next month.",
            "2024-03-08",
            (1, "team_launch"),
            ["Halesowen Business Improvement District"],
        ),
    ],
)
def test_groups_introduced_by_their_cause_and_wardens_a_body_funds_are_named(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


def test_a_body_the_council_owns_acts_for_itself_when_named(gaz):
    text = "The hearing came a fortnight after the council's Safer Bolton Partnership agreed on Tuesday, August 11, to fund a taxi marshal scheme in Bolton town centre."
    assert actors(gaz, text, "2015-08-28")[(1, "operation")][0] == ["Safer Bolton Partnership"]
