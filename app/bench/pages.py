"""The page benchmark at one size: our timeline page and /api/events under load, Datasette, raw SQL.

For a filled SQLite file: pick realistic filter values (the busiest borough, the police force
acting there, the commonest type, a frequent word), serve it with uvicorn on loopback, load each
URL in turn, then ask Datasette the same question over the same file, and time the raw SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode

from app.bench import datasette_compare, rawsql
from app.bench.load import LoadResult, run_load
from app.bench.server import datasette_server, our_server, rss_mb


@dataclass(frozen=True)
class Choice:
    """Filter values as our URLs (slugs) and Datasette (names) spell them."""

    borough_slug: str
    borough: str
    agency_slug: str
    agency: str
    type: str
    word: str


def choose_filters(sqlite_path: Path) -> Choice:
    """The busiest borough, the agency most active in it, the commonest type there, a common word."""
    conn = sqlite3.connect(sqlite_path)
    b_id, b_slug, b_name = conn.execute(
        "SELECT b.id, b.slug, b.name FROM event_borough eb JOIN borough b ON b.id = eb.borough_id "
        "GROUP BY b.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    a_slug, a_name = conn.execute(
        "SELECT a.slug, a.name FROM event_borough eb JOIN event_agency ea ON ea.event_id = eb.event_id "
        "JOIN agency a ON a.id = ea.agency_id WHERE eb.borough_id = ? GROUP BY a.id ORDER BY count(*) DESC LIMIT 1",
        (b_id,),
    ).fetchone()
    (type_,) = conn.execute(
        "SELECT type FROM event GROUP BY type ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    conn.close()
    return Choice(b_slug, b_name, a_slug, a_name, type_, "drinking")


CASES = ("0 filters", "1 filter", "3 filters", "full text")


def case_params(choice: Choice) -> dict[str, list[tuple[str, str]]]:
    return {
        "0 filters": [],
        "1 filter": [("borough", choice.borough_slug)],
        "3 filters": [
            ("borough", choice.borough_slug),
            ("agency", choice.agency_slug),
            ("type", choice.type),
        ],
        "full text": [("q", choice.word)],
    }


def datasette_case(sqlite_path: Path, case: str, choice: Choice, fmt: str = "") -> str:
    args = {"agency": None, "borough": None, "type_": None, "q": None}
    if case in ("1 filter", "3 filters"):
        args["borough"] = choice.borough
    if case == "3 filters":
        args |= {"agency": choice.agency, "type_": choice.type}
    if case == "full text":
        args["q"] = choice.word
    return datasette_compare.datasette_path(sqlite_path, fmt=fmt, **args)


@dataclass(frozen=True)
class PageFigures:
    """One URL's figures: ours under load, the raw SQL floor, and Datasette under the same load."""

    page: str  # timeline | api
    case: str
    ours: LoadResult  # query cache on (the default)
    cold: LoadResult | None  # query cache off: every request runs every statement
    raw_sql_ms: float
    statements: int
    datasette: LoadResult | None

    def as_dict(self) -> dict:
        return asdict(self) | {
            "ours_rps": self.ours.rps,
            "datasette_rps": self.datasette.rps if self.datasette else None,
        }


def bench_pages(
    sqlite_path: Path,
    *,
    concurrency: int,
    max_requests: int,
    max_seconds: float,
    datasette: bool = True,
    cold: bool = True,
    raw: bool = True,
) -> dict:
    """Every page × case at this size; returns figures and the server's memory."""
    choice = choose_filters(sqlite_path)
    cases = case_params(choice)
    paths = {
        (page, case): (prefix + ("?" + urlencode(params) if params else ""))
        for page, prefix in (("timeline", "/"), ("api", "/api/events"))
        for case, params in cases.items()
    }
    ours: dict[tuple[str, str], LoadResult] = {}
    with our_server(f"sqlite:///{sqlite_path}") as (base, pid):
        for key, path in paths.items():
            ours[key] = run_load(
                base,
                [path],
                concurrency=concurrency,
                max_requests=max_requests,
                max_seconds=max_seconds,
            )
        rss, peak = rss_mb(pid)
    uncached: dict[tuple[str, str], LoadResult] = {}
    if cold:
        with our_server(f"sqlite:///{sqlite_path}", cache=False) as (base, pid):
            for key, path in paths.items():
                uncached[key] = run_load(
                    base,
                    [path],
                    concurrency=concurrency,
                    max_requests=max_requests,
                    max_seconds=max_seconds,
                    warmup=1,
                )
            peak = max(peak, rss_mb(pid)[1])
    statements = {
        key: rawsql.captured_statements(sqlite_path, path) if raw else []
        for key, path in paths.items()
    }
    theirs: dict[tuple[str, str], LoadResult] = {}
    if datasette:
        datasette_compare.build_flat_table(sqlite_path)
        meta = datasette_compare.metadata(sqlite_path, sqlite_path.parent)
        with datasette_server(sqlite_path, meta) as (base, _pid):
            for page, fmt in (("timeline", ""), ("api", ".json")):
                for case in CASES:
                    path = datasette_case(sqlite_path, case, choice, fmt)
                    theirs[(page, case)] = run_load(
                        base,
                        [path],
                        concurrency=concurrency,
                        max_requests=max_requests,
                        max_seconds=max_seconds,
                    )
    figures = [
        PageFigures(
            page,
            case,
            ours[(page, case)],
            uncached.get((page, case)),
            rawsql.time_statements(sqlite_path, statements[(page, case)])
            if raw
            else 0.0,
            len(statements[(page, case)]),
            theirs.get((page, case)),
        )
        for page, case in paths
    ]
    return {
        "choice": asdict(choice),
        "paths": {f"{p} {c}": v for (p, c), v in paths.items()},
        "figures": [f.as_dict() for f in figures],
        "server_rss_mb": rss,
        "server_peak_mb": peak,
    }


def bench_pages_server(
    database_url: str,
    choice: Choice,
    *,
    concurrency: int,
    max_requests: int,
    max_seconds: float,
) -> dict:
    """Our pages alone over any database (PostgreSQL): cached and uncached, and the server's memory."""
    cases = case_params(choice)
    paths = {
        (page, case): (prefix + ("?" + urlencode(params) if params else ""))
        for page, prefix in (("timeline", "/"), ("api", "/api/events"))
        for case, params in cases.items()
    }
    runs: dict[bool, dict] = {}
    peak = rss = 0.0
    for cache in (True, False):
        with our_server(database_url, cache=cache) as (base, pid):
            runs[cache] = {
                key: run_load(
                    base,
                    [path],
                    concurrency=concurrency,
                    max_requests=max_requests,
                    max_seconds=max_seconds,
                )
                for key, path in paths.items()
            }
            now, top = rss_mb(pid)
            rss, peak = (now if cache else rss), max(peak, top)
    figures = [
        {
            "page": page,
            "case": case,
            "ours": asdict(runs[True][(page, case)]),
            "ours_rps": runs[True][(page, case)].rps,
            "cold": asdict(runs[False][(page, case)]),
        }
        for page, case in paths
    ]
    return {"figures": figures, "server_rss_mb": rss, "server_peak_mb": peak}
