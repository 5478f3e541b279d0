"""An alert's latest words

An alert opens with the words and numbers of its condition's first step; a divergence that
climbs on for thousands of steps, or an overfit whose validation keeps rising, says more by
its end. ``latest_message`` and ``latest_step`` keep the condition's latest words beside the
opening ones, for the API and the dashboard.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.add_column(sa.Column("latest_message", sa.Text(), nullable=True))
        batch.add_column(sa.Column("latest_step", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.drop_column("latest_step")
        batch.drop_column("latest_message")
