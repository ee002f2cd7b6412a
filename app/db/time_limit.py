"""Statements that give up at a deadline, as Datasette's facets do, rather than hold a page for seconds.

The summaries (app.db.summary_queries) answer most pages at once; counts they cannot answer (a search
matching tens of thousands of events, a date range, several agencies) read every matching event. The
page runs those under a deadline and says which counts timed out; it never shows a partial count.
SQLite is interrupted by a progress handler, PostgreSQL by statement_timeout inside a savepoint.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session


class TimedOut(Exception):
    """The statements did not finish before the deadline."""


@contextmanager
def time_limit(session: Session, deadline: float) -> Iterator[None]:
    """Run the block's statements until ``deadline`` (a time.monotonic() value); raise TimedOut after."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimedOut
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.dbapi_connection
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
        try:
            yield
        except OperationalError as exc:
            if "interrupted" in str(exc):
                raise TimedOut from None
            raise
        finally:
            raw.set_progress_handler(None, 0)
        return
    before = session.execute(text("SHOW statement_timeout")).scalar()
    savepoint = session.begin_nested()
    session.execute(text(f"SET LOCAL statement_timeout = {max(1, int(left * 1000))}"))
    try:
        yield
    except OperationalError as exc:
        savepoint.rollback()  # also undoes the SET LOCAL
        if "canceling statement" in str(exc):
            raise TimedOut from None
        raise
    session.execute(text("SELECT set_config('statement_timeout', :v, true)"), {"v": before})
    savepoint.commit()
