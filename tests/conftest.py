"""Fixtures shared by every test: databases (SQLite and PostgreSQL), the app, the CLI runner,
tokens, and a real `lossmon serve` process.

Every storage test runs on both databases: `database_url` is parametrised over a fresh SQLite
file and a throwaway PostgreSQL database. PostgreSQL comes from LOSSMON_TEST_DATABASE_URL
(CI sets it); without it the local default is tried, and its cases skip with the reason when
no server answers there. When the variable is set, an unreachable server fails the run.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lossmon.server import create_app, migrate
from lossmon.server.auth import create_token
from lossmon.server.config import Config
from lossmon.server.db import Database
from lossmon.server.models import Base
from lossmon.server.store import get_or_create_project
from tests.monitor.corpus_replays import REPLAYS

LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REPO = Path(__file__).resolve().parent.parent


#: The replays' folder this process made, to remove at the end.
_MADE_REPLAYS = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """Make the run's folder of corpus replays (tests/monitor/corpus_replays.py) in the
    controller, before pytest-xdist starts its workers: they inherit its name."""
    if not hasattr(config, "workerinput") and REPLAYS not in os.environ:
        os.environ[REPLAYS] = tempfile.mkdtemp(prefix="lossmon-replays-")
        config.stash[_MADE_REPLAYS] = os.environ[REPLAYS]


def pytest_unconfigure(config: pytest.Config) -> None:
    made = config.stash.get(_MADE_REPLAYS, None)
    if made:
        shutil.rmtree(made, ignore_errors=True)
        os.environ.pop(REPLAYS, None)


def _postgres_server_url() -> tuple[str | None, str]:
    explicit = os.environ.get("LOSSMON_TEST_DATABASE_URL")
    url = explicit or LOCAL_POSTGRES
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:
        if explicit:
            raise RuntimeError(
                f"LOSSMON_TEST_DATABASE_URL={explicit} is unreachable: {error}"
            ) from error
        return None, f"no PostgreSQL at {url} (set LOSSMON_TEST_DATABASE_URL): {error}"[:300]
    return url, ""


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """Create a throwaway PostgreSQL database for this test session, migrated to head."""
    server, reason = _postgres_server_url()
    if server is None:
        if os.environ.get("CI"):
            pytest.fail(reason)  # .ci/run starts PostgreSQL: missing there is a failure
        pytest.skip(reason)
    name = f"lossmon_test_{uuid.uuid4().hex[:10]}"
    # pre_ping: a test restarts PostgreSQL, leaving pooled connections dead.
    admin = create_engine(server, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    migrate.upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file per session; each test gets a copy (migrating costs more)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


def empty_postgres(url: str) -> None:
    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "lossmon.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("postgres_template")
    empty_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A migrated, empty SQLite database, for tests about behaviour above storage."""
    path = tmp_path / "lossmon.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def app(database_url: str) -> Iterator[Any]:
    # The tests' receivers listen on 127.0.0.1: private destinations are allowed here, and
    # refused in tests/monitor/test_channel_policy.py, which builds its own app.
    application = create_app(Config(database_url=database_url, allow_private_channels=True))
    yield application
    application.extensions["lossmon.db"].dispose()


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(app: Any) -> Database:
    database: Database = app.extensions["lossmon.db"]
    return database


def make_token(database: Database, project: str, label: str = "test") -> str:
    with database.session() as session:
        return create_token(session, get_or_create_project(session, project), label).secret


@pytest.fixture
def token(db: Database) -> str:
    """A token of project `demo`."""
    return make_token(db, "demo")


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def wait_for(check: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    """Poll `check` until it returns something truthy; return that, or time out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise TimeoutError(f"gave up waiting for {what or check}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """A real `lossmon serve` process on a free port, which tests may kill and restart."""

    database_url: str
    home: Path
    port: int = field(default_factory=free_port)
    project: str = "demo"
    token: str = ""
    extra_env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {
            **os.environ,
            "LOSSMON_HOME": str(self.home),
            "LOSSMON_ALLOW_PRIVATE_CHANNELS": "1",  # receivers of tests are on 127.0.0.1
            **self.extra_env,
        }
        env["LOSSMON_DATABASE_URL"] = self.database_url
        return env

    def create_token(self, project: str | None = None) -> str:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "lossmon.server.cli",
                "token",
                "create",
                "--project",
                project or self.project,
            ],
            env=self.env(),
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip().splitlines()[-1]

    def start(self, wait: bool = True) -> None:
        self.log_path = self.home / f"server-{self.port}.log"
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lossmon.server.cli", "serve", "--port", str(self.port)],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"lossmon serve exited: {self.log()}")
            try:
                if requests.get(self.url + "/readyz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise TimeoutError(f"lossmon serve not ready after {timeout}s: {self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:] if self.log_path else ""

    def kill(self) -> None:
        """Kill the server with SIGKILL: no shutdown code runs."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def restart(self) -> None:
        self.kill()
        self.start()

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture
def live_server_factory(tmp_path: Path) -> Iterator[Any]:
    """Make real servers on a given database URL; all are stopped at the end of the test."""
    servers: list[LiveServer] = []

    def make(database_url: str, start: bool = True, **kwargs: Any) -> LiveServer:
        home = tmp_path / f"home-{len(servers)}"
        home.mkdir()
        server = LiveServer(database_url=database_url, home=home, **kwargs)
        server.token = server.create_token()
        servers.append(server)
        if start:
            server.start()
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def live_server(live_server_factory: Any, sqlite_url: str) -> LiveServer:
    """A real `lossmon serve` on SQLite, with a token of project `demo` in `.token`."""
    server: LiveServer = live_server_factory(sqlite_url)
    return server


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """The session's one Chromium (Playwright's sync API allows one per process)."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        message = f"Debian's chromium is missing at {CHROMIUM}: apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
