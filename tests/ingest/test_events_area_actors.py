"""Who acts and where, read in the article's area, on whole invented articles through the real
gazetteer: bare "police" is the article's force, a partner force in the same sentence is added,
a suspect's home town and a force-wide figure give no borough, a trial is where its court sits.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors

NORWICH = """Officers from Norfolk Constabulary raided four homes in Mile Cross and Heartsease on Tuesday, October 5, while the Metropolitan Police searched a linked flat in Tottenham.

Police said the raids followed months of complaints about drug dealing.

Two men, aged 20 and 24, from Enfield, were charged with supplying heroin on Wednesday, October 6.

They are due to appear at Norwich Crown Court on Friday, November 5."""

LIVERPOOL = """Police closed a flat in Westminster Road, Kirkdale, on Thursday, March 3, after complaints from neighbours.

Officers said the flat had been used to sell drugs since the summer."""

MET_WIDE = """Officers seized 40 e-scooters in Bexleyheath on Saturday, June 3, during a week of action.

The Met seized more than 3,000 e-scooters across London in 2022."""

STATION = """British Transport Police officers set up a knife arch at Wimbledon station on Monday, July 3.

Officers from the Metropolitan Police were also on hand.

Three people were arrested on Monday, July 3."""


OXFORD = """A shop in Headington was caught selling alcohol to a 15-year-old during a test purchase operation on Saturday, May 6, carried out with Oxfordshire County Council trading standards officers.

Thames Valley Police has asked Oxford City Council to review the shop's licence."""

PANEL = """The West Yorkshire police and crime panel approved a rise in the policing precept on Friday, February 2.

Her consultation on the precept ran from December 1 to January 12, the commissioner said.

The panel will meet again on Friday, March 8."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,day,key,expected",
    [
        (
            NORWICH,
            "2021-10-07",
            (1, "enforcement"),
            (
                ["Metropolitan Police Service", "Norfolk Constabulary"],
                ["Norwich", "Haringey"],
            ),
        ),
        (
            NORWICH,
            "2021-10-07",
            (3, "enforcement"),
            (["Norfolk Constabulary"], ["Norwich"]),
        ),
        (NORWICH, "2021-10-07", (4, "enforcement"), ([], ["Norwich"])),
        (
            LIVERPOOL,
            "2022-03-04",
            (1, "enforcement"),
            (["Merseyside Police"], ["Liverpool"]),
        ),
        (
            MET_WIDE,
            "2023-06-05",
            (2, "enforcement"),
            (["Metropolitan Police Service"], []),
        ),
        (
            STATION,
            "2023-07-04",
            (3, "enforcement"),
            (["British Transport Police"], ["Merton"]),
        ),
        (
            OXFORD,
            "2023-05-10",
            (1, "operation"),
            (["Oxfordshire County Council", "Thames Valley Police"], ["Oxford"]),
        ),
        (PANEL, "2024-02-05", (2, "consultation"), ([], [])),
        (
            PANEL,
            "2024-02-05",
            (3, "meeting"),
            (["West Yorkshire Police and Crime Panel"], []),
        ),
    ],
    ids=[
        "a partner force searching Tottenham in the same sentence is added, with its borough",
        "suspects from Enfield do not put the charge in Enfield",
        "a court appearance is the court's, where the court sits",
        "bare police in Liverpool are Merseyside's, and a street named for a borough stays in Liverpool",
        "a figure across London is the Met's and no borough's",
        "arrests in a railway police story are the railway police's",
        "an operation carried out with council partners is the force's too",
        "a commissioner's own consultation is no council's",
        "the panel named before is the one that meets again",
    ],
)
def test_actors_are_read_in_the_article_area(gaz, text, day, key, expected):
    assert actors(gaz, text, day)[key] == expected
