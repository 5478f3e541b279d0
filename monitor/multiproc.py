"""Prometheus' multiprocess mode for `lossmon web`: one directory that gunicorn's workers share.

Each worker process counts in its own memory-mapped files under PROMETHEUS_MULTIPROC_DIR and
`/metrics` adds them up, whichever worker answers the scrape. prometheus-client picks its mode
when it is first imported, so the directory is set here, in gunicorn's master, before any
worker is forked and before anything imports prometheus_client (this module does not).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare() -> Path:
    """Point PROMETHEUS_MULTIPROC_DIR at an empty directory and return it.

    An operator's directory is emptied of a previous run's files (counters restart with the
    process, as Prometheus expects); without one, a fresh temporary directory is made.
    """
    if "prometheus_client.values" in sys.modules and ENV not in os.environ:
        raise RuntimeError("prometheus_client was imported before its multiprocess directory")
    chosen = os.environ.get(ENV)
    if chosen:
        directory = Path(chosen)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink()
    else:
        directory = Path(tempfile.mkdtemp(prefix="lossmon-metrics-"))
        os.environ[ENV] = str(directory)
    return directory


def child_exit(_server: Any, worker: Any) -> None:
    """gunicorn's child_exit hook: forget a dead worker's live gauges (its counters stay)."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def gunicorn_settings() -> dict[str, Any]:
    """Return the gunicorn settings of multiprocess metrics (call `prepare` first)."""
    return {"child_exit": child_exit}
