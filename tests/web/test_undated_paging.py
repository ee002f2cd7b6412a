"""The HTML timeline shows the first hundred undated events and pages through all of them on request."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.main import create_app
from tests.builders import make_event
from tests.web.conftest import soup, text

UNDATED_START = "bnwtfC18"  # the cursor of the first undated event, newest first


def undated_ids(page) -> list[str]:
    return [li["id"].removeprefix("event-") for li in page.select("#undated li.entry")]


def test_an_undated_cursor_shows_the_undated_events_after_it(sqlite_sample_client):
    page = soup(sqlite_sample_client.get(f"/?cursor={UNDATED_START}"))
    assert (page.select("#results section.year"), undated_ids(page), page.select("#undated .more")) == ([], ["ev-pspo"], [])
    assert text(page.select_one(".result-count")).startswith("8 dated events and 1 undated event (continuing after the earlier page;")


def test_more_than_a_hundred_undated_events_are_listed_fifty_a_page_each_once(sqlite_engine, settings_for):
    ids = [f"ev-undated-{n:03d}" for n in range(123)]
    with Session(sqlite_engine) as session:
        for n, event_id in enumerate(ids):
            make_event(session, id=event_id, title=f"Street patrol report {122 - n:03d}")
        session.commit()
    app = create_app(settings_for(sqlite_engine.url.render_as_string(hide_password=False)))
    with TestClient(app) as client:
        first = soup(client.get("/"))
        link = first.select_one("#undated a.undated-all")
        pages, url = [], link["href"]
        while url:
            page = soup(client.get(url))
            pages.append(undated_ids(page))
            more = page.select_one("#undated a.more")
            url = more["href"] if more else None
    assert (len(undated_ids(first)), text(link.parent), link["href"]) == (
        100,
        "And 23 more: list all 123 undated events, 50 a page .",
        f"http://testserver/?cursor={UNDATED_START}#undated",
    )
    assert ([len(p) for p in pages], [i for p in pages for i in p]) == ([50, 50, 23], ids)
