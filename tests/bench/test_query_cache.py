"""The query cache: a write to events or their links is seen at once by the cached counts."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from app.bench.dbfill import fill
from app.db import cache
from app.db.filters import TimelineFilters
from app.db.migrate import upgrade
from app.db.queries import facet_counts, timeline_events
from app.db.session import make_engine


def _counts(engine) -> tuple[int, dict[str, int]]:
    with Session(engine) as session:
        total = timeline_events(session, filters=TimelineFilters(), limit=1).total
        types = {
            f.value: f.count
            for f in facet_counts(session, filters=TimelineFilters())["type"]
        }
    return total, types


def test_cached_counts_change_as_soon_as_an_event_is_hidden_or_relinked(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    upgrade(engine)
    fill(engine, events=40, seed=3)
    total, types = _counts(engine)
    assert _counts(engine) == (total, types)  # the second read comes from the cache
    with engine.begin() as conn:
        event_id, kind = conn.execute(
            text("SELECT id, type FROM event ORDER BY id LIMIT 1")
        ).one()
        conn.execute(
            text("UPDATE event SET hidden = 1 WHERE id = :id"), {"id": event_id}
        )
    assert _counts(engine) == (
        total - 1,
        types | {kind: types[kind] - 1}
        if types[kind] > 1
        else {k: v for k, v in types.items() if k != kind},
    )
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM event_borough"))
    with Session(engine) as session:
        assert facet_counts(session, filters=TimelineFilters())["borough"] == []
    engine.dispose()


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_QUERY_CACHE", "off")
    calls = []
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}")
    upgrade(engine)
    with Session(engine) as session:
        for _ in range(2):
            cache.cached(session, "k", lambda: calls.append(1))
    assert calls == [1, 1]
    engine.dispose()
