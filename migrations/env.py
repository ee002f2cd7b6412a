"""Alembic environment: the models' metadata, and the URL from the app's settings."""

from alembic import context
from sqlmodel import SQLModel

import app.db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.config import get_settings
from app.db.session import make_engine

config = context.config
target_metadata = SQLModel.metadata

# Full-text tables are made by hand in migrations (FTS5 on SQLite, tsvector on PostgreSQL), and so
# is data_version (kept by triggers, read by app.db.cache): they are not models, so autogenerate
# and `alembic check` must not see them. So are the trigger-kept summaries of migration 0005.
_HAND_MADE = ("event_fts", "event_fts_key", "data_version", "facet_sums", "month_sums", "link_dates")


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "table" and (name in _HAND_MADE or name.startswith("event_fts_")):
        return False
    if type_ == "index" and name and name.startswith(("ix_event_search", "ix_facet_sums")):
        return False
    return True


def run_migrations() -> None:
    url = config.attributes.get("database_url") or get_settings().database_url
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
