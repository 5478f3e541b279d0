"""Alembic, driven from code: `lossmon db upgrade`, first start of `lossmon serve`, /readyz."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from lossmon.server.db import make_engine, normalise_url


def _migrations_folder() -> Path:
    # A source checkout has them at the top level; a wheel ships them as lossmon.server.migrations.
    spec = importlib.util.find_spec("lossmon.server.migrations")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parent.parent / "migrations"


MIGRATIONS = _migrations_folder()


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave PostgreSQL's point partitions (point_p00 …, revision 0002) out of comparisons:
    they are storage of the `point` table, not tables of the model."""
    return not (type_ == "table" and name is not None and re.fullmatch(r"point_p\d+", name))


def alembic_config(database_url: str) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(database_url).replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Apply migrations up to `revision`, creating a SQLite file's folder if needed."""
    make_engine(database_url).dispose()
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


def pending_revisions(conn: Connection) -> list[str]:
    """Return the revisions the database still lacks (empty when it is current)."""
    script = ScriptDirectory(str(MIGRATIONS))
    current = set(MigrationContext.configure(conn).get_current_heads())
    heads = set(script.get_heads())
    if current == heads:
        return []
    return sorted(heads - current) or sorted(current)
