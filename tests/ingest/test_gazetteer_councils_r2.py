"""Council names as the article prints them outside London, one canonical name inside it, and the
national publishers and first-aid partners the round-2 gazetteer block adds."""

from __future__ import annotations

import pytest

from app.ingest.events.council_names import written_council
from app.ingest.events.lookup import GazetteerLookup
from app.ingest.gazetteer import Gazetteer
from app.ingest.records import AgencyRef

DONCASTER = AgencyRef("City of Doncaster Council", "council", None, None, "doncaster")


@pytest.fixture(scope="module")
def lookup() -> GazetteerLookup:
    return GazetteerLookup(Gazetteer.load())


@pytest.mark.parametrize(
    "surface,region,before,expected",
    [
        ("Doncaster Council", "Yorkshire and the Humber", "", "Doncaster Council"),
        ("Doncaster council", "Yorkshire and the Humber", "", "Doncaster Council"),
        (
            "City of Doncaster Council",
            "Yorkshire and the Humber",
            "",
            "City of Doncaster Council",
        ),
        ("Doncaster Council", "London", "", "City of Doncaster Council"),
        (
            "Doncaster Council",
            "Yorkshire and the Humber",
            "the City of ",
            "City of Doncaster Council",
        ),
        ("DMBC", "Yorkshire and the Humber", "", "City of Doncaster Council"),
    ],
    ids=[
        "a short everyday name outside London is kept as printed",
        "a lower-case council is printed with its capital",
        "the full style is kept when printed",
        "a London council keeps its one canonical name",
        "a name inside the City of style is the full style",
        "an acronym is no council name to print",
    ],
)
def test_councils_are_named_as_printed(surface, region, before, expected):
    assert written_council(DONCASTER, surface, region, before).name == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Salford Council said on Monday", [("Salford Council", "Salford")]),
        ("Salford City Council said on Monday", [("Salford City Council", "Salford")]),
        ("Ealing Council said on Monday", [("Ealing Council", "Ealing")]),
        ("figures from the ONS show", [("Office for National Statistics", None)]),
        (
            "coordinated by the National County Lines Coordination Centre",
            [("National County Lines Coordination Centre", None)],
        ),
        ("volunteers from St John Ambulance", [("St John Ambulance", None)]),
    ],
    ids=[
        "a northern council's short name is kept",
        "its full style is kept too, in the same borough",
        "a London council has its canonical name",
        "the statistics office by its initials",
        "the county lines coordination centre",
        "the first-aid charity",
    ],
)
def test_lookup_names_councils_and_national_bodies(lookup, text, expected):
    assert [(h.name, h.borough) for h in lookup.agencies(text)] == expected
