"""Round-2 actor rules on whole invented articles through the real gazetteer: a body named as
prosecutor acts in its court case; partners, publishers and meeting bodies act;
force-wide offices take no district; councils outside London keep the name the article prints.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

STATS = """Data published by the Office for National Statistics on Thursday, July 20, shows violent crime rose by 8 per cent in Wakefield.

The figures cover the year to March."""

WEEK = """Officers carried out a week of action against drug dealing in Reading town centre from Monday, October 9 to Sunday, October 15, coordinated by the National County Lines Coordination Centre.

Officers visited 40 addresses."""

HUB = """Police will patrol Leeds city centre every Friday night from December 1, with a welfare hub staffed by St John Ambulance volunteers.

The hub will open at 9pm."""

COMMITTEE = """Shoplifting in the town centre was discussed at a meeting of Wigan Council's scrutiny committee on Tuesday, February 6, where Insp Dan Hughes answered questions.

Councillors asked for more patrols."""

SUBCOMMITTEE = """Bolton Council has received complaints about a shop in Deane Road.

The shop's licence will be reviewed at a licensing sub-committee meeting on Thursday, March 14."""

PCC = """Merseyside's police and crime commissioner announced a £2m fund for youth projects on Monday, April 3.

Officers in Bootle have made 20 arrests this month."""

WRITTEN = """Doncaster Council launched a public consultation on Monday, May 8 on a new order banning street drinking in the town centre.

The council said the order would be in force by the summer."""

COMMISSIONER = """Sheffield's neighbourhood teams will get 30 extra officers, South Yorkshire's police and crime commissioner, Joanna Reid, said on Tuesday, May 9.

"This is good news for residents," she said.

In June she announced that the city centre would receive a further 12 officers."""

LICENCE = """Officers were called to the Red Lion in Hull city centre after a fight on Saturday, July 1.

At a hearing on Monday, July 10, the licensing sub-committee suspended the licence with immediate effect.

Police arrested two men at the pub on Friday, July 7."""

FINES = """Rochdale Council's order banning street drinking came into force in April 2021.

The council says its officers have issued 95 fixed penalty notices under it since Monday, May 1."""

NORTHAMPTON = """Police arrested three men in Northampton town centre on Saturday, March 4, during a crackdown on drug dealing."""


COUNTY = """Officers arrested 64 drivers in Kent during a Christmas drink-drive campaign that ended on Sunday, January 1.

In Maidstone, officers stopped 20 drivers on Friday, December 23."""

METROPOLITAN = """Greater Manchester Police arrested 64 drivers across the county during a campaign that ended on Sunday, January 1."""


PROSECUTED = """A shopkeeper in Southall was fined £660 at Uxbridge Magistrates' Court on Tuesday, May 2, after being prosecuted by Ealing Council for selling knives to children."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,day,key,expected",
    [
        (
            STATS,
            "2023-07-21",
            (1, "announcement"),
            (["Office for National Statistics"], ["Wakefield"]),
        ),
        (
            WEEK,
            "2023-10-17",
            (1, "operation"),
            (
                ["National County Lines Coordination Centre", "Thames Valley Police"],
                ["Reading"],
            ),
        ),
        (
            HUB,
            "2023-11-28",
            (1, "operation"),
            (["St John Ambulance", "West Yorkshire Police"], ["Leeds"]),
        ),
        (
            COMMITTEE,
            "2024-02-08",
            (1, "meeting"),
            (["Greater Manchester Police", "Wigan Council"], ["Wigan"]),
        ),
        (
            SUBCOMMITTEE,
            "2024-03-01",
            (2, "meeting"),
            (["Bolton Council"], ["Bolton"]),
        ),
        (PCC, "2023-04-04", (1, "announcement"), ([], [])),
        (PCC, "2023-04-04", (2, "enforcement"), (["Merseyside Police"], ["Sefton"])),
        (
            WRITTEN,
            "2023-05-09",
            (1, "consultation"),
            (["Doncaster Council"], ["Doncaster"]),
        ),
        (COMMISSIONER, "2023-06-20", (3, "announcement"), ([], ["Sheffield"])),
        (
            LICENCE,
            "2023-07-12",
            (2, "enforcement"),
            (["Hull City Council"], ["Kingston upon Hull"]),
        ),
        (
            LICENCE,
            "2023-07-12",
            (3, "enforcement"),
            (["Humberside Police"], ["Kingston upon Hull"]),
        ),
        (
            FINES,
            "2023-06-20",
            (2, "enforcement"),
            (["Rochdale Council"], ["Rochdale"]),
        ),
        (
            NORTHAMPTON,
            "2017-03-06",
            (1, "enforcement"),
            (["Northamptonshire Police"], ["Northampton"]),
        ),
        (
            NORTHAMPTON,
            "2022-03-07",
            (1, "enforcement"),
            (["Northamptonshire Police"], ["West Northamptonshire"]),
        ),
        (COUNTY, "2023-01-04", (1, "enforcement"), (["Kent Police"], ["Kent"])),
        (COUNTY, "2023-01-04", (2, "enforcement"), (["Kent Police"], ["Maidstone"])),
        (
            METROPOLITAN,
            "2023-01-04",
            (1, "enforcement"),
            (["Greater Manchester Police"], []),
        ),
        (
            PROSECUTED,
            "2023-05-04",
            (1, "enforcement"),
            (["Ealing Council"], ["Ealing"]),
        ),
    ],
    ids=[
        "the publisher of figures acts in the announcement",
        "the body that coordinated a week of action acts in it beside the force",
        "volunteers staffing a welfare hub act in the patrols beside the force",
        "the body whose committee meets and the speaking officer's force act at it",
        "a bare licensing sub-committee is the article's council's",
        "a commissioner's own announcement takes no district",
        "officers' arrests in a town of the area keep its district",
        "a council outside London keeps the name the article prints",
        "officers a commissioner announces, told as she, are no force's act",
        "a licensing sub-committee's suspension is the council's, not the police's",
        "arrests at the same pub stay the police's",
        "fines council officers issue under the council's order are the council's",
        "a town before its unitary authority existed is in its old district",
        "the same town after the unitary authority began is in the new one",
        "arrests told in a two-tier county are the county's",
        "arrests in one of its towns stay the town's",
        "a county with no county council gives no borough",
        "a fine in a council prosecution is the council's, in the shop's borough",
    ],
)
def test_round_two_actor_rules(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key] == expected
