"""Rendered pages cached per data version, counts given up at a deadline, the front page kept warm.

On SQLite and PostgreSQL: a write made by any connection shows on the next request, a count that
cannot finish in time is said to have timed out (never shown partly counted), and the warmer renders
the front page again after a write.
"""

from __future__ import annotations

import pytest
from sqlmodel import Session

from app.db import cache, page_counts
from app.db.filters import FACETS, TimelineFilters
from app.web.warm import FrontPageWarmer
from tests.builders import make_event
from tests.web.conftest import soup


@pytest.mark.parametrize("path", ["/", "/?type=operation", "/api/events", "/api/events?type=operation"])
def test_a_write_by_another_connection_shows_on_the_next_request(path, sample_client, sample_engine):
    first = sample_client.get(path)
    assert sample_client.get(path).content == first.content  # served again from the cache
    with Session(sample_engine) as session:
        make_event(session, id="ev-new-dispersal", title="Police imposed a dispersal order on Wickham Parade", date="2031-05-02")
        session.commit()
    after = sample_client.get(path)
    assert after.status_code == 200
    assert "Police imposed a dispersal order on Wickham Parade" in after.text
    assert "Police imposed a dispersal order on Wickham Parade" not in first.text


@pytest.mark.parametrize(
    "filters, expect_timeouts",
    [
        (TimelineFilters(q="police"), [*FACETS, "histogram"]),  # counted from the events: gives up at once
        (TimelineFilters(agencies=("nowhere-council", "elsewhere-police"),), [*FACETS, "histogram"]),
        (TimelineFilters(), []),  # answered by the summaries: never times out
        (TimelineFilters(types=("operation",), planned=False), []),
    ],
)
def test_counts_past_the_deadline_are_reported_as_timed_out(filters, expect_timeouts, sample_engine, monkeypatch):
    monkeypatch.setenv("TIMELINE_QUERY_CACHE", "off")
    with Session(sample_engine) as session:
        counts = page_counts.page_counts(session, filters=filters, seconds=0)
        assert counts.timed_out == expect_timeouts
        in_time = page_counts.page_counts(session, filters=filters, seconds=30)
        assert in_time.timed_out == []
        assert all(v is not None for v in in_time.facets.values())


def test_the_page_says_which_counts_timed_out(sample_client, monkeypatch):
    monkeypatch.setattr(page_counts, "PAGE_COUNT_SECONDS", 0)
    cache.clear()
    page = soup(sample_client.get("/?q=police"))
    assert len(page.select(".facet-timeout")) == 4  # agency, borough, type, precision (planned says so per choice)
    assert page.select_one(".histogram-timeout") is not None
    assert "count timed out" in page.select_one(".facet-planned").get_text()
    # the summaries answer the unfiltered page in time
    assert soup(sample_client.get("/")).select(".facet-timeout") == []


def test_the_warmer_renders_the_front_page_after_a_write(sample_client, sample_engine):
    sample_client.get("/")  # the front page is seen: its base URL is remembered
    app = sample_client.app
    warmer = FrontPageWarmer(app)
    warmer.seen(_request(sample_client))
    with Session(sample_engine) as session:
        make_event(session, id="ev-new-closure", title="Council closed the Parade Road underpass after an assault", date="2031-06-01")
        session.commit()
    cache.clear()
    version = warmer.warm(app, None)
    with Session(sample_engine) as session:
        assert version == cache.data_version(session)
    keys = [k for k in cache._pages if k[1] == version]
    assert {k[2][0] for k in keys} == {"timeline", "api_events"}
    assert "Council closed the Parade Road underpass" in sample_client.get("/").text


def _request(client):
    from starlette.requests import Request

    return Request({"type": "http", "scheme": "http", "server": ("testserver", 80), "root_path": "", "headers": [(b"host", b"testserver")], "app": client.app})
