"""The Run handle: the three calls a training loop makes, and nothing that can block."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from . import lifecycle
from .closed_loop import Alert, Control
from .settings import Settings
from .values import MAX_STEP, Number, as_step, check_key, check_value
from .worker import Worker

_now = time.time
STATUSES = ("finished", "failed")


class Run:
    """A training run being monitored; create it with ``lossmon.init()``.

    ``log()`` and ``log_metrics()`` only check types and append to a bounded buffer
    (``Settings.max_buffer`` calls, default 50,000, ~15 MB at most); a daemon thread
    sends, retries and spools. Nothing after the call can raise into the training loop.
    """

    def __init__(
        self, settings: Settings, header: dict[str, Any], stop_on: frozenset[str] = frozenset()
    ) -> None:
        self.settings = settings
        self._control = Control(stop_on)
        self._worker = Worker(settings, header, self._control)
        self._buf = self._worker.buf
        self._owner_pid = os.getpid()
        self._finished = False
        # The status the exit hook finishes the run with: "failed" while an integration's
        # training is under way (begun, never ended: an exception the script caught ended it).
        self._exit_status = "finished"
        self._good_names: dict[str, set[str]] = {}  # split -> names whose key passed
        self._good_keys: set[str] = set()
        # Classes of values that passed check_value (float, int, then numpy scalars): the
        # hot path tests a value's class against it, without a call. Classes with autograd
        # (torch.Tensor, Parameter) go in _grad_types instead: such a value is kept detached
        # when it requires grad, so the buffer never holds the step's graph (see _keep).
        self._good_types: set[type] = {float, int}
        self._grad_types: set[type] = set()

    # The hot path: a class test a value, a set lookup a name, one tuple and one deque
    # append; no I/O, no lock, no .item(), no call unless something is new or a tensor
    # requires grad (then one .detach(), no device sync). Everything else is the
    # worker's (client/worker.py).
    def log(self, step: int, split: str = "train", **values: Number) -> None:
        """Log values of one step under ``<split>/<name>``: ``run.log(7, loss=l, reg=r)``.

        ``loss``, ``reg`` and ``ppl`` are the names the service understands; any other
        name is kept too. Values are numbers or scalars with ``.item()`` (read later, on
        the sender thread); anything else raises TypeError here, and a key the server
        would refuse raises ValueError with the server's reason.
        """
        if step.__class__ is not int or not 0 <= step <= MAX_STEP:
            step = as_step(step)
        names = self._good_names.get(split)
        if names is None or not values:
            names = self._check_log_call(split, values)
        types = self._good_types
        value: Any  # a number, or a scalar with .item() (a tensor: .requires_grad too)
        for name, value in values.items():
            cls = value.__class__
            if cls in types and name in names:
                continue
            if cls in self._grad_types and name in names:
                if value.requires_grad:  # a C attribute: no call, no sync
                    values[name] = value.detach()  # same key: the dict keeps its size
                continue
            self._check_new(split, name, value)
            values[name] = self._keep(value)
        buf = self._buf
        buf.append((step, _now(), split, values))
        if len(buf) >= self._worker.wake_at:
            self._worker.on_full()

    def log_metrics(self, metrics: Mapping[str, Number], step: int) -> None:
        """Log values under their keys as given: ``run.log_metrics({"lr": 3e-4}, step=7)``."""
        if step.__class__ is not int or not 0 <= step <= MAX_STEP:
            step = as_step(step)
        metrics = dict(metrics)
        keys, types, grads = self._good_keys, self._good_types, self._grad_types
        value: Any
        for key, value in metrics.items():
            if key not in keys:
                check_key(key)
                if len(keys) < 10_000:
                    keys.add(key)
            cls = value.__class__
            if cls not in types:
                if cls in grads:
                    if value.requires_grad:
                        metrics[key] = value.detach()  # our copy; same key, same size
                else:
                    self._check_type(key, value)
                    metrics[key] = self._keep(value)
        if not metrics:
            return
        buf = self._buf
        buf.append((step, _now(), None, metrics))
        if len(buf) >= self._worker.wake_at:
            self._worker.on_full()

    def _check_log_call(self, split: object, values: Mapping[str, object]) -> set[str]:
        """Check a split seen for the first time (its names are checked one by one next)."""
        if not values:
            raise TypeError("lossmon: log(step, split='train', **values) needs a value")
        if not isinstance(split, str):
            raise TypeError(f"lossmon: split must be a str, not {type(split).__name__}")
        if len(self._good_names) < 1_000:  # memory stays bounded
            return self._good_names.setdefault(split, set())
        return set()

    def _check_new(self, split: str, name: str, value: object) -> None:
        """Check a name or a value class not seen before; remember it when it passes."""
        names = self._good_names.get(split)
        if names is None or name not in names:
            check_key(f"{split}/{name}")
            if names is not None and len(names) < 10_000:
                names.add(name)
        self._check_type(name, value)

    def _check_type(self, name: str, value: object) -> None:
        types = self._good_types
        cls = value.__class__
        if cls not in types and cls not in self._grad_types:
            check_value(name, value)
            if cls is bool or len(types) + len(self._grad_types) >= 100:
                return
            if _has_autograd(value):
                self._grad_types.add(cls)
            else:
                types.add(cls)

    def _keep(self, value: Any) -> Any:
        """What the buffer holds for a value that passed: a tensor that requires grad is
        kept detached (``.detach()``: a new view of the same memory, no copy, no device
        sync), so the step's autograd graph (its saved activations) is freed when the loop
        drops it, not when the sender gets round to reading the value."""
        if value.__class__ in self._grad_types or _has_autograd(value):
            if value.requires_grad:
                return value.detach()
        return value

    def update_config(self, config: Mapping[str, Any]) -> None:
        """Merge ``config`` into the run's config, without waiting: the sender sends it.

        Values are read (``.item()``) on the sender's thread. Offline, the update goes to
        the spool and ``lossmon sync`` sends it.
        """
        if not isinstance(config, Mapping):
            raise TypeError(f"lossmon: config must be a mapping, not {type(config).__name__}")
        config = dict(config)
        for key, value in config.items():  # held until sent: no graph kept alive meanwhile
            if _has_autograd(value) and value.requires_grad:
                config[key] = value.detach()
        self._worker.update_config(config)

    def finish(
        self,
        status: str = "finished",
        *,
        summary: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Flush within ``timeout`` (default ``finish_timeout``) and mark the run.

        Points not sent by the deadline stay in the spool (the log says how many). In a
        forked child this only flushes: the process that called init() owns the status.
        """
        if status not in STATUSES:
            raise ValueError(f"lossmon: status must be one of {STATUSES}, not {status!r}")
        if self._finished:
            return
        self._finished = True
        lifecycle.forget(self)
        limit = self.settings.finish_timeout if timeout is None else timeout
        owner = os.getpid() == self._owner_pid
        self._worker.finish(status, summary, limit, mark=owner)

    # ----------------------------------------------------------------- the closed loop
    # Written by the sender thread from each points answer (client/closed_loop.py); reading
    # them is an attribute read, nothing more: a loop may check should_stop every step.

    @property
    def alerts(self) -> list[Alert]:
        """The run's open alerts as of the service's latest answer."""
        return list(self._control.alerts)

    @property
    def should_stop(self) -> bool:
        """True once the service asked the run to stop (a stop request, or an alert of a
        ``stop_on`` detector at warning or above); it stays True."""
        return self._control.should_stop

    @property
    def stop_reason(self) -> str | None:
        """Why the run should stop: the alert (with its rollback or best step) or the request."""
        return self._control.stop_reason

    @property
    def stop_alert(self) -> Alert | None:
        """The alert that made ``should_stop`` True, if an alert did (not a stop request)."""
        return self._control.stop_alert

    def on_alert(self, fn: Callable[[Alert], object]) -> Callable[[Alert], object]:
        """Call ``fn(alert)`` once per newly opened or resolved alert, on the sender thread.

        Never on the training thread: keep ``fn`` short (set a flag, write a line), and
        hand anything heavy to the loop. Returns ``fn``, so it works as a decorator.
        """
        self._control.on_alert(fn)
        return fn

    def flush(self) -> None:
        """Ask the sender to send now rather than at its next timed wake-up."""
        self._worker.flush_now()

    def __enter__(self) -> Run:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.finish("failed" if exc_type is not None else "finished")

    def __repr__(self) -> str:
        return (
            f"<lossmon.Run {self.name!r} project={self.settings.project!r} "
            f"id={self.id} mode={self._worker.mode}>"
        )

    def _after_fork_child(self) -> None:
        self._worker.after_fork_child()
        self._buf = self._worker.buf

    # ----------------------------------------------------------------- read-only facts

    @property
    def client_run_id(self) -> str:
        return str(self._worker.header["client_run_id"])

    @property
    def project(self) -> str:
        return self.settings.project

    @property
    def id(self) -> int | None:
        """The server's run id, once the run has been created (None offline or until then)."""
        return self._worker.run_id

    @property
    def name(self) -> str | None:
        return self._worker.run_name

    @property
    def url(self) -> str | None:
        """The run's dashboard page, once the server has answered."""
        return self._worker.run_url

    @property
    def mode(self) -> str:
        """direct, spool, offline or rejected (see client/worker.py)."""
        return self._worker.mode

    @property
    def pending(self) -> int:
        """Logged calls still in memory."""
        return self._worker.pending

    @property
    def dropped(self) -> int:
        """Values that could not be kept, all reasons together (see ``dropped_by_reason``)."""
        return self._worker.dropped

    @property
    def dropped_by_reason(self) -> dict[str, int]:
        """Values that could not be kept, by reason (``lossmon.values.DROP_REASONS``)."""
        return self._worker.drops.counts()

    @property
    def unsent_at_finish(self) -> int:
        """Points left in the spool because finish() reached its deadline (0 offline)."""
        return self._worker.unsent_at_finish

    @property
    def spool_path(self) -> Path:
        return self._worker.spool_path

    def wait_created(self, timeout: float) -> bool:
        """Wait until the server knows the run (or refused it); True if it has answered."""
        return self._worker.created.wait(timeout)


def _has_autograd(value: object) -> bool:
    """True for a torch tensor (anything with ``requires_grad`` and ``detach()``)."""
    return isinstance(getattr(value, "requires_grad", None), bool) and callable(
        getattr(value, "detach", None)
    )
