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
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("lossmon runs migrations online only: use `lossmon db upgrade`")
run_migrations_online()
