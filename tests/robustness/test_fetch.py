"""Article URLs against a real HTTP server on 127.0.0.1 that misbehaves on purpose (no mocks)."""

from __future__ import annotations

import time

import pytest

from app.ingest.decoding import ArticleError
from app.ingest.fetch import fetch_article
from tests.robustness.http_server import misbehaving_server


@pytest.fixture(scope="module")
def server():
    with misbehaving_server() as url:
        yield url



def test_a_page_that_answers_is_fetched_and_extracted(server):
    article = fetch_article(f"{server}/article", timeout=5)
    assert (article.slug, article.fmt, article.title, article.publisher, article.url) == (
        "article",
        "url",
        "Dispersal order in Barking town centre",
        "Barking Post",
        f"{server}/article",
    )
    assert [p.text[:40] for p in article.paragraphs] == [
        "Police have put a 48-hour dispersal orde",
        "Officers from the Barking and Dagenham S",
    ]


@pytest.mark.parametrize(
    "path,problem",
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/broken", "HTTP 500 Internal Server Error"),
        ("/slow", "timed out after 0.5 s"),
        ("/trickle", "timed out after 0.5 s"),
        ("/photo", "not a web page (content type image/png)"),
        ("/huge", "page is over the 10,000-byte limit"),
        ("/loop", "could not fetch: Exceeded maximum allowed redirects."),
    ],
)
def test_a_url_that_fails_gets_an_error_naming_it_quickly(server, path, problem):
    started = time.perf_counter()
    with pytest.raises(ArticleError) as info:
        fetch_article(f"{server}{path}", timeout=0.5, max_bytes=10_000)
    assert (info.value.path, info.value.problem) == (f"{server}{path}", problem)
    assert time.perf_counter() - started < 2.5


def test_a_closed_port_is_an_error_not_a_crash():
    with pytest.raises(ArticleError) as info:
        fetch_article("http://127.0.0.1:9/nothing", timeout=1)
    assert info.value.problem == "could not fetch: [Errno 111] Connection refused"
