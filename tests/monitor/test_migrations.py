"""The schema comes from migrations alone, and they match the models on both databases."""

from __future__ import annotations

import math

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from lossmon.server import migrate
from lossmon.server.models import Base
from tests.conftest import empty_postgres


def _schema_diff(url: str) -> list[object]:
    engine = create_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.include_name}
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    return diff


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    assert _schema_diff(database_url) == []


def test_upgrade_downgrade_upgrade_round_trips(database_url: str) -> None:
    model_tables = {table.name for table in Base.metadata.sorted_tables}
    assert model_tables <= _tables(database_url)

    migrate.downgrade(database_url, "base")
    assert _tables(database_url) & model_tables == set()

    migrate.upgrade(database_url)
    assert model_tables <= _tables(database_url)
    assert _schema_diff(database_url) == []


def _point_layout(url: str) -> tuple[int, list[tuple[int, int, float]]]:
    """Return (how many partitions `point` has, its rows)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        partitions = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_inherits WHERE inhparent = 'point'::regclass"
        ).scalar()
        rows = conn.exec_driver_sql(
            "SELECT series_id, step, value FROM point ORDER BY series_id, step"
        ).all()
    engine.dispose()
    return int(partitions or 0), [tuple(row) for row in rows]


def test_points_leave_their_partitions_on_postgresql_and_come_back(
    postgres_template: str,
) -> None:
    """0007 moves the points of 0002's 16 hash partitions into one table, NaN and ±inf
    included; its downgrade puts them back."""
    stored = [(1, 0, 1.5), (1, 1, math.nan), (2, 0, math.inf), (17, 5, -math.inf)]
    migrate.downgrade(postgres_template, "0006")
    engine = create_engine(postgres_template)
    with engine.begin() as conn:
        for row in stored:
            conn.exec_driver_sql(
                "INSERT INTO point (series_id, step, value) VALUES (%s, %s, %s)", row
            )
    engine.dispose()
    try:
        partitions, rows = _point_layout(postgres_template)
        assert partitions == 16 and _same(rows, stored)
        migrate.upgrade(postgres_template)
        partitions, rows = _point_layout(postgres_template)
        assert partitions == 0 and _same(rows, stored)
        assert _schema_diff(postgres_template) == []
        migrate.downgrade(postgres_template, "0006")
        partitions, rows = _point_layout(postgres_template)
        assert partitions == 16 and _same(rows, stored)
    finally:
        migrate.upgrade(postgres_template)
        empty_postgres(postgres_template)


def _same(rows: list[tuple[int, int, float]], expected: list[tuple[int, int, float]]) -> bool:
    return len(rows) == len(expected) and all(
        a[:2] == b[:2] and (a[2] == b[2] or (math.isnan(a[2]) and math.isnan(b[2])))
        for a, b in zip(rows, expected, strict=True)
    )


def test_db_upgrade_command_creates_a_fresh_sqlite_database(runner, tmp_path) -> None:
    from lossmon.server.cli import main

    url = f"sqlite:///{tmp_path / 'nested' / 'fresh.db'}"
    result = runner.invoke(main, ["db", "upgrade", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "database at head" in result.output
    assert _schema_diff(url) == []


def test_downgrading_keeps_the_rows_that_refer_to_altered_tables(database_url: str) -> None:
    """Downgrades drop their columns in place (`alert.resolved_by`, `run.dropped`, the stop
    request): copying a table (SQLite's batch mode) and dropping the old one deleted every
    row referring to it through their foreign keys (deliveries, alerts)."""
    engine = create_engine(database_url)
    with engine.begin() as conn:
        for statement in (
            "INSERT INTO project (id, name, created_at, detector_settings) "
            "VALUES (901, 'mp', CURRENT_TIMESTAMP, '{}')",
            "INSERT INTO run (id, project_id, name, client_run_id, status, config, tags, summary, "
            "created_at, last_seen_at, needs_evaluation, dropped) VALUES (901, 901, 'r', 'c901', "
            "'running', '{}', '[]', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, false, '{}')",
            "INSERT INTO alert (id, run_id, detector, severity, state, opened_step, opened_at, "
            "message, evidence, resolved_by) VALUES (901, 901, 'spike', 'warning', 'resolved', 5, "
            "CURRENT_TIMESTAMP, 'm', '{}', 'divergence')",
            "INSERT INTO channel (id, project_id, url, min_severity, events, created_at) "
            "VALUES (901, 901, 'json://x', 'warning', '[\"fired\"]', CURRENT_TIMESTAMP)",
            "INSERT INTO delivery (alert_id, channel_id, event, status, attempts, next_attempt_at) "
            "VALUES (901, 901, 'fired', 'sent', 1, CURRENT_TIMESTAMP)",
        ):
            conn.exec_driver_sql(statement)
    engine.dispose()
    migrate.downgrade(database_url, "0003")
    migrate.upgrade(database_url)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        kept = conn.exec_driver_sql("SELECT count(*) FROM delivery WHERE alert_id = 901").scalar()
        alerts = conn.exec_driver_sql("SELECT count(*) FROM alert WHERE run_id = 901").scalar()
    engine.dispose()
    assert (kept, alerts) == (1, 1)
