"""The API and the exports give the same answers on SQLite and on PostgreSQL."""

import csv
import io

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.main import create_app
from tests.web.sample import build_sample

DATED = [
    "ev-consultation-2020",
    "ev-meeting",
    "ev-blades",
    "ev-arches",
    "ev-dispersal",
    "ev-survey",
    "ev-corrected",
    "ev-dispersal-2016",
]


@pytest.fixture
def any_db_client(engine, settings_for):
    """The sample world on each kind of database (the `engine` fixture runs SQLite and PostgreSQL)."""
    with Session(engine) as session:
        build_sample(session)
    with TestClient(
        create_app(settings_for(engine.url.render_as_string(hide_password=False)))
    ) as client:
        yield client


def test_events_search_paging_and_exports_agree_on_every_database(any_db_client):
    c = any_db_client
    data = c.get("/api/events?limit=500").json()
    assert ([e["id"] for e in data["events"]], [e["id"] for e in data["undated"]]) == (
        DATED,
        ["ev-pspo"],
    )
    assert [e["id"] for e in c.get("/api/events?q=blades").json()["events"]] == [
        "ev-blades",
        "ev-arches",
    ]
    paged, url = [], "/api/events?limit=3&order=oldest"
    while url:
        page = c.get(url).json()
        paged, url = paged + [e["id"] for e in page["events"]], page["next"]
    assert paged == DATED[::-1]
    rows = list(
        csv.DictReader(io.StringIO(c.get("/events.csv?type=order").text, newline=""))
    )
    assert [(r["id"], r["precision"], r["paragraphs"]) for r in rows] == [
        ("ev-dispersal", "season", "harehills-dispersal-order:1"),
        ("ev-dispersal-2016", "year", "harehills-dispersal-order:2"),
        ("ev-pspo", "unknown", "southend-seafront-pspo:1"),
    ]
    assert [i["id"] for i in c.get("/events.csl.json").json()] == [
        "southend-seafront-pspo-p2",
        "croydon-knife-arches-v1-p4",
        "croydon-knife-arches-v1-p2",
        "croydon-knife-arches-v1-p1",
        "harehills-dispersal-order-p1",
        "harehills-dispersal-order-p3",
        "harehills-dispersal-order-p2",
        "southend-seafront-pspo-p1",
    ]
