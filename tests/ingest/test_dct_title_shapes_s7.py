"""Office-holders date an article however the title is written around the name: a commissioner's
title in capitals after the name, "the police and crime commissioner for <area>, <name>", and
"Chief Constable of <force> <name>"; a former holder still dates nothing."""

from __future__ import annotations

import pytest

from app.ingest.temporal.evidence import find_terms


def in_office(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, f"{m.allowed.hull[0]}/{m.allowed.hull[1]}")
        for m in find_terms(text, text)
        if m.term.name.startswith(("police and crime commissioner ", "chief constable "))
    ]


SIDWICK = "2021-05-06/2100-12-31"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "David Sidwick, Dorset's Police and Crime Commissioner, said the patrols would continue.",
            [("David Sidwick, Dorset's Police and Crime Commissioner", SIDWICK)],
        ),
        (
            "David Sidwick, the Dorset Police and Crime Commissioner, visited Boscombe.",
            [("David Sidwick, the Dorset Police and Crime Commissioner", SIDWICK)],
        ),
        (
            "The police and crime commissioner for Dorset, David Sidwick, opened the hub.",
            [("police and crime commissioner for Dorset, David Sidwick", SIDWICK)],
        ),
        (
            "The PCC for Devon and Cornwall, Alison Hernandez, met traders in Newquay.",
            [("PCC for Devon and Cornwall, Alison Hernandez", "2016-05-05/2100-12-31")],
        ),
        (
            "Chief Constable of West Yorkshire Police John Robins said officers would be visible.",
            [
                (
                    "Chief Constable of West Yorkshire Police John Robins",
                    "2019-01-01/2023-12-31",
                )
            ],
        ),
        ("The former police and crime commissioner for Dorset, Martyn Underhill, spoke.", []),
        ("Martyn Underhill, the former Dorset Police and Crime Commissioner, spoke.", []),
    ],
)
def test_an_office_holder_dates_the_article_whichever_way_the_title_is_written(text, expected):
    assert in_office(text) == expected
