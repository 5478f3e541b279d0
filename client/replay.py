"""Upload a spool file left by a process that is gone, then delete it."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from . import spool
from .transport import Outcome, Reply, Transport

logger = logging.getLogger("lossmon.client")


@dataclass
class FileResult:
    """What happened to one spool file."""

    path: Path
    points: int = 0
    done: bool = False  # everything sent and the file removed
    busy: bool = False  # a live process still writes it
    reply: Reply | None = None  # the answer that stopped the upload, if any
    refused: int = 0  # values the server refused (their points named in a 400); the rest sent
    refused_reason: str = ""

    @property
    def retryable(self) -> bool:
        return self.reply is not None and self.reply.outcome is Outcome.RETRY


def replay_file(path: Path, transport: Transport, timeout: float | None = None) -> FileResult:
    """Send one orphaned spool file to the server, in order; delete it if all went through.

    Safe against a concurrent replayer (the flock) and against re-sending (the server
    keeps the last write of each step, and re-sending a batch changes nothing).
    """
    result = FileResult(path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        result.done = True
        return result
    try:
        if not spool.lock(fd):
            result.busy = True
            return result
        if os.fstat(fd).st_nlink == 0:  # another replayer finished it meanwhile
            result.done = True
            return result
        run_id: int | None = None
        payload: dict[str, object] = {}
        for record, _ in spool.read_records(path):
            kind = record.get("type")
            if kind == "run":
                payload = spool.run_payload(record)
                reply = transport.create_run(payload, timeout)
                if not reply.ok:
                    result.reply = reply
                    return result
                run_id = reply.body["id"]
            elif run_id is None:
                logger.warning("lossmon: %s has no run header; left in place", path)
                return result
            elif kind == "points":
                points = record.get("points") or []
                reply = transport.send_points(run_id, points, timeout)
                if not reply.ok:
                    result.reply = reply
                    return result
                result.points += len(points) - reply.refused_points
                if reply.refused_points:
                    result.refused += reply.refused
                    result.refused_reason = result.refused_reason or reply.refused_reason
            elif kind == "config":
                # A config update: POST /runs again with the same client_run_id merges it.
                reply = transport.create_run({**payload, "config": record.get("config")}, timeout)
                if not reply.ok:
                    result.reply = reply
                    return result
            elif kind == "finish":
                reply = transport.set_status(
                    run_id,
                    record.get("status", "finished"),
                    record.get("summary"),
                    timeout,
                    dropped=record.get("dropped"),
                )
                if not reply.ok:
                    result.reply = reply
                    return result
        os.unlink(path)
        result.done = True
        return result
    finally:
        os.close(fd)
