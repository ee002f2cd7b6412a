"""Council names as the article prints them outside London, one canonical name inside it, the
national publishers and first-aid partners the round-2 gazetteer block adds, and unitary
authorities read as the old districts they replaced before they began."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.events.council_names import written_council
from app.ingest.events.former_districts import district_on
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


@pytest.mark.parametrize(
    "borough,places,on,expected",
    [
        (
            "West Northamptonshire",
            ["Towcester"],
            "2019-05-01",
            "South Northamptonshire",
        ),
        ("West Northamptonshire", ["Towcester"], "2021-04-01", "West Northamptonshire"),
        ("North Yorkshire", ["Market Place", "Whitby"], "2022-12-31", "Scarborough"),
        ("North Yorkshire", ["Market Place"], "2022-12-31", "North Yorkshire"),
        ("Cumberland", ["Carlisle"], None, "Cumberland"),
        ("Leeds", ["Harehills"], "2010-01-01", "Leeds"),
    ],
    ids=[
        "a town before its unitary authority began is in its old district",
        "on the unitary authority's first day the town is in it",
        "the first named town that lay in an old district decides",
        "no named town keeps the unitary authority",
        "an unknown publication day keeps the present authority",
        "a borough that was never merged is left alone",
    ],
)
def test_unitary_authorities_stand_for_their_old_districts_before_they_began(
    borough, places, on, expected
):
    day = date.fromisoformat(on) if on else None
    assert district_on(borough, places, day) == expected
