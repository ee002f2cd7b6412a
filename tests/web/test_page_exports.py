"""The timeline links its exports, each carrying the current query string (without the page cursor)."""

from datetime import date

import pytest

from app.db.filters import NEWEST, Cursor, encode_cursor
from tests.web.conftest import soup

EXPORTS = ["csv", "json", "ics", "timelinejs.json", "csl.json", "bib"]


def export_links(page) -> list[str]:
    return [a["href"] for a in page.select(".results-head .exports a[data-format]")]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?agency=british-transport-police&type=enforcement",
        "?borough=leeds&from=2016&to=June+2017&order=oldest",
        "?place=west-croydon-station&precision=day&planned=false&q=blades",
    ],
)
def test_each_export_link_carries_the_current_query_string(sqlite_sample_client, query):
    page = soup(sqlite_sample_client.get("/" + query))
    assert export_links(page) == [f"http://testserver/events.{ext}{query}" for ext in EXPORTS]
    assert page.select_one(".exports .help a")["href"] == f"http://testserver/api/events{query}"


def test_export_links_leave_out_the_page_cursor(sqlite_sample_client):
    cursor = encode_cursor(Cursor(NEWEST, date(2019, 3, 12), date(2019, 3, 12), "ev-blades"))
    page = soup(sqlite_sample_client.get(f"/?borough=croydon&cursor={cursor}"))
    assert export_links(page) == [f"http://testserver/events.{ext}?borough=croydon" for ext in EXPORTS]


def test_the_htmx_fragment_updates_the_export_links(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?type=order", headers={"HX-Request": "true"}))
    assert export_links(page) == [f"http://testserver/events.{ext}?type=order" for ext in EXPORTS]


def test_every_export_link_answers(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?borough=croydon"))
    assert [sqlite_sample_client.get(href).status_code for href in export_links(page)] == [200] * len(EXPORTS)
