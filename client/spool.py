"""The append-only spool: one JSON-lines file per run and process, under LOSSMON_HOME/spool.

Line 1 describes the run well enough to create it again on any server (url, project,
name, config, tags, client_run_id); every further line is a batch of wire points
(``{"type": "points", "points": [...]}``) or the final status (``{"type": "finish"}``).
A live writer holds an exclusive flock on its file, so a replayer (a later process or
``lossmon sync``) only ever takes files whose writer is gone.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .values import dumps_compact

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locking, replay is still idempotent
    fcntl = None  # type: ignore[assignment]

VERSION = 1
SUFFIX = ".jsonl"


def dumps(record: dict[str, Any]) -> bytes:
    return (dumps_compact(record) + "\n").encode()  # a long batch: a chunk at a time


def lock(fd: int) -> bool:
    """Take the exclusive lock on fd without waiting; False if another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def safe_name(client_run_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", client_run_id)[:64] or "run"


class SpoolWriter:
    """Append records for one run to its own file, created (with its header) on first use."""

    def __init__(self, directory: Path, header: dict[str, Any]) -> None:
        self.directory = directory
        self.header = header
        self.fd: int | None = None
        self.path = self._new_path()

    def _new_path(self) -> Path:
        stem = safe_name(str(self.header.get("client_run_id", "run")))
        return self.directory / f"{stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        """Write records at the end of the file; raise OSError if the disk refuses."""
        data = b"".join(dumps(r) for r in records)
        if not data:
            return
        if self.fd is None:
            self._open()
        assert self.fd is not None
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    def _open(self) -> None:
        # Owner only: spooled runs carry their configs (and whatever a user put in them).
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        lock(fd)
        header = {**self.header, "created_at": time.time(), "pid": os.getpid()}
        os.write(fd, dumps(header))
        self.fd = fd

    def size(self) -> int:
        """Bytes written so far (0 when the file does not exist)."""
        if self.fd is None:
            return 0
        return os.fstat(self.fd).st_size

    def remove(self) -> None:
        """Delete the file after it has been replayed; the next append starts a new one."""
        if self.fd is None:
            return
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        os.close(self.fd)
        self.fd = None
        self.path = self._new_path()

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def detach_in_child(self) -> None:
        """Forget the parent's file in a forked child; the parent keeps its lock and data."""
        if self.fd is not None:
            try:
                os.close(self.fd)  # the parent's descriptor still holds the flock
            except OSError:
                pass
        self.fd = None
        self.path = self._new_path()


def read_records(path: Path, offset: int = 0) -> Iterator[tuple[dict[str, Any], int]]:
    """Yield (record, end offset) from offset on; stop before a line not yet complete.

    A line that is complete but not JSON (a torn write of a killed process) is skipped.
    """
    with open(path, "rb") as f:
        f.seek(offset)
        for line in f:
            if not line.endswith(b"\n"):
                return
            offset += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record, offset


def read_header(path: Path) -> dict[str, Any] | None:
    """Return the run description on the file's first line, or None if it has none."""
    for record, _ in read_records(path):
        return record if record.get("type") == "run" else None
    return None


def spool_files(directory: Path) -> list[Path]:
    """Return the spool files in directory, oldest first."""
    try:
        files = [p for p in directory.iterdir() if p.name.endswith(SUFFIX) and p.is_file()]
    except OSError:
        return []
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))


def run_payload(header: dict[str, Any]) -> dict[str, Any]:
    """The POST /api/v1/runs body that recreates (or finds) the run a spool describes."""
    payload = {
        k: header[k]
        for k in ("project", "name", "client_run_id", "config", "tags")
        if header.get(k) is not None
    }
    return payload
