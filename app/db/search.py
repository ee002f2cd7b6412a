"""Full-text search over events: SQLite FTS5, or PostgreSQL's own text search."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

_WORD = re.compile(r"\w+", re.UNICODE)


def index_event(session: Session, event_id: str, body: str) -> None:
    if session.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL indexes event.search_text through a GIN expression index
    session.execute(text("DELETE FROM event_fts WHERE event_id = :id"), {"id": event_id})
    session.execute(text("INSERT INTO event_fts (event_id, body) VALUES (:id, :body)"), {"id": event_id, "body": body})


def unindex_event(session: Session, event_id: str) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM event_fts WHERE event_id = :id"), {"id": event_id})


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
