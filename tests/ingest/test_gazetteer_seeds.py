"""The seed articles read whole: every agency, borough and person the gold file names is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ingest.gazetteer import Gazetteer

SEEDS = Path(__file__).parents[2] / "seeds"
MET = "Metropolitan Police Service"
RC, BDC = "Redbridge Council", "Barking and Dagenham Council"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def read(gaz: Gazetteer, name: str) -> dict:
    text = (SEEDS / name).read_text(encoding="utf-8")
    context = gaz.infer_context(text)
    people = gaz.resolve_people(gaz.find_people(text), text)
    return {
        "area": context.borough,
        "agencies": {a.ref.name for a in gaz.find_agencies(text, context)},
        "boroughs": {p.borough for p in gaz.find_places(text, context) if p.borough},
        "people": {" ".join(filter(None, (p.ref.title, p.ref.name))) for p in people},
    }


@pytest.mark.parametrize(
    "name,expected",
    [
        (
            "000_68f85b36c601844d.txt",
            {
                "area": "Redbridge",
                "agencies": {MET, RC, BDC, "Romanian Police"},
                "boroughs": {
                    "Redbridge",
                    "Barking and Dagenham",
                    "Kensington and Chelsea",
                },
                "people": {"Sgt Matt Taylor", "Insp Lee Canter"},
            },
        ),
        (
            "001_7707c438e8081df2.txt",
            {
                "area": "Redbridge",
                "agencies": {
                    MET,
                    RC,
                    "Romanian Police",
                    "Terrence Higgins Trust",
                    "Refuge",
                },
                "boroughs": {"Redbridge", "Barking and Dagenham"},
                "people": {"Insp Lee Canter", "Joseph Stynes"},
            },
        ),
        (
            "002_8847ddc95d16ff56.txt",
            {
                "area": "Barking and Dagenham",
                "agencies": {MET, RC, BDC},
                "boroughs": {"Redbridge", "Barking and Dagenham"},
                "people": {
                    "Dame Margaret Hodge",
                    "Cllr Jas Athwal",
                    "Cllr Laila Butt",
                    "Ash Siddique",
                },
            },
        ),
        (
            "003_b55fad0100abc301.txt",
            {
                "area": "Redbridge",
                "agencies": {MET, RC, "Ilford Business Improvement District"},
                "boroughs": {"Redbridge", "Barking and Dagenham"},
                "people": {
                    "Insp Matthew Ross",
                    "Det Ch Supt Stephen Clayman",
                    "Jas Athwal",
                    "Cllr Jas Athwal",
                    "Dame Cressida Dick",
                    "Insp Dan Bacon",
                },
            },
        ),
        (
            "004_b70c8c2c48ac1558.txt",
            {
                "area": "Redbridge",
                "agencies": {MET, RC, "National Ugly Mugs"},
                "boroughs": {"Redbridge"},
                "people": {"Del Campbell", "Mariana Popa", "Cllr Jas Athwal"},
            },
        ),
    ],
)
def test_seed_articles_yield_the_gold_actors_and_areas(gaz, name, expected):
    assert read(gaz, name) == expected
