"""Whole articles written for these tests (London and elsewhere): the area, then each paragraph's actors."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer

MET = "Metropolitan Police Service"

HACKNEY = """A dispersal order has been put in place around Ridley Road Market after a spate of stabbings in Dalston.

The 48-hour order, authorised by Supt Gary Taylor of the Met's Central East Command Unit, gives officers the power to move on groups.

Hackney Council's cabinet member for community safety, Cllr Susan Fajana-Thomas, said the council supported the move.

Officers from the Dalston Safer Neighbourhoods Team and the Territorial Support Group patrolled Kingsland High Street on Saturday night.

Anyone with information should call police on 101 or Crimestoppers anonymously."""

LEEDS = """The future of the managed approach to street sex work in Holbeck is to be reviewed by Leeds City Council and West Yorkshire Police.

Chief Superintendent Damien Miller, district commander for Leeds, said officers had seen an increase in complaints.

Basis Yorkshire, a charity which supports sex workers, said the zone made women safer.

Residents in Beeston and Hunslet have also complained about kerb crawlers to the neighbourhood policing team."""

SOUTHEND = """Police have launched a crackdown on anti-social behaviour in Southend town centre after complaints from traders.

Essex Police's Southend Community Policing Team will carry out high-visibility patrols along Marine Parade.

Southend Council leader Ian Gilbert said: "We are working closely with our partners at Essex Police."

A public space protection order covering Westcliff and Leigh-on-Sea was extended by the council last month."""

ROMFORD = """Havering Council has issued 40 fixed penalty notices to people drinking in Romford Market as part of a week of action.

The council's enforcement officers worked alongside British Transport Police at Romford station.

Ch Insp Stuart Bell, of the East Area Basic Command Unit, said the operation had been a success.

Two men from Harold Hill were arrested for possession of cannabis."""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def label(ref) -> str:
    return f"{ref.name} [{ref.unit}]" if ref.unit else ref.name


@pytest.mark.parametrize(
    "text,area,expected",
    [
        (
            HACKNEY,
            ("Hackney", MET, "Hackney Council"),
            [
                ([], [("Ridley Road Market", "Hackney"), ("Dalston", "Hackney")], []),
                (
                    [MET, f"{MET} [Central East Basic Command Unit]", MET],
                    [],
                    [("Gary Taylor", "Supt", "Met's Central East Command Unit")],
                ),
                (
                    ["Hackney Council", "Hackney Council"],
                    [("Hackney", "Hackney")],
                    [
                        (
                            "Susan Fajana-Thomas",
                            "Cllr",
                            "Hackney Council's cabinet member for community safety",
                        )
                    ],
                ),
                (
                    # "Officers from the Dalston SNT": the officers are the team's, not a third mention
                    [
                        f"{MET} [Dalston Safer Neighbourhoods Team]",
                        f"{MET} [Territorial Support Group]",
                    ],
                    [("Dalston", "Hackney"), ("Kingsland High Street", "Hackney")],
                    [],
                ),
                ([MET, "Crimestoppers"], [], []),
            ],
        ),
        (
            LEEDS,
            ("Leeds", "West Yorkshire Police", "Leeds City Council"),
            [
                (
                    ["Leeds City Council", "West Yorkshire Police"],
                    [("Holbeck", "Leeds"), ("Leeds", "Leeds")],
                    [],
                ),
                (
                    ["West Yorkshire Police"],
                    [("Leeds", "Leeds")],
                    [("Damien Miller", "Ch Supt", "Leeds")],
                ),
                (["Basis Yorkshire"], [], []),
                (
                    ["West Yorkshire Police [Neighbourhood Policing Team]"],
                    [("Beeston", "Leeds"), ("Hunslet", "Leeds")],
                    [],
                ),
            ],
        ),
        (
            SOUTHEND,
            ("Southend-on-Sea", "Essex Police", "Southend-on-Sea City Council"),
            [
                (["Essex Police"], [("Southend", "Southend-on-Sea")], []),
                (
                    ["Essex Police", "Essex Police [Southend Community Policing Team]"],
                    [
                        ("Southend", "Southend-on-Sea"),
                        ("Marine Parade", "Southend-on-Sea"),
                    ],
                    [],
                ),
                (
                    ["Southend-on-Sea City Council", "Essex Police"],
                    [("Southend", "Southend-on-Sea")],
                    [("Ian Gilbert", None, "Southend Council leader")],
                ),
                (
                    ["Southend-on-Sea City Council"],
                    [
                        ("Westcliff", "Southend-on-Sea"),
                        ("Leigh-on-Sea", "Southend-on-Sea"),
                    ],
                    [],
                ),
            ],
        ),
        (
            ROMFORD,
            ("Havering", MET, "Havering Council"),
            [
                (
                    ["Havering Council"],
                    [("Havering", "Havering"), ("Romford Market", "Havering")],
                    [],
                ),
                (
                    ["Havering Council", "British Transport Police"],
                    [("Romford station", "Havering")],
                    [],
                ),
                (
                    [f"{MET} [East Area Basic Command Unit]"],
                    [],
                    [("Stuart Bell", "Ch Insp", "East Area Basic Command Unit")],
                ),
                ([], [("Harold Hill", "Havering")], []),
            ],
        ),
    ],
)
def test_articles_resolve_their_actors_in_the_article_area(gaz, text, area, expected):
    context = gaz.infer_context(text)
    assert (context.borough, context.force.name, context.council.name) == area
    got = []
    for paragraph in text.split("\n\n"):
        got.append(
            (
                [label(a.ref) for a in gaz.find_agencies(paragraph, context)],
                [(p.name, p.borough) for p in gaz.find_places(paragraph, context)],
                [
                    (p.ref.name, p.ref.title, p.ref.affiliation)
                    for p in gaz.find_people(paragraph)
                ],
            )
        )
    assert got == expected
