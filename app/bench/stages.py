"""One ingest stage measured in a fresh process: `python -m app.bench.stages extract|ingest CORPUS [URL]`.

A fresh process per stage gives each its own peak memory (ru_maxrss) and CPU time; the result is
printed as one JSON line. Extraction runs on one core; ingest stores into the database at URL.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_extract(corpus: Path) -> dict:
    """Load and extract every article (pure pipeline, no database); rates, memory and accuracy."""
    from app.bench.accuracy import load_answer_key, misses_by_kind, score_results
    from app.ingest.decoding import ArticleError
    from app.ingest.gazetteer_access import get_gazetteer
    from app.ingest.pipeline import extract, load_inputs

    gazetteer = get_gazetteer()
    base_mb = _peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    articles = [
        a
        for a in load_inputs([str(corpus / "articles")], max_bytes=10**7)
        if not isinstance(a, ArticleError)
    ]
    results = extract(articles, gazetteer)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    events = sum(len(r.events) for r in results)
    gold = load_answer_key(corpus)
    misses = misses_by_kind(results, gold)
    return {
        "stage": "extract",
        "articles": len(results),
        "events": events,
        "seconds": wall,
        "cpu_seconds": cpu,
        "peak_mb": _peak_mb(),
        "startup_mb": base_mb,
        "accuracy": score_results(results, gold),
        "misses": {f"{k[0]}/{k[1]}": v for k, v in misses.most_common(8)},
    }


def _children() -> tuple[float, float]:
    """CPU seconds of the finished child processes (extraction workers), and the largest one's peak MB."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure_ingest(corpus: Path, database_url: str) -> dict:
    """Migrate the (empty) database at URL and ingest the corpus into it (extraction on worker
    processes, this one storing); CPU seconds count the workers too."""
    from app.db.migrate import upgrade
    from app.db.session import make_engine
    from app.ingest.gazetteer_access import get_gazetteer
    from app.ingest.parallel import default_workers
    from app.ingest.pipeline import ingest

    engine = make_engine(database_url)
    upgrade(engine)
    gazetteer = get_gazetteer()
    wall, cpu = time.perf_counter(), time.process_time()
    children_cpu = _children()[0]
    outcomes = ingest(
        [str(corpus / "articles")], engine, gazetteer=gazetteer, max_bytes=10**7
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    workers_cpu, workers_mb = _children()
    workers_cpu -= children_cpu
    failed = [o for o in outcomes if o.status == "failed"]
    engine.dispose()
    return {
        "stage": "ingest",
        "dialect": engine.dialect.name,
        "articles": len(outcomes) - len(failed),
        "failed": len(failed),
        "first_error": failed[0].error if failed else None,
        "events": sum(o.events for o in outcomes),
        "seconds": wall,
        "cpu_seconds": cpu + workers_cpu,
        "writer_cpu_seconds": cpu,
        "workers_cpu_seconds": workers_cpu,
        "workers": default_workers(len(outcomes)),
        "peak_mb": max(_peak_mb(), workers_mb),
        "writer_peak_mb": _peak_mb(),
        "worker_peak_mb": workers_mb,
    }


def run_stage(
    stage: str, corpus: Path, database_url: str | None = None, *, timeout: float = 3600
) -> dict:
    """Run one stage in a child process and return its JSON result."""
    import subprocess

    cmd = [sys.executable, "-m", "app.bench.stages", stage, str(corpus)] + (
        [database_url] if database_url else []
    )
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"{stage} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    stage, corpus = argv[0], Path(argv[1])
    result = (
        measure_extract(corpus)
        if stage == "extract"
        else measure_ingest(corpus, argv[2])
    )
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
