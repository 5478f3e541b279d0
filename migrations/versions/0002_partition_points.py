"""Partition points by hash of series on PostgreSQL

The point table is the one that grows without bound (10^8 rows and more at scale). Hash
partitions on series_id keep each partition's primary-key index small, let VACUUM and
index builds work a partition at a time, and keep a series read on one partition.
SQLite has no partitioning: there the revision changes nothing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

PARTITIONS = 16


def _is_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _is_postgres():
        return
    op.execute("ALTER TABLE point RENAME TO point_unpartitioned")
    op.execute("ALTER TABLE point_unpartitioned RENAME CONSTRAINT pk_point TO pk_point_old")
    op.execute(
        """
        CREATE TABLE point (
            series_id integer NOT NULL,
            step bigint NOT NULL,
            value double precision,
            wall_time double precision,
            CONSTRAINT pk_point PRIMARY KEY (series_id, step)
        ) PARTITION BY HASH (series_id)
        """
    )
    for index in range(PARTITIONS):
        op.execute(
            f"CREATE TABLE point_p{index:02d} PARTITION OF point "
            f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {index})"
        )
    op.execute(
        "INSERT INTO point SELECT series_id, step, value, wall_time FROM point_unpartitioned"
    )
    op.execute("DROP TABLE point_unpartitioned")


def downgrade() -> None:
    if not _is_postgres():
        return
    op.execute("ALTER TABLE point RENAME TO point_partitioned")
    op.execute("ALTER TABLE point_partitioned RENAME CONSTRAINT pk_point TO pk_point_part")
    op.execute(
        """
        CREATE TABLE point (
            series_id integer NOT NULL,
            step bigint NOT NULL,
            value double precision,
            wall_time double precision,
            CONSTRAINT pk_point PRIMARY KEY (series_id, step)
        )
        """
    )
    op.execute("INSERT INTO point SELECT series_id, step, value, wall_time FROM point_partitioned")
    op.execute("DROP TABLE point_partitioned")
