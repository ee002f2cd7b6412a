"""Servers the benchmark starts as subprocesses on 127.0.0.1: our app (timed) and Datasette.

create_timed_app wraps the real create_app in an ASGI middleware that adds 'Server-Timing: app;dur=ms'
(the time from the request reaching the app to the response starting), so latency is measured inside
the server, not through the load generator's own CPU use.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def create_timed_app():
    """The application of app.main.create_app, with Server-Timing on every response."""
    from app.main import create_app

    return ServerTiming(create_app())


DATASETTE_SETTINGS = {
    "sql_time_limit_ms": 170000,
    "facet_time_limit_ms": 170000,
    "suggest_facets": False,
    "num_sql_threads": 3,
}


def create_timed_datasette():
    """Datasette over BENCH_DATASETTE_FILE (immutable), with the same Server-Timing as ours."""
    import json

    from datasette.app import Datasette

    metadata = os.environ.get("BENCH_DATASETTE_METADATA")
    ds = Datasette(
        immutables=[os.environ["BENCH_DATASETTE_FILE"]],
        settings=DATASETTE_SETTINGS,
        metadata=json.loads(Path(metadata).read_text()) if metadata else None,
    )
    return ServerTiming(ds.app())


class ServerTiming:
    """ASGI middleware: 'Server-Timing: app;dur=<ms>' on each HTTP response."""

    def __init__(self, app):
        self.app = app

    def __getattr__(
        self, name
    ):  # state, routes, url_path_for: whatever callers ask the app for
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def timed_send(message):
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - start) * 1000
                message = {
                    **message,
                    "headers": [
                        *message.get("headers", []),
                        (b"server-timing", f"app;dur={ms:.3f}".encode()),
                    ],
                }
            await send(message)

        await self.app(scope, receive, timed_send)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process in MB, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


def _wait(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {url}")
        try:
            if httpx.get(url, timeout=2.0).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"server did not answer {url} within {timeout:.0f}s")


def _start(
    cmd: list[str], env: dict | None, url: str, timeout: float, attempts: int = 3
):
    """The started process and its log; a server that exits at start-up is tried again (the tree
    may be mid-edit by someone else), and its output is in the error when it never comes up."""
    for attempt in range(1, attempts + 1):
        log = tempfile.TemporaryFile(mode="w+")
        proc = subprocess.Popen(
            cmd, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait(url, proc, timeout)
            return proc, log
        except RuntimeError as exc:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.seek(0)
            output = log.read()[-3000:]
            log.close()
            if attempt == attempts:
                raise RuntimeError(f"{exc}\n{output}") from None
            time.sleep(5)
    raise AssertionError("unreachable")


@contextmanager
def running(
    cmd: list[str],
    probe_path: str,
    port: int,
    *,
    env: dict | None = None,
    timeout: float = 60.0,
):
    """Start a server subprocess, wait until it answers, yield (base URL, pid), stop it by its pid."""
    base = f"http://127.0.0.1:{port}"
    proc, log = _start(cmd, env, base + probe_path, timeout)
    try:
        yield base, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def our_server(database_url: str, *, workers: int = 1, cache: bool = True):
    """uvicorn serving our timed app over the database (no seeds loaded, no reload)."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "app.bench.server:create_timed_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    env = {
        "DATABASE_URL": database_url,
        "LOAD_SEEDS": "false",
        "TIMELINE_QUERY_CACHE": "on" if cache else "off",
    }
    return running(cmd, "/api/events?limit=1", port, env=env)


def datasette_server(sqlite_path: Path, metadata: Path | None = None):
    """Datasette over the file on a free loopback port, served by uvicorn as ours is (one process).

    Immutable mode (no change checks per request), no facet suggestions, and time limits raised so
    that it completes the same counts instead of giving up on them.
    """
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "app.bench.server:create_timed_datasette",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    env = {
        "BENCH_DATASETTE_FILE": str(sqlite_path),
        "BENCH_DATASETTE_METADATA": str(metadata) if metadata else "",
    }
    return running(cmd, "/-/versions.json", port, env=env)
