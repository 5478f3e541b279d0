"""What the benchmarks share: a real `lossmon serve` process, throwaway databases, timing.

Benchmarks, not tests: each script starts what it needs, stops it afterwards and prints its
figures as ratios measured in the same run, so a noisy machine moves both sides at once.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parent.parent
LOSSMON = str(Path(sys.executable).with_name("lossmon"))
DEFAULT_PG_URL = os.environ.get(
    "LOSSMON_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_http(
    url: str, timeout: float = 60.0, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Wait until `url` answers 200, or fail (early if the process died)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode} before {url} answered")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


@dataclass
class Server:
    url: str
    token: str
    database_url: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}

    def create_run(self, session: requests.Session, name: str) -> int:
        answer = session.post(
            f"{self.url}/api/v1/runs",
            json={"project": "bench", "name": name, "client_run_id": uuid.uuid4().hex},
            headers=self.headers,
            timeout=30,
        )
        answer.raise_for_status()
        run_id: int = answer.json()["id"]
        return run_id


def create_token(database_url: str) -> str:
    out = subprocess.run(
        [LOSSMON, "token", "create", "--project", "bench", "--database-url", database_url],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    ).stdout
    return out.strip().splitlines()[-1]


@contextmanager
def lossmon_server(database_url: str, command: str = "serve") -> Iterator[Server]:
    """Run `lossmon serve` (or gunicorn on the app factory) on a free port; stop it after.

    `command="gunicorn"` runs one sync gunicorn worker, to tell the werkzeug development
    server's cost apart from the application's; `command="web"` runs `lossmon web` itself.
    """
    token = create_token(database_url)
    port = free_port()
    if command == "serve":
        argv = [LOSSMON, "serve", "--port", str(port), "--database-url", database_url]
    elif command == "web":  # `lossmon web` as shipped: gunicorn gthread, its default workers
        argv = [LOSSMON, "web", "--bind", f"127.0.0.1:{port}", "--database-url", database_url]
    else:
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        argv = [
            gunicorn,
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "lossmon.server.app:create_app()",
        ]
    env = {**os.environ, "LOSSMON_DATABASE_URL": database_url}
    process = subprocess.Popen(
        argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_http(f"{url}/healthz", process=process)
        yield Server(url, token, database_url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def sqlite_database() -> Iterator[tuple[str, Path]]:
    """Yield (url, folder) of a fresh SQLite file in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="lossmon-bench-"))
    try:
        yield f"sqlite:///{folder / 'lossmon.db'}", folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _psycopg_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def psycopg_dsn(url: str) -> str:
    """Return a libpq address for a SQLAlchemy PostgreSQL URL."""
    return _psycopg_dsn(url)


def postgres_available(admin_url: str) -> str | None:
    """Return None when PostgreSQL answers, else the reason it does not."""
    try:
        import psycopg

        with psycopg.connect(_psycopg_dsn(admin_url), connect_timeout=3):
            return None
    except Exception as error:  # noqa: BLE001 - any failure means "skip with this reason"
        return f"{type(error).__name__}: {error}".strip().splitlines()[0]


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """Create a throwaway database next to `admin_url`'s, yield its URL, drop it after."""
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = psycopg.connect(_psycopg_dsn(admin_url), autocommit=True)
    admin.execute(f"CREATE DATABASE {name}")
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def median_time(function: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(function) for _ in range(repeat))


def verdict(name: str, ratio: float, goal: float, unit: str = "×") -> str:
    met = "MET" if ratio >= goal else "NOT MET"
    return f"GOAL {name}: {met} — {ratio:.2f}{unit} (goal ≥ {goal:g}{unit})"
