"""A loopback load generator: concurrent async httpx clients, bounded in requests and in time.

Only 127.0.0.1 is ever a target (the benchmark's own server). Latency is taken from the server's
Server-Timing header (time inside the app, see app.bench.server) and from the client's clock.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

T = TypeVar("T")

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class LoadResult:
    """What one load run measured; latencies in milliseconds."""

    requests: int
    errors: int
    seconds: float
    server_p50: float
    server_p99: float
    client_p50: float
    client_p99: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0..100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def server_ms(response: httpx.Response) -> float | None:
    """The app's own time from 'Server-Timing: app;dur=12.3'."""
    for part in response.headers.get("server-timing", "").split(","):
        name, _, rest = part.strip().partition(";")
        if name == "app" and rest.startswith("dur="):
            return float(rest[4:])
    return None


def _check_loopback(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in LOOPBACK:
        raise ValueError(
            f"the load generator only targets this machine's loopback, not {host!r}"
        )


async def _run(
    base: str,
    paths: list[str],
    *,
    concurrency: int,
    max_requests: int,
    max_seconds: float,
    warmup: int,
) -> LoadResult:
    _check_loopback(base)
    limits = httpx.Limits(
        max_connections=concurrency, max_keepalive_connections=concurrency
    )
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=180.0) as client:
        for i in range(warmup):
            await client.get(paths[i % len(paths)])
        server: list[float] = []
        client_ms: list[float] = []
        errors = 0
        issued = 0
        start = time.perf_counter()
        deadline = start + max_seconds

        async def worker() -> None:
            nonlocal issued, errors
            while issued < max_requests and time.perf_counter() < deadline:
                path = paths[issued % len(paths)]
                issued += 1
                t0 = time.perf_counter()
                try:
                    response = await client.get(path)
                except httpx.HTTPError:
                    errors += 1
                    continue
                client_ms.append((time.perf_counter() - t0) * 1000)
                if response.status_code != 200:
                    errors += 1
                if (ms := server_ms(response)) is not None:
                    server.append(ms)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - start
    return LoadResult(
        len(client_ms),
        errors,
        seconds,
        percentile(server, 50),
        percentile(server, 99),
        percentile(client_ms, 50),
        percentile(client_ms, 99),
    )


def run_load(
    base: str,
    paths: list[str],
    *,
    concurrency: int = 4,
    max_requests: int = 400,
    max_seconds: float = 20.0,
    warmup: int = 5,
) -> LoadResult:
    """GET the paths round-robin from ``concurrency`` clients until max_requests or max_seconds."""
    work = _run(
        base,
        paths,
        concurrency=concurrency,
        max_requests=max_requests,
        max_seconds=max_seconds,
        warmup=warmup,
    )
    return run_to_end(work)


def run_to_end(work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion, on a loop of its own in a worker thread if this one runs a loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    # Playwright's sync API keeps a loop running in the main thread, where asyncio.run refuses
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
