"""Count the values a client could not keep, by reason, on the run

A client sends, with the run's final status, how many values it dropped and why
(lossmon.values.DROP_REASONS), keyed by the sending process so a retried PATCH counts once:
``{"<sender id>": {"<reason>": <values>}}``. The run page and GET /runs/<id> show the sums.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("run") as batch:
        batch.add_column(
            sa.Column("dropped", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )


def downgrade() -> None:
    with op.batch_alter_table("run") as batch:
        batch.drop_column("dropped")
