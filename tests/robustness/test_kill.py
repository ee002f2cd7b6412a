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
from tests.robustness.builders import content_rows, row_differences
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
    for name in ("probe", "clean", "killed"):
        shutil.copyfile(sqlite_template, tmp_path / f"{name}.db")
        urls[name] = f"sqlite:///{tmp_path / f'{name}.db'}"

    # how long a run reads and extracts before its first commit, to kill one run inside that time
    started = time.monotonic()
    probe, probe_engine = ingest_process(urls["probe"], corpus, tmp_path), make_engine(urls["probe"])
    while probe.poll() is None and stored_sources(probe_engine) == 0:
        time.sleep(0.05)
    seconds_to_first = time.monotonic() - started
    probe.send_signal(signal.SIGKILL)
    probe.wait(timeout=30)
    probe_engine.dispose()

    engine = make_engine(urls["killed"])
    rng = random.Random(20240501)
    kills = []
    # once while articles are still being read and extracted (nothing committed yet), then at random
    # points while articles are being stored, each run starting from what the last one left
    targets = [0, *sorted(rng.sample(range(5, ARTICLES - 5), 3))]
    for target in targets:
        proc = ingest_process(urls["killed"], corpus, tmp_path)
        if target == 0:
            time.sleep(rng.uniform(0.3, 0.9) * seconds_to_first)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            seen = stored_sources(engine)
        else:
            seen = kill_when(proc, engine, sources=target, deadline=time.monotonic() + 300)
        kills.append((target, proc.returncode, seen))
        assert proc.returncode == -signal.SIGKILL, (target, seen, proc.stderr.read().decode()[-3000:])
        with engine.connect() as conn:
            assert sqlite_integrity(conn) == "ok"
            assert partial_state(conn) == []
    assert [(t, code) for t, code, _ in kills] == [(t, -signal.SIGKILL) for t in targets]
    assert kills[0][2] == 0 and all(0 < seen < ARTICLES for _, _, seen in kills[1:]), kills

    # the clean ingest runs beside the final one, so that both use the same code
    final, clean = ingest_process(urls["killed"], corpus, tmp_path), ingest_process(urls["clean"], corpus, tmp_path)
    assert final.wait(timeout=600) == 0, final.stderr.read().decode()
    assert clean.wait(timeout=600) == 0, clean.stderr.read().decode()
    with engine.connect() as conn:
        assert sqlite_integrity(conn) == "ok"
        assert partial_state(conn) == []
    clean_engine = make_engine(urls["clean"])
    expected = content_rows(clean_engine)
    assert len(expected["source"]) == ARTICLES
    assert row_differences(content_rows(engine), expected) == []
    engine.dispose()
    clean_engine.dispose()
