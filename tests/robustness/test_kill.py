"""SIGKILL `timeline ingest` at random points; running it again must give a clean ingest's database."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from app.config import PROJECT_ROOT
from app.db.session import make_engine
from tests.robustness.builders import content_rows
from tests.robustness.corpus import write_corpus
from tests.robustness.invariants import partial_state, sqlite_integrity

ARTICLES = 200


def ingest_process(url: str, corpus, tmp_path) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "CORRECTIONS_FILE": str(tmp_path / "corrections.toml")}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "ingest", "--quiet", str(corpus)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stored_sources(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM source")).scalar_one()


def kill_when(proc: subprocess.Popen, engine, *, sources: int, deadline: float) -> int:
    """SIGKILL the process once `sources` articles are committed (or at the deadline); return the count seen."""
    seen = 0
    while proc.poll() is None and time.monotonic() < deadline:
        seen = stored_sources(engine)
        if seen >= sources:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return seen


@pytest.mark.timeout(900)
def test_ingest_killed_at_random_points_and_run_again_equals_a_clean_ingest(tmp_path, sqlite_template):
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    urls = {}
    for name in ("clean", "killed"):
        shutil.copyfile(sqlite_template, tmp_path / f"{name}.db")
        urls[name] = f"sqlite:///{tmp_path / f'{name}.db'}"

    started = time.monotonic()
    clean = ingest_process(urls["clean"], corpus, tmp_path)
    assert clean.wait(timeout=600) == 0, clean.stderr.read().decode()
    clean_seconds = time.monotonic() - started

    engine = make_engine(urls["killed"])
    rng = random.Random(20240501)
    kills = []
    # once while articles are still being read and extracted (nothing committed yet), then at random
    # points while articles are being stored, each run starting from what the last one left
    targets = [0, *sorted(rng.sample(range(5, ARTICLES - 5), 3))]
    for target in targets:
        proc = ingest_process(urls["killed"], corpus, tmp_path)
        if target == 0:
            time.sleep(rng.uniform(0.5, 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            seen = stored_sources(engine)
        else:
            seen = kill_when(proc, engine, sources=target, deadline=time.monotonic() + clean_seconds * 2)
        kills.append((target, proc.returncode, seen))
        with engine.connect() as conn:
            assert sqlite_integrity(conn) == "ok"
            assert partial_state(conn) == []
    assert [(t, code) for t, code, _ in kills] == [(t, -signal.SIGKILL) for t in targets]
    assert kills[0][2] == 0 and all(0 < seen < ARTICLES for _, _, seen in kills[1:]), kills

    final = ingest_process(urls["killed"], corpus, tmp_path)
    assert final.wait(timeout=600) == 0, final.stderr.read().decode()
    with engine.connect() as conn:
        assert sqlite_integrity(conn) == "ok"
        assert partial_state(conn) == []
    clean_engine = make_engine(urls["clean"])
    expected = content_rows(clean_engine)
    assert len(expected["source"]) == ARTICLES
    assert content_rows(engine) == expected
    engine.dispose()
    clean_engine.dispose()
