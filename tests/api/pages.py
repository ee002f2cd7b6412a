"""What the HTML timeline shows, read with BeautifulSoup: the reference the JSON twins are compared to."""

from __future__ import annotations

from bs4 import BeautifulSoup


def page_events(client, query: str = "") -> tuple[list[str], list[str]]:
    """(dated, undated) event ids in the order the HTML timeline lists them for this query string."""
    response = client.get("/" + query)
    assert response.status_code == 200, response.text
    soup = BeautifulSoup(response.text, "html.parser")
    undated = [
        li["id"].removeprefix("event-") for li in soup.select("#undated li.h-event")
    ]
    everything = [li["id"].removeprefix("event-") for li in soup.select("li.h-event")]
    return [i for i in everything if i not in undated], undated


def page_citations(client, query: str = "") -> list[str]:
    """The cited paragraph links of the HTML timeline's entries ('/sources/slug/v/1#p3'), first use order."""
    soup = BeautifulSoup(client.get("/" + query).text, "html.parser")
    links = [a["href"] for a in soup.select("li.h-event .entry-sources a[href]")]
    return list(dict.fromkeys(links))
