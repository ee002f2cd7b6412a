"""Each timeline entry has a cite control: the event page's citations, fetched when it is opened."""

import pytest

from tests.web.conftest import soup, text

HX = {"HX-Request": "true"}


def cite_texts(page, prefix: str) -> list[tuple[str, str, str]]:
    """(format name, copy button's target, citation text) of each format in a cite control."""
    return [
        (
            text(f.select_one(".cite-name")),
            f.select_one("button.copy")["data-copy"].removeprefix(prefix),
            f.select_one("pre").get_text(),
        )
        for f in page.select(".cite-format")
    ]


@pytest.mark.parametrize("path", ["/", "/boroughs/croydon", "/agencies/british-transport-police", "/events/ev-arches"])
def test_every_entry_has_a_cite_control_that_loads_on_opening_and_links_without_javascript(sqlite_sample_client, path):
    page = soup(sqlite_sample_client.get(path))
    entries = page.select("li.entry")
    assert entries
    assert [
        {
            "id": li.select_one("details.entry-cite")["id"],
            "hx-get": li.select_one("details.entry-cite")["hx-get"],
            "hx-trigger": li.select_one("details.entry-cite")["hx-trigger"],
            "summary": text(li.select_one("details.entry-cite summary")),
            "fallback": li.select_one(".cite-fallback a")["href"],
        }
        for li in entries
    ] == [
        {
            "id": f"cite-{li['id'].removeprefix('event-')}",
            "hx-get": f"http://testserver/events/{li['id'].removeprefix('event-')}/cite",
            "hx-trigger": "toggle once",
            "summary": f"Cite “{text(li.select_one('.entry-title'))}”",
            "fallback": f"http://testserver/events/{li['id'].removeprefix('event-')}#cite-event",
        }
        for li in entries
    ]


@pytest.mark.parametrize("event_id", ["ev-arches", "ev-pspo", "ev-corrected"])
def test_the_entry_cite_offers_exactly_the_event_pages_citations(sqlite_sample_client, event_id):
    fragment = soup(sqlite_sample_client.get(f"/events/{event_id}/cite", headers=HX))
    event_page = soup(sqlite_sample_client.get(f"/events/{event_id}"))
    entry = cite_texts(fragment, f"cite-{event_id}-")
    assert [name for name, _, _ in entry] == ["Plain text", "Markdown", "BibTeX", "CSL-JSON"]
    assert entry == cite_texts(event_page.select_one("#cite-event"), "cite-event-")
    assert [p["id"] for p in fragment.select("pre")] == [f"cite-{event_id}-{k}" for k in ("text", "markdown", "bibtex", "csl")]


def test_the_entry_cite_names_the_event_permalink_and_the_cited_paragraph(sqlite_sample_client):
    fragment = soup(sqlite_sample_client.get("/events/ev-blades/cite", headers=HX))
    assert fragment.select_one("pre.cite-text").get_text() == (
        "Policing Timeline, “Two blades seized at West Croydon (12 March 2019)”. http://testserver/events/ev-blades. "
        "Source: Croydon Courier, “Knife arches at West Croydon station as police step up patrols”, 14 March 2019, para. 2, "
        "http://testserver/sources/croydon-knife-arches/v/1#p2 "
        "(original: https://news.example/croydon/knife-arches-west-croydon#:~:text=seized%20two%20blades)"
    )


def test_without_htmx_the_cite_address_leads_to_the_event_pages_cite_control(sqlite_sample_client):
    response = sqlite_sample_client.get("/events/ev-arches/cite", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "http://testserver/events/ev-arches#cite-event")


@pytest.mark.parametrize("event_id", ["no-such-event", "ev-hidden"])
def test_the_cite_of_an_unknown_or_hidden_event_is_a_404(sqlite_sample_client, event_id):
    assert sqlite_sample_client.get(f"/events/{event_id}/cite", headers=HX).status_code == 404
