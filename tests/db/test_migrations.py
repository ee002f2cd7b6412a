from sqlalchemy import inspect

from app.db.migrate import check, is_empty, upgrade

TABLES = {
    "agency",
    "alembic_version",
    "borough",
    "citation",
    "event",
    "event_agency",
    "event_borough",
    "event_person",
    "event_place",
    "mention",
    "paragraph",
    "person",
    "place",
    "source",
    "source_version",
}


def test_upgrade_from_empty_creates_every_table_and_agrees_with_the_models(engine):
    # `engine` is already migrated from a template; migrating again must be a no-op
    upgrade(engine)
    names = set(inspect(engine).get_table_names())
    assert TABLES <= names
    check(engine)  # raises when autogenerate would find a difference
    assert is_empty(engine)


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(sqlite_engine):
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_brand_new_sqlite_file_migrates_from_nothing(tmp_path):
    from app.db.session import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'new.db'}")
    upgrade(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    assert "event_fts" in inspect(engine).get_table_names()
    check(engine)
    engine.dispose()
