"""Agencies: aliases, named teams, '<place> police', foreign forces, unknown organisations, bare words."""

from __future__ import annotations

import pytest

from app.ingest.gazetteer import Gazetteer
from app.ingest.records import AgencyRef

MET = "Metropolitan Police Service"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def found(gaz: Gazetteer, text: str, borough: str | None = None) -> list[tuple]:
    context = gaz.context(borough) if borough else None
    return [
        (a.surface, a.ref.name, a.ref.unit, a.ref.kind)
        for a in gaz.find_agencies(text, context)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Romanian police are joining forces with Safer Neighbourhoods Team officers in Ilford Lane.",
            [
                ("Romanian police", "Romanian Police", None, "foreign_police"),
                (
                    "Safer Neighbourhoods Team officers",
                    MET,
                    "Safer Neighbourhoods Team",
                    "police",
                ),
            ],
        ),
        (
            "The operation was announced in a statement tweeted by Redbridge police.",
            [("Redbridge police", MET, None, "police")],
        ),
        (
            "Officers had been seconded from the Romanian police force and Romanian detectives helped.",
            [
                ("Romanian police force", "Romanian Police", None, "foreign_police"),
                ("Romanian detectives", "Romanian Police", None, "foreign_police"),
            ],
        ),
        (
            "The partnership includes Redbridge and Barking and Dagenham Councils and outreach charities.",
            [
                ("Redbridge", "Redbridge Council", None, "council"),
                (
                    "Barking and Dagenham Councils",
                    "Barking and Dagenham Council",
                    None,
                    "council",
                ),
            ],
        ),
        (
            "LBBD, the London Borough of Redbridge and Barking & Dagenham Council signed the pledge.",
            [
                ("LBBD", "Barking and Dagenham Council", None, "council"),
                ("London Borough of Redbridge", "Redbridge Council", None, "council"),
                (
                    "Barking & Dagenham Council",
                    "Barking and Dagenham Council",
                    None,
                    "council",
                ),
            ],
        ),
        (
            "Insp Lee Canter, of Redbridge Safer Neighbourhoods Team, said Loxford SNT would patrol.",
            [
                (
                    "Redbridge Safer Neighbourhoods Team",
                    MET,
                    "Redbridge Safer Neighbourhoods Team",
                    "police",
                ),
                ("Loxford SNT", MET, "Loxford Safer Neighbourhoods Team", "police"),
            ],
        ),
        (
            "Romanian police officers will be joining Loxford ward officers this week.",
            [
                ("Romanian police officers", "Romanian Police", None, "foreign_police"),
                (
                    "Loxford ward officers",
                    MET,
                    "Loxford Safer Neighbourhoods Team",
                    "police",
                ),
            ],
        ),
        (
            "The team works with Redbridge Council and Ilford Business Improvement District, according to the Met.",
            [
                ("Redbridge Council", "Redbridge Council", None, "council"),
                (
                    "Ilford Business Improvement District",
                    "Ilford Business Improvement District",
                    None,
                    "business",
                ),
                ("the Met", MET, None, "police"),
            ],
        ),
        (
            "East Area commander Det Ch Supt Stephen Clayman joined the Territorial Support Group and the Violent Crime Taskforce.",
            [
                ("East Area", MET, "East Area Basic Command Unit", "police"),
                (
                    "Territorial Support Group",
                    MET,
                    "Territorial Support Group",
                    "police",
                ),
                ("Violent Crime Taskforce", MET, "Violent Crime Taskforce", "police"),
            ],
        ),
        (
            "Organisation National Ugly Mugs (NUM) said NUM would work with the Terrence Higgins Trust and Refuge.",
            [
                ("National Ugly Mugs", "National Ugly Mugs", None, "charity"),
                ("NUM", "National Ugly Mugs", None, "charity"),
                ("NUM", "National Ugly Mugs", None, "charity"),
                ("Terrence Higgins Trust", "Terrence Higgins Trust", None, "charity"),
                ("Refuge", "Refuge", None, "charity"),
            ],
        ),
        (
            "The Home Office, MOPAC and the IOPC were told; the Crown Prosecution Service charged him.",
            [
                ("Home Office", "Home Office", None, "government"),
                ("MOPAC", "Mayor's Office for Policing and Crime", None, "government"),
                ("IOPC", "Independent Office for Police Conduct", None, "government"),
                (
                    "Crown Prosecution Service",
                    "Crown Prosecution Service",
                    None,
                    "government",
                ),
            ],
        ),
        (
            "Essex Police, Kent Police and British Transport Police ran a joint operation at Chafford Hundred.",
            [
                ("Essex Police", "Essex Police", None, "police"),
                ("Kent Police", "Kent Police", None, "police"),
                (
                    "British Transport Police",
                    "British Transport Police",
                    None,
                    "police",
                ),
            ],
        ),
        (
            "Southend Council, Leeds City Council and Essex County Council agreed.",
            [
                ("Southend Council", "Southend-on-Sea City Council", None, "council"),
                ("Leeds City Council", "Leeds City Council", None, "council"),
                ("Essex County Council", "Essex County Council", None, "council"),
            ],
        ),
        (
            "Leeds police and Holbeck police officers met Sheffield police.",
            [
                ("Leeds police", "West Yorkshire Police", None, "police"),
                ("Holbeck police", "West Yorkshire Police", None, "police"),
                ("Sheffield police", "South Yorkshire Police", None, "police"),
            ],
        ),
        (
            "Polish police and Bulgarian officers worked with the Gardaí.",
            [
                ("Polish police", "Polish Police", None, "foreign_police"),
                ("Bulgarian officers", "Bulgarian Police", None, "foreign_police"),
                ("Gardaí", "An Garda Síochána", None, "foreign_police"),
            ],
        ),
    ],
)
def test_agencies_are_named_canonically(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Clapton Community Trust and Walthamstow Foundation backed the Romford Business Improvement District.",
            [
                ("Clapton Community Trust", "Clapton Community Trust", None, "charity"),
                ("Walthamstow Foundation", "Walthamstow Foundation", None, "charity"),
                (
                    "Romford Business Improvement District",
                    "Romford Business Improvement District",
                    None,
                    "business",
                ),
            ],
        ),
        (
            "Angel BID and Midshire Constabulary joined Borsetshire Council.",
            [
                ("Angel BID", "Angel BID", None, "business"),
                ("Midshire Constabulary", "Midshire Constabulary", None, "police"),
                ("Borsetshire Council", "Borsetshire Council", None, "council"),
            ],
        ),
        ("Labour council candidates and the Security Council met.", []),
        (
            "The Barking Police Station was closed and Ilford police station reopened.",
            [],
        ),
        (
            "Essex Police and Crime Commissioner Roger Hirst and the Met Office agreed.",
            [("Met Office", "Met Office", None, "government")],
        ),
        (
            "Newham's Safer Neighbourhood Team, Havering CID and the East BCU made arrests.",
            [
                (
                    "Newham's Safer Neighbourhood Team",
                    MET,
                    "Newham Safer Neighbourhoods Team",
                    "police",
                ),
                ("Havering CID", MET, "Havering CID", "police"),
                ("East BCU", MET, "East Area Basic Command Unit", "police"),
            ],
        ),
        (
            "Chigwell Parish Council and the Barking, Havering and Redbridge University Hospitals NHS Trust met.",
            [
                ("Chigwell Parish Council", "Chigwell Parish Council", None, "council"),
                (
                    "Barking, Havering and Redbridge University Hospitals NHS Trust",
                    "Barking, Havering and Redbridge University Hospitals NHS Trust",
                    None,
                    "government",
                ),
            ],
        ),
    ],
)
def test_unknown_organisations_are_kept_by_their_suffix(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,borough,expected",
    [
        (
            "Police said officers and the council would act; council officers issued fines.",
            "Newham",
            [
                ("Police", MET, None, "police"),
                ("officers", MET, None, "police"),
                ("the council", "Newham Council", None, "council"),
                ("council", "Newham Council", None, "council"),
            ],
        ),
        (
            "The neighbourhood policing team and Safer Neighbourhoods Team officers patrolled Holbeck.",
            "Leeds",
            [
                (
                    "neighbourhood policing team",
                    "West Yorkshire Police",
                    "Neighbourhood Policing Team",
                    "police",
                ),
                (
                    "Safer Neighbourhoods Team officers",
                    "West Yorkshire Police",
                    "Safer Neighbourhoods Team",
                    "police",
                ),
            ],
        ),
        (
            "Volunteer special constables were deployed by police in Preston.",
            "Preston",
            [
                (
                    "Volunteer special constables",
                    "Lancashire Constabulary",
                    "Special Constabulary",
                    "police",
                ),
                ("police", "Lancashire Constabulary", None, "police"),
            ],
        ),
        (
            "Council tax rose and the council leader spoke to enforcement officers.",
            "Havering",
            [
                ("the council", "Havering Council", None, "council"),
            ],
        ),
    ],
)
def test_bare_words_resolve_to_the_article_area(gaz, text, borough, expected):
    assert found(gaz, text, borough) == expected


def test_bare_words_are_left_alone_without_a_context(gaz):
    assert found(gaz, "Police and the council said officers would return.") == []


@pytest.mark.parametrize(
    "borough,force",
    [
        ("Redbridge", MET),
        ("City of London", "City of London Police"),
        ("Leeds", "West Yorkshire Police"),
        ("Preston", "Lancashire Constabulary"),
        ("Southend-on-Sea", "Essex Police"),
        ("Sheffield", "South Yorkshire Police"),
        ("Cardiff", "South Wales Police"),
        ("Glasgow", "Police Scotland"),
        ("Belfast", "Police Service of Northern Ireland"),
        ("Nowhere", None),
    ],
)
def test_each_area_has_its_territorial_force(gaz, borough, force):
    ref = gaz.force_for(borough)
    assert (ref.name if ref else None) == force


@pytest.mark.parametrize(
    "borough,council",
    [
        ("Redbridge", "Redbridge Council"),
        ("Barking and Dagenham", "Barking and Dagenham Council"),
        ("City of London", "City of London Corporation"),
        ("Westminster", "Westminster City Council"),
        ("Leeds", "Leeds City Council"),
        ("Southend-on-Sea", "Southend-on-Sea City Council"),
        ("Kirklees", "Kirklees Council"),
    ],
)
def test_each_area_has_its_council(gaz, borough, council):
    assert gaz.council_for(borough).name == council


@pytest.mark.parametrize(
    "query,expected",
    [
        (
            "metropolitan-police-service",
            AgencyRef(MET, "police", slug="metropolitan-police-service"),
        ),
        ("Met Police", AgencyRef(MET, "police", slug="metropolitan-police-service")),
        ("Loxford", None),
        (
            "Territorial Support Group",
            AgencyRef(
                MET,
                "police",
                unit="Territorial Support Group",
                parent=MET,
                slug="metropolitan-police-service",
            ),
        ),
        (
            "redbridge borough council",
            AgencyRef("Redbridge Council", "council", slug="redbridge-council"),
        ),
    ],
)
def test_agencies_are_looked_up_by_slug_name_or_alias(gaz, query, expected):
    assert gaz.agency(query) == expected


def test_every_police_force_of_the_uk_is_known(gaz):
    forces = {a.force for a in gaz.data.areas.values()}
    assert len(forces) == 45  # 43 in England and Wales, Police Scotland, PSNI
    assert all(
        gaz.agency(f) is not None and gaz.agency(f).kind == "police" for f in forces
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        # suffixes beyond Trust and Foundation
        (
            "The Kirkgate Traders Association and Hull University backed the plan.",
            [
                ("Kirkgate Traders Association", "Kirkgate Traders Association", None, "community"),
                ("Hull University", "Hull University", None, "other"),
            ],
        ),
        (
            "Members of the Easton Safety Forum met the Bristol Safer Streets Partnership.",
            [
                ("Easton Safety Forum", "Easton Safety Forum", None, "community"),
                ("Bristol Safer Streets Partnership", "Bristol Safer Streets Partnership", None, "community"),
            ],
        ),
        # a name with no tell-tale suffix, introduced as a charity or group
        (
            "Youth charity Second Chance Salford said the order went too far.",
            [("Second Chance Salford", "Second Chance Salford", None, "charity")],
        ),
        (
            "Outreach workers from the charity Friends of the Forgotten joined officers.",
            [("Friends of the Forgotten", "Friends of the Forgotten", None, "charity")],
        ),
        # lower-case "group of residents" introduces nobody
        ("A group of residents complained.", []),
    ],
)
def test_organisations_are_read_from_their_suffix_or_their_introduction(gaz, text, expected):
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    "text,name",
    [
        # the old name as written is right for an article of its time
        ("Colchester Borough Council approved the scheme.", "Colchester Borough Council"),
        ("Colchester City Council approved the scheme.", "Colchester City Council"),
    ],
)
def test_a_renamed_council_keeps_the_name_the_article_writes(gaz, text, name):
    assert [(a.ref.name, a.ref.slug) for a in gaz.find_agencies(text)] == [
        (name, "colchester-city-council")
    ]


@pytest.mark.parametrize(
    "day,name",
    [
        ("2019-04-17", "Southend-on-Sea Borough Council"),
        ("2022-02-28", "Southend-on-Sea Borough Council"),
        ("2022-03-01", "Southend-on-Sea City Council"),
        (None, "Southend-on-Sea City Council"),
    ],
)
def test_a_council_is_named_as_it_was_on_the_publication_day(gaz, day, name):
    from datetime import date

    council = gaz.council_for("Southend-on-Sea")
    on = date.fromisoformat(day) if day else None
    assert gaz.named_on(council, on).name == name
