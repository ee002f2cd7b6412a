"""The JSON API lists what the HTML timeline lists, for the same query string, and pages it exactly."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.api.pages import page_events

VIEWS = [
    "",
    "?borough=redbridge",
    "?borough=barking-and-dagenham&borough=redbridge",
    "?agency=redbridge-council",
    "?type=operation&type=meeting",
    "?from=2018",
    "?from=2017&to=June 2017",
    "?q=Romanian",
    "?precision=day&precision=week",
    "?planned=true",
    "?planned=false&order=oldest",
]


def api_events(client, query: str, **params) -> dict:
    response = client.get(
        "/api/events" + (query or "?") + "".join(f"&{k}={v}" for k, v in params.items())
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("query", VIEWS)
def test_api_events_are_the_events_the_page_shows_for_the_same_query(client, query):
    data = api_events(client, query, limit=500)
    dated, undated = page_events(client, query)
    # the page lists undated events by title, the API by id (the key its cursor pages on)
    assert ([e["id"] for e in data["events"]], [e["id"] for e in data["undated"]]) == (
        dated,
        sorted(undated),
    )
    assert (data["total"], data["undated_total"], data["next_cursor"]) == (
        len(dated),
        len(undated),
        None,
    )


def test_a_slug_nothing_is_filed_under_matches_no_event_rather_than_failing(client):
    data = api_events(client, "?agency=no-such-agency&borough=nowhere")
    assert (data["events"], data["undated"], data["total"], data["next"]) == (
        [],
        [],
        0,
        None,
    )


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_paging_one_event_at_a_time_returns_every_event_exactly_once_in_page_order(
    client, order
):
    seen, undated, url, sizes = [], [], f"/api/events?order={order}&limit=1", []
    while url:
        data = client.get(url).json()
        seen += [e["id"] for e in data["events"]]
        undated += [e["id"] for e in data["undated"]]
        sizes.append(len(data["events"]) + len(data["undated"]))
        url = data["next"]
    dated, page_undated = page_events(client, f"?order={order}")
    assert (seen, undated) == (dated, sorted(page_undated))
    assert sizes == [1] * (len(dated) + len(page_undated))


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5, 7, 50])
def test_every_page_size_serves_the_dated_then_the_undated_events_once_each(
    sample_client, limit
):
    pages, url = [], f"/api/events?limit={limit}"
    while url:
        data = sample_client.get(url).json()
        pages.append(
            (
                [e["id"] for e in data["events"]],
                [e["id"] for e in data["undated"]],
                data["total"],
                data["undated_total"],
            )
        )
        url = data["next"]
    dated = [i for p in pages for i in p[0]]
    undated = [i for p in pages for i in p[1]]
    assert (dated, undated) == (
        [
            "ev-consultation-2020",
            "ev-meeting",
            "ev-blades",
            "ev-arches",
            "ev-dispersal",
            "ev-survey",
            "ev-corrected",
            "ev-dispersal-2016",
        ],
        ["ev-pspo"],
    )
    assert {(p[2], p[3]) for p in pages} == {(8, 1)}
    assert [len(p[0]) + len(p[1]) for p in pages[:-1]] == [limit] * (len(pages) - 1)
    # once the undated events have begun, no dated one follows
    first_undated = next(i for i, p in enumerate(pages) if p[1])
    assert [p[0] for p in pages[first_undated + 1 :]] == [[]] * (len(pages) - first_undated - 1)


@pytest.mark.parametrize(
    "cursor",
    [
        "bnwtfC18",  # n|-|-| : the first undated event onwards
        "bnwtfC18ZXYtcHNwbw",  # n|-|-|ev-pspo : after the last one
    ],
)
def test_an_undated_cursor_pages_on_through_the_undated_events(sample_client, cursor):
    data = sample_client.get(f"/api/events?cursor={cursor}").json()
    expected = ["ev-pspo"] if cursor == "bnwtfC18" else []
    assert (data["events"], [e["id"] for e in data["undated"]], data["next"]) == (
        [],
        expected,
        None,
    )


def test_next_links_keep_the_filters_and_the_page_size(client):
    data = api_events(
        client,
        "?borough=redbridge&type=operation&type=enforcement&order=oldest",
        limit=2,
    )
    query = parse_qs(urlsplit(data["next"]).query)
    assert query == {
        "borough": ["redbridge"],
        "type": ["operation", "enforcement"],
        "order": ["oldest"],
        "cursor": [data["next_cursor"]],
        "limit": ["2"],
    }


def test_an_event_in_the_list_has_its_dates_actors_and_cited_paragraphs(sample_client):
    (event,) = [
        e
        for e in api_events(sample_client, "?q=blades")["events"]
        if e["id"] == "ev-blades"
    ]
    assert event == {
        "id": "ev-blades",
        "url": "http://testserver/events/ev-blades",
        "type": "enforcement",
        "title": "Two blades seized at West Croydon",
        "date_label": "12 March 2019",
        "edtf": "2019-03-12",
        "earliest": "2019-03-12",
        "latest": "2019-03-12",
        "precision": "day",
        "explanation": "weekday: Tuesday, March 12 fits 2019",
        "planned": False,
        "corrected": False,
        "source_count": 1,
        "agencies": [
            {"slug": "british-transport-police", "name": "British Transport Police"}
        ],
        "boroughs": [{"slug": "croydon", "name": "Croydon"}],
        "places": ["West Croydon station"],
        "citations": [
            {
                "source": "croydon-knife-arches",
                "version": 1,
                "paragraph": 2,
                "quote": "seized two blades",
                "publisher": "Croydon Courier",
                "title": "Knife arches at West Croydon station as police step up patrols",
                "permalink": "http://testserver/sources/croydon-knife-arches/v/1#p2",
                "original_url": "https://news.example/croydon/knife-arches-west-croydon#:~:text=seized%20two%20blades",
            }
        ],
    }


def test_every_link_an_event_gives_resolves_to_a_page_of_the_site(sample_client):
    events = api_events(sample_client, "", limit=500)
    for event in events["events"] + events["undated"]:
        for url in [event["url"], *(c["permalink"] for c in event["citations"])]:
            assert sample_client.get(url.split("#")[0]).status_code == 200, url


def test_one_event_gives_its_reports_with_quotes_and_related_events(sample_client):
    data = sample_client.get("/api/events/ev-blades").json()
    assert data["event"]["id"] == "ev-blades"
    assert (data["anchor"], data["core"], data["people"], data["corrected"]) == (
        "explicit",
        False,
        [],
        None,
    )
    assert [
        (r["slug"], r["version"], [(q["number"], q["quote"]) for q in r["quotes"]])
        for r in data["reports"]
    ] == [("croydon-knife-arches", 1, [(2, "seized two blades")])]
    assert [e["id"] for e in data["related"]] == [
        "ev-meeting",
        "ev-arches",
    ]  # same article or place, latest first


def test_a_corrected_event_says_what_the_extractor_had_said(sample_client):
    data = sample_client.get("/api/events/ev-corrected").json()
    assert (data["event"]["corrected"], data["corrected"]["extracted"]["date"]) == (
        True,
        "2016",
    )


@pytest.mark.parametrize("event_id", ["no-such-event", "ev-hidden", "%00", "x" * 300])
def test_an_unknown_or_hidden_event_is_a_json_404(sample_client, event_id):
    response = sample_client.get(f"/api/events/{event_id}")
    assert (response.status_code, response.headers["content-type"]) == (
        404,
        "application/json",
    )
    assert response.json()["detail"].startswith("There is no event with id")
