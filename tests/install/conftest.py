"""What a user installs: the wheel built as `python -m build` builds it from a clean clone,
installed (not editable) into fresh virtual environments that pip fills from PyPI.

The wheel is built once per test session. Building runs `npm ci` when uPlot is not already in
the copy (it never is: the copy holds only what git tracks, as a clone would).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

#: What a build needs from the repository; the rest (tests, docs, bench) is not packaged.
SOURCES = [
    "pyproject.toml", "setup.py", "README.md", "package.json", "package-lock.json",
    "client", "monitor", "migrations",
]  # fmt: skip


def clean_copy(destination: Path) -> Path:
    """Copy the files git tracks (or would: untracked but not ignored) that a build reads."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *SOURCES],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the sdist and, from it, the wheel, as `python -m build` does from a clone."""
    source = clean_copy(tmp_path_factory.mktemp("clone"))
    dist = source / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    [found] = dist.glob("lossmon-*.whl")
    return found


@dataclass
class Venv:
    path: Path

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def env(self, **extra: str) -> dict[str, str]:
        """A user's environment: this venv first on PATH, nothing of the test's venv."""
        env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
        env["PATH"] = f"{self.bin}:/usr/bin:/bin"
        return {**env, **extra}

    def run(
        self, *args: str, timeout: float = 120, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env(**extra), capture_output=True, text=True, timeout=timeout,
            cwd=self.path,
        )  # fmt: skip

    def site_packages(self) -> Path:
        [found] = self.path.glob("lib/python*/site-packages")
        return found


def make_venv(path: Path, requirement: str) -> Venv:
    """Create a venv at `path` and pip install `requirement` into it (from PyPI)."""
    venv.create(path, with_pip=True)
    made = Venv(path)
    installed = made.run(
        str(made.python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
        requirement, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    return made


@pytest.fixture(scope="session")
def client_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venv]:
    """The wheel with its base dependencies only: `pip install lossmon`."""
    yield make_venv(tmp_path_factory.mktemp("client-venv"), str(wheel))


@pytest.fixture(scope="session")
def server_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venv]:
    """The wheel with the server extra: `pip install "lossmon[server]"`."""
    yield make_venv(tmp_path_factory.mktemp("server-venv"), f"{wheel}[server]")
