"""`timeline bench`: ingest and page figures in one run, printed as Markdown and saved as JSON.

Ingest: a generated corpus is extracted (one process, one core) and ingested into SQLite and into
PostgreSQL, each stage in a fresh process. Pages: for each size, events are bulk-filled into a
SQLite file, served by uvicorn on loopback and loaded with concurrent clients, with the query cache
on and off; then Datasette answers the same question over the same file, and our own SQL is timed
on sqlite3 alone.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.bench import machine
from app.bench.generate import write_corpus
from app.bench.stages import run_stage

QUICK_SIZES = (1500,)
FULL_SIZES = (10_000, 100_000, 1_000_000)


@dataclass(frozen=True)
class BenchConfig:
    sizes: tuple[int, ...] = FULL_SIZES  # events, for the page benchmarks
    articles: int = 10_000  # corpus for extract and ingest (0: skip)
    seed: int = 1
    postgres_url: str | None = (
        None  # None: a private cluster when PostgreSQL is installed
    )
    postgres: bool = True
    workdir: Path | None = None  # kept when given; a temporary folder otherwise
    concurrency: int = 4
    max_requests: int = 300
    max_seconds: float = 12.0
    datasette: bool = True
    cold: bool = True
    pages_postgres: tuple[
        int, ...
    ] = ()  # sizes whose pages are also served from PostgreSQL
    command: str = "timeline bench"

    @classmethod
    def quick(cls, **overrides) -> BenchConfig:
        """Tiny sizes for the test suite: the whole path, in well under a minute."""
        values = {
            "sizes": QUICK_SIZES,
            "articles": 24,
            "max_requests": 12,
            "max_seconds": 3.0,
            "concurrency": 2,
        }
        return cls(**(values | overrides))


def parse_size(text: str) -> int:
    """'10k' -> 10000, '1M' -> 1000000, '2500' -> 2500."""
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _ingest(config: BenchConfig, work: Path, say) -> list[dict]:
    from app.bench.postgres import postgres_server, scratch_database

    corpus = work / f"corpus-{config.articles}"
    if not (corpus / "answers").is_dir():
        say(f"generating {config.articles:,} articles into {corpus}")
        write_corpus(config.articles, corpus, seed=config.seed)
    stages = []
    say("extract (one process, no database)")
    stages.append(
        {
            "name": "extract",
            "load": machine.load_average(),
            **run_stage("extract", corpus),
        }
    )
    db = work / f"ingest-{config.articles}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    say("ingest into SQLite")
    stages.append(
        {
            "name": "ingest SQLite",
            "load": machine.load_average(),
            **run_stage("ingest", corpus, f"sqlite:///{db}"),
        }
    )
    if config.postgres:
        with postgres_server(config.postgres_url) as server:
            if server is None:
                say("PostgreSQL is not installed: skipping ingest into PostgreSQL")
            else:
                with scratch_database(server) as url:
                    say("ingest into PostgreSQL")
                    stages.append(
                        {
                            "name": "ingest PostgreSQL",
                            "load": machine.load_average(),
                            **run_stage("ingest", corpus, url),
                        }
                    )
    return stages


def _pages(config: BenchConfig, events: int, work: Path, say) -> dict:
    from app.bench.dbfill import fill
    from app.bench.pages import bench_pages
    from app.db.migrate import upgrade
    from app.db.session import make_engine

    db = work / f"pages-{events}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    say(f"filling {events:,} events into {db}")
    start = time.perf_counter()
    articles, stored = fill(engine, events=events, seed=config.seed)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    fill_seconds = time.perf_counter() - start
    say(f"pages at {stored:,} events")
    load = machine.load_average()
    result = bench_pages(
        db,
        concurrency=config.concurrency,
        max_requests=config.max_requests,
        max_seconds=config.max_seconds,
        datasette=config.datasette,
        cold=config.cold,
    )
    out = {
        "events": stored,
        "articles": articles,
        "fill_seconds": fill_seconds,
        "load": load,
        "db_mb": db.stat().st_size / 2**20,
        **result,
    }
    if events in config.pages_postgres:
        out["postgres"] = _pages_postgres(config, events, result["choice"], say)
    return out


def _pages_postgres(config: BenchConfig, events: int, choice: dict, say) -> dict | None:
    """The same events (same seed, same count: the same rows) in PostgreSQL, served by our app."""
    from app.bench.dbfill import fill
    from app.bench.pages import Choice, bench_pages_server
    from app.bench.postgres import postgres_server, scratch_database
    from app.db.migrate import upgrade
    from app.db.session import make_engine

    with postgres_server(config.postgres_url) as server:
        if server is None:
            say("PostgreSQL is not installed: no PostgreSQL pages")
            return None
        with scratch_database(server) as url:
            engine = make_engine(url)
            upgrade(engine)
            say(f"filling {events:,} events into PostgreSQL")
            start = time.perf_counter()
            fill(engine, events=events, seed=config.seed)
            engine.dispose()
            fill_seconds = time.perf_counter() - start
            say(f"PostgreSQL pages at {events:,} events")
            result = bench_pages_server(
                url,
                Choice(**choice),
                concurrency=config.concurrency,
                max_requests=config.max_requests,
                max_seconds=config.max_seconds,
            )
            return {
                "fill_seconds": fill_seconds,
                "load": machine.load_average(),
                **result,
            }


def run_bench(config: BenchConfig, *, say=print) -> dict:
    """Run everything the config asks for; return the results (also written to WORKDIR/results.json)."""
    from app.bench.report import render

    work = config.workdir or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "machine": machine.describe(),
        "command": config.command,
        "ingest": [],
        "pages": [],
    }

    def save() -> (
        None
    ):  # after each part, so a long run that is stopped keeps what it measured
        (work / "results.json").write_text(json.dumps(results, indent=1, default=str))

    try:
        if config.articles:
            results["ingest"] = _ingest(config, work, say)
            save()
        for events in config.sizes:
            results["pages"].append(_pages(config, events, work, say))
            save()
        results["load_after"] = machine.load_average()
        save()
        results["markdown"] = render(results)
    finally:
        if config.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return results
