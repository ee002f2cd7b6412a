"""The ingest write path: batches of articles in savepoints, extraction on worker processes.

Both must store exactly what one article per transaction on one core stores, and a file that cannot
be stored must be named and lose nothing else (SQLite and PostgreSQL).
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from app.db import events as event_writes
from app.db.session import make_engine
from app.ingest.gazetteer_access import get_gazetteer
from app.ingest.pipeline import ingest
from tests.conftest import SEEDS
from tests.robustness.builders import content_rows, row_differences
from tests.robustness.invariants import partial_state

ARTICLES = SEEDS.parent / "tests" / "ingest" / "articles"


@pytest.fixture
def reference(sqlite_template, tmp_path):
    """A second fresh SQLite database, for the one-article-per-transaction ingest to compare with."""
    (tmp_path / "reference").mkdir()
    path = shutil.copyfile(sqlite_template, tmp_path / "reference" / "timeline.db")
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def run(engine, workers: int, *inputs):
    return ingest([str(p) for p in inputs or (SEEDS, ARTICLES)], engine, gazetteer=get_gazetteer(), max_bytes=10**6, workers=workers)


def summary(outcomes) -> list[tuple]:
    return [(o.path, o.status, o.paragraphs, o.events, o.error) for o in outcomes]


def link_rows(engine) -> dict[str, list[tuple]]:
    """The links and search rows content_rows leaves out, by natural keys."""
    queries = {
        "event_place": "SELECT ep.event_id, p.slug, b.slug FROM event_place ep JOIN place p ON p.id = ep.place_id LEFT JOIN borough b ON b.id = p.borough_id",
        "event_person": "SELECT ep.event_id, p.slug FROM event_person ep JOIN person p ON p.id = ep.person_id",
        "event": "SELECT id, earliest, latest, cluster_score, cluster_reason, search_text FROM event",
    }
    with engine.connect() as conn:
        return {name: sorted(tuple(map(str, row)) for row in conn.execute(text(sql))) for name, sql in queries.items()}


@pytest.mark.parametrize("workers", [0, 2])
def test_batched_ingest_on_any_number_of_workers_stores_what_one_article_per_transaction_stores(engine, reference, monkeypatch, workers):
    monkeypatch.setattr("app.ingest.batches.BATCH_ARTICLES", 1)
    one_by_one = run(reference, 0)
    monkeypatch.setattr("app.ingest.batches.BATCH_ARTICLES", 50)
    batched = run(engine, workers)
    assert summary(batched) == summary(one_by_one)
    assert row_differences(content_rows(engine), content_rows(reference)) == []
    assert row_differences(link_rows(engine), link_rows(reference)) == []


def test_a_second_run_on_worker_processes_finds_every_article_unchanged_and_adds_no_row(engine):
    first = run(engine, 2)
    before = content_rows(engine)
    second = run(engine, 2)
    assert [o.status for o in second] == ["unchanged" if o.status == "new" else o.status for o in first]
    assert [o.events for o in second] == [o.events for o in first]
    assert content_rows(engine) == before


def test_a_file_that_cannot_be_stored_is_named_and_the_rest_of_its_batch_is_stored_whole(engine, reference, monkeypatch):
    """The first article fails after its source, paragraphs, events and names are written: its
    savepoint takes all of them back (as a transaction of its own would), and the names it made
    are not reused by the next articles of the batch."""
    seeds = sorted(SEEDS.glob("*.txt"))
    write_links, calls = event_writes.write_links, []

    def fail_first(conn, rows, *, replace):
        calls.append(replace)
        if len(calls) == 1:
            raise RuntimeError("disk said no")
        write_links(conn, rows, replace=replace)

    monkeypatch.setattr("app.db.events.write_links", fail_first)
    monkeypatch.setattr("app.ingest.batches.BATCH_ARTICLES", 1)
    alone = run(reference, 0, *seeds)
    calls.clear()
    monkeypatch.setattr("app.ingest.batches.BATCH_ARTICLES", 50)
    batched = run(engine, 0, *seeds)
    assert summary(batched) == summary(alone)
    assert [(o.path, o.status, o.error) for o in batched[:2]] == [
        (str(seeds[0]), "failed", "could not store: RuntimeError: disk said no"),
        (str(seeds[1]), "new", None),
    ]
    assert row_differences(content_rows(engine), content_rows(reference)) == []
    assert row_differences(link_rows(engine), link_rows(reference)) == []
    with engine.connect() as conn:
        assert partial_state(conn) == []
    monkeypatch.setattr("app.db.events.write_links", write_links)
    again = run(engine, 0, *seeds)
    assert [o.status for o in again] == ["new", "unchanged", "unchanged", "unchanged", "unchanged"]


class OddText(Exception):
    def __init__(self, path: str, detail: str):  # two arguments: pickle cannot rebuild it
        super().__init__(f"{path}: {detail}")


@pytest.mark.parametrize(
    "error",
    [lambda path: ValueError(f"no reading for {path}"), lambda path: OddText(path, "no sentence ends")],
    ids=["an exception", "an exception pickle cannot rebuild"],
)
def test_an_article_the_extractor_fails_on_is_named_in_its_place_on_workers_as_on_one_core(engine, reference, monkeypatch, error):
    from app.ingest import parallel

    seeds = sorted(SEEDS.glob("*.txt"))
    extract_one = parallel.extract_one

    def fail_on_third(article, collection, gazetteer, skip):
        if article.path == str(seeds[2]):
            raise error(article.path)
        return extract_one(article, collection, gazetteer, skip)

    # set before the workers are forked, so they inherit it
    monkeypatch.setattr("app.ingest.parallel.extract_one", fail_on_third)
    on_workers, alone = run(engine, 2, *seeds), run(reference, 0, *seeds)
    assert summary(on_workers) == summary(alone)
    assert [o.status for o in on_workers] == ["new", "new", "failed", "new", "new"]
    assert on_workers[2].error.startswith(f"extraction failed: {type(error('')).__name__}: ")
