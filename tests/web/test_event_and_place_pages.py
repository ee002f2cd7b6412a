"""/events/{id}, /agencies, /boroughs and their detail pages."""

from tests.web.conftest import soup, text


def test_event_page_explains_the_date_and_quotes_every_source(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/events/ev-arches"))
    facts = {text(d.dt): text(d.dd) for d in page.select(".facts > div")}
    assert facts == {
        "Date": "week of 11 March 2019 (2019-03-11 to 2019-03-17; to the week)",
        "Why this date": "week: 'a week of action' around Tuesday, March 12",
        "Type": "operation",
        "Agencies": "British Transport Police , Metropolitan Police Service",
        "Boroughs": "Croydon",
        "Places": "West Croydon station",
        "People": "Insp Amy Lowe",
        "Sources": "1 source",
    }
    assert [(q.select_one("mark").get_text(), q.figcaption.a["href"]) for q in page.select(".quote")] == [
        ("Police set up knife arches at West Croydon station", "http://testserver/sources/croydon-knife-arches/v/1#p1"),
        ("searched 40 people", "http://testserver/sources/croydon-knife-arches/v/1#p2"),
    ]
    assert [a.get_text() for a in page.select(".related .entry-title a")] == ["Public meeting about the knife arches", "Two blades seized at West Croydon"]
    assert page.select_one("#cite-event-text").get_text() == (
        "Policing Timeline, “Knife arches at West Croydon station (week of 11 March 2019)”. http://testserver/events/ev-arches. "
        "Source: Croydon Courier, “Knife arches at West Croydon station as police step up patrols”, 14 March 2019, para. 1, "
        "http://testserver/sources/croydon-knife-arches/v/1#p1 "
        "(original: https://news.example/croydon/knife-arches-west-croydon#:~:text=Police%20set%20up%20knife,at%20West%20Croydon%20station)"
    )


def test_a_corrected_event_shows_what_the_extractor_said(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/events/ev-corrected"))
    notice = page.select_one(".corrected")
    assert [text(d) for d in notice.select("dl > div")] == ["type announcement", "title Street drinking complaints", "date 2016", "precision year", "hidden False"]
    assert text(notice.select("p")[-1]) == "Curator's note: The complaints were made in May 2016."


def test_hidden_and_unknown_events_are_404_pages(sqlite_sample_client):
    response = sqlite_sample_client.get("/events/ev-hidden")
    assert (response.status_code, text(soup(response).select_one(".error-message"))) == (
        404,
        "There is no event with this id (it may have been merged or hidden by a curator).",
    )


def test_agency_page_has_dates_counts_people_and_its_timeline(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/agencies/british-transport-police"))
    assert (
        page.h1.get_text(),
        [text(d) for d in page.select(".stats > div")],
        [[text(c) for c in tr.find_all(["th", "td"])] for tr in page.select(".place-summary table tbody tr")],
        [text(li) for li in page.select(".partners li")],
        [a.get_text() for a in page.select(".place-timeline .entry-title a")],
    ) == (
        "British Transport Police",
        ["Events 2", "First 11 March 2019", "Last 17 March 2019"],
        [["enforcement", "1"], ["operation", "1"]],
        ["Croydon 2 events"],
        ["Two blades seized at West Croydon", "Knife arches at West Croydon station"],
    )
    assert page.select_one(".place-timeline p a")["href"] == "http://testserver/?agency=british-transport-police"


def test_borough_page_lists_agencies_and_undated_events(sqlite_sample_client):
    page = soup(sqlite_sample_client.get("/boroughs/southend-on-sea"))
    assert (
        [text(li) for li in page.select(".partners li")],
        [a.get_text() for a in page.select(".place-timeline .entry-title a")],
    ) == (["Southend-on-Sea Council 2 events"], ["Seafront consultation", "Seafront PSPO considered"])


def test_agency_and_borough_indexes(sqlite_sample_client):
    agencies = soup(sqlite_sample_client.get("/agencies"))
    boroughs = soup(sqlite_sample_client.get("/boroughs"))
    assert [[text(c) for c in tr.find_all(["th", "td"])] for tr in boroughs.select("tbody tr")] == [["Leeds", "4"], ["Croydon", "3"], ["Southend-on-Sea", "2"]]
    assert len(agencies.select("tbody tr")) == 6
    assert [sqlite_sample_client.get(p).status_code for p in ("/agencies/nope", "/boroughs/nope")] == [404, 404]


def test_event_and_place_pages_render_on_both_databases(sample_client):
    assert [sample_client.get(p).status_code for p in ("/events/ev-arches", "/agencies/croydon-council", "/boroughs/leeds", "/agencies", "/boroughs")] == [200] * 5
