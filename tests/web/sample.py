"""A small, varied world of invented articles and events for the web tests (built with tests.builders)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.db.models import SourceVersion
from tests.builders import make_event, make_source


def build_sample(session: Session) -> dict[str, SourceVersion]:
    """Three invented articles and ten events covering every precision, planned, undated, hidden
    and corrected entries; the Croydon article has a second version."""
    croydon = make_source(
        session,
        slug="croydon-knife-arches",
        title="Knife arches at West Croydon station as police step up patrols",
        url="https://news.example/croydon/knife-arches-west-croydon",
        published="2019-03-14",
        paragraphs=[
            "Police set up knife arches at West Croydon station on Tuesday, March 12, as part of a week of action against violent crime.",
            "Officers from the Croydon Safer Neighbourhoods Team and British Transport Police searched 40 people and seized two blades.",
            ("Picture: Croydon Courier", "caption", "photo credit"),
            "Croydon Council will hold a public meeting about the operation at the town hall in April.",
            "Insp Amy Lowe said: “We want people to feel safe on the way home - and we will be back.”",
            (
                "Sign up to our newsletter for the latest news from Croydon.",
                "boilerplate",
                "subscription appeal",
            ),
        ],
    )
    leeds = make_source(
        session,
        slug="harehills-dispersal-order",
        title="Dispersal order extended in Harehills",
        publisher="Leeds Ledger",
        url="https://ledger.example/news/harehills-dispersal",
        published="2017-06-20/2017-06-30",
        method="inferred",
        evidence=("'last month' survey in May 2017", "summer order still in force"),
        paragraphs=[
            "A dispersal order covering Roundhay Road in Harehills will stay in force until the end of the summer.",
            "West Yorkshire Police first introduced the order in 2016 after complaints of street drinking.",
            "Leeds City Council launched a survey of residents last month.",
        ],
    )
    southend = make_source(
        session,
        slug="southend-seafront-pspo",
        title="Seafront drinking ban considered",
        publisher="Southend Standard",
        url=None,
        paragraphs=[
            "Southend-on-Sea Council is considering a public spaces protection order for the seafront.",
            "A consultation on the plans ran in the early months of 2020.",
        ],
    )
    make_event(
        session,
        id="ev-arches",
        title="Knife arches at West Croydon station",
        date="2019-03-11/2019-03-17",
        precision="week",
        agencies=("Metropolitan Police Service", "British Transport Police"),
        boroughs=("Croydon",),
        places=("West Croydon station",),
        people=("Insp Amy Lowe",),
        cites=(
            (croydon, 1, "Police set up knife arches at West Croydon station"),
            (croydon, 2, "searched 40 people"),
        ),
        explanation="week: 'a week of action' around Tuesday, March 12",
    )
    make_event(
        session,
        id="ev-blades",
        title="Two blades seized at West Croydon",
        type="enforcement",
        date="2019-03-12",
        agencies=("British Transport Police",),
        boroughs=("Croydon",),
        places=("West Croydon station",),
        cites=((croydon, 2, "seized two blades"),),
        explanation="weekday: Tuesday, March 12 fits 2019",
    )
    make_event(
        session,
        id="ev-meeting",
        title="Public meeting about the knife arches",
        type="meeting",
        date="2019-04",
        planned=True,
        agencies=("Croydon Council",),
        boroughs=("Croydon",),
        places=("Croydon Town Hall",),
        cites=((croydon, 4, "will hold a public meeting"),),
        explanation="relative: 'in April' after a March publication date",
    )
    make_event(
        session,
        id="ev-dispersal",
        title="Harehills dispersal order in force",
        type="order",
        date="2017-22",
        precision="season",
        agencies=("West Yorkshire Police",),
        boroughs=("Leeds",),
        places=("Roundhay Road", "Harehills"),
        cites=((leeds, 1, "will stay in force until the end of the summer"),),
        explanation="season: until the end of the summer",
    )
    make_event(
        session,
        id="ev-dispersal-2016",
        title="Dispersal order first introduced",
        type="order",
        date="2016",
        agencies=("West Yorkshire Police",),
        boroughs=("Leeds",),
        cites=((leeds, 2, "first introduced the order in 2016"),),
        explanation="explicit: in 2016",
    )
    make_event(
        session,
        id="ev-survey",
        title="Residents' survey launched",
        type="consultation",
        date="2017-05",
        agencies=("Leeds City Council",),
        boroughs=("Leeds",),
        cites=((leeds, 3, "launched a survey of residents last month"),),
        explanation="relative: 'last month' before June 2017",
    )
    make_event(
        session,
        id="ev-pspo",
        title="Seafront PSPO considered",
        type="order",
        agencies=("Southend-on-Sea Council",),
        boroughs=("Southend-on-Sea",),
        cites=((southend, 1, "considering a public spaces protection order"),),
        explanation="no date in the text and no publication date",
    )
    make_event(
        session,
        id="ev-consultation-2020",
        title="Seafront consultation",
        type="consultation",
        bounds=(date(2020, 1, 1), date(2020, 4, 30)),
        precision="unknown",
        agencies=("Southend-on-Sea Council",),
        boroughs=("Southend-on-Sea",),
        cites=((southend, 2, "A consultation on the plans ran"),),
        explanation="'the early months of 2020'",
    )
    make_event(
        session,
        id="ev-hidden",
        title="A duplicate a curator hid",
        type="incident",
        date="2019-03-12",
        hidden=True,
        boroughs=("Croydon",),
        cites=((croydon, 1, "Police set up knife arches"),),
    )
    make_event(
        session,
        id="ev-corrected",
        title="Street drinking complaints",
        type="incident",
        date="2016-05",
        boroughs=("Leeds",),
        cites=((leeds, 2, "complaints of street drinking"),),
        explanation="corrected by a curator to 2016-05",
        corrected={
            "extracted": {
                "type": "announcement",
                "title": "Street drinking complaints",
                "date": "2016",
                "precision": "year",
                "hidden": False,
            },
            "notes": ["The complaints were made in May 2016."],
            "by": ["ev-corrected"],
        },
    )
    croydon_v2 = make_source(
        session,
        slug="croydon-knife-arches",
        title="Knife arches at West Croydon station as police step up patrols",
        paragraphs=[
            "Police set up knife arches at West Croydon station on Tuesday, March 12, as part of a week of action against violent crime.",
            "Officers searched 41 people and seized two blades.",
        ],
        published="2019-03-14",
    )
    session.commit()
    return {
        "croydon": croydon,
        "croydon_v2": croydon_v2,
        "leeds": leeds,
        "southend": southend,
    }
