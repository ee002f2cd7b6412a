"""Places that do not say where an event happened (where drugs were sent, a club, a unit's patch), and
whose work an offence is (litter is the council's, a licence review the police asked for is theirs too)."""

from __future__ import annotations

import pytest

from app.ingest.events.lookup import GazetteerLookup, Hit
from app.ingest.events.offences import council_officers, council_work, police_applicant
from app.ingest.events.places import event_places, unit_patch
from app.ingest.gazetteer import Gazetteer
from app.ingest.records import AgencyRef


@pytest.fixture(scope="module")
def lookup() -> GazetteerLookup:
    return GazetteerLookup(Gazetteer.load())


def kept(lookup: GazetteerLookup, text: str) -> list[str]:
    return [h.name for h in event_places(text, lookup.places(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The raids target lines supplying heroin from Leeds to towns in North Yorkshire and Lincolnshire.",
            ["Leeds"],
        ),
        (
            "The line was run from Chapeltown and supplied users in Harrogate.",
            ["Chapeltown"],
        ),
        (
            "Dealers were ferrying cocaine from Liverpool into Cumbria every weekend.",
            ["Liverpool"],
        ),
        (
            "A man was arrested on suspicion of supplying drugs in Harehills.",
            ["Harehills"],
        ),
    ],
)
def test_where_drugs_were_sent_is_not_where_police_acted(lookup, text, expected):
    assert kept(lookup, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The order covers Blackpool as the Seasiders host Preston North End in the derby.",
            ["Blackpool"],
        ),
        ("Extra officers will patrol Sunderland for the Tyne-Wear derby.", ["Sunderland"]),
        ("Police met Leicester fans at the station in Nottingham.", ["Nottingham"]),
        ("Police said Derby day passed peacefully in Stoke.", ["Stoke"]),
    ],
)
def test_a_club_a_derby_or_its_fans_name_no_place(lookup, text, expected):
    assert kept(lookup, text) == expected


@pytest.mark.parametrize(
    "text,place,expected",
    [
        (
            "Officers from the Central East BCU, which covers Hackney and Tower Hamlets, raided flats.",
            "Tower Hamlets",
            True,
        ),
        (
            "The North Area command, which covers Haringey and Enfield, was formed in 2018.",
            "Haringey",
            True,
        ),
        (
            "The team, which serves Salford, Eccles and Swinton, made six arrests.",
            "Eccles",
            True,
        ),
        ("Officers raided flats in Hackney and Tower Hamlets.", "Tower Hamlets", False),
    ],
)
def test_a_units_patch_is_told_apart(text, place, expected):
    start = text.index(place)
    assert unit_patch(text, Hit(start, start + len(place), place)) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Two vans were seized after officers found them carrying commercial waste without a licence.",
            True,
        ),
        ("Officers handed out 40 fines for dropping litter in the town centre.", True),
        (
            "Noise nuisance was targeted. Officers served community protection notices on three houses.",
            True,
        ),
        ("Officers arrested a man for fly-tipping and possession of cannabis.", False),
        ("Officers served community protection notices on three youths.", False),
    ],
)
def test_offences_a_council_enforces_are_its_work(text, expected):
    sentence = text.rfind(". ") + 2 if ". " in text else 0
    assert council_work(text, sentence, len(text)) is expected


COUNCIL = AgencyRef(name="Salford City Council", kind="council", slug="salford")
FORCE = AgencyRef(name="Greater Manchester Police", kind="police", slug="gmp")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Last week officers fined 12 drivers for fly-tipping.", "Salford City Council"),
        ("Last week officers arrested 12 men in Eccles.", "Greater Manchester Police"),
        (
            "Graffiti was cleaned. Later officers arrested a man for burglary.",
            "Greater Manchester Police",
        ),
    ],
)
def test_bare_officers_are_the_councils_when_the_sentence_is_council_work(
    text, expected
):
    start = text.lower().index("officers")
    hit = Hit(start, start + 8, FORCE.name, agency=FORCE, generic=True)
    assert council_officers(hit, text, COUNCIL).name == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The sub-committee revoked the premises licence following an application from the Metropolitan Police.",
            True,
        ),
        (
            "In 2022 the council revoked the licence of another bar following a review requested by police.",
            True,
        ),
        ("Police applied for a review of the licence in August.", True),
        (
            "The committee refused the licence after objections from residents.",
            False,
        ),
    ],
)
def test_a_licence_review_the_police_asked_for_is_theirs_too(text, expected):
    assert police_applicant(text, 0, len(text)) is expected
