"""The trigger-kept summaries (migration 0005) always equal counting the events afresh.

(facet_sums, month_sums, and link_dates, the agencies' and boroughs' events in date order.)

Every test runs on SQLite and PostgreSQL. After each kind of write (ingest, deletes, curator
corrections, hiding and unhiding, moving a link, re-ingesting a changed article) the summary tables
must hold exactly what a GROUP BY over the base tables gives, and the page's counts, facets and
histogram read from them must equal the direct COUNT queries.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.config import get_settings
from app.db import cache
from app.db.corrections import correct
from app.db.filters import NEWEST, OLDEST, TimelineFilters
from app.db.queries import (
    count_events,
    facet_counts,
    list_agencies,
    list_boroughs,
    month_histogram,
    timeline_events,
)
from tests.conftest import SEEDS, ingest_seeds

DATED = "(e.earliest IS NOT NULL AND e.latest IS NOT NULL)"
EVERY = (
    "event e JOIN (SELECT id AS event_id, 0 AS id FROM event UNION ALL SELECT event_id, agency_id FROM event_agency) a "
    "ON a.event_id = e.id JOIN (SELECT id AS event_id, 0 AS id FROM event UNION ALL "
    "SELECT event_id, borough_id FROM event_borough) b ON b.event_id = e.id"
)


def _month(dialect: str, column: str) -> str:
    return f"substr({column}, 1, 7)" if dialect == "sqlite" else f"to_char({column}, 'YYYY-MM')"


def stored_and_recounted(engine) -> tuple[set, set, set, set]:
    """(facet_sums, month_sums, link_dates) each with its recount, as sets of rows, cells of 0 left out."""
    m = lambda c: _month(engine.dialect.name, c)  # noqa: E731
    with engine.connect() as conn:
        rows = lambda sql: {tuple(r) for r in conn.execute(text(sql)).all()}  # noqa: E731
        sums = rows("SELECT agency_id, borough_id, type, precision, planned, dated, n FROM facet_sums WHERE n <> 0")
        sums_now = rows(
            f"SELECT a.id, b.id, e.type, e.precision, e.planned, {DATED}, count(*) FROM {EVERY} "
            f"WHERE NOT e.hidden GROUP BY a.id, b.id, e.type, e.precision, e.planned, {DATED}"
        )
        months = rows("SELECT agency_id, borough_id, m0, m1, type, precision, planned, n FROM month_sums WHERE n <> 0")
        months_now = rows(
            f"SELECT a.id, b.id, {m('e.earliest')}, {m('e.latest')}, e.type, e.precision, e.planned, count(*) "
            f"FROM {EVERY} WHERE NOT e.hidden AND {DATED} "
            f"GROUP BY a.id, b.id, {m('e.earliest')}, {m('e.latest')}, e.type, e.precision, e.planned"
        )
        links = rows("SELECT kind, link_id, earliest, latest, event_id FROM link_dates")
        links_now = rows(
            "SELECT 'a', l.agency_id, e.earliest, e.latest, e.id FROM event_agency l JOIN event e ON e.id = l.event_id "
            f"WHERE NOT e.hidden AND {DATED} UNION ALL "
            "SELECT 'b', l.borough_id, e.earliest, e.latest, e.id FROM event_borough l JOIN event e ON e.id = l.event_id "
            f"WHERE NOT e.hidden AND {DATED}"
        )
    return sums, sums_now, months, months_now, links, links_now


def assert_summaries_are_exact(engine) -> None:
    sums, sums_now, months, months_now, links, links_now = stored_and_recounted(engine)
    assert sums == sums_now
    assert months == months_now
    assert links == links_now
    assert sums  # the scenario really stored events


def page_figures(engine, filters: TimelineFilters) -> tuple:
    """Counts, facets, histogram and the ids of the first two pages of 3 events (both orders)."""
    with Session(engine) as session:
        pages = []
        for order in (NEWEST, OLDEST):
            first = timeline_events(session, filters=replace(filters, order=order), limit=3)
            second = timeline_events(session, filters=replace(filters, order=order), limit=3, cursor=first.next_cursor) if first.next_cursor else None
            pages.append(([e.id for e in first.events], [e.id for e in second.events] if second else None))
        return (
            count_events(session, filters, dated=True),
            count_events(session, filters, dated=False),
            facet_counts(session, filters=filters, size=5),
            month_histogram(session, filters=filters),
            pages,
        )


def filter_sets(engine) -> list[TimelineFilters]:
    """No filter, each agency, each borough, each linked pair, with and without type and planned."""
    with engine.connect() as conn:
        agencies = [r[0] for r in conn.execute(text("SELECT slug FROM agency ORDER BY slug"))]
        boroughs = [r[0] for r in conn.execute(text("SELECT slug FROM borough ORDER BY slug"))]
        pairs = conn.execute(
            text(
                "SELECT DISTINCT a.slug, b.slug FROM event_agency ea JOIN event_borough eb ON eb.event_id = ea.event_id "
                "JOIN agency a ON a.id = ea.agency_id JOIN borough b ON b.id = eb.borough_id ORDER BY 1, 2"
            )
        ).all()
        types = [r[0] for r in conn.execute(text("SELECT DISTINCT type FROM event ORDER BY type"))]
    sets = [TimelineFilters(), TimelineFilters(planned=False), TimelineFilters(types=tuple(types[:2]))]
    sets += [TimelineFilters(agencies=(a,)) for a in agencies]
    sets += [TimelineFilters(boroughs=(b,)) for b in boroughs]
    sets += [TimelineFilters(agencies=(a,), boroughs=(b,), types=(types[0],)) for a, b in pairs]
    sets += [TimelineFilters(agencies=(a,), boroughs=(b,), precisions=("day", "month")) for a, b in pairs]
    sets.append(TimelineFilters(agencies=("no-such-agency",), boroughs=(boroughs[0],)))
    sets.append(TimelineFilters(agencies=tuple(agencies[:1]), q="police"))  # a walk with a word too
    return sets


def assert_pages_equal_direct_counts(engine, monkeypatch) -> None:
    monkeypatch.setenv("TIMELINE_QUERY_CACHE", "off")
    for filters in filter_sets(engine):
        monkeypatch.setenv("TIMELINE_SUMMARIES", "on")
        summarised = page_figures(engine, filters)
        monkeypatch.setenv("TIMELINE_SUMMARIES", "off")
        assert summarised == page_figures(engine, filters), filters
    with Session(engine) as session:
        monkeypatch.setenv("TIMELINE_SUMMARIES", "on")
        summarised = (list_agencies(session), list_boroughs(session))
        monkeypatch.setenv("TIMELINE_SUMMARIES", "off")
        assert summarised == (list_agencies(session), list_boroughs(session))


@pytest.fixture
def seeded(engine, tmp_path, monkeypatch):
    """The engine holding the five seeds, ingested from a copy of the folder, with its own corrections file."""
    monkeypatch.setenv("CORRECTIONS_FILE", str(tmp_path / "corrections.toml"))
    get_settings.cache_clear()
    cache.clear()
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    ingest_seeds(engine, [folder])
    yield engine, folder
    get_settings.cache_clear()


def _some_event(engine, where: str = "1 = 1") -> str:
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT e.id FROM event e WHERE EXISTS (SELECT 1 FROM event_agency ea WHERE ea.event_id = e.id) "
                f"AND EXISTS (SELECT 1 FROM event_borough eb WHERE eb.event_id = e.id) AND {where} ORDER BY e.id"
            )
        ).first()[0]


def delete_an_event(engine, folder) -> None:
    event_id = _some_event(engine)
    with engine.begin() as conn:
        for table in ("event_agency", "event_borough", "event_place", "event_person"):
            conn.execute(text(f"DELETE FROM {table} WHERE event_id = :e"), {"e": event_id})
        for mention in conn.execute(text("SELECT id FROM mention WHERE event_id = :e"), {"e": event_id}).all():
            conn.execute(text("DELETE FROM citation WHERE mention_id = :m"), {"m": mention[0]})
        conn.execute(text("DELETE FROM mention WHERE event_id = :e"), {"e": event_id})
        conn.execute(text("DELETE FROM event WHERE id = :e"), {"e": event_id})


def correct_type_date_and_links(engine, folder) -> None:
    event_id = _some_event(engine)
    correct(
        engine,
        event_id,
        changes={"type": "meeting", "date": "2019-02", "agencies": ["Havering Council", "London Fire Brigade"], "boroughs": ["Havering", "Bexley"]},
        note="the council's minutes give the month",
    )


def hide_and_unhide(engine, folder) -> None:
    first, second = _some_event(engine), _some_event(engine, "e.id > (SELECT min(id) FROM event)")
    correct(engine, first, changes={"hidden": True})
    correct(engine, second, changes={"hidden": True})
    correct(engine, second, changes={"hidden": False})


def move_a_link_to_another_agency(engine, folder) -> None:
    event_id = _some_event(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO agency (slug, name, kind) VALUES ('tower-hamlets-council', 'Tower Hamlets Council', 'council')"))
        conn.execute(
            text(
                "UPDATE event_agency SET agency_id = (SELECT id FROM agency WHERE slug = 'tower-hamlets-council') "
                "WHERE event_id = :e AND agency_id = (SELECT min(agency_id) FROM event_agency WHERE event_id = :e)"
            ),
            {"e": event_id},
        )
        conn.execute(text("UPDATE event SET planned = NOT planned, precision = 'year' WHERE id = :e"), {"e": event_id})


def reingest_a_changed_article(engine, folder) -> None:
    article = sorted(folder.iterdir())[0]
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    # the article loses its second half and gains a new paragraph: events go, change and come
    kept = paragraphs[: max(2, len(paragraphs) // 2)]
    kept.append("On Tuesday 12 March 2019 Havering Council closed the Romford Market car park after a fire.")
    article.write_text("\n\n".join(kept) + "\n", encoding="utf-8")
    ingest_seeds(engine, [article])


WRITES = {
    "ingesting the seeds": lambda engine, folder: None,
    "deleting an event with its links": delete_an_event,
    "a correction changing type, date, agencies and boroughs": correct_type_date_and_links,
    "hiding two events and unhiding one": hide_and_unhide,
    "moving a link to another agency and updating an event in SQL": move_a_link_to_another_agency,
    "re-ingesting a changed article": reingest_a_changed_article,
}


@pytest.mark.parametrize("write", WRITES, ids=list(WRITES))
def test_summaries_equal_a_fresh_count_after(write, seeded, monkeypatch):
    engine, folder = seeded
    WRITES[write](engine, folder)
    assert_summaries_are_exact(engine)
    assert_pages_equal_direct_counts(engine, monkeypatch)


def test_every_write_in_turn_keeps_the_summaries_exact(seeded, monkeypatch):
    engine, folder = seeded
    for write in WRITES.values():
        write(engine, folder)
        assert_summaries_are_exact(engine)
    assert_pages_equal_direct_counts(engine, monkeypatch)
