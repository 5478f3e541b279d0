"""Tokens for every project: api_token.project_id may be NULL

A token without a project writes to any project and creates projects on first write (the
first hour: one token for `make demo`, the README's snippets and a notebook). Tokens of one
project keep their project_id. Downgrading deletes the tokens for every project, since the
old schema cannot hold them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_token") as batch:
        batch.alter_column("project_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM api_token WHERE project_id IS NULL")
    with op.batch_alter_table("api_token") as batch:
        batch.alter_column("project_id", existing_type=sa.Integer(), nullable=False)
