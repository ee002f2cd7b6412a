"""source_version.reanchor: where the previous version's citations went in this text

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("source_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reanchor", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("source_version", schema=None) as batch_op:
        batch_op.drop_column("reanchor")
