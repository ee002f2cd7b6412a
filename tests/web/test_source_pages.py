"""/sources and /sources/{slug}[/v/{n}]: metadata, numbered paragraphs, permalinks, cite controls."""

from tests.web.conftest import soup, text


def test_sources_lists_every_article_with_its_date_and_counts(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources"))
    assert [(a.get_text(strip=True), a["href"], text(li.select_one(".source-meta"))) for li in page.select(".source-item") for a in li.select("h2 a")] == [
        ("Knife arches at West Croydon station as police step up patrols", "http://testserver/sources/croydon-knife-arches", "Croydon Courier · 14 March 2019 · 2 paragraphs · 3 events · version 2"),
        ("Dispersal order extended in Harehills", "http://testserver/sources/harehills-dispersal-order", "Leeds Ledger · c. June 2017 · 3 paragraphs · 4 events"),
        ("Seafront drinking ban considered", "http://testserver/sources/southend-seafront-pspo", "Southend Standard · date unknown · 2 paragraphs · 2 events"),
    ]


def test_source_page_shows_metadata_with_how_the_date_was_found(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/harehills-dispersal-order"))
    facts = {text(d.dt): text(d.dd) for d in page.select(".source-facts > div")}
    assert facts == {
        "Publisher": "Leeds Ledger",
        "Published": "c. June 2017 (from the text: 'last month' survey in May 2017; summer order still in force)",
        "Original": "https://ledger.example/news/harehills-dispersal",
        "Version": "1 of 1, stored 15 January 2024",
    }
    assert page.select_one("h1").get_text() == "Dispersal order extended in Harehills"
    assert page.select(".earlier-version") == []


def test_an_unknown_publication_date_says_so(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/southend-seafront-pspo"))
    assert text(page.select_one(".published")) == "date unknown"


def test_paragraphs_are_numbered_anchored_and_set_apart_by_kind(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/croydon-knife-arches/v/1"))
    assert [(li["id"], li["value"], li["class"], li.select_one(".pnum")["href"], text(li.select_one(".para-head"))) for li in page.select("ol.paragraphs > li")] == [
        ("p1", "1", ["para", "kind-body"], "http://testserver/sources/croydon-knife-arches/v/1#p1", "Permalink to paragraph ¶1"),
        ("p2", "2", ["para", "kind-body"], "http://testserver/sources/croydon-knife-arches/v/1#p2", "Permalink to paragraph ¶2"),
        ("p3", "3", ["para", "kind-caption"], "http://testserver/sources/croydon-knife-arches/v/1#p3", "Permalink to paragraph ¶3 caption : photo credit"),
        ("p4", "4", ["para", "kind-body"], "http://testserver/sources/croydon-knife-arches/v/1#p4", "Permalink to paragraph ¶4"),
        ("p5", "5", ["para", "kind-body"], "http://testserver/sources/croydon-knife-arches/v/1#p5", "Permalink to paragraph ¶5"),
        ("p6", "6", ["para", "kind-boilerplate"], "http://testserver/sources/croydon-knife-arches/v/1#p6", "Permalink to paragraph ¶6 boilerplate : subscription appeal"),
    ]
    assert [(a.get_text(), a["href"]) for a in page.select("#p2 .cited-by a")] == [
        ("Knife arches at West Croydon station", "http://testserver/events/ev-arches"),
        ("Two blades seized at West Croydon", "http://testserver/events/ev-blades"),
    ]


def test_an_earlier_version_says_so_and_links_to_the_current_one(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/croydon-knife-arches/v/1"))
    banner = page.select_one(".earlier-version")
    assert (text(banner), banner.a["href"]) == (
        "This is an earlier version (version 1 of 2) of this article, kept so that citations of it still resolve. Read the current version (version 2) .",
        "http://testserver/sources/croydon-knife-arches",
    )
    current = soup(sqlite_sample_client.get("/sources/croydon-knife-arches"))
    assert ([p.get_text() for p in current.select(".para-text")], current.select(".earlier-version")) == (
        ["Police set up knife arches at West Croydon station on Tuesday, March 12, as part of a week of action against violent crime.", "Officers searched 41 people and seized two blades."],
        [],
    )


def test_the_cite_control_gives_a_ready_citation_with_versioned_permalink_and_text_fragment(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/croydon-knife-arches"))
    assert page.select_one("#cite-p2-text").get_text() == (
        "Croydon Courier, “Knife arches at West Croydon station as police step up patrols”, 14 March 2019, para. 2. "
        "http://testserver/sources/croydon-knife-arches/v/2#p2 "
        "(original: https://news.example/croydon/knife-arches-west-croydon#:~:text=Officers%20searched%2041%20people%20and%20seized%20two%20blades.)"
    )
    assert [b["data-copy"] for b in page.select("#cite-p2 button.copy")] == ["cite-p2-text", "cite-p2-markdown", "cite-p2-bibtex", "cite-p2-csl"]
    assert page.select_one("#p2 a.orig")["href"] == "https://news.example/croydon/knife-arches-west-croydon#:~:text=Officers%20searched%2041%20people%20and%20seized%20two%20blades."


def test_temporal_expressions_are_marked_with_their_resolution(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/sources/croydon-knife-arches/v/1"))
    marks = [(m.name, m.get_text(), m.get("datetime"), m["tabindex"]) for m in page.select(".para-text .tx")]
    assert ("time", "Tuesday, March 12", "2019-03-12", "0") in marks


def test_unknown_sources_and_versions_are_404(sqlite_sample_client):
    assert [sqlite_sample_client.get(p).status_code for p in ("/sources/nope", "/sources/croydon-knife-arches/v/9", "/sources/croydon-knife-arches/v/0")] == [404, 404, 422]


def test_source_pages_render_on_both_databases(sample_client):
    page = soup(sample_client.get("/sources/croydon-knife-arches/v/1"))
    assert [li["id"] for li in page.select("ol.paragraphs > li")] == ["p1", "p2", "p3", "p4", "p5", "p6"]
