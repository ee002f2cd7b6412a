"""A well-formed slug that names nothing is explained on the page and matches no event; never a 500."""

import csv
import io
import json

import pytest

from tests.web.conftest import soup, text

UNKNOWN = [
    ("agency=no-such-agency", "agency=no-such-agency names no agency in this timeline, so no event matches it.", "Agency: no-such-agency"),
    ("borough=havering", "borough=havering names no borough with events in this timeline, so no event matches it.", "Borough: havering"),
    ("place=nowhere-street-croydon", "place=nowhere-street-croydon names no place in this timeline, so no event matches it.", "Place: nowhere-street-croydon"),
]


@pytest.mark.parametrize("path", ["/", "/events"])
@pytest.mark.parametrize("query,note,chip", UNKNOWN)
def test_an_unknown_slug_is_explained_and_shows_no_events(sqlite_sample_client, path, query, note, chip):
    response = sqlite_sample_client.get(f"{path}?{query}")
    page = soup(response)
    assert (
        response.status_code,
        [text(li) for li in page.select(".param-notes li")],
        [text(a) for a in page.select(".active-filters a")],
        text(page.select_one(".result-count")),
        text(page.select_one(".empty")),
        page.select("li.entry"),
    ) == (
        200,
        [note],
        [f"{chip} (remove this filter) ×", "Clear all filters"],
        "0 dated events",
        "No events match these filters. Clear all filters",
        [],
    )


def test_an_unknown_slug_beside_a_known_one_leaves_the_known_ones_events(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?agency=british-transport-police&agency=no-such-agency"))
    assert (
        [text(li) for li in page.select(".param-notes li")],
        [a.get_text(strip=True) for a in page.select("#results .entry-title a")],
        [text(a) for a in page.select(".active-filters a")][:2],
    ) == (
        ["agency=no-such-agency names no agency in this timeline, so no event matches it."],
        ["Two blades seized at West Croydon", "Knife arches at West Croydon station"],
        ["Agency: British Transport Police (remove this filter) ×", "Agency: no-such-agency (remove this filter) ×"],
    )


def test_a_known_slug_gets_no_note(sqlite_sample_client):
    assert soup(sqlite_sample_client.get("/?borough=leeds")).select(".param-notes") == []


@pytest.mark.parametrize("path", ["/", "/events"])
def test_an_unknown_type_is_a_parameter_error_on_the_page(sqlite_sample_client, path):
    response = sqlite_sample_client.get(f"{path}?type=raid&borough=havering")
    page = soup(response)
    assert (
        response.status_code,
        [text(li) for li in page.select(".param-errors li")],
        [text(li) for li in page.select(".param-notes li")],
    ) == (
        400,
        ["type=raid is not one of: operation, enforcement, team_launch, consultation, order, meeting, announcement, incident."],
        ["borough=havering names no borough with events in this timeline, so no event matches it."],
    )


def exported(response, ext: str) -> list:
    """The events (or references) an export holds, read with the format's own parser."""
    body = response.text
    if ext == "csv":
        return list(csv.DictReader(io.StringIO(body)))
    if ext == "json":
        return json.loads(body)["events"]
    if ext == "timelinejs.json":
        return json.loads(body)["events"]
    if ext == "csl.json":
        return json.loads(body)
    if ext == "ics":
        return [line for line in body.splitlines() if line == "BEGIN:VEVENT"]
    return [line for line in body.splitlines() if line.startswith("@")]


EXTENSIONS = ["csv", "json", "ics", "timelinejs.json", "csl.json", "bib"]


@pytest.mark.parametrize("ext", EXTENSIONS)
@pytest.mark.parametrize("query", ["agency=no-such-agency", "borough=havering", "place=nowhere-street-croydon"])
def test_exports_of_an_unknown_slug_are_empty_not_errors(sqlite_sample_client, ext, query):
    response = sqlite_sample_client.get(f"/events.{ext}?{query}")
    assert (response.status_code, exported(response, ext)) == (200, [])


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_exports_of_an_unknown_type_name_the_parameter(sqlite_sample_client, ext):
    response = sqlite_sample_client.get(f"/events.{ext}?type=raid")
    assert (response.status_code, response.json()["detail"]) == (422, "Invalid query parameter: type")
