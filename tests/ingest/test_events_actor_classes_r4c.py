"""Who acts and where, on whole invented articles through the real gazetteer: a photo credit does
not make its force the story's, a crackdown "across" a command unit spans its boroughs, a unit's
patch does not place a team launched in one town, a local branch of Street Pastors is named with
its town, an order made "under" an Act is no change in the law, and officers a council pays for are
its own new team.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

CREDIT = """Officers checking bags at Euston station (Image: British Transport Police)

Fifteen people were arrested during a crackdown on pickpocketing around Euston and Camden Town on Friday, May 10.

Officers from British Transport Police and the Metropolitan Police worked together at Euston and Mornington Crescent stations.

A dispersal order was authorised for Camden Town between 6pm on Friday and 2am on Saturday."""

ACROSS = """Car crime in Harrow fell by a tenth last year, new figures show.

Operation Nightjar, a crackdown on car thieves launched across the North West BCU in May, has led to 30 arrests."""

PATCH = """Knife crime in Harrow fell last year.

Supt Jane Moss, who leads the North West BCU covering Barnet, Brent and Harrow, said a town centre team launched in Harrow town centre in January had made the difference."""

UNDER_ACT = """Police have authorised a dispersal order covering Hove seafront this weekend.

The order, made under section 35 of the Anti-social Behaviour, Crime and Policing Act 2014, will be in force from 4pm on Friday, June 7."""

FUNDED = """Barnsley town centre is to get more council enforcement officers.

Barnsley Council's cabinet agreed on Tuesday, June 4, to pay for six extra council enforcement officers, who will start in the autumn."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # the force in a photo credit does not lead the story: bare "officers" stay the Met
        (CREDIT, "2024-05-13", (4, "order"), ["Metropolitan Police Service"]),
        # officers a council pays for are the council's new team, not the force's
        (FUNDED, "2024-06-06", (2, "team_launch"), ["Barnsley Council"]),
    ],
)
def test_the_body_that_acts_is_read_from_the_act_not_from_a_credit_or_a_purse(
    gaz, text, day, key, expected
):
    assert actors(gaz, text, day)[key][0] == expected


@pytest.mark.parametrize(
    ("text", "day", "key", "expected"),
    [
        # a crackdown launched across a command unit happens in each of its boroughs
        (ACROSS, "2024-06-10", (2, "operation"), ["Barnet", "Brent", "Harrow"]),
        # the unit's patch does not place a team launched in one town centre
        (PATCH, "2024-06-10", (2, "team_launch"), ["Harrow"]),
        # a dispersal order made under an Act is the town's order, not a national law
        (UNDER_ACT, "2024-06-05", (2, "order"), ["Brighton and Hove"]),
    ],
)
def test_where_an_act_happens_follows_the_units_and_powers_it_names(
    gaz, text, day, key, expected
):
    assert sorted(actors(gaz, text, day)[key][1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exeter Street Pastors will be out in the city centre.", ["Exeter Street Pastors"]),
        ("Volunteers from Moss Side Neighbourhood Watch joined the walk.", ["Moss Side Neighbourhood Watch"]),
        ("Street Pastors will be out on Saturday night.", ["Street Pastors"]),
        ("The haven is run with the support of the NHS.", ["NHS"]),
    ],
)
def test_a_local_branch_is_named_with_its_town_and_the_nhs_as_it_is_called(gaz, text, expected):
    assert [m.ref.name for m in gaz.find_agencies(text)] == expected


PASTORS = """Cardiff's Christmas drink-driving campaign began on Friday, December 1.

The force is also working with Cardiff Street Pastors over the festive period, with a safe space on St Mary Street open on Friday and Saturday nights."""


def test_a_branch_named_with_its_town_works_beside_the_force(gaz):
    assert actors(gaz, PASTORS, "2023-12-04")[(2, "operation")][0] == [
        "Cardiff Street Pastors",
        "South Wales Police",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue said to be in a town is there, whatever other borough shares its name
        ("Residents met at St Mark's Church in Dalston on Tuesday.", {"St Mark's Church": "Hackney", "Dalston": "Hackney"}),
        # "in Hornsey Road" is a street, not the town of Hornsey
        ("A surgery will be held at the Cat and Mouse Library in Hornsey Road.", {"Hornsey Road": "Islington"}),
    ],
)
def test_a_venue_is_placed_in_the_town_the_sentence_puts_it_in(gaz, text, expected):
    found = {p.name: p.borough for p in gaz.find_places(text) if p.name in expected}
    assert found == expected


KINGSTON_ROAD = """Residents in Ilford have complained about kerb-crawling for years.

At a ward panel meeting on Tuesday, March 5, residents of Kingston Road in Ilford said the problem had moved."""

KINGSTON_ROAD_BARE = """Residents in Ilford have complained about kerb-crawling for years.

At a ward panel meeting on Tuesday, March 5, residents of Kingston Road said the problem had moved."""


@pytest.mark.parametrize("text", [KINGSTON_ROAD, KINGSTON_ROAD_BARE])
def test_a_street_the_gazetteer_lists_in_the_story_borough_is_read_there(gaz, text):
    assert actors(gaz, text, "2024-03-08")[(2, "meeting")][1] == ["Redbridge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a residents' association written in lower case after its place and ward
        ("The Hulme ward residents' association has asked for a meeting.", ["Hulme ward Residents' Association"]),
        ("The Pemberton tenants association met on Monday.", ["Pemberton Tenants' Association"]),
        # a body said to be a BID or a charity in apposition
        ("Staff from Derby Cathedral Quarter Traders, the city centre business improvement district, joined them.",
         ["Derby Cathedral Quarter Traders"]),
        ("Workers from Safe Harbour, the Hull charity which supports women, went out with officers.",
         ["Safe Harbour", "Humberside Police"]),
        # a person described by their work is no body
        ("Sarah Jones, a charity worker, said the scheme helped.", []),
    ],
)
def test_bodies_named_in_lower_case_or_in_apposition_are_found(gaz, text, expected):
    from app.ingest.gazetteer.mentions import AreaContext

    context = AreaContext(force=gaz.agency("Humberside Police"))
    names = [m.ref.name for m in gaz.find_agencies(text, context) if m.how != "context" or m.ref.kind == "police"]
    assert names == expected


CALLED = """More than 100 people packed into a church hall in Hulme on Monday night to tell police they no longer feel safe.

Residents described drug dealing in broad daylight near the community centre.

Officers said 12 people had been arrested since January.

The public meeting at St Mary's Hall was called by the Hulme Residents' Association after a series of burglaries."""


def test_who_called_a_meeting_told_paragraphs_later_holds_it(gaz):
    agencies = actors(gaz, CALLED, "2024-03-06")[(1, "meeting")][0]  # the gazetteer drops the apostrophe
    assert "Hulme Residents' Association" in agencies
