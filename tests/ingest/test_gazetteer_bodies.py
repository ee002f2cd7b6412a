"""Bodies named in their many shapes: fire and crime panels, national services, "Name, Council",
describing words before a council, shared neighbourhood names, venues named after far towns."""

from __future__ import annotations

import pytest

from app.ingest.events.lookup import GazetteerLookup
from app.ingest.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [a.ref.name for a in gaz.find_agencies(text, gaz.infer_context(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Essex Police, Fire and Crime Panel will consider the proposal on Thursday.",
            ["Essex Police, Fire and Crime Panel"],
        ),
        (
            "Members of the Staffordshire Police, Fire and Crime Panel questioned the plan.",
            ["Staffordshire Police, Fire and Crime Panel"],
        ),
        (
            "The North Yorkshire police, fire and crime panel backed the rise.",
            ["North Yorkshire Police, Fire and Crime Panel"],
        ),
        (
            "The Devon and Cornwall police and crime panel approved the precept.",
            ["Devon and Cornwall Police and Crime Panel"],
        ),
    ],
)
def test_a_fire_and_crime_panel_is_named_for_its_area(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Cllr Tom Wheeler, Braintree District Council's cabinet member for community safety, said.",
            ["Braintree District Council"],
        ),
        (
            "Cllr Asha Patel, Kirklees Council's lead for communities, welcomed the team.",
            ["Kirklees Council"],
        ),
        ("Jo Reed, Norwich City Council spokeswoman, said.", ["Norwich City Council"]),
        (
            "Officers from Redbridge, Havering and Barking and Dagenham Councils joined.",
            ["Redbridge Council", "Havering Council", "Barking and Dagenham Council"],
        ),
    ],
)
def test_a_person_before_a_comma_is_no_part_of_the_council(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Neighbouring Westminster City Council extended its own zone.",
            ["Westminster City Council"],
        ),
        ("Nearby Sefton Council said it would follow.", ["Sefton Council"]),
        ("Rival Hackney Council has no such ban.", ["Hackney Council"]),
    ],
)
def test_a_describing_word_before_a_council_is_dropped(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Crews from the Scottish Fire and Rescue Service were attacked.",
            ["Scottish Fire and Rescue Service"],
        ),
        ("The Kennel Club urged owners to keep dogs on leads.", ["Kennel Club"]),
        (
            "West Yorkshire Fire & Rescue Service said the blaze was started deliberately.",
            ["West Yorkshire Fire and Rescue Service"],
        ),
        (
            "Yorkshire Ambulance Service took the man to hospital.",
            ["Yorkshire Ambulance Service"],
        ),
        (
            "The Security Industry Authority suspended the door supervisor's licence.",
            ["Security Industry Authority"],
        ),
    ],
)
def test_national_services_and_charities_are_known(gaz, text, expected):
    assert names(gaz, text) == expected


@pytest.mark.parametrize(
    "text,borough",
    [
        (
            "Police Scotland officers were attacked in Sighthill in Edinburgh on bonfire night.",
            "Edinburgh",
        ),
        (
            "Police Scotland officers were attacked in Sighthill in Glasgow on bonfire night.",
            "Glasgow",
        ),
    ],
)
def test_a_neighbourhood_two_cities_share_is_read_in_the_article_city(
    gaz, text, borough
):
    context = gaz.infer_context(text)
    places = {p.name: p.borough for p in gaz.find_places(text, context)}
    assert places["Sighthill"] == borough


@pytest.mark.parametrize(
    "text,venue,borough",
    [
        (
            "Officers searched Mile End Park and the Lincoln Estate in Bow, Tower Hamlets.",
            "Lincoln Estate",
            "Tower Hamlets",
        ),
        (
            "Police patrolled the Exeter Estate in Peckham after a stabbing in Southwark.",
            "Exeter Estate",
            "Southwark",
        ),
        (
            "Officers raided flats on the Lincoln Estate in Hackney in east London.",
            "Lincoln Estate",
            "Hackney",
        ),
    ],
)
def test_a_venue_named_after_a_far_town_lies_in_the_article_area(
    gaz, text, venue, borough
):
    context = gaz.infer_context(text)
    places = {p.name: p.borough for p in gaz.find_places(text, context)}
    assert places[venue] == borough


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cleveland Police released the figures.", [("Cleveland Police", None)]),
        ("Durham Constabulary released the figures.", [("Durham Constabulary", None)]),
        (
            "Redbridge police in east London released the figures.",
            [("Metropolitan Police Service", "Redbridge")],
        ),
    ],
)
def test_a_force_named_for_its_area_names_no_borough(gaz, text, expected):
    lookup = GazetteerLookup(gaz, gaz.infer_context(text))
    assert [(h.name, h.borough) for h in lookup.agencies(text)] == expected


@pytest.mark.parametrize(
    "text,borough",
    [
        (
            "Kent residents are being asked whether they would pay more for policing as the county's"
            " police and crime commissioner launches his survey.\n\nPicture: officers on patrol in"
            " Maidstone town centre.\n\nIn Maidstone, a new town centre team will start patrols.",
            None,
        ),
        (
            "Officers across the county will be given body cameras, Lincolnshire Police said.\n\n"
            "The first will go to the team in Lincoln city centre.",
            None,
        ),
        (
            "A new town centre team will patrol Maidstone, Kent Police said.\n\nThe team will"
            " work from Maidstone police station.",
            "Maidstone",
        ),
        (
            "Suffolk residents are being urged to lock their sheds after a spate of thefts in"
            " Ipswich.\n\nOfficers said most of the thefts were in Ipswich and Felixstowe.",
            "Ipswich",
        ),
    ],
)
def test_a_county_wide_story_keeps_a_district_only_when_its_lead_names_it(
    gaz, text, borough
):
    assert gaz.infer_context(text).borough == borough
