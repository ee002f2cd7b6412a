"""Every robustness test gets its own corrections file, never the project's corrections.toml."""

from __future__ import annotations

import pytest

from app.config import get_settings


@pytest.fixture(autouse=True)
def corrections_file(tmp_path, monkeypatch):
    path = tmp_path / "corrections.toml"
    monkeypatch.setenv("CORRECTIONS_FILE", str(path))
    get_settings.cache_clear()
    yield path
    get_settings.cache_clear()
