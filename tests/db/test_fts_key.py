"""Full-text search through event_fts_key (migration 0006) finds exactly what reading event_fts did.

On SQLite a MATCH now returns rowids only, mapped to events by the narrow key table; the events,
totals and pages must be the ones the old query (event_id read from each matching FTS row) gave,
before and after the migration, and after every kind of write. PostgreSQL's search is untouched by
the migration, and its results must not change across it either.
"""

from __future__ import annotations

import shutil

import pytest
from alembic import command
from sqlalchemy import text
from sqlmodel import Session

from app.config import get_settings
from app.db import cache
from app.db.corrections import correct
from app.db.filters import OLDEST, TimelineFilters
from app.db.migrate import alembic_config, upgrade
from app.db.queries import count_events, timeline_events
from app.db.search import fts_query
from tests.conftest import SEEDS, ingest_seeds

QUERIES = ("fire", "council", "police court", "Romford", "closed", "stabbing", "zzzunknownword", "road's")


def _seed(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("CORRECTIONS_FILE", str(tmp_path / "corrections.toml"))
    monkeypatch.setenv("TIMELINE_QUERY_CACHE", "off")
    get_settings.cache_clear()
    cache.clear()
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    ingest_seeds(engine, [folder])
    return engine, folder


@pytest.fixture
def seeded(engine, tmp_path, monkeypatch):
    """The engine (SQLite, then PostgreSQL) holding the five seeds from a copy of the folder, query cache off."""
    yield _seed(engine, tmp_path, monkeypatch)
    get_settings.cache_clear()


@pytest.fixture
def seeded_sqlite(sqlite_engine, tmp_path, monkeypatch):
    """The same on SQLite only, where event_fts and its key table live."""
    yield _seed(sqlite_engine, tmp_path, monkeypatch)
    get_settings.cache_clear()


def search_figures(engine) -> dict[str, tuple]:
    """Per query: dated total, undated total, and the first page's dated and undated ids, both orders."""
    out = {}
    with Session(engine) as session:
        for q in QUERIES:
            figures = []
            for filters in (TimelineFilters(q=q), TimelineFilters(q=q, order=OLDEST)):
                page = timeline_events(session, filters=filters, limit=20)
                figures += [
                    count_events(session, filters, dated=True),
                    count_events(session, filters, dated=False),
                    tuple(e.id for e in page.events),
                    tuple(e.id for e in page.undated),
                ]
            out[q] = tuple(figures)
    return out


def old_sqlite_totals(engine) -> dict[str, tuple[int, int]]:
    """The totals as the query before migration 0006 counted them: event_id read from event_fts."""
    known = "earliest IS NOT NULL AND latest IS NOT NULL"
    out = {}
    with engine.connect() as conn:
        for q in QUERIES:
            counts = []
            for where in (known, f"NOT ({known})"):
                counts.append(
                    conn.execute(
                        text(
                            f"SELECT count(*) FROM event WHERE hidden = 0 AND {where} AND id IN "
                            "(SELECT event_id FROM event_fts WHERE event_fts MATCH :fts)"
                        ),
                        {"fts": fts_query(q)},
                    ).scalar()
                )
            out[q] = tuple(counts)
    return out


def key_rows(engine) -> tuple[set, set]:
    """(rowid, event id) of every FTS row, and every row of event_fts_key."""
    with engine.connect() as conn:
        fts = set(conn.execute(text("SELECT rowid, event_id FROM event_fts")).all())
        keys = set(conn.execute(text("SELECT rowid, event_id FROM event_fts_key")).all())
    return fts, keys


def correct_and_hide(engine, folder) -> None:
    with engine.connect() as conn:
        first, second = conn.execute(text("SELECT id FROM event ORDER BY id LIMIT 2")).scalars().all()
    correct(engine, first, changes={"type": "meeting", "date": "2019-02"}, note="the minutes give the month")
    correct(engine, second, changes={"hidden": True})


def reingest_a_changed_article(engine, folder) -> None:
    article = sorted(folder.iterdir())[0]
    paragraphs = article.read_text(encoding="utf-8").split("\n\n")
    kept = paragraphs[: max(2, len(paragraphs) // 2)]
    kept.append("On Tuesday 12 March 2019 Havering Council closed the Romford Market car park after a fire.")
    article.write_text("\n\n".join(kept) + "\n", encoding="utf-8")
    ingest_seeds(engine, [article])


WRITES = {
    "ingesting the seeds": lambda engine, folder: None,
    "correcting one event and hiding another": correct_and_hide,
    "re-ingesting a changed article": reingest_a_changed_article,
}


def test_search_results_and_totals_are_the_same_before_and_after_the_migration(seeded):
    engine, _ = seeded
    after = search_figures(engine)
    assert any(figures[0] for figures in after.values())  # some query finds dated events
    with engine.begin() as connection:
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    upgrade(engine)  # 0006 fills the key table from event_fts
    assert search_figures(engine) == after


@pytest.mark.parametrize("write", WRITES, ids=list(WRITES))
def test_sqlite_search_counts_what_reading_event_ids_from_event_fts_counted(write, seeded_sqlite):
    engine, folder = seeded_sqlite
    WRITES[write](engine, folder)
    fts, keys = key_rows(engine)
    assert keys == fts
    figures = search_figures(engine)
    assert {q: f[:2] for q, f in figures.items()} == old_sqlite_totals(engine)
