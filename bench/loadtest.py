"""Load test on loopback: mixed page and API requests at the highest rate the server sustains, while
every source is re-ingested as a new version, again and again, in another process.

usage: uv run python bench/loadtest.py [--seconds 30] [--max-requests 50000] [--concurrency 16]
                                       [--articles 0] [--no-reingest] [--url http://127.0.0.1:8000]

Without --url it builds a fresh SQLite database from seeds/ (plus --articles synthetic ones), serves
it with uvicorn on 127.0.0.1 and re-ingests edited copies of all sources while the load runs. It
stops by itself after --seconds or --max-requests, whichever comes first, and prints requests,
errors, p50/p99 latency and requests per second, overall and per kind of request. Only 127.0.0.1 is
ever requested.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from app.bench.load import run_to_end

ROOT = Path(__file__).resolve().parents[1]
CAPTION = "Officers on patrol in the town centre. Picture: Staff photographer (Image: Archant)"


@dataclass
class LoadResult:
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    reingests: int = 0

    def percentile(self, q: float, kind: str | None = None) -> float:
        values = sorted(self.latencies[kind] if kind else [v for vs in self.latencies.values() for v in vs])
        return values[min(len(values) - 1, int(q * len(values)))] * 1000 if values else 0.0

    def report(self) -> str:
        lines = [
            f"requests {self.requests}  errors {len(self.errors)}  seconds {self.seconds:.1f}  "
            f"req/s {self.requests / self.seconds if self.seconds else 0:.1f}  "
            f"p50 {self.percentile(0.5):.1f} ms  p99 {self.percentile(0.99):.1f} ms  re-ingests {self.reingests}",
        ]
        for kind in sorted(self.latencies):
            lines.append(f"  {kind:<18} {len(self.latencies[kind]):>6}  p50 {self.percentile(0.5, kind):7.1f} ms  p99 {self.percentile(0.99, kind):7.1f} ms")
        lines += [f"  error: {e}" for e in self.errors[:20]]
        return "\n".join(lines)


def request_mix(base: str) -> dict[str, list[str]]:
    """{kind: paths}: pages and API answers, with event ids and source slugs taken from the API."""
    with httpx.Client(base_url=base, timeout=30) as client:
        events = client.get("/api/events", params={"limit": 100}).json()["events"]
        sources = client.get("/api/sources").json()
    slugs = [s["slug"] for s in (sources.get("sources") if isinstance(sources, dict) else sources)]
    return {
        "page /": ["/"],
        "page /events": ["/events?type=operation&type=enforcement&from=2017", "/events?borough=redbridge&order=oldest", "/events?q=police+operation"],
        "page /events/x": [f"/events/{e['id']}" for e in events[:50]],
        "page /sources": ["/sources"],
        "page /sources/x": [f"/sources/{s}" for s in slugs],
        "api /events": ["/api/events?limit=50", "/api/events?type=meeting&from=2017-06&to=2019"],
        "api /sources/x": [f"/api/sources/{s}" for s in slugs],
    }


async def run_load(base: str, mix: dict[str, list[str]], *, seconds: float, max_requests: int, concurrency: int) -> LoadResult:
    """Closed-loop load: `concurrency` clients, each sending its next request as soon as one returns.

    Each request is of a kind drawn uniformly, then a path of that kind, so that cheap and costly
    pages weigh the same whatever the number of sources and events.
    """
    if urlsplit(base).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the load test only targets this machine (127.0.0.1)")
    result = LoadResult()
    deadline = time.monotonic() + seconds
    rng = random.Random(8)
    kinds = sorted(k for k, paths in mix.items() if paths)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while time.monotonic() < deadline and result.requests < max_requests:
            kind = rng.choice(kinds)
            path = rng.choice(mix[kind])
            result.requests += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
            except httpx.HTTPError as exc:
                result.errors.append(f"{path}: {type(exc).__name__}: {exc}")
                continue
            result.latencies[kind].append(time.perf_counter() - started)
            if response.status_code != 200:
                result.errors.append(f"{path}: HTTP {response.status_code}")

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    result.seconds = time.monotonic() - started
    return result


class Reingester:
    """A thread that ingests a new edited copy of all sources, round after round, until stopped."""

    def __init__(self, database_url: str, sources: list[Path], workdir: Path):
        self.url, self.sources, self.workdir = database_url, sources, workdir
        self.rounds, self.failures = 0, []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=600)

    def _loop(self) -> None:
        while not self.stop.is_set():
            folder = edited_copy(self.sources, self.workdir / f"round{self.rounds + 1}", self.rounds + 1)
            env = {**os.environ, "DATABASE_URL": self.url, "LOAD_SEEDS": "false"}
            done = subprocess.run([sys.executable, "-m", "app", "ingest", "--quiet", str(folder)], cwd=ROOT, env=env, capture_output=True, text=True)
            if done.returncode:
                self.failures.append(done.stderr[-2000:])
            self.rounds += 1


def edited_copy(sources: list[Path], folder: Path, round_: int) -> Path:
    """Every source with `round_` caption paragraphs appended: a new version, the same events."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        for path in sorted(source.iterdir()):
            if path.suffix == ".toml":
                shutil.copyfile(path, folder / path.name)
            elif path.suffix in (".txt", ".md"):
                text = path.read_text(encoding="utf-8").rstrip("\n")
                sep = "\n\n" if "\n\n" in text or path.suffix == ".md" else "\n"
                (folder / path.name).write_text(text + (sep + CAPTION) * round_ + "\n", encoding="utf-8")
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(database_url: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "LOAD_SEEDS": "false"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "app.main:create_app", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start within 30 s")


def prepare(workdir: Path, articles: int) -> tuple[str, list[Path]]:
    """A migrated SQLite database holding seeds/ (and synthetic articles); the folders ingested."""
    sys.path.insert(0, str(ROOT))
    from app.db.migrate import upgrade
    from app.db.session import make_engine

    url = f"sqlite:///{workdir / 'timeline.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    sources = [ROOT / "seeds"]
    if articles:
        from tests.robustness.corpus import write_corpus

        sources.append(write_corpus(workdir / "synthetic", articles))
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([sys.executable, "-m", "app", "ingest", "--quiet", *map(str, sources)], cwd=ROOT, env=env, check=True, capture_output=True)
    return url, sources


def load_during_reingest(*, seconds: float, max_requests: int, concurrency: int, articles: int, reingest: bool, workdir: Path) -> LoadResult:
    """Build, serve, re-ingest and load; everything stops by itself."""
    url, sources = prepare(workdir, articles)
    proc, base = start_server(url, workdir / "server.log")
    try:
        mix = request_mix(base)
        if not reingest:
            return run_to_end(run_load(base, mix, seconds=seconds, max_requests=max_requests, concurrency=concurrency))
        with Reingester(url, sources, workdir) as writer:
            result = run_to_end(run_load(base, mix, seconds=seconds, max_requests=max_requests, concurrency=concurrency))
        result.reingests = writer.rounds
        result.errors += [f"re-ingest failed: {f}" for f in writer.failures]
        return result
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--articles", type=int, default=0, help="synthetic articles added to seeds/")
    parser.add_argument("--no-reingest", action="store_true", help="load only, no writes")
    parser.add_argument("--url", help="load an already running server on 127.0.0.1 instead (no re-ingest)")
    args = parser.parse_args()
    if args.url:
        result = run_to_end(run_load(args.url, request_mix(args.url), seconds=args.seconds, max_requests=args.max_requests, concurrency=args.concurrency))
    else:
        with tempfile.TemporaryDirectory(prefix="loadtest-") as folder:
            result = load_during_reingest(
                seconds=args.seconds, max_requests=args.max_requests, concurrency=args.concurrency,
                articles=args.articles, reingest=not args.no_reingest, workdir=Path(folder),
            )
    print(result.report())
    sys.exit(1 if result.errors else 0)


if __name__ == "__main__":
    main()
