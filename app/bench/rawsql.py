"""The SQL our query functions emit for a page, and how long it takes on sqlite3 with no app around it.

The statements are captured from SQLAlchemy while the page's own query functions run (the same
timeline_context the route calls), then replayed on a plain sqlite3 connection: the floor that no
web framework could go below. ours / raw SQL is the cost of everything else (ORM, templates, HTTP).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import event
from sqlmodel import Session

from app.db.session import make_engine


def captured_statements(sqlite_path: Path, path: str) -> list[tuple[str, tuple]]:
    """(SQL, parameters) of every statement the page or API call at ``path`` runs."""
    from app.web.params import parse_timeline_params
    from app.web.timeline import timeline_context

    engine = make_engine(f"sqlite:///{sqlite_path}")
    seen: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip().upper().startswith("PRAGMA"):
            seen.append((statement, tuple(parameters) if parameters else ()))

    query = parse_timeline_params(
        {k: v for k, v in parse_qs(urlsplit(path).query).items()}
    )
    cache = os.environ.get("TIMELINE_QUERY_CACHE")
    os.environ["TIMELINE_QUERY_CACHE"] = (
        "off"  # every statement the page needs, as on a cold cache
    )
    with Session(engine) as session:
        session.connection()  # connect (and set the pragmas) before listening
        event.listen(engine, "before_cursor_execute", capture)
        if path.startswith("/api/events"):
            # what app.api.events.list_events calls
            from app.api.events import events_out
            from app.db.paging import events_then_undated
            from app.exports.links import Links

            page = events_then_undated(session, filters=query.filters, limit=50)
            links = Links("http://127.0.0.1")
            events_out(session, page.events, links)
            events_out(session, page.undated, links)
        else:
            timeline_context(session, query)
        event.remove(engine, "before_cursor_execute", capture)
    engine.dispose()
    if cache is None:
        del os.environ["TIMELINE_QUERY_CACHE"]
    else:
        os.environ["TIMELINE_QUERY_CACHE"] = cache
    return seen


def time_statements(
    sqlite_path: Path, statements: list[tuple[str, tuple]], *, repeat: int = 7
) -> float:
    """Median milliseconds to run all the statements and fetch their rows, on a warm connection."""
    conn = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    totals = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        for sql, params in statements:
            conn.execute(sql, params).fetchall()
        totals.append((time.perf_counter() - start) * 1000)
    conn.close()
    return statistics.median(totals[1:])  # the first run warms the page cache
