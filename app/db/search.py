"""Full-text search over events: SQLite FTS5, or PostgreSQL's own text search."""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import text
from sqlmodel import Session

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_rowid(event_id: str) -> int:
    """The event's row in event_fts: a 63-bit hash of its id.

    event_id is an UNINDEXED column, so finding a row by it scans the whole table (ingest grew
    quadratically); the rowid is the table's key. A collision among a million ids has a chance of
    about 1 in 10^7, and would fail that article's transaction rather than mix two events.
    """
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=8).digest(), "big") >> 1


# Each FTS row has a twin in event_fts_key (migration 0006): a search asks event_fts for rowids
# only, which reads the index and never the content row, and maps them to events on this table's key.
INSERT_SQL = (
    "INSERT INTO event_fts (rowid, event_id, body) VALUES (:r, :id, :body)",
    "INSERT INTO event_fts_key (rowid, event_id) VALUES (:r, :id)",
)
DELETE_SQL = ("DELETE FROM event_fts WHERE rowid = :r", "DELETE FROM event_fts_key WHERE rowid = :r")
# The ids of the events matching an FTS5 query (:fts)
MATCH_SQL = "SELECT k.event_id FROM event_fts_key k WHERE k.rowid IN (SELECT rowid FROM event_fts WHERE event_fts MATCH :fts)"


def index_event(session: Session, event_id: str, body: str) -> None:
    """Write (or rewrite) one event's full-text row; PostgreSQL indexes event.search_text itself."""
    if session.get_bind().dialect.name != "sqlite":
        return
    rowid = fts_rowid(event_id)
    for statement in (*DELETE_SQL, *INSERT_SQL):
        session.execute(text(statement), {"r": rowid, "id": event_id, "body": body})


def fts_query(q: str) -> str | None:
    """A safe FTS5 query from user words: each word a prefix term, all required.

    User text never reaches FTS5 syntax directly, so quotes, NEAR or a stray '*' cannot error.
    """
    words = _WORD.findall(q)[:20]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def tsquery_words(q: str) -> str | None:
    words = _WORD.findall(q)[:20]
    return " ".join(words) if words else None
