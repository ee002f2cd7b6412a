"""Backing up and restoring the SQLite database with SQLite's online backup API.

The backup API copies a consistent snapshot page by page while the web app keeps reading and ingest
keeps writing, which copying the file (and its -wal beside it) does not. PostgreSQL has its own
tools, pg_dump and pg_restore; these functions say so instead of pretending.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

PG_ADVICE = (
    "PostgreSQL databases are backed up with pg_dump and restored with pg_restore, e.g. "
    "`pg_dump -Fc -d DBNAME -f timeline.dump` and `pg_restore --clean --if-exists -d DBNAME timeline.dump`"
)
_SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(Exception):
    """A backup or restore that cannot be done; str() says why and what to do instead."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    bytes: int
    sources: int
    events: int
    revision: str | None


def backup_database(engine: Engine, target: Path, *, overwrite: bool = False) -> BackupInfo:
    """Write a consistent copy of the live database to target (a single self-contained file)."""
    _sqlite_file(engine)
    target = Path(target)
    if target.exists() and not overwrite:
        raise BackupError(f"{target} already exists: choose another path or pass --force")
    if target.is_dir():
        raise BackupError(f"{target} is a folder: give a file name, e.g. {target / 'timeline-backup.db'}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        copy = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(copy)
            # the copy inherits WAL mode; a backup should be one file that opens anywhere
            copy.execute("PRAGMA journal_mode=DELETE")
            _check_integrity(copy, partial)
        finally:
            copy.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup to {target} failed: {exc}") from None
    finally:
        raw.close()
    # rename last, so that an interrupted backup never leaves a truncated file under the real name
    os.replace(partial, target)
    return describe_backup(target)


def restore_database(engine: Engine, source: Path) -> BackupInfo:
    """Replace the live database's contents with a backup made by backup_database, then migrate it."""
    from app.db.migrate import upgrade

    _sqlite_file(engine)
    info = describe_backup(source)
    _check_revision(info)
    backup = sqlite3.connect(f"file:{Path(source).resolve()}?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        _check_integrity(backup, Path(source))
        # readers of the live database see the old contents or the new, never a mix: the
        # backup API writes the destination in one transaction
        backup.backup(raw.driver_connection)
    except sqlite3.Error as exc:
        raise BackupError(f"restore from {source} failed, the database is unchanged: {exc}") from None
    finally:
        raw.close()
        backup.close()
    engine.dispose()  # pooled connections may hold the old schema in their caches
    upgrade(engine)  # a backup from an older version of the app is brought up to date
    return info


def describe_backup(path: Path) -> BackupInfo:
    """What a backup file holds; raise BackupError when it is not a timeline database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_HEADER:
            raise BackupError(f"{path}: not a SQLite database")
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"source", "event", "alembic_version"} <= tables:
            raise BackupError(f"{path}: a SQLite database, but not a Policing Timeline one")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        sources = conn.execute("SELECT COUNT(*) FROM source").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: unreadable database ({exc})") from None
    finally:
        conn.close()
    return BackupInfo(path, path.stat().st_size, sources, events, revision[0] if revision else None)


def _sqlite_file(engine: Engine) -> str:
    url = engine.url
    if url.get_backend_name() != "sqlite":
        raise BackupError(PG_ADVICE if url.get_backend_name() == "postgresql" else f"cannot back up a {url.get_backend_name()} database")
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory database has nothing on disk to back up or restore")
    return url.database


def _check_revision(info: BackupInfo) -> None:
    """Refuse a backup made by a newer version of the app: its schema cannot be migrated down safely."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from app.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    try:
        if info.revision is not None:
            script.get_revision(info.revision)
    except CommandError:
        raise BackupError(f"{info.path}: made by a newer version of the app (schema {info.revision}): upgrade the app first") from None


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: unreadable database ({exc})") from None
    if result != "ok":
        raise BackupError(f"{path}: integrity check failed: {result}")
