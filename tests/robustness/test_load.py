"""A short run of bench/loadtest.py: mixed requests during a re-ingest of every source, no errors."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from app.config import PROJECT_ROOT


def loadtest():
    spec = importlib.util.spec_from_file_location("loadtest", PROJECT_ROOT / "bench" / "loadtest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["loadtest"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(300)
def test_mixed_load_during_a_reingest_of_every_source_gets_no_errors(tmp_path):
    result = loadtest().load_during_reingest(seconds=8, max_requests=2000, concurrency=4, articles=0, reingest=True, workdir=tmp_path)
    assert result.errors == []
    assert result.reingests >= 1
    assert result.requests >= 40
    assert set(result.latencies) == {"page /", "page /events", "page /events/x", "page /sources", "page /sources/x", "api /events", "api /sources/x"}
