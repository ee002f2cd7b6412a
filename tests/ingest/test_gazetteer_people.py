"""People: titled names, role-introduced names, affiliations, and short references linked back."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from app.ingest.records import PersonRef


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Insp Lee Canter, of Redbridge Safer Neighbourhoods Team, said the operation was a success.",
            [
                (
                    "Insp Lee Canter",
                    PersonRef(
                        "Lee Canter", "Insp", "Redbridge Safer Neighbourhoods Team"
                    ),
                )
            ],
        ),
        (
            "It is being led by Inspector Matthew Ross and also contains three sergeants.",
            [("Inspector Matthew Ross", PersonRef("Matthew Ross", "Insp", None))],
        ),
        (
            "Met commissioner Dame Cressida Dick resigned last week.",
            [
                (
                    "Dame Cressida Dick",
                    PersonRef("Cressida Dick", "Dame", "Met commissioner"),
                )
            ],
        ),
        (
            "The team was joined by council leader Jas Athwal and East Area commander Det Ch Supt Stephen Clayman.",
            [
                ("Jas Athwal", PersonRef("Jas Athwal", None, "council leader")),
                (
                    "Det Ch Supt Stephen Clayman",
                    PersonRef("Stephen Clayman", "Det Ch Supt", "East Area commander"),
                ),
            ],
        ),
        (
            "Joined by Redbridge Council leader Cllr Jas Athwal, she said police had been working hard.",
            [
                (
                    "Cllr Jas Athwal",
                    PersonRef("Jas Athwal", "Cllr", "Redbridge Council leader"),
                )
            ],
        ),
        (
            "“We feel such action could lead to harm,” said Del Campbell, policy lead at NUM.",
            [("Del Campbell", PersonRef("Del Campbell", None, "NUM"))],
        ),
        (
            "One commenter, Joseph Stynes, said it would not work.",
            [("Joseph Stynes", PersonRef("Joseph Stynes", None, "commenter"))],
        ),
        (
            "Mariana Popa - a 24-year-old woman - was murdered in 2014. John Smith, 45, of Romford, was fined.",
            [
                ("Mariana Popa", PersonRef("Mariana Popa", None, None)),
                ("John Smith", PersonRef("John Smith", None, None)),
            ],
        ),
        (
            "Barking MP Margaret Hodge and Ilford North MP Wes Streeting met Sgt Sarah Hill and PC Tom O'Neill.",
            [
                ("Margaret Hodge", PersonRef("Margaret Hodge", None, "Barking MP")),
                ("Wes Streeting", PersonRef("Wes Streeting", None, "Ilford North MP")),
                ("Sgt Sarah Hill", PersonRef("Sarah Hill", "Sgt", None)),
                ("PC Tom O'Neill", PersonRef("Tom O'Neill", "PC", None)),
            ],
        ),
        (
            "Ch Supt Paul Trevers, Det Supt Jo Smith and DC Amy Brown of Essex Police made arrests.",
            [
                ("Ch Supt Paul Trevers", PersonRef("Paul Trevers", "Ch Supt", None)),
                ("Det Supt Jo Smith", PersonRef("Jo Smith", "Det Supt", None)),
                ("DC Amy Brown", PersonRef("Amy Brown", "DC", "Essex Police")),
            ],
        ),
        (
            "Barking and Dagenham Council’s cabinet member for enforcement, Cllr Laila Butt, was also present.",
            [
                (
                    "Cllr Laila Butt",
                    PersonRef(
                        "Laila Butt",
                        "Cllr",
                        "Barking and Dagenham Council’s cabinet member for enforcement",
                    ),
                )
            ],
        ),
        (
            "Mayor of London Sadiq Khan and Home Secretary Priti Patel backed Met Commissioner Sir Mark Rowley.",
            [
                ("Sadiq Khan", PersonRef("Sadiq Khan", None, "Mayor of London")),
                ("Priti Patel", PersonRef("Priti Patel", None, "Home Secretary")),
                (
                    "Sir Mark Rowley",
                    PersonRef("Mark Rowley", "Sir", "Met Commissioner"),
                ),
            ],
        ),
        (
            "Essex Police and Crime Commissioner Roger Hirst and Hackney Mayor Philip Glanville met "
            "Detective Sergeant Jane Doe, from Havering CID.",
            [
                (
                    "Police and Crime Commissioner Roger Hirst",
                    PersonRef(
                        "Roger Hirst", "PCC", "Essex Police and Crime Commissioner"
                    ),
                ),
                (
                    "Mayor Philip Glanville",
                    PersonRef("Philip Glanville", "Mayor", "Hackney Mayor"),
                ),
                (
                    "Detective Sergeant Jane Doe",
                    PersonRef("Jane Doe", "DS", "Havering CID"),
                ),
            ],
        ),
        ("Ilford Lane residents told the Recorder about Green Street traders.", []),
    ],
)
def test_people_are_found_with_title_and_affiliation(gaz, text, expected):
    assert [(p.surface, p.ref) for p in gaz.find_people(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Sgt Matt Taylor leads the operation. Sgt Taylor said it works. Insp Lee Canter agreed; Insp Canter smiled.",
            [
                PersonRef("Matt Taylor", "Sgt", None),
                PersonRef("Matt Taylor", "Sgt", None),
                PersonRef("Lee Canter", "Insp", None),
                PersonRef("Lee Canter", "Insp", None),
            ],
        ),
        (
            "Council leader Jas Athwal joined. Cllr Athwal said the council was committed.",
            [
                PersonRef("Jas Athwal", None, "Council leader"),
                PersonRef("Jas Athwal", "Cllr", "Council leader"),
            ],
        ),
        (
            "Margaret Hodge met 100 people. Dame Margaret secured a pledge.",
            [PersonRef("Margaret Hodge", "Dame", None)],
        ),
        ("Sgt Taylor said nothing more.", [PersonRef("Taylor", "Sgt", None)]),
    ],
)
def test_short_references_resolve_to_the_full_name(gaz, text, expected):
    resolved = gaz.resolve_people(gaz.find_people(text), text)
    assert [p.ref for p in resolved] == expected
