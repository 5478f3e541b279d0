"""A stop request on the run: when it was asked for, and why

``POST /api/v1/runs/<id>/stop`` and the run page's *Stop run* button set it; every points
response carries it back to the training client, which then sets ``run.should_stop``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("run") as batch:
        batch.add_column(sa.Column("stop_requested_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("stop_reason", sa.String(500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("run") as batch:
        batch.drop_column("stop_reason")
        batch.drop_column("stop_requested_at")
