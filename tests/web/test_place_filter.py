"""place=<slug>: entries link their place names to the timeline at that place; the API and the
exports take the same parameter."""

import csv
import io

import pytest

from tests.web.conftest import soup, text

AT_THE_STATION = ["ev-blades", "ev-arches"]


def entry_ids(page) -> list[str]:
    return [li["id"].removeprefix("event-") for li in page.select("#results li.entry")]


def test_place_names_on_entries_link_to_the_timeline_at_that_place(sample_client):
    page = soup(sample_client.get("/?borough=croydon"))
    assert [(text(a), a["href"]) for a in page.select("li#event-ev-arches .where a")] == [
        ("West Croydon station", "http://testserver/?place=west-croydon-station"),
        ("Croydon", "http://testserver/boroughs/croydon"),
    ]


def test_the_place_filter_shows_that_places_events_with_a_chip_naming_it(sample_client):
    response = sample_client.get("/?place=west-croydon-station")
    page = soup(response)
    assert (response.status_code, entry_ids(page), [text(a) for a in page.select(".active-filters a")]) == (
        200,
        AT_THE_STATION,
        ["Place: West Croydon station (remove this filter) ×", "Clear all filters"],
    )
    assert page.select_one(".active-filters a.chip")["href"] == "http://testserver/"


def test_place_filters_combine_with_the_others(sample_client):
    page = soup(sample_client.get("/?place=west-croydon-station&place=roundhay-road&type=enforcement&type=order"))
    assert entry_ids(page) == ["ev-blades", "ev-dispersal"]


def test_the_event_page_links_its_places_too(sample_client):
    page = soup(sample_client.get("/events/ev-dispersal"))
    assert [(text(a), a["href"]) for a in page.select(".facts a.place-link")] == [
        ("Harehills", "http://testserver/?place=harehills"),
        ("Roundhay Road", "http://testserver/?place=roundhay-road"),
    ]


@pytest.mark.parametrize("query", ["?place=west-croydon-station", "?place=west-croydon-station&order=oldest"])
def test_the_api_and_the_csv_export_take_the_place_filter(sample_client, query):
    page = entry_ids(soup(sample_client.get("/" + query)))
    api = [e["id"] for e in sample_client.get("/api/events" + query).json()["events"]]
    exported = [row["id"] for row in csv.DictReader(io.StringIO(sample_client.get("/events.csv" + query).text))]
    assert (api, exported) == (page, page)


def test_the_api_documents_the_place_parameter(sample_client):
    params = sample_client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]
    (place,) = [p for p in params if p["name"] == "place"]
    assert (place["in"], place["schema"]["items"]["pattern"]) == ("query", "^[a-z0-9][a-z0-9-]{0,199}$")
