"""Fixtures for the API and export tests: the seeds (``client`` from tests/conftest.py) or the
invented sample world of tests/builders.py, each behind a TestClient on SQLite."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.main import create_app
from tests.builders import build_sample


@pytest.fixture
def sample_client(sqlite_engine, settings_for):
    """build_sample's three articles and ten events (one hidden), served over SQLite."""
    with Session(sqlite_engine) as session:
        build_sample(session)
    with TestClient(create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))) as client:
        yield client


def page_events(client, query: str = "") -> tuple[list[str], list[str]]:
    """(dated, undated) event ids in the order the HTML timeline lists them for this query string."""
    response = client.get("/" + query)
    assert response.status_code == 200, response.text
    soup = BeautifulSoup(response.text, "html.parser")
    undated = [li["id"].removeprefix("event-") for li in soup.select("#undated li.h-event")]
    everything = [li["id"].removeprefix("event-") for li in soup.select("li.h-event")]
    return [i for i in everything if i not in undated], undated


def page_citations(client, query: str = "") -> list[str]:
    """The cited paragraph links of the HTML timeline's entries ('/sources/slug/v/1#p3'), first use order."""
    soup = BeautifulSoup(client.get("/" + query).text, "html.parser")
    links = [a["href"] for a in soup.select("li.h-event .entry-sources a[href]")]
    return list(dict.fromkeys(links))
