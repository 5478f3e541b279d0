"""Process-wide hooks: finish runs at exit, fail them on an uncaught exception, fork safely."""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .run import Run

logger = logging.getLogger("lossmon.client")

_active: dict[int, Run] = {}  # strong references: a forgotten Run must still be flushed
_installed = False
_install_lock = threading.Lock()
_previous_excepthook = sys.excepthook


def remember(run: Run) -> None:
    """Track a live run, installing the hooks on first use (importing changes nothing)."""
    global _installed, _previous_excepthook
    with _install_lock:
        if not _installed:
            _previous_excepthook = sys.excepthook
            sys.excepthook = _excepthook
            atexit.register(_at_exit)
            if hasattr(os, "register_at_fork"):
                os.register_at_fork(after_in_child=_after_fork_child)
            _installed = True
        _active[id(run)] = run


def forget(run: Run) -> None:
    _active.pop(id(run), None)


def active_runs() -> list[Run]:
    return list(_active.values())


def _finish_all(status: str | None) -> None:
    """Finish every live run with `status`, or (None) with the status each run expects at exit."""
    for run in active_runs():
        try:
            run.finish(status or run._exit_status)
        except Exception:
            logger.exception("lossmon: could not finish run %s", run.client_run_id)


def _at_exit() -> None:
    _finish_all(None)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # The traceback first: finishing may take up to finish_timeout.
    _previous_excepthook(exc_type, exc, tb)
    _finish_all("failed")


def _after_fork_child() -> None:
    global _install_lock
    _install_lock = threading.Lock()
    for run in active_runs():
        run._after_fork_child()
