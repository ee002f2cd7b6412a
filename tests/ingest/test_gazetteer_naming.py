"""Agencies named as the article writes them: panels, councils' full styles, possessives, forces'
short forms, and the words around a name that are not part of it (all sentences invented)."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def named(gaz: Gazetteer, text: str, article: str | None = None) -> list[tuple]:
    ctx = gaz.infer_context(article or text)
    return [(a.surface, a.ref.name, a.ref.kind) for a in gaz.find_agencies(text, ctx)]


@pytest.mark.parametrize(
    "text,article,expected",
    [
        (
            "The Devon and Cornwall police and crime panel backed the budget.",
            None,
            [
                (
                    "Devon and Cornwall police and crime panel",
                    "Devon and Cornwall Police and Crime Panel",
                    "government",
                )
            ],
        ),
        (
            "Norfolk's Police and Crime Panel will meet in March.",
            None,
            [
                (
                    "Norfolk's Police and Crime Panel",
                    "Norfolk Police and Crime Panel",
                    "government",
                )
            ],
        ),
        (
            "Members of the police and crime panel questioned the commissioner.",
            "West Yorkshire Police said officers in Leeds would be redeployed.",
            [
                (
                    "the police and crime panel",
                    "West Yorkshire Police and Crime Panel",
                    "government",
                )
            ],
        ),
        (
            "Luton Borough Council opened a consultation on new cameras.",
            None,
            [("Luton Borough Council", "Luton Borough Council", "council")],
        ),
        (
            "Leeds City Council and Luton Council agreed.",
            None,
            [
                ("Leeds City Council", "Leeds City Council", "council"),
                ("Luton Council", "Luton Council", "council"),
            ],
        ),
        (
            "Merton's Community Safety Partnership will review the scheme.",
            None,
            [
                (
                    "Merton's Community Safety Partnership",
                    "Merton Community Safety Partnership",
                    "community",
                )
            ],
        ),
        (
            "In December, Norfolk Constabulary closed 12 county lines.",
            None,
            [("Norfolk Constabulary", "Norfolk Constabulary", "police")],
        ),
        (
            "Yesterday, Sheffield City Council said the order would stay.",
            None,
            [("Sheffield City Council", "Sheffield City Council", "council")],
        ),
        (
            "GMP, PSNI and Police Scotland officers trained with Gwent Police and South Wales Police.",
            None,
            [
                ("GMP", "Greater Manchester Police", "police"),
                ("PSNI", "Police Service of Northern Ireland", "police"),
                ("Police Scotland", "Police Scotland", "police"),
                ("Gwent Police", "Gwent Police", "police"),
                ("South Wales Police", "South Wales Police", "police"),
            ],
        ),
        (
            "Avon and Somerset police and West Yorkshire Police shared intelligence.",
            None,
            [
                (
                    "Avon and Somerset police",
                    "Avon and Somerset Police",
                    "police",
                ),
                ("West Yorkshire Police", "West Yorkshire Police", "police"),
            ],
        ),
        (
            "BTP officers arrested a man, with officers from the Met on hand.",
            "Croydon Council said West Croydon station was busy.",
            [
                ("BTP", "British Transport Police", "police"),
                ("the Met", "Metropolitan Police Service", "police"),
            ],
        ),
        (
            "The meeting was held at the Council House on Friday, and the council tax will rise.",
            "Plymouth City Council said the Hoe would close.",
            [],
        ),
        (
            "Police said the police precept would rise.",
            "Norwich City Council and Norfolk Constabulary said Mile Cross was calmer.",
            [("Police", "Norfolk Constabulary", "police")],
        ),
    ],
    ids=[
        "a force's police and crime panel is the panel, not the force",
        "a panel named with a possessive county",
        "the panel, in a force's article",
        "a council's full style as written",
        "each council as written",
        "a place's possessive is no part of a partnership's name",
        "a fronted date is no part of a force's name",
        "a fronted word is no part of a council's name",
        "the short forms of forces",
        "a force named in lower case, and the district inside its name",
        "officers beside a named force are that force",
        "a council's building and its tax are not the council",
        "a police precept is not the police",
    ],
)
def test_agencies_are_named_as_written(gaz, text, article, expected):
    assert named(gaz, text, article) == expected
