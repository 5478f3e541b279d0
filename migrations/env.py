"""Alembic environment: run migrations online, in batch mode so they also work on SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from lossmon.server.db import make_engine
from lossmon.server.migrate import include_name
from lossmon.server.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode copies a table and drops the old one: with foreign keys on, that drop
        # deletes every row referring to it (a run's alerts and series, an alert's
        # deliveries). Off while migrating, as SQLite's own ALTER TABLE procedure says (set
        # outside any transaction, where the pragma takes effect), and on again after.
        _foreign_keys(connection, "OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
    finally:
        if sqlite:
            _foreign_keys(connection, "ON")


def _foreign_keys(connection: Connection, state: str) -> None:
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(f"PRAGMA foreign_keys={state}")
    # Inside a transaction the pragma does nothing: migrating then would delete rows. (Turned
    # on again, it is best effort: the engine that migrated is disposed of.)
    off = state == "OFF" and cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 0
    cursor.close()
    if state == "OFF" and not off:
        raise RuntimeError("could not turn SQLite's foreign keys off to migrate")


if context.is_offline_mode():
    raise SystemExit("lossmon runs migrations online only: use `lossmon db upgrade`")
run_migrations_online()
