"""Session 7 agency names: a renamed body goes by the name it had when the article was written, a
London borough council by the borough's short official name, and institutions, landlords and the
Government are read from the shape of their names."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.events.renamed_bodies import name_on
from app.ingest.gazetteer import Gazetteer
from tests.ingest.event_fakes import actors


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Hampshire Constabulary", date(2021, 5, 1), "Hampshire Constabulary"),
        ("Hampshire Constabulary", date(2023, 2, 1), "Hampshire and Isle of Wight Constabulary"),
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            date(2016, 3, 1),
            "Her Majesty's Inspectorate of Constabulary",
        ),
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            date(2019, 3, 1),
            "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        ),
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            date(2023, 3, 1),
            "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        ),
        ("National Highways", date(2020, 1, 1), "Highways England"),
        ("Ministry of Housing, Communities and Local Government", date(2022, 1, 1),
         "Department for Levelling Up, Housing and Communities"),
        ("Ministry of Housing, Communities and Local Government", date(2024, 9, 1),
         "Ministry of Housing, Communities and Local Government"),
        ("Essex Police", date(2023, 1, 1), "Essex Police"),
    ],
)
def test_a_renamed_body_goes_by_the_name_it_had_on_the_day(name, day, expected):
    assert name_on(name, day) == expected


RAIDS = """Drugs raids in Eastleigh lead to six arrests

Officers from Hampshire Constabulary raided four homes in Eastleigh on Tuesday, March 14, and arrested six people."""


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2021-03-18", ["Hampshire Constabulary"]),
        ("2023-03-17", ["Hampshire and Isle of Wight Constabulary"]),
    ],
)
def test_an_event_names_the_force_as_it_was_called_when_the_story_was_written(gaz, day, expected):
    assert actors(gaz, RAIDS, day)[(2, "enforcement")][0] == expected


LICENSING = """Bar loses licence after door staff checks in Surbiton

Kingston Council revoked the licence of a bar in Surbiton on Tuesday, May 7, after inspectors found unlicensed door staff.

Richmond Council suspended the licence of a Twickenham pub on Wednesday, May 8, after a fight outside."""


def test_a_london_borough_council_goes_by_the_boroughs_short_official_name(gaz):
    found = actors(gaz, LICENSING, "2024-05-10")
    assert [found[(n, "enforcement")][0] for n in (2, 3)] == [
        ["Kingston upon Thames Council"],
        ["Richmond upon Thames Council"],
    ]


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [a.ref.name for a in gaz.find_agencies(text, gaz.infer_context(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commissioner's office that acts is a body, named as written; the commissioner is a person
        (
            "The Office of the Devon and Cornwall Police and Crime Commissioner has funded two youth workers.",
            ["Office of the Devon and Cornwall Police and Crime Commissioner"],
        ),
        (
            "Last year the Office of the Police and Crime Commissioner for Dyfed-Powys paid for new cameras.",
            ["Office of the Police and Crime Commissioner for Dyfed-Powys"],
        ),
        (
            "The Office of the Police, Fire and Crime Commissioner for Essex ran the survey.",
            ["Office of the Police, Fire and Crime Commissioner for Essex"],
        ),
        # an NHS trust keeps every word of its name, "University" and "Hospital" included
        (
            "Since May, Royal Devon University Healthcare NHS Foundation Trust has shared data on assaults.",
            ["Royal Devon University Healthcare NHS Foundation Trust"],
        ),
        ("Nurses from Barts Health NHS Trust joined the patrol.", ["Barts Health NHS Trust"]),
        # a university named before its place
        ("Security staff from the University of Leicester handed out leaflets.", ["University of Leicester"]),
        ("A lecturer at the University of the West of England led the study.", ["University of the West of England"]),
        # the inspectorate's full style with "and" as well as "&"
        (
            "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services rated the force good.",
            ["HM Inspectorate of Constabulary and Fire & Rescue Services"],
        ),
        # a violence reduction unit named with its area
        ("The Thames Valley Violence Reduction Unit funded the mentors.", ["Thames Valley Violence Reduction Unit"]),
    ],
)
def test_an_institution_is_read_from_the_shape_of_its_name(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # London's unit is the Mayor's one body, however the story names it
        (
            "In Croydon the Violence Reduction Unit set up by the Mayor has funded a youth worker.",
            ["London Violence Reduction Unit"],
        ),
        ("The VRU will pay for mentors in Tottenham and Edmonton, Haringey Council said.",
         ["London Violence Reduction Unit", "Haringey Council"]),
        # elsewhere an unnamed unit's area is not said: none is guessed
        ("The VRU will pay for mentors in Bolton.", []),
    ],
)
def test_londons_violence_reduction_unit_is_one_body(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body said to be a housing association or a town-centre company, by apposition
        (
            "Durham Constabulary and Believe, the housing association that owns the flat, sought the order.",
            ["Durham Constabulary", "Believe"],
        ),
        (
            "Wardens from Kirkgate Now, the town's business improvement company, joined the patrol in Wakefield.",
            ["Kirkgate Now"],
        ),
        # a landlord said to hold the homes
        ("Residents met Yarrow, which manages the estate, on Tuesday in Salford.", ["Yarrow"]),
        # introduced by its kind
        ("The injunction was sought by housing association Anchorage and the police in Hull.",
         ["Anchorage", "Humberside Police"]),
        # a place that holds the homes is no landlord
        ("Neighbours in Hackney, which manages the estate, complained.", []),
        # housing associations the lists know by name
        ("Peabody said it would fit new doors on the Hackney blocks.", ["Peabody"]),
        ("L&Q will pay for cameras in Woolwich.", ["L&Q"]),
    ],
)
def test_a_landlord_is_found_where_the_article_says_what_it_is(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ban on disposable vapes, which the Government announced in January, starts in June.", ["UK Government"]),
        ("The Scottish Government has said it will review the law.", ["Scottish Government"]),
        ("The Local Government Association warned that councils lack the money.", ["Local Government Association"]),
    ],
)
def test_the_government_with_its_capital_is_the_uk_government(gaz, text, expected):
    assert names(gaz, text) == expected
