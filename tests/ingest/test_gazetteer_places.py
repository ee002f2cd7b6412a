"""Places: boroughs, towns, wards, streets and venues, and the borough each lies in."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import BoroughInfo, Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str, borough: str | None = None) -> list[tuple]:
    context = gaz.context(borough) if borough else None
    return [(p.name, p.kind, p.borough) for p in gaz.find_places(text, context)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gangs running prostitutes on Ilford Lane have moved to the square by Mayville Road.",
            [
                ("Ilford Lane", "street", "Redbridge"),
                ("Mayville Road", "street", "Redbridge"),
            ],
        ),
        (
            "The mosque in Victoria Road, Barking, is a short walk from Ilford Lane, Ilford.",
            [
                ("Victoria Road", "street", "Barking and Dagenham"),
                ("Barking", "town", "Barking and Dagenham"),
                ("Ilford Lane", "street", "Redbridge"),
                ("Ilford", "town", "Redbridge"),
            ],
        ),
        (
            "Residents of Gants Hill, Barkingside, Clayhall and Seven Kings met in Loxford.",
            [
                ("Gants Hill", "town", "Redbridge"),
                ("Barkingside", "town", "Redbridge"),
                ("Clayhall", "town", "Redbridge"),
                ("Seven Kings", "town", "Redbridge"),
                ("Loxford", "town", "Redbridge"),
            ],
        ),
        (
            "Patrols covered Becontree, Dagenham Heathway and Romford before moving to Stratford and East Ham.",
            [
                ("Becontree", "town", "Barking and Dagenham"),
                ("Dagenham Heathway", "town", "Barking and Dagenham"),
                ("Romford", "town", "Havering"),
                ("Stratford", "town", "Newham"),
                ("East Ham", "town", "Newham"),
            ],
        ),
        (
            "Officers in Whitechapel, Bethnal Green and Forest Gate seized knives.",
            [
                ("Whitechapel", "town", "Tower Hamlets"),
                ("Bethnal Green", "town", "Tower Hamlets"),
                ("Forest Gate", "town", "Newham"),
            ],
        ),
        (
            "The Kensington and Chelsea, Richmond upon Thames and City of London councils agreed.",
            [
                ("Kensington and Chelsea", "borough", "Kensington and Chelsea"),
                ("Richmond upon Thames", "borough", "Richmond upon Thames"),
                ("City of London", "borough", "City of London"),
            ],
        ),
        (
            "A managed zone in Holbeck, Leeds, was compared with Westcliff and Southend-on-Sea.",
            [
                ("Holbeck", "town", "Leeds"),
                ("Leeds", "district", "Leeds"),
                ("Westcliff", "town", "Southend-on-Sea"),
                ("Southend-on-Sea", "district", "Southend-on-Sea"),
            ],
        ),
        (
            "Chelmsford, Basildon and Colchester each have their own council; Preston and Sheffield too.",
            [
                ("Chelmsford", "district", "Chelmsford"),
                ("Basildon", "district", "Basildon"),
                ("Colchester", "district", "Colchester"),
                ("Preston", "district", "Preston"),
                ("Sheffield", "district", "Sheffield"),
            ],
        ),
        (
            "Based at Ilford Police Station, the team met worshippers at Al Madina mosque.",
            [
                ("Ilford Police Station", "venue", "Redbridge"),
                ("Al Madina mosque", "venue", "Barking and Dagenham"),
            ],
        ),
        (
            "Prostitution in Ilford lane has been a problem for 20 years.",
            [("Ilford lane", "street", "Redbridge")],
        ),
        (
            "Insp Lee Canter and PC Sarah Hill spoke to John Preston and Cllr Mark Green.",
            [],
        ),
        (
            "We will bow out; the abbey and the village green stay; the heath is quiet.",
            [],
        ),
    ],
)
def test_places_are_found_with_their_borough(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,borough,expected",
    [
        (
            "Based in High Road, officers patrolled Chadwell Heath.",
            "Redbridge",
            [
                ("High Road", "street", None),
                ("Chadwell Heath", "town", "Redbridge"),
            ],
        ),
        (
            "Officers patrolled Chadwell Heath and Valence ward.",
            "Barking and Dagenham",
            [
                ("Chadwell Heath", "town", "Barking and Dagenham"),
                ("Valence", "ward", "Barking and Dagenham"),
            ],
        ),
        (
            "Cars were seized in Tanfield Road and in High Street, Romford.",
            "Havering",
            [
                ("Tanfield Road", "street", "Havering"),
                ("High Street", "street", "Havering"),
                ("Romford", "town", "Havering"),
            ],
        ),
        (
            "The Valentines ward councillor spoke in Mayfield.",
            "Redbridge",
            [
                ("Valentines", "town", "Redbridge"),
                ("Mayfield", "ward", "Redbridge"),
            ],
        ),
        (
            "The Abbey ward councillor spoke in Mayfield.",
            None,
            [("Abbey", "ward", "Barking and Dagenham")],
        ),
    ],
)
def test_ambiguous_places_follow_the_article_area(gaz, text, borough, expected):
    assert found(gaz, text, borough) == expected


@pytest.mark.parametrize(
    "place,borough",
    [
        ("Ilford", "Redbridge"),
        ("Loxford", "Redbridge"),
        ("Gants Hill", "Redbridge"),
        ("Barking", "Barking and Dagenham"),
        ("Dagenham", "Barking and Dagenham"),
        ("Heathway", "Barking and Dagenham"),
        ("Romford", "Havering"),
        ("Stratford", "Newham"),
        ("Forest Gate", "Newham"),
        ("Whitechapel", "Tower Hamlets"),
        ("Holbeck", "Leeds"),
        ("Westcliff", "Southend-on-Sea"),
        ("Southend", "Southend-on-Sea"),
        ("Hull", "Kingston upon Hull"),
        ("Croydon", "Croydon"),
        ("Atlantis", None),
    ],
)
def test_borough_of_a_known_place(gaz, place, borough):
    assert gaz.borough_of(place) == borough


def test_all_33_london_authorities_are_known_with_slugs(gaz):
    london = [b for b in gaz.boroughs if b.region == "London"]
    assert len(london) == 33
    assert (
        BoroughInfo("Barking and Dagenham", "barking-and-dagenham", "London") in london
    )
    assert BoroughInfo("City of London", "city-of-london", "London") in london
    assert BoroughInfo("Leeds", "leeds", "Yorkshire and the Humber") in gaz.boroughs
    assert len(gaz.boroughs) > 350


@pytest.mark.parametrize(
    "text,title,borough",
    [
        (
            "Police in Ilford and Loxford made arrests. Redbridge Council said it would help.",
            None,
            "Redbridge",
        ),
        (
            "The MP visited Barking. Ilford residents came too. Barking and Dagenham Council agreed.",
            None,
            "Barking and Dagenham",
        ),
        (
            "The managed zone in Holbeck was reviewed by Leeds City Council.",
            None,
            "Leeds",
        ),
        ("Officers made arrests.", "Romford crackdown", "Havering"),
        ("Nothing about a place here.", None, None),
    ],
)
def test_the_article_area_is_where_its_places_point(gaz, text, title, borough):
    assert gaz.infer_context(text, title).borough == borough


def test_the_council_means_the_article_council(gaz):
    text = "Newham Council fined traders in Green Street. The council said more fines would follow."
    assert gaz.default_council(text).name == "Newham Council"


@pytest.mark.parametrize(
    "text,borough,expected",
    [
        # a London street name in a story from elsewhere is the local street of that name
        (
            "Officers patrolled Prince of Wales Road on Friday night.",
            "Norwich",
            [("Prince of Wales Road", "street", "Norwich")],
        ),
        # in a London story it stays the London street
        (
            "Officers patrolled Prince of Wales Road on Friday night.",
            "Camden",
            [("Prince of Wales Road", "street", "Camden")],
        ),
    ],
)
def test_a_street_of_another_region_is_read_as_the_local_one(gaz, text, borough, expected):
    assert found(gaz, text, borough) == expected
