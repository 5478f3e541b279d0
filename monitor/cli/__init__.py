"""The `lossmon` command line: one group, with its commands in modules by theme.

processes: serve, web, worker · admin: db, token, channel · data: backtest, sync, import, export
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from lossmon.server.config import Config

DATABASE_OPTION = click.option(
    "--database-url",
    envvar="LOSSMON_DATABASE_URL",
    default=None,
    help="SQLAlchemy URL; default: LOSSMON_DATABASE_URL, else SQLite under LOSSMON_HOME.",
)


def settings_for(database_url: str | None, **overrides: Any) -> Config:
    settings = Config.from_env()
    if database_url:
        overrides["database_url"] = database_url
    return settings.with_overrides(overrides)


def configure_logging(settings: Config) -> None:
    """Log to stderr at LOSSMON_LOG_LEVEL (the long-running commands)."""
    import logging

    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # APScheduler reports every tick at INFO: seconds apart, it would drown what matters.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


@click.group()
@click.version_option(package_name="lossmon")
def main() -> None:
    """lossmon: watch training runs; alert on divergence, overfitting and plateaus."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def describe(settings: Config) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.database_url).render_as_string(hide_password=True)


@contextmanager
def open_database(database_url: str | None) -> Iterator[Any]:
    """Yield the migrated database of a command, disposed of however the command ends."""
    from lossmon.server import migrate
    from lossmon.server.db import Database

    settings = settings_for(database_url)
    migrate.upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        yield database
    finally:
        database.dispose()


# The commands register themselves on `main` when their modules are imported.
from lossmon.server.cli import admin, data, processes  # noqa: E402

__all__ = ["DATABASE_OPTION", "admin", "data", "main", "processes"]
