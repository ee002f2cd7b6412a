"""Fixtures for the API and export tests: the seeds (``client`` from tests/conftest.py) or the
invented sample world of tests/builders.py, each behind a TestClient on SQLite."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.main import create_app
from tests.web.sample import build_sample


@pytest.fixture
def sample_client(sqlite_engine, settings_for):
    """build_sample's three articles and ten events (one hidden), served over SQLite."""
    with Session(sqlite_engine) as session:
        build_sample(session)
    with TestClient(
        create_app(
            settings_for(sqlite_engine.url.render_as_string(hide_password=False))
        )
    ) as client:
        yield client
