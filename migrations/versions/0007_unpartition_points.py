"""Points in one table on PostgreSQL again; hash partitions become an operator's choice

Revision 0002 split `point` into 16 hash partitions by series. Every points request pays for
it: a binary COPY of 3,000 rows with its commit took 9-16 ms into the partitioned table
against ~6 ms into one table with the same primary key (measured side by side, alternating;
bench/README.md, issue 17), about half of a whole request. What partitions buy (smaller
indexes per partition, VACUUM a partition at a time) matters from hundreds of millions of
rows on; a read touches one series through the primary key either way
(bench/read_series.py and bench/scale.py at 1M-3M points: the same read times before and
after this revision). DESIGN.md partitions the table "once it grows": docs/SCALING.md says
how, for the deployments that get there. SQLite: nothing changes.

The rows move with one INSERT … SELECT, as 0002 moved them the other way: on a large table
this holds an ACCESS EXCLUSIVE lock on `point` for as long as the copy takes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PARTITIONS = 16  # as revision 0002 made them, for the downgrade


def _is_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _is_partitioned() -> bool:
    found = op.get_bind().exec_driver_sql(
        "SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'point'::regclass"
    )
    return found.first() is not None


_PLAIN = """
    CREATE TABLE point (
        series_id integer NOT NULL,
        step bigint NOT NULL,
        value double precision,
        wall_time double precision,
        CONSTRAINT pk_point PRIMARY KEY (series_id, step)
    )
"""


def upgrade() -> None:
    if not _is_postgres() or not _is_partitioned():
        return  # an operator who already replaced the table keeps theirs
    op.execute("ALTER TABLE point RENAME TO point_partitioned")
    op.execute("ALTER TABLE point_partitioned RENAME CONSTRAINT pk_point TO pk_point_part")
    op.execute(_PLAIN)
    op.execute(
        "INSERT INTO point (series_id, step, value, wall_time) "
        "SELECT series_id, step, value, wall_time FROM point_partitioned ORDER BY series_id, step"
    )
    op.execute("DROP TABLE point_partitioned")


def downgrade() -> None:
    if not _is_postgres() or _is_partitioned():
        return
    op.execute("ALTER TABLE point RENAME TO point_plain")
    op.execute("ALTER TABLE point_plain RENAME CONSTRAINT pk_point TO pk_point_plain")
    op.execute(_PLAIN.rstrip() + " PARTITION BY HASH (series_id)")
    for index in range(PARTITIONS):
        op.execute(
            f"CREATE TABLE point_p{index:02d} PARTITION OF point "
            f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {index})"
        )
    op.execute("INSERT INTO point SELECT series_id, step, value, wall_time FROM point_plain")
    op.execute("DROP TABLE point_plain")
