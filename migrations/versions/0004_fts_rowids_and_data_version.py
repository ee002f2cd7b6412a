"""FTS rows keyed by a hash of the event id; a data version for the query cache; covering indexes

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Changes to these tables change what the cached counts, facets and histogram say.
WATCHED = ("event", "event_agency", "event_borough", "agency", "borough")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.create_index("ix_mention_type_earliest", ["type", "earliest", "latest", "source_id"], unique=False)
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_hidden_earliest")
        batch_op.create_index("ix_event_hidden_earliest", ["hidden", "earliest", "latest", "id"], unique=False)
    # One row whose value changes (to a new random number) with every write to a watched table:
    # cached query results are keyed on it, so every process sees a write at once. Random, not a
    # counter, so that restoring an older backup can never bring back a value already seen.
    op.execute("CREATE TABLE data_version (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)")
    if sqlite:
        op.execute("INSERT INTO data_version (id, value) VALUES (1, abs(random()))")
        for table in WATCHED:
            for action in ("INSERT", "UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER tr_{table}_{action.lower()}_version AFTER {action} ON {table} "
                    "BEGIN UPDATE data_version SET value = abs(random()) WHERE id = 1; END"
                )
        _rekey_fts(bind)
    else:
        op.execute("INSERT INTO data_version (id, value) VALUES (1, floor(random() * 9e18)::bigint)")
        op.execute(
            "CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "UPDATE data_version SET value = floor(random() * 9e18)::bigint WHERE id = 1; RETURN NULL; END $$"
        )
        for table in WATCHED:
            op.execute(
                f"CREATE TRIGGER tr_{table}_version AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()"
            )


def _rekey_fts(bind) -> None:
    """Rebuild event_fts with rowid = fts_rowid(event id), from the events' own search text."""
    from app.db.search import fts_rowid

    rows = bind.execute(text("SELECT id, search_text FROM event")).all()
    bind.execute(text("DELETE FROM event_fts"))
    if rows:
        bind.execute(
            text("INSERT INTO event_fts (rowid, event_id, body) VALUES (:r, :id, :body)"),
            [{"r": fts_rowid(i), "id": i, "body": body} for i, body in rows],
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in WATCHED:
            for action in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_{action}_version")
    else:
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS tr_{table}_version ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bump_data_version()")
    op.execute("DROP TABLE data_version")
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_type_earliest")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_hidden_earliest")
        batch_op.create_index("ix_event_hidden_earliest", ["hidden", "earliest", "latest"], unique=False)
