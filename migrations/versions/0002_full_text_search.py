"""full-text search: FTS5 on SQLite, a tsvector GIN index on PostgreSQL

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Contentless-delete FTS5 would need SQLite 3.43; a plain FTS5 table kept in step by
        # app.db.search works everywhere. event_id is stored, not indexed.
        op.execute(
            "CREATE VIRTUAL TABLE event_fts USING fts5("
            "event_id UNINDEXED, body, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE INDEX ix_event_search ON event "
            "USING gin (to_tsvector('english', search_text))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE event_fts")
    else:
        op.execute("DROP INDEX ix_event_search")
