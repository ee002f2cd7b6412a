"""Every export of a view, read back with a real parser, holds the events the HTML page shows for it."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from app.web.params import parse_timeline_params
from app.web.templating import templates
from tests.api.pages import page_citations, page_events
from tests.exports.bibparse import parse_bibtex
from tests.exports.citeproc_render import bibliography
from tests.exports.timelinejs_schema import timelinejs_errors

VIEWS = [
    "",
    "?borough=redbridge",
    "?type=operation&type=enforcement",
    "?from=2018&order=oldest",
    "?q=Romanian",
    "?planned=true",
    "?agency=redbridge-council",
]


def precisions(client, query: str) -> dict[str, str]:
    data = client.get("/api/events" + (query or "?") + "&limit=500").json()
    return {e["id"]: e["precision"] for e in data["events"] + data["undated"]}


@pytest.mark.parametrize("query", VIEWS)
def test_csv_and_json_exports_list_the_page_events_in_page_order(client, query):
    dated, undated = page_events(client, query)
    rows = list(
        csv.DictReader(io.StringIO(client.get("/events.csv" + query).text, newline=""))
    )
    document = client.get("/events.json" + query).json()
    assert [r["id"] for r in rows] == dated + undated
    assert ([e["id"] for e in document["events"]], document["count"]) == (
        dated + undated,
        len(dated + undated),
    )
    assert [r["paragraphs"] for r in rows] == [
        "; ".join(
            f"{s}:{','.join(str(c['paragraph']) for c in e['citations'] if c['source'] == s)}"
            for s in dict.fromkeys(c["source"] for c in e["citations"])
        )
        for e in document["events"]
    ]


@pytest.mark.parametrize("query", VIEWS)
def test_ics_export_holds_the_page_events_known_to_the_day(client, query):
    dated, undated = page_events(client, query)
    precision = precisions(client, query)
    cal = Calendar.from_ical(client.get("/events.ics" + query).text)
    uids = [str(v["uid"]).split("@")[0] for v in cal.walk("VEVENT")]
    assert uids == [i for i in dated if precision[i] == "day"]
    left_out = len(dated) + len(undated) - len(uids)
    assert ("Left out:" in str(cal["x-wr-caldesc"])) == (left_out > 0)


@pytest.mark.parametrize("query", VIEWS)
def test_timelinejs_export_is_valid_and_holds_the_page_dated_events(client, query):
    dated, undated = page_events(client, query)
    document = client.get("/events.timelinejs.json" + query).json()
    assert timelinejs_errors(document) == []
    assert [s["unique_id"] for s in document["events"]] == dated
    assert ("left out" in document["title"]["text"]["text"]) == bool(undated)


@pytest.mark.parametrize("query", VIEWS)
def test_citation_exports_cite_the_paragraphs_the_page_links_to(client, query):
    cited = page_citations(client, query)
    items = json.loads(client.get("/events.csl.json" + query).text)
    entries = parse_bibtex(client.get("/events.bib" + query).text)
    assert [i["archive_location"] for i in items] == cited
    assert [e["key"] for e in entries] == [i["id"] for i in items]
    assert len(bibliography(items)) == len(items)


def test_the_exports_partial_links_every_format_with_the_view_query_string(client):
    query = parse_timeline_params(
        {"borough": ["redbridge"], "type": ["operation"], "cursor": [""]}
    )
    html = templates.get_template("_exports.html").render(
        query=query, url_for=client.app.url_path_for
    )
    links = {
        a["data-format"]: a["href"]
        for a in BeautifulSoup(html, "html.parser").select("a[data-format]")
    }
    qs = "?borough=redbridge&type=operation"
    assert links == {
        "csv": f"/events.csv{qs}",
        "json": f"/events.json{qs}",
        "ics": f"/events.ics{qs}",
        "timelinejs": f"/events.timelinejs.json{qs}",
        "csl": f"/events.csl.json{qs}",
        "bibtex": f"/events.bib{qs}",
    }
    assert all(client.get(href).status_code == 200 for href in links.values())
