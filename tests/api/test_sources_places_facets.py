"""Sources, agencies, boroughs and facets as JSON: the same query functions as their HTML pages."""

import pytest
from bs4 import BeautifulSoup

CROYDON_PUBLISHED = {
    "edtf": "2019-03-14",
    "earliest": "2019-03-14",
    "latest": "2019-03-14",
    "method": "metadata",
    "evidence": [],
}


def test_sources_lists_every_article_at_its_current_version_newest_first(sample_client):
    data = sample_client.get("/api/sources").json()
    assert data["count"] == 3
    assert [
        (s["slug"], s["version"], s["paragraphs"], s["events"], s["published"]["edtf"])
        for s in data["sources"]
    ] == [
        ("croydon-knife-arches", 2, 2, 3, "2019-03-14"),
        ("harehills-dispersal-order", 1, 3, 4, "2017-06-20/2017-06-30"),
        ("southend-seafront-pspo", 1, 2, 2, ""),
    ]


def test_a_source_at_an_old_version_keeps_the_paragraphs_its_citations_point_to(
    sample_client,
):
    data = sample_client.get("/api/sources/croydon-knife-arches?version=1").json()
    assert {
        k: data[k]
        for k in ("slug", "version", "current_version", "versions", "published")
    } == {
        "slug": "croydon-knife-arches",
        "version": 1,
        "current_version": 2,
        "versions": [1, 2],
        "published": CROYDON_PUBLISHED,
    }
    assert [
        (p["number"], p["kind"], [e["slug"] for e in p["cited_by"]])
        for p in data["paragraphs"]
    ] == [
        (1, "body", ["ev-arches"]),
        (2, "body", ["ev-arches", "ev-blades"]),
        (3, "caption", []),
        (4, "body", ["ev-meeting"]),
        (5, "body", []),
        (6, "boilerplate", []),
    ]
    current = sample_client.get("/api/sources/croydon-knife-arches").json()
    assert (current["version"], [p["text"] for p in current["paragraphs"]][1]) == (
        2,
        "Officers searched 41 people and seized two blades.",
    )


def test_boroughs_and_agencies_count_only_visible_events(sample_client):
    assert sample_client.get("/api/boroughs").json() == {
        "boroughs": [
            {"slug": "leeds", "name": "Leeds", "events": 4},
            {"slug": "croydon", "name": "Croydon", "events": 3},
            {"slug": "southend-on-sea", "name": "Southend-on-Sea", "events": 2},
        ]
    }
    agencies = sample_client.get("/api/agencies").json()["agencies"]
    assert agencies[:3] == [
        {
            "slug": "british-transport-police",
            "name": "British Transport Police",
            "events": 2,
        },
        {
            "slug": "southend-on-sea-council",
            "name": "Southend-on-Sea Council",
            "events": 2,
        },
        {"slug": "west-yorkshire-police", "name": "West Yorkshire Police", "events": 2},
    ]


def test_one_borough_has_its_dates_types_and_partner_agencies(sample_client):
    assert sample_client.get("/api/boroughs/leeds").json() == {
        "kind": "borough",
        "slug": "leeds",
        "name": "Leeds",
        "events": 4,
        "first": "2016-01-01",
        "last": "2017-08-31",
        "by_type": [
            {"value": "order", "label": "order", "count": 2, "selected": False},
            {
                "value": "consultation",
                "label": "consultation",
                "count": 1,
                "selected": False,
            },
            {"value": "incident", "label": "incident", "count": 1, "selected": False},
        ],
        "people": [],
        "partners": [
            {
                "value": "west-yorkshire-police",
                "label": "West Yorkshire Police",
                "count": 2,
                "selected": False,
            },
            {
                "value": "leeds-city-council",
                "label": "Leeds City Council",
                "count": 1,
                "selected": False,
            },
        ],
    }


def test_one_agency_has_its_boroughs(sample_client):
    data = sample_client.get("/api/agencies/british-transport-police").json()
    assert (
        data["kind"],
        data["events"],
        data["first"],
        data["last"],
        data["partners"],
    ) == (
        "agency",
        2,
        "2019-03-11",
        "2019-03-17",
        [{"value": "croydon", "label": "Croydon", "count": 2, "selected": False}],
    )


def form_counts(html: str) -> dict[str, list[tuple[str, int, bool]]]:
    """The filter form's facet checkboxes: {facet: [(value, count, checked)]}."""
    soup = BeautifulSoup(html, "html.parser")
    out = {}
    for facet in ("agency", "borough", "type", "precision"):
        out[facet] = [
            (
                li.input["value"],
                int(li.select_one(".count").contents[0]),
                li.input.has_attr("checked"),
            )
            for li in soup.select(f"fieldset.facet-{facet} li")
        ]
    return out


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?borough=redbridge",
        "?type=operation&from=2018",
        "?agency=redbridge-council&precision=month",
    ],
)
def test_facet_counts_are_the_counts_the_filter_form_shows(client, query):
    api = client.get("/api/facets" + query).json()
    page = form_counts(client.get("/" + query).text)
    assert {
        f: [(c["value"], c["count"], c["selected"]) for c in api[f]] for f in page
    } == page
