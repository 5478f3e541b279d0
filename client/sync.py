"""Upload spool files (offline runs, or points a dead process could not send)."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import spool
from .replay import replay_file
from .settings import home_from_env
from .transport import Backoff, Transport

logger = logging.getLogger("lossmon.client")


@dataclass
class SyncResult:
    """What ``sync()`` did: runs and points uploaded, files left behind and why."""

    runs: int = 0
    points: int = 0
    refused: int = 0  # values the server refused (their points named in a 400); the rest sent
    skipped: list[Path] = field(default_factory=list)  # still written by a live process
    failed: dict[Path, str] = field(default_factory=dict)  # left in place, with the reason

    @property
    def ok(self) -> bool:
        return not self.failed

    def __bool__(self) -> bool:
        return self.ok


def sync(
    directory: str | os.PathLike[str] | None = None,
    url: str | None = None,
    token: str | None = None,
    *,
    timeout: float = 60.0,
    on_progress: Callable[[int, int], None] | None = None,
) -> SyncResult:
    """Upload every spool file in ``directory`` (default ``LOSSMON_HOME/spool``), in order.

    ``directory`` may also be a LOSSMON_HOME (its ``spool/`` is used) or one ``.jsonl``
    file. The server is ``url``, else ``LOSSMON_URL``, else the one the run was logged
    for; the token is ``token``, else ``LOSSMON_TOKEN``. A file is deleted once all of it
    is on the server; transient errors are retried with backoff until ``timeout``.
    ``on_progress(files done, files in all)`` is called after each file.
    """
    files = _files(Path(directory) if directory is not None else home_from_env() / "spool")
    token = token or os.environ.get("LOSSMON_TOKEN")
    url = url or os.environ.get("LOSSMON_URL")
    deadline = time.monotonic() + timeout
    transports: dict[str, Transport] = {}
    result = SyncResult()
    ordered = []
    for path in files:
        header = spool.read_header(path)
        if header is None:
            result.failed[path] = "not a lossmon spool file (no run header)"
            continue
        ordered.append(
            (
                header.get("client_run_id", ""),
                header.get("created_at", 0),
                path,
                (url or header.get("url") or "").rstrip("/"),
            )
        )
    runs: set[tuple[str, str]] = set()
    for number, (client_run_id, _, path, server) in enumerate(sorted(ordered), 1):
        if on_progress is not None:
            on_progress(number - 1, len(ordered))
        if not server:
            result.failed[path] = "no server URL (pass url= or set LOSSMON_URL)"
            continue
        transport = transports.setdefault(server, Transport(server, token, 30.0))
        backoff = Backoff(0.5, 10.0)
        while True:
            done = replay_file(path, transport, max(1.0, deadline - time.monotonic()))
            if done.done or done.busy or done.reply is None:
                break
            delay = backoff.next_delay(done.reply.retry_after)
            if not done.retryable or time.monotonic() + delay > deadline:
                break
            time.sleep(delay)
        result.points += done.points
        if done.refused:
            result.refused += done.refused
            logger.warning(
                "lossmon sync: the server refused %d values of %s (%s); the rest was uploaded",
                done.refused,
                path,
                done.refused_reason,
            )
        if done.busy:
            result.skipped.append(path)
        elif done.done:
            runs.add((server, client_run_id))
        else:
            reason = done.reply.describe() if done.reply else "incomplete"
            result.failed[path] = reason
            logger.warning("lossmon sync: %s left in place (%s)", path, reason)
    result.runs = len(runs)
    if on_progress is not None and ordered:
        on_progress(len(ordered), len(ordered))
    for transport in transports.values():
        transport.close()
    return result


def _files(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    if (target / "spool").is_dir():
        target = target / "spool"
    return spool.spool_files(target)
