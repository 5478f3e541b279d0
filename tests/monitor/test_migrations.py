"""The schema comes from migrations alone, and they match the models on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from lossmon.server import migrate
from lossmon.server.models import Base


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


def test_points_are_hash_partitioned_on_postgresql(postgres_template: str) -> None:
    engine = create_engine(postgres_template)
    with engine.connect() as conn:
        strategy = conn.exec_driver_sql(
            "SELECT partstrat, partnatts FROM pg_partitioned_table "
            "WHERE partrelid = 'point'::regclass"
        ).one()
        partitions = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_inherits WHERE inhparent = 'point'::regclass"
        ).scalar()
    engine.dispose()
    assert tuple(strategy) == ("h", 1) and partitions == 16


def test_db_upgrade_command_creates_a_fresh_sqlite_database(runner, tmp_path) -> None:
    from lossmon.server.cli import main

    url = f"sqlite:///{tmp_path / 'nested' / 'fresh.db'}"
    result = runner.invoke(main, ["db", "upgrade", "--database-url", url])
    assert result.exit_code == 0, result.output
    assert "database at head" in result.output
    assert _schema_diff(url) == []
