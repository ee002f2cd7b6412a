"""Fixtures for the web tests: the invented sample world behind a TestClient, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.main import create_app
from tests.web.sample import build_sample


@pytest.fixture
def sample_engine(engine):
    """A fresh database of each kind holding build_sample's articles and events."""
    with Session(engine) as session:
        build_sample(session)
    return engine


@pytest.fixture
def sample_client(sample_engine, settings_for):
    app = create_app(settings_for(sample_engine.url.render_as_string(hide_password=False)))
    with TestClient(app) as client:
        yield client


@pytest.fixture
def sqlite_sample_client(sqlite_engine, settings_for):
    """The sample world on SQLite only, for page tests that are not about the database."""
    with Session(sqlite_engine) as session:
        build_sample(session)
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))
    with TestClient(app) as client:
        yield client


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def text(element) -> str:
    """The element's text with runs of whitespace made single spaces."""
    return " ".join(element.get_text(" ").split())
