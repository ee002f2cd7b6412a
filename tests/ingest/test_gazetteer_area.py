"""The article's area read from its strongest evidence, and places read in that area.

Every article here is invented for these tests: a Liverpool story with a "Westminster Road", a
Nottingham one with "St Ann's", a county-wide Norfolk one, a railway police story in London.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer

LIVERPOOL = """A house in Westminster Road, Kirkdale, has been closed for three months after complaints of drug dealing.

Merseyside Police said officers had been called to the address 40 times since the summer.

Neighbours in Kirkdale said they could finally sleep."""

NOTTINGHAM = """Police have stepped up patrols in St Ann's and The Meadows after a spate of robberies.

Nottinghamshire Police said two teenagers had been arrested near Hungerhill Road.

Officers will hold a street surgery in Sneinton on Friday."""

NORWICH = """Three people have been charged after drugs raids in Mile Cross and Lakenham.

Two men from Enfield were among those arrested, and officers from the Metropolitan Police searched a flat in London.

Norfolk Constabulary said the raids followed months of complaints from residents in Norwich."""

NORFOLK_WIDE = """Drink-driving arrests rose across Norfolk over the festive period, police said.

Officers stopped drivers in Thetford, Dereham, King's Lynn and Great Yarmouth.

Norfolk Constabulary said 84 people had been arrested."""

WIMBLEDON = """British Transport Police officers stopped 300 passengers at Wimbledon station during the tennis.

Officers from the Metropolitan Police were also on hand.

Two people were arrested, BTP said."""

NEW_STREET = """British Transport Police and West Midlands Police officers searched passengers at Birmingham New Street station.

Officers made six arrests."""

PLYMOUTH = """Council tax payers in Plymouth will pay more for policing from April.

The Devon and Cornwall police and crime panel approved the rise at a meeting at Plymouth's Council House.

Cllr Jo Penrose, of Cornwall Council, voted against it."""

EAST_LONDON = """Police in east London have launched a crackdown on moped thefts.

Officers said the thieves target phones."""

SOUTHAMPTON = """A teenager was stabbed in Shirley on Saturday night, Hampshire Constabulary said.

A second boy was later found injured in Redbridge and taken to hospital in Southampton."""


def area(gaz: Gazetteer, text: str) -> tuple:
    ctx = gaz.infer_context(text)
    name = lambda ref: ref.name if ref else None  # noqa: E731
    return ctx.borough, name(ctx.force), name(ctx.council), name(ctx.acting)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,expected",
    [
        (LIVERPOOL, ("Liverpool", "Merseyside Police", "Liverpool City Council", None)),
        (
            NOTTINGHAM,
            ("Nottingham", "Nottinghamshire Police", "Nottingham City Council", None),
        ),
        (NORWICH, ("Norwich", "Norfolk Constabulary", "Norwich City Council", None)),
        (NORFOLK_WIDE, (None, "Norfolk Constabulary", None, None)),
        (
            WIMBLEDON,
            (
                "Merton",
                "Metropolitan Police Service",
                "Merton Council",
                "British Transport Police",
            ),
        ),
        (
            NEW_STREET,
            ("Birmingham", "West Midlands Police", "Birmingham City Council", None),
        ),
        (
            PLYMOUTH,
            ("Plymouth", "Devon and Cornwall Police", "Plymouth City Council", None),
        ),
        (EAST_LONDON, (None, "Metropolitan Police Service", None, None)),
        (
            SOUTHAMPTON,
            ("Southampton", "Hampshire Constabulary", "Southampton City Council", None),
        ),
    ],
    ids=[
        "a street named for a borough is not that borough",
        "a neighbourhood shared with London is read in the named force's city",
        "suspects' home town and a second force do not move the story",
        "a county-wide story is the force's, not one district's",
        "the railway police lead the story, so bare officers are theirs",
        "two forces named together in the lead keep the area's own",
        "a force's area words and a councillor's council do not outvote the town",
        "a region named alone gives its force and no borough",
        "a London borough's name is a suburb in a Southampton story",
    ],
)
def test_the_article_area_comes_from_its_strongest_evidence(gaz, text, expected):
    assert area(gaz, text) == expected


@pytest.mark.parametrize(
    "text,article,expected",
    [
        (
            "The flat in Westminster Road, Kirkdale, was closed.",
            LIVERPOOL,
            [
                ("Westminster Road", "street", "Liverpool"),
                ("Kirkdale", "town", "Liverpool"),
            ],
        ),
        (
            "Officers patrolled St Ann's and The Meadows.",
            NOTTINGHAM,
            [("St Ann's", "town", "Nottingham"), ("The Meadows", "town", "Nottingham")],
        ),
        (
            "Residents of St Ann's met the ward panel.",
            "Haringey Council and the Met said patrols in Tottenham would rise.",
            [("St Ann's", "ward", "Haringey")],
        ),
        (
            "Police were called to Kenton and Fenham.",
            "Northumbria Police said officers patrolled Newcastle city centre.",
            [
                ("Kenton", "town", "Newcastle upon Tyne"),
                ("Fenham", "town", "Newcastle upon Tyne"),
            ],
        ),
        (
            "Police were called to Kenton.",
            "Brent Council said Wembley and Kenton were affected.",
            [("Kenton", "town", "Brent")],
        ),
        (
            "Officers searched passengers at Waverley station.",
            "Police Scotland said officers in Edinburgh and Leith made arrests.",
            [("Waverley station", "venue", "Edinburgh")],
        ),
        (
            "Two men were seen in Mile Cross, Bowthorpe and Heartsease.",
            NORWICH,
            [
                ("Mile Cross", "town", "Norwich"),
                ("Bowthorpe", "town", "Norwich"),
                ("Heartsease", "town", "Norwich"),
            ],
        ),
        (
            "Officers patrolled Kenton and Stokes Croft.",
            "Avon and Somerset Constabulary said Bristol City Council had asked for patrols.",
            [("Stokes Croft", "town", "Bristol")],
        ),
        (
            "Officers patrolled Hyde Park and Headingley.",
            "West Yorkshire Police said students in Leeds had been targeted.",
            [("Hyde Park", "town", "Leeds"), ("Headingley", "town", "Leeds")],
        ),
        (
            "The Devon and Cornwall police and crime panel met in Plymouth.",
            PLYMOUTH,
            [("Plymouth", "district", "Plymouth")],
        ),
    ],
    ids=[
        "a borough-named street and a shared neighbourhood in Liverpool",
        "Nottingham neighbourhoods in a Nottingham story",
        "the same name in a Haringey story is the Haringey ward",
        "a Newcastle suburb that shares a London name",
        "the same suburb in a Brent story",
        "a station named for a Surrey district, in Edinburgh",
        "Norwich suburbs",
        "a name shared by places far from a Bristol story names none of them",
        "the same name in a Leeds story is the Leeds one",
        "a force's area words inside an office's name are no place",
    ],
)
def test_places_are_read_in_the_article_area(gaz, text, article, expected):
    ctx = gaz.infer_context(article)
    assert [(p.name, p.kind, p.borough) for p in gaz.find_places(text, ctx)] == expected
