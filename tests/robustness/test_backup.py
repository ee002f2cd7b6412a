"""Backups with SQLite's online backup API, restores that give back exactly what was backed up."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from sqlmodel import Session

from app.cli import cli
from app.config import get_settings
from app.db.backup import (
    PG_ADVICE,
    BackupError,
    backup_database,
    describe_backup,
    restore_database,
)
from app.db.models import Event
from app.db.session import make_engine
from tests.robustness.builders import all_rows, make_article, make_draft, store

HAVERING = [
    "Havering police launched Operation Nightjar in Romford town centre on Saturday to tackle drug dealing.",
    "Three men were arrested and cannabis was seized, a spokesperson said.",
]


@pytest.fixture
def filled(sqlite_engine):
    article = make_article("romford-nightjar", HAVERING)
    store(sqlite_engine, article, [make_draft(article, 1, "launched Operation Nightjar in Romford town centre on Saturday"), make_draft(article, 2, "Three men were arrested", type="enforcement")])
    return sqlite_engine


def test_backup_change_restore_gives_back_exactly_the_backed_up_rows(filled, tmp_path):
    before = all_rows(filled)
    info = backup_database(filled, tmp_path / "backups" / "timeline.db")
    assert (info.sources, info.events, info.revision) == (1, 2, before["alembic_version"][0][0])

    # change the data: a new article, and an event edited by hand
    other = make_article("barking-knife-arch", ["British Transport Police set up a knife arch at Barking station on Friday."])
    store(filled, other, [make_draft(other, 1, "set up a knife arch at Barking station on Friday")])
    with Session(filled) as session:
        event = session.get(Event, make_draft(make_article("romford-nightjar", HAVERING), 2, "Three men were arrested", type="enforcement").id)
        event.hidden = True
        session.add(event)
        session.commit()
    assert all_rows(filled) != before

    restore_database(filled, tmp_path / "backups" / "timeline.db")
    assert all_rows(filled) == before
    with filled.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_backup_is_one_self_contained_file_that_passes_an_integrity_check(filled, tmp_path):
    path = tmp_path / "copy.db"
    backup_database(filled, path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]
    conn = sqlite3.connect(path)
    assert (conn.execute("PRAGMA journal_mode").fetchone()[0], conn.execute("PRAGMA integrity_check").fetchone()[0]) == ("delete", "ok")
    assert conn.execute("SELECT COUNT(*) FROM paragraph").fetchone()[0] == 2
    conn.close()


@pytest.mark.parametrize(
    "content,problem",
    [
        (b"", "not a SQLite database"),
        (b"just some text, not a database at all", "not a SQLite database"),
        ("other-sqlite", "a SQLite database, but not a Policing Timeline one"),
    ],
)
def test_restoring_something_that_is_not_a_backup_is_refused_and_changes_nothing(filled, tmp_path, content, problem):
    path = tmp_path / "bad.db"
    if content == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    before = all_rows(filled)
    with pytest.raises(BackupError) as info:
        restore_database(filled, path)
    assert str(info.value) == f"{path}: {problem}"
    assert all_rows(filled) == before


def test_a_backup_from_a_newer_version_of_the_app_is_refused(filled, tmp_path):
    path = tmp_path / "future.db"
    backup_database(filled, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as info:
        restore_database(filled, path)
    assert str(info.value) == f"{path}: made by a newer version of the app (schema 9999): upgrade the app first"


def test_backup_will_not_overwrite_a_file_unless_forced(filled, tmp_path):
    path = tmp_path / "exists.db"
    path.write_text("precious")
    with pytest.raises(BackupError) as info:
        backup_database(filled, path)
    assert (str(info.value), path.read_text()) == (f"{path} already exists: choose another path or pass --force", "precious")
    assert describe_backup(backup_database(filled, path, overwrite=True).path).sources == 1


def test_postgresql_is_pointed_at_pg_dump():
    engine = make_engine("postgresql+psycopg://timeline@127.0.0.1:1/timeline")
    with pytest.raises(BackupError) as info:
        backup_database(engine, "x.db")
    assert str(info.value) == PG_ADVICE


@pytest.fixture
def cli_env(filled, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", filled.url.render_as_string(hide_password=False))
    get_settings.cache_clear()
    return filled


def test_the_backup_and_restore_commands_round_trip(cli_env, tmp_path):
    runner = CliRunner()
    before = all_rows(cli_env)
    done = runner.invoke(cli, ["backup", str(tmp_path / "b.db")])
    assert (done.exit_code, done.output) == (0, f"backed up 1 sources and 2 events to {tmp_path / 'b.db'} ({(tmp_path / 'b.db').stat().st_size:,} bytes)\n")
    with cli_env.begin() as conn:
        conn.exec_driver_sql("UPDATE event SET hidden = 1, title = 'vandalised'")
    done = runner.invoke(cli, ["restore", str(tmp_path / "b.db"), "--yes"])
    assert (done.exit_code, done.output) == (0, f"restored 1 sources and 2 events from {tmp_path / 'b.db'}\n")
    assert all_rows(cli_env) == before


def test_the_backup_command_on_postgresql_says_to_use_pg_dump(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://timeline@127.0.0.1:1/timeline")
    get_settings.cache_clear()
    done = CliRunner().invoke(cli, ["backup", str(tmp_path / "b.db")])
    assert (done.exit_code, done.output) == (1, f"Error: {PG_ADVICE}\n")
    assert "pg_dump" in CliRunner().invoke(cli, ["backup", "--help"]).output
