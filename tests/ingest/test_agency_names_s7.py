"""Session 7 agency names: a renamed body goes by the name it had when the article was written, and
a London borough council by the borough's short official name."""

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
