"""The pages over the five ingested seeds (issue 2's "Must show"), through a TestClient."""

import re

from tests.web.conftest import soup


def test_seed_sources_have_every_paragraph_anchored(client):
    listed = [a["href"].rsplit("/", 1)[1] for a in soup(client.get("/sources")).select(".source-item h2 a")]
    assert sorted(listed) == ["000-68f85b36c601844d", "001-7707c438e8081df2", "002-8847ddc95d16ff56", "003-b55fad0100abc301", "004-b70c8c2c48ac1558"]
    assert [li["id"] for li in soup(client.get("/sources/000-68f85b36c601844d")).select("ol.paragraphs > li")] == [f"p{n}" for n in range(1, 31)]
    assert [li["id"] for li in soup(client.get("/sources/002-8847ddc95d16ff56")).select("ol.paragraphs > li")] == [f"p{n}" for n in range(1, 17)]


def test_a_seed_paragraph_citation_names_the_paragraph_and_both_links(client):
    page = soup(client.get("/sources/001-7707c438e8081df2"))
    citation = page.select_one("#cite-p3-text").get_text()
    assert re.fullmatch(
        r"Ilford Recorder, “Romanian police and Safer Neighbourhoods officers team up to tackle prostitution in Ilford Lane”, [^,]+, para\. 3\. "
        r"http://testserver/sources/001-7707c438e8081df2/v/1#p3 "
        r"\(original: https://www\.ilfordrecorder\.co\.uk/news/crime/romanian-police-and-safer-neighbourhoods-officers-team-up-to-tackle-3168646#:~:text=[^ ]+,[^ ]+\)",
        citation,
    )


def test_every_timeline_link_of_the_seeds_resolves(client):
    page = soup(client.get("/"))
    links = {a["href"].replace("http://testserver", "") for a in page.select("#results a[href]") if a["href"].startswith("http://testserver/")}
    statuses = {link: client.get(link.split("#")[0]).status_code for link in sorted(links)}
    assert {link: s for link, s in statuses.items() if s != 200} == {}
