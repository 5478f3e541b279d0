"""Long-running processes: `lossmon serve` (all in one), `web` (gunicorn), `worker`."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from typing import Any

import click

from lossmon.server import migrate, multiproc
from lossmon.server.cli import (
    DATABASE_OPTION,
    configure_logging,
    describe,
    is_loopback,
    main,
    settings_for,
)
from lossmon.server.config import Config
from lossmon.server.scheduler import Worker


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@DATABASE_OPTION
def serve(host: str, port: int, database_url: str | None) -> None:
    """Run web and scheduler in one process (the embedded SQLite default needs nothing else)."""
    from lossmon.server.app import create_app
    from lossmon.server.connections import make_serve_server

    limit_malloc_arenas()
    refuse_without_assets()
    settings = settings_for(database_url)
    migrate.upgrade(settings.database_url)
    if not is_loopback(host) and not settings.dashboard_password:
        click.echo(
            f"warning: serving on {host} without LOSSMON_DASHBOARD_PASSWORD: anyone who can "
            "reach this address can read every run",
            err=True,
        )
    if is_loopback(host) and not settings.public_url and not settings.trusted_hosts:
        # Only this machine can reach it, so only this machine's names may be its Host: a web
        # page that rebinds a name of its own to 127.0.0.1 gets 400 (monitor/hardening.py).
        settings = settings.with_overrides({"trusted_hosts": "127.0.0.1,localhost,::1"})
    app = create_app(settings)
    server = make_serve_server(
        host,
        port,
        app,
        max_connections=settings.max_connections,
        idle_s=settings.idle_timeout_s,
        read_s=settings.read_timeout_s,
    )
    # Links in notifications point at this server unless LOSSMON_PUBLIC_URL says otherwise.
    link_base = settings.public_url or f"http://{host}:{server.port}"
    worker = Worker(settings.with_overrides({"public_url": link_base}))
    click.echo(f"lossmon serving on http://{host}:{server.port} ({describe(settings)})")
    sys.stdout.flush()
    configure_logging(settings)  # after the first line, which scripts read for the address
    worker.start()
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        worker.stop()


def refuse_without_assets() -> None:
    """Stop with the fix when uPlot is missing: a dashboard without charts is not a start."""
    from lossmon.server.dashboard import assets

    problem = assets.problem()
    if problem is not None:
        raise click.ClickException(problem)


# glibc's mallopt parameter for the number of malloc arenas (malloc.h).
_M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Keep glibc to `arenas` malloc arenas, before any thread starts (MALLOC_ARENA_MAX wins).

    The server starts a thread per request, and glibc hands threads new arenas (up to 8 per
    core): memory freed in one stays there as holes. Measured in `serve` after 10 minutes of
    bench/soak.py: 102 MB held by arenas for 32 MB in use, and RSS growing about 1.5 MB/min.
    Elsewhere than glibc (macOS, musl) there is nothing to tune.
    """
    if "MALLOC_ARENA_MAX" in os.environ:
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_ARENA_MAX, arenas)


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
    settings = settings_for(database_url)
    if check:
        _check_worker(settings)
        return
    configure_logging(settings)
    migrate.upgrade(settings.database_url)
    if not settings.public_url:
        click.echo(
            "warning: LOSSMON_PUBLIC_URL is not set: alert links will be relative (/runs/<id>)",
            err=True,
        )
    background = Worker(settings)
    background.start()
    click.echo(f"lossmon worker {background.name} running ({describe(settings)})")
    sys.stdout.flush()
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    stopped.wait()
    background.stop()
    click.echo("lossmon worker stopped")


def _check_worker(settings: Config) -> None:
    from sqlalchemy import func, select

    from lossmon.server.db import Database
    from lossmon.server.models import WorkerHeartbeat, utcnow

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
    multiproc.prepare()  # before anything imports prometheus_client and before workers fork
    refuse_without_assets()
    from lossmon.server.app import create_app

    settings = settings_for(database_url)
    if workers is not None:
        settings = settings.with_overrides({"web_workers": workers})
    if settings.web_workers < 1:
        raise click.BadParameter("needs at least 1", param_hint="--workers")
    host = bind.rpartition(":")[0].strip("[]")
    if host and not is_loopback(host) and not settings.dashboard_password:
        click.echo(
            f"warning: serving on {bind} without LOSSMON_DASHBOARD_PASSWORD: anyone who can "
            "reach this address can read every run",
            err=True,
        )
    click.echo(
        f"lossmon web on http://{bind} with {settings.web_workers} worker(s) × "
        f"{settings.web_threads} threads ({describe(settings)})"
    )
    sys.stdout.flush()
    options = {**gunicorn_options(settings, bind, timeout), **multiproc.gunicorn_settings()}
    _gunicorn(lambda: create_app(settings), options)


def gunicorn_options(settings: Config, bind: str, timeout: int) -> dict[str, Any]:
    """Return gunicorn's settings for `lossmon web`.

    Sync workers serve one connection each: as many idle connections as workers stop the
    service. gthread waits for a request's first byte in a poller, without a thread, and keeps
    idle keep-alive connections there too (closed after `web_keepalive_s`); its threads then
    read on sockets with deadlines (monitor/connections.py), so a slow client holds a thread for
    at most LOSSMON_READ_TIMEOUT_S. No buffering proxy is needed in front of it for that.
    """
    from lossmon.server.connections import gthread_worker

    return {
        "bind": bind,
        "workers": settings.web_workers,
        "worker_class": gthread_worker(settings.idle_timeout_s, settings.read_timeout_s),
        "threads": settings.web_threads,
        "keepalive": settings.web_keepalive_s,
        "worker_connections": 1000,
        "timeout": timeout,
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        "loglevel": settings.log_level.lower(),
        "accesslog": "-",
    }


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
