"""Storing articles several to a transaction, each in its own savepoint.

A commit per article was a tenth of the storing time; a savepoint per article keeps what a transaction
each gave: an article is stored whole or not at all, and a file that cannot be stored is reported by
name while the rest of its batch is kept.
Files are reported once their batch is committed, in the order they were given.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.ingest.pipeline import FileOutcome, one_line
from app.ingest.records import ArticleResult

# Articles stored per transaction (each in its own savepoint), and the longest a batch stays open:
# commits are what a reader sees, so they stay frequent.
BATCH_ARTICLES = 50
BATCH_SECONDS = 0.5


class Batches:
    """Stores articles several to a transaction, each in a savepoint; reports each file once committed."""

    def __init__(self, engine: Engine, report: Callable[[FileOutcome], None]) -> None:
        self.engine, self.report = engine, report
        self.session: Session | None = None
        self.pending: list[FileOutcome] = []
        self.stored = 0
        self.started = 0.0

    def __enter__(self) -> Batches:
        self.session = Session(self.engine)
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self.commit()
        finally:
            self.session.close()

    def add(self, outcome: FileOutcome) -> None:
        """An outcome that needs no storing, reported in its place among the stored ones."""
        self.pending.append(outcome)
        if not self.stored:
            self.commit()

    def store(self, result: ArticleResult) -> None:
        from app.db.draft_cache import draft_cache
        from app.db.name_ids import name_ids
        from app.db.store import save_article

        article = result.article
        if not self.stored:
            self.started = time.monotonic()
        ids = name_ids(self.session)
        mark = ids.mark()
        savepoint = self.session.begin_nested()
        try:
            saved = save_article(self.session, result)
            savepoint.commit()
        except Exception as exc:  # noqa: BLE001  - the savepoint rolled back; nothing of it is stored
            if savepoint.is_active:
                savepoint.rollback()
            ids.undo(mark)
            draft_cache(self.session).forget(d.id for d in result.events)
            self.pending.append(FileOutcome(article.path, "failed", error=f"could not store: {one_line(exc)}"))
        else:
            notices = tuple(f"{article.path}: {line}" for line in saved.lost_citations)
            self.pending.append(FileOutcome(article.path, saved.status, saved.paragraphs, saved.events, notices=notices))
            self.stored += 1
        if self.stored >= BATCH_ARTICLES or time.monotonic() - self.started >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Commit the batch and report its files (all failed, by name, if the commit itself fails)."""
        from app.db.draft_cache import draft_cache
        from app.db.name_ids import name_ids

        pending, self.pending, self.stored = self.pending, [], 0
        try:
            self.session.commit()
        except Exception as exc:  # noqa: BLE001
            self.session.rollback()
            name_ids(self.session).clear()
            draft_cache(self.session).clear()
            pending = [
                FileOutcome(o.path, "failed", error=f"could not store: {one_line(exc)}") if o.status in ("new", "updated") else o
                for o in pending
            ]
        for outcome in pending:
            self.report(outcome)
