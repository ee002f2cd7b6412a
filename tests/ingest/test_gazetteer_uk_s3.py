"""The gazetteer across the UK: every council area by its current short name, the main towns of the
shires, Wales, Scotland and Northern Ireland, forces by their other styles and Welsh names, Police
Scotland's divisions, council services named after their area, and business improvement districts
written as BIDs or listed in lower case.
"""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from app.ingest.gazetteer.data import load_data


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str, borough: str | None = None) -> list[tuple]:
    context = gaz.context(borough) if borough else None
    return [
        (a.surface, a.ref.name, a.ref.unit, a.ref.kind)
        for a in gaz.find_agencies(text, context)
    ]


def test_every_uk_council_area_is_known_once():
    """England 296 (London's 33 among them), Wales 22, Scotland 32, Northern Ireland 11."""
    areas = load_data().areas
    by_region: dict[str, int] = {}
    for area in areas.values():
        by_region[area.region] = by_region.get(area.region, 0) + 1
    assert (len(areas), by_region["Wales"], by_region["Scotland"], by_region["Northern Ireland"]) == (
        361,
        22,
        32,
        11,
    )


@pytest.mark.parametrize(
    "name,borough,force,council",
    [
        ("Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch and Poole", "Dorset Police", "BCP Council"),
        ("Buckinghamshire", "Buckinghamshire", "Thames Valley Police", "Buckinghamshire Council"),
        ("North Northamptonshire", "North Northamptonshire", "Northamptonshire Police", "North Northamptonshire Council"),
        ("Cumberland", "Cumberland", "Cumbria Constabulary", "Cumberland Council"),
        ("North Yorkshire", "North Yorkshire", "North Yorkshire Police", "North Yorkshire Council"),
        ("Somerset", "Somerset", "Avon and Somerset Police", "Somerset Council"),
        ("Kettering", "North Northamptonshire", "Northamptonshire Police", "North Northamptonshire Council"),
        ("Aylesbury", "Buckinghamshire", "Thames Valley Police", "Buckinghamshire Council"),
        ("Harrogate", "North Yorkshire", "North Yorkshire Police", "North Yorkshire Council"),
        ("Kendal", "Westmorland and Furness", "Cumbria Constabulary", "Westmorland and Furness Council"),
        ("Haddington", "East Lothian", "Police Scotland", "East Lothian Council"),
        ("Stonehaven", "Aberdeenshire", "Police Scotland", "Aberdeenshire Council"),
        ("Coalisland", "Mid Ulster", "Police Service of Northern Ireland", "Mid Ulster Council"),
        ("Builth Wells", "Powys", "Dyfed-Powys Police", "Powys County Council"),
        ("Ivybridge", "South Hams", "Devon and Cornwall Police", "South Hams Council"),
    ],
)
def test_council_areas_and_towns_resolve_to_their_area_force_and_council(
    gaz, name, borough, force, council
):
    area = gaz.borough_of(name)
    assert (area, gaz.force_for(area).name, gaz.council_for(area).name) == (
        borough,
        force,
        council,
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Officers from Heddlu Gwent and the Police Service of Scotland met at Gretna.",
            [
                ("Heddlu Gwent", "Gwent Police", None, "police"),
                ("Police Service of Scotland", "Police Scotland", None, "police"),
            ],
        ),
        (
            "Northants Police and Lincs Police ran a joint operation with the NCLCC.",
            [
                ("Northants Police", "Northamptonshire Police", None, "police"),
                ("Lincs Police", "Lincolnshire Police", None, "police"),
                ("NCLCC", "National County Lines Coordination Centre", None, "police"),
            ],
        ),
        (
            "Officers across the Tayside Division and the Highlands and Islands Division stopped 300 cars.",
            [
                ("Tayside Division", "Police Scotland", "Tayside Division", "police"),
                (
                    "Highlands and Islands Division",
                    "Police Scotland",
                    "Highlands and Islands Division",
                    "police",
                ),
            ],
        ),
        (
            "The Home Secretary said the Crown Prosecution Service would review the case.",
            [
                ("Home Secretary", "Home Office", None, "government"),
                ("Crown Prosecution Service", "Crown Prosecution Service", None, "government"),
            ],
        ),
        (
            # an appeal line, not a charity the story is about
            "Anyone with information can call Crimestoppers anonymously.",
            [("Crimestoppers", "Crimestoppers", None, "other")],
        ),
    ],
)
def test_forces_and_national_bodies_are_found_by_their_other_names(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Norfolk Trading Standards seized fake vodka in Thetford.",
            [("Norfolk Trading Standards", "Norfolk County Council", "Trading Standards", "council")],
        ),
        (
            "Officers from Bradford Trading Standards and West Yorkshire Police visited 12 shops.",
            [
                ("Bradford Trading Standards", "Bradford Council", "Trading Standards", "council"),
                ("West Yorkshire Police", "West Yorkshire Police", None, "police"),
            ],
        ),
        (
            "Coventry Youth Offending Service will work with the boys.",
            [
                (
                    "Coventry Youth Offending Service",
                    "Coventry City Council",
                    "Youth Offending Service",
                    "council",
                )
            ],
        ),
    ],
)
def test_council_services_named_after_their_area_are_that_councils(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The patrols are run with the Castle Quarter and Riverside business improvement districts.",
            [
                ("Castle Quarter", "Castle Quarter BID", None, "business"),
                ("Riverside", "Riverside BID", None, "business"),
            ],
        ),
        (
            "Sue Lane, manager of Old Market BID, said thefts had halved.",
            [("Old Market BID", "Old Market BID", None, "business")],
        ),
        (
            "Wardens paid for by Harbourside Business Improvement District started work.",
            [
                (
                    "Harbourside Business Improvement District",
                    "Harbourside Business Improvement District",
                    None,
                    "business",
                )
            ],
        ),
    ],
)
def test_business_improvement_districts_are_named_as_written(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,borough,expected",
    [
        # a neighbourhood with a common noun for a name, in another force's area: not that one
        ("Shop thefts fell in the Cathedral Quarter last month.", "Derby", []),
        ("Shop thefts fell in the Jewellery Quarter last month.", "Leeds", []),
        # ... but it is the place when the article's area is the one that has it
        ("Shop thefts fell in the Jewellery Quarter last month.", "Birmingham", [("Jewellery Quarter", "Birmingham")]),
        # a distinctive neighbourhood name still says where, wherever the story is from
        ("Officers raided a flat in Toxteth.", "Leeds", [("Toxteth", "Liverpool")]),
    ],
)
def test_far_neighbourhoods_named_with_common_nouns_place_nothing(gaz, text, borough, expected):
    found_places = gaz.find_places(text, gaz.context(borough))
    assert [(p.name, p.borough) for p in found_places] == expected
