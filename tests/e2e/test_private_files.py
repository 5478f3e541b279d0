"""Files that hold secrets are private from their creation: a real `lossmon serve` started
under umask 000 still makes LOSSMON_HOME 0700 and the database, its WAL and SHM, and the
secret key 0600; the client's spool is 0600 in a 0700 folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from lossmon.spool import SpoolWriter
from tests.conftest import free_port, wait_for


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_serve_creates_its_home_and_database_private(tmp_path: Path) -> None:
    home = tmp_path / "fresh" / "home"  # neither exists yet
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOSSMON_")}
    env["LOSSMON_HOME"] = str(home)
    process = subprocess.Popen(
        [sys.executable, "-m", "lossmon.server.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.umask(0),  # the most permissive umask there is
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _ready(base), timeout=30, what="lossmon serve")
        requests.get(f"{base}/projects", timeout=5)  # a page: the session key is read
        found = {p.name: _mode(p) for p in home.iterdir()}
        assert _mode(home) == 0o700
        for name in ("lossmon.db", "lossmon.db-wal", "lossmon.db-shm", "secret_key"):
            assert found.get(name) == 0o600, (name, oct(found.get(name, 0)), found)
        assert all(mode & 0o077 == 0 for mode in found.values()), found
    finally:
        process.terminate()
        process.wait(10)


def test_an_existing_database_is_narrowed_to_its_owner(tmp_path: Path) -> None:
    from lossmon.server.db import make_engine

    database = tmp_path / "old.db"
    database.write_bytes(b"")
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}").dispose()
    assert _mode(database) == 0o600


def test_the_client_spool_is_private(tmp_path: Path, open_umask: None) -> None:
    writer = SpoolWriter(tmp_path / "spool", {"client_run_id": "r1", "project": "p"})
    writer.append([{"step": 1}])
    writer.close()
    assert _mode(tmp_path / "spool") == 0o700
    assert _mode(writer.path) == 0o600


def _ready(base: str) -> bool:
    try:
        return requests.get(f"{base}/readyz", timeout=1).status_code == 200
    except requests.RequestException:
        return False
