"""The timeline page through a TestClient: grouping, entries, filters, facets, htmx fragments."""

import mf2py
import pytest

from tests.web.conftest import soup, text


def groups(page):
    return [
        {
            "year": (y.select_one(".year-heading").get_text(strip=True) if y.select_one(".year-heading") else None),
            "months": [
                (m.select_one(".month-heading").get_text(strip=True), [a.get_text(strip=True) for a in m.select(".entry-title a")])
                for m in y.select("section.month")
            ],
        }
        for y in page.select("#results section.year")
    ]


def test_timeline_groups_dated_events_by_year_and_month_newest_first(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/"))
    assert groups(page) == [
        {"year": "2020", "months": [("2020, month not known", ["Seafront consultation"])]},
        {
            "year": "2019",
            "months": [
                ("April 2019", ["Public meeting about the knife arches"]),
                ("March 2019", ["Two blades seized at West Croydon", "Knife arches at West Croydon station"]),
            ],
        },
        {"year": "2017", "months": [("2017, month not known", ["Harehills dispersal order in force"]), ("May 2017", ["Residents' survey launched"])]},
        {"year": "2016", "months": [("May 2016", ["Street drinking complaints"]), ("2016, month not known", ["Dispersal order first introduced"])]},
    ]
    assert [a.get_text(strip=True) for a in page.select("#undated .entry-title a")] == ["Seafront PSPO considered"]
    assert page.select_one(".result-count").get_text(" ", strip=True) == "8 dated events and 1 undated event"


def test_events_path_shows_the_same_timeline(sqlite_sample_client):
    assert groups(soup(sqlite_sample_client.get("/events"))) == groups(soup(sqlite_sample_client.get("/")))


def test_each_entry_shows_honest_date_type_actors_and_cited_paragraphs(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/"))
    entries = {
        e.select_one(".entry-title").get_text(strip=True): {
            "date": e.select_one(".entry-date").get_text(" ", strip=True),
            "meta": e.select_one(".entry-meta").get_text(" ", strip=True),
            "sources": [(a.get_text(" ", strip=True), a["href"]) for a in e.select(".entry-sources a")],
        }
        for e in page.select("li.entry")
    }
    assert entries["Knife arches at West Croydon station"] == {
        "date": "week of 11 March 2019",
        "meta": "operation Agencies: British Transport Police , Metropolitan Police Service Where: West Croydon station , Croydon",
        "sources": [
            ("Croydon Courier, para.\xa01", "http://testserver/sources/croydon-knife-arches/v/1#p1"),
            ("Croydon Courier, para.\xa02", "http://testserver/sources/croydon-knife-arches/v/1#p2"),
        ],
    }
    assert entries["Public meeting about the knife arches"]["date"] == "April 2019 planned"
    assert entries["Harehills dispersal order in force"]["date"] == "summer 2017"
    assert entries["Seafront consultation"]["date"] == "c. early-2020"
    assert entries["Street drinking complaints"]["date"] == "May 2016 corrected"
    assert entries["Seafront PSPO considered"]["date"] == "date unknown"


def test_entries_are_microformats2_h_events(sqlite_sample_client):
    parsed = mf2py.parse(doc=sqlite_sample_client.get("/?agency=british-transport-police").text, url="http://testserver/")
    events = [i for i in parsed["items"] if i["type"] == ["h-event"]]
    assert [e["properties"] for e in events] == [
        {
            "name": ["Two blades seized at West Croydon"],
            "url": ["http://testserver/events/ev-blades"],
            "start": ["2019-03-12"],
            "end": ["2019-03-12"],
            "category": ["enforcement"],
            "location": ["West Croydon station", "Croydon"],
        },
        {
            "name": ["Knife arches at West Croydon station"],
            "url": ["http://testserver/events/ev-arches"],
            "start": ["2019-03-11"],
            "end": ["2019-03-17"],
            "category": ["operation"],
            "location": ["West Croydon station", "Croydon"],
        },
    ]


def test_filters_live_in_the_query_string_and_check_their_boxes(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?agency=british-transport-police&borough=croydon&from=2019&to=2019&q=blades"))
    assert [a.get_text(strip=True) for a in page.select("#results .entry-title a")] == ["Two blades seized at West Croydon", "Knife arches at West Croydon station"]
    assert [(i["name"], i["value"]) for i in page.select("#filters input[type=checkbox][checked]")] == [("agency", "british-transport-police"), ("borough", "croydon")]
    assert [(i["name"], i["value"]) for i in page.select("#filters input[type=text], #filters input[type=search]")] == [("q", "blades"), ("from", "2019"), ("to", "2019")]
    assert [a.get_text(" ", strip=True) for a in page.select(".active-filters a")] == [
        "Agency: British Transport Police (remove this filter) ×",
        "Borough: Croydon (remove this filter) ×",
        "Dates: 2019 to 2019 (remove this filter) ×",
        "Search: blades (remove this filter) ×",
        "Clear all filters",
    ]
    assert page.select_one(".active-filters a")["href"] == "http://testserver/?borough=croydon&from=2019&to=2019&q=blades"


def test_facet_counts_reflect_the_other_active_filters(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?agency=british-transport-police"))

    def facet(name):
        return [(li.input["value"], li.select_one(".count").contents[0].strip(), li.input.has_attr("checked")) for li in page.select(f".facet-{name} li")]

    assert facet("agency") == [
        ("british-transport-police", "2", True),
        ("southend-on-sea-council", "2", False),
        ("west-yorkshire-police", "2", False),
        ("croydon-council", "1", False),
        ("leeds-city-council", "1", False),
        ("metropolitan-police-service", "1", False),
    ]
    assert facet("borough") == [("croydon", "2", False)]
    assert facet("type") == [("enforcement", "1", False), ("operation", "1", False)]


def test_a_date_range_is_explained_as_overlap(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?from=May+2017&to=2017-06"))
    assert text(page.select_one(".overlap-note")) == (
        "Showing events whose date range overlaps May 2017 to 2017-06 : an event dated only to a month or a year is shown if any part "
        "of it falls in the range. Events with no known date are left out."
    )
    assert [a.get_text(strip=True) for a in page.select("#results .entry-title a")] == ["Harehills dispersal order in force", "Residents' survey launched"]
    assert page.select("#undated") == []


def test_malformed_parameters_are_explained_on_the_page_not_a_server_error(sqlite_sample_client):
    response = sqlite_sample_client.get("/?type=raid&from=2017-13&borough=leeds")
    page = soup(response)
    assert response.status_code == 400
    assert [li.get_text(" ", strip=True) for li in page.select(".param-errors li")] == [
        "type=raid is not one of: operation, enforcement, team_launch, consultation, order, meeting, announcement, incident.",
        "from=2017-13 is not a date: use 2017, 2017-06, June 2017, 22 June 2017 or 2017-06-22.",
    ]
    assert len(page.select("#results li.entry")) == 4  # the valid borough filter still applies


def test_order_oldest_first(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?order=oldest"))
    assert [h.get_text(strip=True) for h in page.select("#results .year-heading")] == ["2016", "2017", "2019", "2020"]
    assert page.select_one("#filters input[name=order][checked]")["value"] == "oldest"


def test_an_htmx_filter_change_gets_only_the_timeline_fragment(sqlite_sample_client):
    response = sqlite_sample_client.get("/?type=order", headers={"HX-Request": "true", "HX-Target": "timeline"})
    page = soup(response)
    assert (page.select("html"), page.title.get_text(strip=True), [d["id"] for d in page.find_all("div", recursive=False)]) == (
        [],
        "Timeline: filtered – Policing Timeline",
        ["timeline"],
    )
    assert response.headers["vary"] == "HX-Request, HX-Target, HX-History-Restore-Request"


def test_a_history_restore_gets_the_whole_page(sqlite_sample_client):
    response = sqlite_sample_client.get("/?type=order", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert soup(response).select_one("html body main h1").get_text() == "Timeline of policing and community safety"


def test_more_pages_follow_by_cursor_without_repeating_headings(sqlite_sample_client, monkeypatch):
    monkeypatch.setattr("app.web.timeline.PAGE_SIZE", 3)
    first = soup(sqlite_sample_client.get("/"))
    more = first.select_one("#more a")
    assert [a.get_text(strip=True) for a in first.select("#results .entry-title a")][:3] == [
        "Seafront consultation",
        "Public meeting about the knife arches",
        "Two blades seized at West Croydon",
    ]
    second = soup(sqlite_sample_client.get(more["hx-get"], headers={"HX-Request": "true", "HX-Target": "more"}))
    assert groups_of_fragment(second) == [(None, [("", ["Knife arches at West Croydon station"])]), ("2017", [("2017, month not known", ["Harehills dispersal order in force"]), ("May 2017", ["Residents' survey launched"])])]
    assert second.select_one("#more a")["hx-target"] == "#more"


def groups_of_fragment(page):
    out = []
    for y in page.select("section.year"):
        heading = y.select_one(".year-heading")
        months = []
        for m in y.select("section.month"):
            mh = m.select_one(".month-heading")
            months.append((mh.get_text(strip=True) if mh else "", [a.get_text(strip=True) for a in m.select(".entry-title a")]))
        out.append((heading.get_text(strip=True) if heading else None, months))
    return out


def test_histogram_bars_narrow_the_dates_and_a_table_reads_them(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?borough=croydon"))
    bars = [(a.title.get_text(), a["href"]) for a in page.select("svg a.bin") if ": 0 events" not in a.title.get_text()]
    assert bars == [
        ("March 2019: 2 events (1 operation, 1 enforcement)", "http://testserver/?borough=croydon&from=2019-03&to=2019-03"),
        ("April 2019: 1 event (1 meeting)", "http://testserver/?borough=croydon&from=2019-04&to=2019-04"),
    ]
    rows = [[c.get_text(strip=True) for c in tr.find_all(["th", "td"])] for tr in page.select(".histogram table tbody tr")]
    assert rows == [["March 2019", "2", "1 operation, 1 enforcement"], ["April 2019", "1", "1 meeting"]]


def test_spans_show_events_known_only_to_several_months(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/?borough=leeds"))
    assert [(a.title.get_text(), a["href"]) for a in page.select("svg a.span")] == [
        ("1 order event dated only to January 2016 to December 2016", "http://testserver/?borough=leeds&from=2016-01&to=2016-12"),
        ("1 order event dated only to June 2017 to August 2017", "http://testserver/?borough=leeds&from=2017-06&to=2017-08"),
    ]


@pytest.mark.parametrize("path", ["/", "/?q=blades", "/?from=2019&to=2019&type=operation", "/?planned=true"])
def test_timeline_pages_render_on_both_databases(sample_client, path):
    response = sample_client.get(path)
    assert (response.status_code, soup(response).select_one("main h1").get_text()) == (200, "Timeline of policing and community safety")
