"""The `lossmon` command line: serve, web, worker, db, token, sync."""

from __future__ import annotations

import ipaddress
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from monitor import migrate
from monitor.config import Config
from monitor.scheduler import Worker

DATABASE_OPTION = click.option(
    "--database-url",
    envvar="LOSSMON_DATABASE_URL",
    default=None,
    help="SQLAlchemy URL; default: LOSSMON_DATABASE_URL, else SQLite under LOSSMON_HOME.",
)


def _settings(database_url: str | None, **overrides: Any) -> Config:
    settings = Config.from_env()
    if database_url:
        overrides["database_url"] = database_url
    return settings.with_overrides(overrides)


@click.group()
@click.version_option(package_name="lossmon")
def main() -> None:
    """lossmon: watch training runs; alert on divergence, overfitting and plateaus."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@DATABASE_OPTION
def serve(host: str, port: int, database_url: str | None) -> None:
    """Run web and scheduler in one process (the embedded SQLite default needs nothing else)."""
    from werkzeug.serving import make_server

    from monitor.app import create_app

    settings = _settings(database_url)
    migrate.upgrade(settings.database_url)
    if not _is_loopback(host) and not settings.dashboard_password:
        click.echo(
            f"warning: serving on {host} without LOSSMON_DASHBOARD_PASSWORD: anyone who can "
            "reach this address can read every run",
            err=True,
        )
    app = create_app(settings)
    server = make_server(host, port, app, threaded=True)
    worker = Worker(settings)
    worker.start()
    click.echo(f"lossmon serving on http://{host}:{server.port} ({_describe(settings)})")
    sys.stdout.flush()
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        worker.stop()


def _raise_keyboard_interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


@main.command()
@DATABASE_OPTION
def worker(database_url: str | None) -> None:
    """Run the scheduler alone (evaluation, stale runs, alert delivery): production's worker."""
    settings = _settings(database_url)
    migrate.upgrade(settings.database_url)
    background = Worker(settings)
    background.start()
    click.echo(f"lossmon worker {background.name} running ({_describe(settings)})")
    sys.stdout.flush()
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    stopped.wait()
    background.stop()
    click.echo("lossmon worker stopped")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _describe(settings: Config) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.database_url).render_as_string(hide_password=True)


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@DATABASE_OPTION
@click.option("--revision", default="head", show_default=True)
def db_upgrade(database_url: str | None, revision: str) -> None:
    """Apply migrations (the way to create or update a PostgreSQL schema)."""
    settings = _settings(database_url)
    migrate.upgrade(settings.database_url, revision)
    click.echo(f"database at {revision}: {_describe(settings)}")


@db.command("downgrade")
@DATABASE_OPTION
@click.argument("revision")
def db_downgrade(database_url: str | None, revision: str) -> None:
    """Revert migrations down to REVISION ("base" removes every table)."""
    settings = _settings(database_url)
    migrate.downgrade(settings.database_url, revision)
    click.echo(f"database at {revision}: {_describe(settings)}")


@main.group()
def token() -> None:
    """Project tokens: create, list, revoke."""


@contextmanager
def _database(database_url: str | None) -> Iterator[Any]:
    """Yield the migrated database of a command, disposed of however the command ends."""
    from monitor.db import Database

    settings = _settings(database_url)
    migrate.upgrade(settings.database_url)
    database = Database(settings.database_url)
    try:
        yield database
    finally:
        database.dispose()


@token.command("create")
@click.option("--project", required=True, help="Project name; created if it does not exist.")
@click.option("--label", default="", help="What the token is for (shown by `token list`).")
@DATABASE_OPTION
def token_create(project: str, label: str, database_url: str | None) -> None:
    """Create a token; the token alone is printed on the last line (shown only once)."""
    from monitor import auth, store
    from monitor.wire import key_problem

    if key_problem(project) or "/" in project:
        raise click.BadParameter("use letters, digits, '-', '_' or '.'", param_hint="--project")
    with _database(database_url) as database, database.session() as session:
        new = auth.create_token(session, store.get_or_create_project(session, project), label)
    click.echo(f"token {new.id} for project {new.project!r} (store it now, it is not shown again):")
    click.echo(new.secret)


@token.command("list")
@click.option("--project", default=None)
@DATABASE_OPTION
def token_list(project: str | None, database_url: str | None) -> None:
    """List tokens (never their secrets)."""
    from monitor import auth

    with _database(database_url) as database, database.session() as session:
        tokens = auth.list_tokens(session, project)
        click.echo(
            f"{'id':>4}  {'project':<20} {'label':<20} {'prefix':<12} {'status':<8} last used"
        )
        for item in tokens:
            status = "revoked" if item.revoked_at else "active"
            used = item.last_used_at.isoformat(timespec="seconds") if item.last_used_at else "never"
            click.echo(
                f"{item.id:>4}  {item.project.name:<20} {item.label:<20} {item.prefix + '…':<12} "
                f"{status:<8} {used}"
            )


@token.command("revoke")
@click.argument("token_id", type=int)
@DATABASE_OPTION
def token_revoke(token_id: int, database_url: str | None) -> None:
    """Revoke a token by its id; clients using it get 401 from now on."""
    from monitor import auth

    with _database(database_url) as database, database.session() as session:
        revoked = auth.revoke_token(session, token_id)
    if revoked is None:
        raise click.ClickException(f"no token with id {token_id}")
    click.echo(f"token {token_id} revoked")


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--project", default=None, help="Replay the stored runs of this project.")
@click.option(
    "--settings",
    "settings_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of detector settings (the shape of PUT /projects/<name>/detectors).",
)
@click.option("--loss-kind", default=None, help="Loss kind of the CSV files (else their .json).")
@DATABASE_OPTION
def backtest(
    files: tuple[Path, ...],
    project: str | None,
    settings_file: Path | None,
    loss_kind: str | None,
    database_url: str | None,
) -> None:
    """Replay stored runs (--project) or CSV files through detector settings; print what fires.

    CSV files use the corpus format `step,split,loss,reg,ppl` (split: train or val).
    """
    import json

    from monitor import backtest as replaying
    from monitor.detectors import SettingsError, validate_settings
    from monitor.store import find_project

    if bool(files) == bool(project):
        raise click.UsageError("give CSV FILES or --project, not both")
    settings = json.loads(settings_file.read_text()) if settings_file else None
    try:
        validate_settings(settings)
    except SettingsError as error:
        raise click.BadParameter(str(error), param_hint="--settings") from None
    if files:
        outcomes = list(replaying.backtest_files(list(files), settings, loss_kind))
    else:
        assert project is not None
        with _database(database_url) as database, database.session() as session:
            if find_project(session, project) is None:
                raise click.ClickException(f"no project named {project!r}")
            outcomes = list(replaying.backtest_project(session, project, settings))
    for outcome in outcomes:
        click.echo(replaying.report(outcome))
    fired = sum(len(outcome.result.alerts) for outcome in outcomes)
    click.echo(f"{len(outcomes)} run(s) replayed, {fired} alert(s) would fire")


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
