"""The alert that took a resolved one over

A spike that opened on a climb's first steps is resolved once the divergence that climb became
fires (one incident, one alert); ``resolved_by`` names that detector, so its notification, the
API and the dashboard say the alert was covered, not that it cleared.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.add_column(sa.Column("resolved_by", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.drop_column("resolved_by")
