"""lossmon's training-side client: three calls in a training loop, never blocking.

import lossmon
run = lossmon.init(project="gpt-small", name="lr-3e-4", config={"lr": 3e-4})
for step in range(steps):
    run.log(step, loss=loss, reg=reg)
run.finish()
"""

from __future__ import annotations

import logging
import os
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from . import lifecycle
from .closed_loop import Alert, stop_detectors
from .run import Run
from .settings import Settings, resolve
from .sync import SyncResult, sync
from .values import Number, SupportsItem, jsonable

__all__ = ["Alert", "Number", "Run", "Settings", "SupportsItem", "SyncResult", "init", "sync"]

logger = logging.getLogger("lossmon.client")


def init(
    project: str | None = None,
    name: str | None = None,
    config: Mapping[str, Any] | None = None,
    *,
    tags: Sequence[str] | None = None,
    client_run_id: str | None = None,
    resume: str | None = None,
    url: str | None = None,
    token: str | None = None,
    mode: str | None = None,
    home: str | os.PathLike[str] | None = None,
    flush_interval: float | None = None,
    batch_size: int | None = None,
    max_buffer: int | None = None,
    spool_after: float | None = None,
    backoff_base: float | None = None,
    max_backoff: float | None = None,
    request_timeout: float | None = None,
    init_timeout: float | None = None,
    finish_timeout: float | None = None,
    idle_poll: float | None = None,
    stop_on: Iterable[str] | str = (),
) -> Run:
    """Start (or, with the same ``client_run_id`` / ``resume=``, continue) a run.

    Settings not given come from LOSSMON_URL, LOSSMON_TOKEN, LOSSMON_PROJECT, LOSSMON_MODE
    (online | offline) and LOSSMON_HOME (default ~/.lossmon). Waits at most
    ``init_timeout`` (2 s) for the server; if it is away, the sender creates the run later.

    ``stop_on`` names detectors (``("divergence",)``) whose alerts, at warning or above, set
    ``run.should_stop``; by default nothing stops the run but a stop request (the run page's
    *Stop run* button, ``POST /api/v1/runs/<id>/stop``). ``idle_poll`` (10 s): when nothing
    was sent for that long, the sender asks the service for news anyway (0: never).
    """
    stop = stop_detectors(stop_on)
    if resume is not None and client_run_id is not None and resume != client_run_id:
        raise ValueError("lossmon: resume= and client_run_id= name different runs")
    settings = resolve(
        project=project,
        url=url,
        token=token,
        mode=mode,
        home=home,
        flush_interval=flush_interval,
        batch_size=batch_size,
        max_buffer=max_buffer,
        spool_after=spool_after,
        backoff_base=backoff_base,
        max_backoff=max_backoff,
        request_timeout=request_timeout,
        init_timeout=init_timeout,
        finish_timeout=finish_timeout,
        idle_poll=idle_poll,
    )
    header = {
        "type": "run",
        "version": 1,
        "mode": settings.mode,
        "url": settings.url,
        "project": settings.project,
        "name": name,
        "client_run_id": resume or client_run_id or uuid.uuid4().hex,
        "config": jsonable(config or {}),
        "tags": list(tags) if tags else None,
    }
    if settings.mode == "online" and not settings.token:
        logger.warning(
            "lossmon: no token (token= or LOSSMON_TOKEN); the server will refuse "
            "writes and points will be spooled for `lossmon sync`"
        )
    run = Run(settings, header, stop)
    run._worker.probe_spool()
    lifecycle.remember(run)
    if settings.mode == "offline":
        _say(
            f"lossmon: offline run {name or header['client_run_id']}; points are kept in "
            f"{run.spool_path} (upload them with `lossmon sync`)"
        )
    if run._worker.start() and settings.mode == "online":
        # At most init_timeout; the sender prints the run's page once the server answers.
        run.wait_created(settings.init_timeout)
    return run


def _say(line: str) -> None:
    try:
        sys.stderr.write(line + "\n")
    except (OSError, ValueError):  # a closed or broken stderr
        pass
