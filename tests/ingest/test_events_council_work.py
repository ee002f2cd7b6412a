"""Whose work an event is, on whole invented articles through the real gazetteer: litter, waste and
noise are the council's, a joint day of action's seizures are everyone's, a licence revoked on a
review the police asked for is the council's decision, "the fire service" is the area's, and a unit's patch or a drug
line's market is no event's place."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

WIGAN = """Wigan Council's enforcement officers, working with Greater Manchester Police, targeted hotspots in Leigh and Hindley between Monday, May 8 and Friday, May 12.

Two vans were seized on Monday, May 15, after officers stopped them on Bolton Road and found they were carrying commercial waste without a licence.

Three men were arrested on Tuesday, May 16, after officers found cannabis in a car in Leigh."""

BARNET = """The crackdown began with a day of action on Saturday 3 June, when council officers and police from the Burnt Oak Safer Neighbourhoods Team stopped vans in Edgware Road to check waste carrier licences.

Four vans were seized on the day."""

CARDIFF = """Cardiff Council's licensing sub-committee revoked the licence of a Caroline Street takeaway on Thursday, March 9, following an application from South Wales Police.

In 2021 the council revoked the licence of another Caroline Street venue following a review requested by police."""

BRADFORD = """Officers from West Yorkshire Police raided homes in Manningham on Tuesday, April 4, as part of a crackdown on lines supplying crack cocaine from Bradford to towns in North Yorkshire.

A similar operation in June last year closed a line run from Holme Wood which supplied users in Harrogate."""

ISLINGTON = """Officers from the Central North BCU, which covers Islington and Camden, raided three flats in Holloway on Wednesday, May 10.

The Met's Central North command, which covers Islington and Camden, was formed in 2018 when the two boroughs' police were merged."""

SHEFFIELD = """Sheffield City Council will hold a meeting with residents, police and the fire service in Darnall on Monday, November 13, after fireworks were thrown at crews."""

BRIGHTON = """Brighton and Hove City Council will hold a meeting with residents, police and the fire service in Whitehawk on Monday, November 13."""

STOKE = """A PACT meeting for the Hanley area will be held online on Tuesday, March 12."""

EUSTON = """British Transport Police arrested four people at Euston station in Camden on Tuesday, May 6.

Two of them were charged and appeared at Highbury Corner Magistrates' Court on Wednesday, May 7.

A third man will appear at Thames Magistrates' Court on Friday, May 9."""

CARDIFF_WIDE = """South Wales Police arrested six people in Ely on Saturday, November 4.

Extra officers were deployed across the capital for the force's bonfire season operation."""

LONDON_WIDE = """Officers arrested six people in Peckham on Saturday, November 4.

Extra officers were deployed across the capital for the Met's bonfire season operation."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,day,key,expected",
    [
        (WIGAN, "2023-05-17", (2, "enforcement"), (["Wigan Council"], ["Wigan"])),
        (
            WIGAN,
            "2023-05-17",
            (3, "enforcement"),
            (["Greater Manchester Police"], ["Wigan"]),
        ),
        (
            BARNET,
            "2023-06-05",
            (2, "enforcement"),
            (["Barnet Council", "Metropolitan Police Service"], ["Barnet"]),
        ),
        (
            CARDIFF,
            "2023-03-10",
            (2, "enforcement"),
            (["Cardiff Council"], ["Cardiff"]),
        ),
        (
            BRADFORD,
            "2023-04-05",
            (1, "enforcement"),
            (["West Yorkshire Police"], ["Bradford"]),
        ),
        (
            ISLINGTON,
            "2023-05-11",
            (1, "enforcement"),
            (["Metropolitan Police Service"], ["Islington"]),
        ),
        (
            ISLINGTON,
            "2023-05-11",
            (2, "team_launch"),
            (["Metropolitan Police Service"], ["Islington", "Camden"]),
        ),
        (
            SHEFFIELD,
            "2023-11-08",
            (1, "meeting"),
            (
                [
                    "Sheffield City Council",
                    "South Yorkshire Fire and Rescue",
                    "South Yorkshire Police",
                ],
                ["Sheffield"],
            ),
        ),
        (
            BRIGHTON,
            "2023-11-08",
            (1, "meeting"),
            # Sussex's area holds two fire services: Brighton and Hove's is East Sussex's (fire_areas.toml)
            (
                ["Brighton and Hove City Council", "East Sussex Fire and Rescue Service", "Sussex Police"],
                ["Brighton and Hove"],
            ),
        ),
        (STOKE, "2024-03-05", (1, "meeting"), (["Staffordshire Police"], ["Stoke-on-Trent"])),
        (
            EUSTON,
            "2025-05-08",
            (2, "enforcement"),
            (["British Transport Police"], ["Islington"]),
        ),
        (EUSTON, "2025-05-08", (3, "enforcement"), ([], ["Tower Hamlets"])),
        (
            CARDIFF_WIDE,
            "2023-11-06",
            (2, "team_launch"),
            (["South Wales Police"], ["Cardiff"]),
        ),
        (
            LONDON_WIDE,
            "2023-11-06",
            (2, "team_launch"),
            (["Metropolitan Police Service"], []),
        ),
    ],
    ids=[
        "vans seized for carrying commercial waste are the council's seizure",
        "arrests for cannabis are the force's, even in a council story",
        "vans seized on a joint day of action are the council's and the police's",
        "a licence revoked on a review the police requested is the council's decision",
        "the towns a drug line supplies are not where the raids were",
        "a unit's patch is not where its raid was",
        "a unit's patch is where the unit was formed",
        "the fire service is the one of the force's area",
        "the fire service of a force area with two is the district's",
        "a PACT meeting is the police's",
        "a charge and an appearance: the police's, where the court sits",
        "an appearance at a court named for no place: where the court sits",
        "across the capital in a Cardiff story is Cardiff",
        "across the capital in a London story is no borough",
    ],
)
def test_whose_work_and_where(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key] == expected
