"""A narrow (FTS rowid, event id) table beside event_fts, so a search joins on integer keys

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL searches event.search_text through its GIN index (migration 0002)
    # Reading event_id from event_fts loads each match's whole content row (body and all); a MATCH
    # that asks only for rowids reads the index alone, and this table turns them into event ids.
    op.execute("CREATE TABLE event_fts_key (rowid INTEGER PRIMARY KEY, event_id TEXT NOT NULL)")
    bind.execute(text("INSERT INTO event_fts_key (rowid, event_id) SELECT rowid, event_id FROM event_fts"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE event_fts_key")
