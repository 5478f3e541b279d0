"""The `lossmon` command line: serve, web, worker, db, token, channel, backtest."""

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


def _logging(settings: Config) -> None:
    """Log to stderr at LOSSMON_LOG_LEVEL (the long-running commands)."""
    import logging

    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


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
    # Links in notifications point at this server unless LOSSMON_PUBLIC_URL says otherwise.
    link_base = settings.public_url or f"http://{host}:{server.port}"
    worker = Worker(settings.with_overrides({"public_url": link_base}))
    click.echo(f"lossmon serving on http://{host}:{server.port} ({_describe(settings)})")
    sys.stdout.flush()
    _logging(settings)  # after the first line, which scripts read for the address
    worker.start()
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
@click.option(
    "--check",
    is_flag=True,
    help="Exit 0 when a worker beat within the last minute, else 1 (a health check).",
)
def worker(database_url: str | None, check: bool) -> None:
    """Run the scheduler alone (evaluation, stale runs, alert delivery): production's worker.

    SIGTERM lets the delivery in flight finish, then stops.
    """
    settings = _settings(database_url)
    if check:
        _check_worker(settings)
        return
    _logging(settings)
    migrate.upgrade(settings.database_url)
    if not settings.public_url:
        click.echo(
            "warning: LOSSMON_PUBLIC_URL is not set: alert links will be relative (/runs/<id>)",
            err=True,
        )
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


def _check_worker(settings: Config) -> None:
    from sqlalchemy import func, select

    from monitor.db import Database
    from monitor.models import WorkerHeartbeat, utcnow

    database = Database(settings.database_url)
    try:
        with database.session() as session:
            last = session.scalar(select(func.max(WorkerHeartbeat.beat_at)))
    finally:
        database.dispose()
    if last is not None and last.tzinfo is None:  # SQLite drops the zone of an aggregate
        last = last.replace(tzinfo=utcnow().tzinfo)
    age = (utcnow() - last).total_seconds() if last is not None else None
    limit = max(60.0, 3 * settings.evaluate_interval_s)
    if age is None or age > limit:
        raise click.ClickException(f"no worker heartbeat within {limit:.0f} s (last: {last})")
    click.echo(f"worker heartbeat {age:.1f} s ago")


@main.command()
@click.option("--bind", default="127.0.0.1:8000", show_default=True, help="host:port to listen")
@click.option(
    "--workers",
    type=int,
    default=None,
    help="gunicorn worker processes; default: LOSSMON_WEB_WORKERS (2).",
)
@click.option("--timeout", type=int, default=60, show_default=True, help="gunicorn's timeout")
@DATABASE_OPTION
def web(bind: str, workers: int | None, timeout: int, database_url: str | None) -> None:
    """Serve the web tier with gunicorn (production; no scheduler: run `lossmon worker`).

    The schema must be current: run `lossmon db upgrade` first (docker-compose does).
    """
    from monitor.app import create_app

    settings = _settings(database_url)
    if workers is not None:
        settings = settings.with_overrides({"web_workers": workers})
    if settings.web_workers < 1:
        raise click.BadParameter("needs at least 1", param_hint="--workers")
    host = bind.rpartition(":")[0].strip("[]")
    if host and not _is_loopback(host) and not settings.dashboard_password:
        click.echo(
            f"warning: serving on {bind} without LOSSMON_DASHBOARD_PASSWORD: anyone who can "
            "reach this address can read every run",
            err=True,
        )
    click.echo(
        f"lossmon web on http://{bind} with {settings.web_workers} worker(s) "
        f"({_describe(settings)})"
    )
    sys.stdout.flush()
    _gunicorn(
        lambda: create_app(settings),
        {
            "bind": bind,
            "workers": settings.web_workers,
            "timeout": timeout,
            "loglevel": settings.log_level.lower(),
            "accesslog": "-",
        },
    )


def _gunicorn(make_app: Any, options: dict[str, Any]) -> None:
    """Run gunicorn in this process; each worker builds its own app (its own engine pool)."""
    from gunicorn.app.base import BaseApplication

    class Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return make_app()

    Application().run()


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


@main.group()
def channel() -> None:
    """Notification channels: add, list, remove, test (webhooks and apprise URLs)."""


@channel.command("add")
@click.option("--project", required=True, help="Project name; created if it does not exist.")
@click.argument("url")
@click.option("--secret", default=None, help="Webhook signing secret; generated when not given.")
@click.option(
    "--min-severity",
    type=click.Choice(["info", "warning", "critical"]),
    default="warning",
    show_default=True,
)
@click.option("--events", default="fired,resolved", show_default=True, help="fired, resolved")
@DATABASE_OPTION
def channel_add(
    project: str,
    url: str,
    secret: str | None,
    min_severity: str,
    events: str,
    database_url: str | None,
) -> None:
    """Add URL as a channel: http(s) = signed JSON webhook; other schemes = apprise URLs
    (slack://, discord://, msteams://, mailto://, ntfy://, json://, ...)."""
    from monitor import channels, store

    with _database(database_url) as database, database.session() as session:
        try:
            new = channels.create_channel(
                session, store.get_or_create_project(session, project), url, secret,
                min_severity, events,
            )  # fmt: skip
        except channels.ChannelError as error:
            raise click.BadParameter(error.message, param_hint=error.field) from None
        shown = channels.channel_json(new.channel, project)
    click.echo(
        f"channel {shown['id']} for project {project!r}: {shown['url']} "
        f"({shown['min_severity']}+, {','.join(shown['events'])})"
    )
    if new.generated_secret:
        click.echo("signing secret (store it now, it is not shown again):")
        click.echo(new.generated_secret)


@channel.command("list")
@click.option("--project", default=None)
@DATABASE_OPTION
def channel_list(project: str | None, database_url: str | None) -> None:
    """List channels, URLs masked (never their secrets)."""
    from monitor import channels, store

    with _database(database_url) as database, database.session() as session:
        scope = None
        if project is not None:
            found = store.find_project(session, project)
            if found is None:
                raise click.ClickException(f"no project named {project!r}")
            scope = found.id
        rows = [
            channels.channel_json(item, item.project.name)
            for item in channels.list_channels(session, scope)
        ]
    click.echo(f"{'id':>4}  {'project':<20} {'severity':<9} {'events':<15} {'signed':<6} url")
    for row in rows:
        click.echo(
            f"{row['id']:>4}  {row['project']:<20} {row['min_severity']:<9} "
            f"{','.join(row['events']):<15} {'yes' if row['signed'] else 'no':<6} {row['url']}"
        )


@channel.command("remove")
@click.argument("channel_id", type=int)
@DATABASE_OPTION
def channel_remove(channel_id: int, database_url: str | None) -> None:
    """Remove a channel (its pending deliveries go with it)."""
    from monitor import channels

    with _database(database_url) as database, database.session() as session:
        removed = channels.remove_channel(session, channel_id)
    if not removed:
        raise click.ClickException(f"no channel with id {channel_id}")
    click.echo(f"channel {channel_id} removed")


@channel.command("test")
@click.argument("channel_id", type=int)
@DATABASE_OPTION
def channel_test(channel_id: int, database_url: str | None) -> None:
    """Send a test notification now; exit 1 when the receiver did not acknowledge it."""
    from monitor import notify
    from monitor.models import Channel

    settings = _settings(database_url)
    with _database(database_url) as database, database.session() as session:
        found = session.get(Channel, channel_id)
        if found is None:
            raise click.ClickException(f"no channel with id {channel_id}")
        project = found.project.name
        session.expunge(found)
    link = f"{settings.public_url.rstrip('/')}/projects/{project}"
    outcome = notify.deliver(found, notify.test_message(project, channel_id, link), 10.0)
    if not outcome.ok:
        raise click.ClickException(f"channel {channel_id}: not delivered: {outcome.error}")
    click.echo(f"channel {channel_id}: delivered")


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


@main.command()
@click.argument("directory", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--url", envvar="LOSSMON_URL", default=None, help="Server; default: the spool's.")
@click.option("--token", envvar="LOSSMON_TOKEN", default=None, help="Project token.")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds per spool file.")
def sync(directory: Path | None, url: str | None, token: str | None, timeout: float) -> None:
    """Upload spooled points (offline runs, outages) from DIRECTORY (default LOSSMON_HOME/spool).

    DIRECTORY may be a spool folder, a LOSSMON_HOME or one .jsonl file. Uploading twice is
    harmless: the server keeps the last write of each step.
    """
    import client

    result = client.sync(directory, url=url, token=token, timeout=timeout)
    click.echo(f"{result.runs} runs, {result.points} points uploaded")
    for path, reason in result.failed.items():
        click.echo(f"failed: {path}: {reason}", err=True)
    for path in result.skipped:
        click.echo(f"skipped (still being written): {path}", err=True)
    if not result.ok:
        raise SystemExit(1)


@main.group("import")
def import_() -> None:
    """Bring runs from other tools: `lossmon import tensorboard LOGDIR --project P`."""


@import_.command("tensorboard")
@click.argument("logdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--project", required=True, help="Project to import into (created if needed).")
@click.option("--loss-kind", default=None, help="loss_kind of the runs (e.g. cross_entropy).")
@DATABASE_OPTION
def import_tensorboard(
    logdir: Path, project: str, loss_kind: str | None, database_url: str | None
) -> None:
    """Import each run (directory of event files) under LOGDIR; re-importing updates it."""
    from monitor import transfer

    def report(run: transfer.ImportedRun) -> None:
        action = "created" if run.created else "updated"
        click.echo(
            f"{run.name}: run {run.run_id} {action}, {len(run.series)} series, {run.points} points"
        )
        if run.skipped:
            click.echo(f"  skipped (not scalars): {', '.join(run.skipped)}")

    with _database(database_url) as database, database.session() as session:
        try:
            runs = transfer.import_tensorboard(
                session, logdir, project, loss_kind=loss_kind, on_run=report
            )
        except transfer.TransferError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{len(runs)} run(s) imported into project {project!r}")


@main.command("export")
@click.argument("run_id", metavar="RUN", type=int)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True
)
@click.option(
    "--output",
    "-o",
    default=None,
    help="File to write; default run-RUN.<format>; '-' is stdout (csv).",
)
@DATABASE_OPTION
def export(run_id: int, fmt: str, output: str | None, database_url: str | None) -> None:
    """Write every point of run RUN (its id) as rows of key, step, value, wall_time."""
    from monitor import transfer

    path = output or f"run-{run_id}.{fmt}"
    with _database(database_url) as database, database.session() as session:
        try:
            count = transfer.export_run(session, run_id, fmt, path)
        except transfer.TransferError as error:
            raise click.ClickException(str(error)) from None
    if path != "-":
        click.echo(f"{count} points of run {run_id} written to {path}")


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
