"""Run a lossmon server command with its waits traced: where a request's time goes under load.

    LOSSMON_TRACE_DIR=/tmp/t .venv/bin/python bench/trace_serve.py serve --port 8080 …
    .venv/bin/python bench/load.py --setup sqlite --trace /tmp/t   # does the same for `serve`,
                                                                   # `web` and `worker`
    .venv/bin/python bench/trace_serve.py --report /tmp/t          # what the slowest waited on

A benchmark tool, not part of the service: it wraps, in this process only, the functions a
request or an evaluation waits in, and appends one JSON line per request, per evaluation and
per hold of SQLite's write turn to `trace-<pid>.jsonl` under LOSSMON_TRACE_DIR:

- request: wall time in the WSGI app, the thread's CPU time, its wait for a CPU (the kernel's
  run-queue delay, /proc/thread-self/schedstat), its wait for the process's SQLite writer turn,
  BEGIN IMMEDIATE (the busy handler: other processes), `store.start_batch` (on PostgreSQL the
  run's row lock), the commit; what is left is sleep outside those: the GIL, sockets;
- evaluation (`alerts.evaluate_runs`): wall, CPU, and its stages;
- hold: who held the SQLite writer turn, from when to when (its label: the request's route or
  the scheduler job), so a slow request's wait is attributed to the holders it waited behind.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

_local = threading.local()
_files: dict[int, Any] = {}
_mutex = threading.Lock()


def _schedstat() -> int:
    """Nanoseconds this thread has waited on a run queue (for a CPU)."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1])
    except OSError:
        return 0


def _emit(record: dict[str, Any]) -> None:
    pid = os.getpid()
    line = json.dumps(record) + "\n"
    with _mutex:
        out = _files.get(pid)
        if out is None:
            path = Path(os.environ["LOSSMON_TRACE_DIR"]) / f"trace-{pid}.jsonl"
            out = _files[pid] = path.open("a", buffering=1 << 16)
        out.write(line)


def _flush() -> None:
    with _mutex:
        for out in _files.values():
            out.flush()


def _flusher() -> None:
    while True:
        time.sleep(1.0)
        _flush()


def _spans() -> dict[str, float]:
    spans: dict[str, float] | None = getattr(_local, "spans", None)
    if spans is None:
        spans = _local.spans = defaultdict(float)
    return spans


def _label() -> str:
    return getattr(_local, "label", None) or threading.current_thread().name


def _timed(name: str, function: Any) -> Any:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _spans()[name] += time.perf_counter() - started

    return wrapper


def install() -> None:
    """Wrap the service's functions (before the CLI builds the app and the engines)."""
    from sqlalchemy.orm import Session

    from lossmon.server import alerts, db, new_points, store
    from lossmon.server import app as app_module
    from lossmon.server.detectors import engine

    # The writer turn: who waits, who holds, for how long.
    queue_acquire = db.WriterQueue.acquire
    queue_release = db.WriterQueue.release

    def writers(queue: Any) -> bool:  # a file's writer turn, not a pool's line (FifoQueuePool)
        return any(queue is q for q in db._queues.values())

    def acquire(self: Any, timeout: float) -> bool:
        if not writers(self):
            return bool(queue_acquire(self, timeout))
        started = time.perf_counter()
        waiting = self.waiting
        try:
            return bool(queue_acquire(self, timeout))
        finally:
            now = time.perf_counter()
            _spans()["turn_wait"] += now - started
            if hasattr(_local, "waits"):
                _local.waits.append((started, now))
            self._trace_holder = (_label(), now, started, waiting, time.thread_time(), _schedstat())

    def release(self: Any) -> None:
        holder = getattr(self, "_trace_holder", None)
        self._trace_holder = None
        queue_release(self)
        if holder is not None:
            label, since, asked, waiting, cpu, queued = holder
            _emit(
                {
                    "kind": "hold",
                    "label": label,
                    "asked": asked,
                    "start": since,
                    "end": time.perf_counter(),
                    "queued_before": waiting,
                    "cpu": time.thread_time() - cpu,
                    "cpu_wait": (_schedstat() - queued) / 1e9,
                }
            )

    db.WriterQueue.acquire = acquire  # type: ignore[method-assign]
    db.WriterQueue.release = release  # type: ignore[method-assign]
    db._on_sqlite_begin = _timed("begin", db._on_sqlite_begin)
    commit = db._SQLiteConnection.commit
    db._SQLiteConnection.commit = _timed("sqlite_commit", commit)  # type: ignore[method-assign]
    Session.commit = _timed("commit", Session.commit)  # type: ignore[method-assign]
    store.start_batch = _timed("start_batch", store.start_batch)
    # The checkout with its wait in line (FifoQueuePool) or for a connection (QueuePool).
    pool_class: Any = getattr(db, "FifoQueuePool", None)
    if pool_class is None:
        from sqlalchemy.pool import QueuePool as pool_class
    do_get = pool_class._do_get

    def checkout(self: Any) -> Any:  # _do_get calls itself: time the outer call only
        if getattr(_local, "in_pool", False):
            return do_get(self)
        _local.in_pool = True
        started = time.perf_counter()
        try:
            return do_get(self)
        finally:
            _local.in_pool = False
            _spans()["pool_checkout"] += time.perf_counter() - started

    pool_class._do_get = checkout
    store.write_series_points = _timed("write_points", store.write_series_points)

    # The evaluation and its stages.
    for name in (
        "_lock_runs",
        "_load_states",
        "_save_states",
        "_mark_evaluated",
        "_read_snapshot",
        "_decide",
        "_write_decided",
    ):
        setattr(alerts, name, _timed(name, getattr(alerts, name)))
    alerts._AlertBook.write = _timed("alerts_write", alerts._AlertBook.write)  # type: ignore[method-assign]
    new_points.read = _timed("new_points", new_points.read)
    engine.evaluate = _timed("detectors", engine.evaluate)
    evaluate_runs = alerts.evaluate_runs

    def traced_evaluate(session: Any, run_ids: Any, now: Any = None) -> int:
        outer = getattr(_local, "label", None)
        saved = getattr(_local, "spans", None)
        _local.spans = defaultdict(float)
        _local.label = f"evaluate({outer})" if outer else "evaluate"
        started, cpu, queued = time.perf_counter(), time.thread_time(), _schedstat()
        try:
            return int(evaluate_runs(session, run_ids, now))
        finally:
            _emit(
                {
                    "kind": "eval",
                    "label": _local.label,
                    "runs": len(run_ids),
                    "start": started,
                    "wall": time.perf_counter() - started,
                    "cpu": time.thread_time() - cpu,
                    "cpu_wait": (_schedstat() - queued) / 1e9,
                    "spans": dict(_local.spans),
                }
            )
            _local.label = outer
            _local.spans = saved

    alerts.evaluate_runs = traced_evaluate
    unlocked = getattr(alerts, "evaluate_runs_unlocked", None)

    def traced_unlocked(database: Any, run_ids: Any, now: Any = None) -> Any:
        outer = getattr(_local, "label", None)
        saved = getattr(_local, "spans", None)
        _local.spans = defaultdict(float)
        started, cpu, queued = time.perf_counter(), time.thread_time(), _schedstat()
        try:
            return unlocked(database, run_ids, now)  # type: ignore[misc]
        finally:
            _emit(
                {
                    "kind": "eval",
                    "label": "evaluate_unlocked",
                    "runs": len(run_ids),
                    "start": started,
                    "wall": time.perf_counter() - started,
                    "cpu": time.thread_time() - cpu,
                    "cpu_wait": (_schedstat() - queued) / 1e9,
                    "spans": dict(_local.spans),
                }
            )
            _local.label = outer
            _local.spans = saved

    if unlocked is not None:
        alerts.evaluate_runs_unlocked = traced_unlocked

    # Scheduler jobs: label the thread by its job while it runs.
    from lossmon.server import scheduler

    as_leader = scheduler.Worker._as_leader

    def labelled(self: Any, job: Any) -> Any:
        run = as_leader(self, job)
        name = getattr(job, "__name__", repr(job))

        def wrapper() -> None:
            _local.label = f"job:{name}"
            _local.spans = defaultdict(float)
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                run()
            finally:
                _emit(
                    {
                        "kind": "job",
                        "label": _local.label,
                        "start": started,
                        "wall": time.perf_counter() - started,
                        "cpu": time.thread_time() - cpu,
                        "spans": dict(_local.spans),
                    }
                )
                _local.label = None

        return wrapper

    scheduler.Worker._as_leader = labelled  # type: ignore[method-assign]

    create_app = app_module.create_app

    def traced_create_app(*args: Any, **kwargs: Any) -> Any:
        app = create_app(*args, **kwargs)
        inner = app.wsgi_app

        def wsgi(environ: Any, start_response: Any) -> Any:
            path = environ.get("PATH_INFO", "")
            route = "/".join("<id>" if part.isdigit() else part for part in path.split("/")[3:])
            _local.label = f"{environ.get('REQUEST_METHOD')} {route}"
            _local.spans = defaultdict(float)
            _local.waits = []
            started, cpu, queued = time.perf_counter(), time.thread_time(), _schedstat()
            try:
                return inner(environ, start_response)
            finally:
                _emit(
                    {
                        "kind": "req",
                        "label": _local.label,
                        "start": started,
                        "wall": time.perf_counter() - started,
                        "cpu": time.thread_time() - cpu,
                        "cpu_wait": (_schedstat() - queued) / 1e9,
                        "spans": dict(_local.spans),
                        "waits": _local.waits,
                    }
                )
                _local.label = None
                del _local.waits

        app.wsgi_app = wsgi  # type: ignore[method-assign]
        return app

    app_module.create_app = traced_create_app
    threading.Thread(target=_flusher, daemon=True).start()
    atexit.register(_flush)


# --------------------------------------------------------------------------- the report


def _quantile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(folder: Path) -> None:
    """Print where the slowest points requests spent their time, and what held the turn."""
    by_pid: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("trace-*.jsonl")):
        by_pid[path.stem] = [json.loads(line) for line in path.read_text().splitlines() if line]
    for pid, records in by_pid.items():
        requests = sorted(
            (r for r in records if r["kind"] == "req" and r["label"] == "POST runs/<id>/points"),
            key=lambda r: r["wall"],
        )
        holds = sorted((r for r in records if r["kind"] == "hold"), key=lambda r: r["start"])
        evals = [r for r in records if r["kind"] == "eval"]
        print(
            f"== {pid}: {len(requests)} points requests, {len(holds)} holds, {len(evals)} "
            f"evaluations"
        )
        if requests:
            walls = [r["wall"] * 1000 for r in requests]
            print(
                f"   server-side wall p50 {_quantile(walls, 0.5):.1f} ms, p99 "
                f"{_quantile(walls, 0.99):.1f}, max {walls[-1]:.1f}"
            )
            tail = requests[int(0.99 * len(requests)) :]
            for name, rows in (("all", requests), ("slowest 1 %", tail)):
                n = len(rows)
                parts: dict[str, float] = defaultdict(float)
                for r in rows:
                    parts["wall"] += r["wall"]
                    parts["cpu"] += r["cpu"]
                    parts["cpu_wait (run queue)"] += r["cpu_wait"]
                    for k, v in r["spans"].items():
                        parts[k] += v
                # BEGIN's time past the turn: SQLite's busy handler (another process).
                parts["busy"] = parts.get("begin", 0.0) - parts.get("turn_wait", 0.0)
                accounted = (
                    parts["cpu"]
                    + parts["cpu_wait (run queue)"]
                    + parts["turn_wait"]
                    + parts["busy"]
                    + parts["pool_checkout"]
                )
                print(
                    f"   {name} (n={n}), mean ms: "
                    + ", ".join(f"{k} {1000 * v / n:.1f}" for k, v in sorted(parts.items()))
                    + f"; other sleep {1000 * (parts['wall'] - accounted) / n:.1f}"
                )
            # Who held the turn while the slowest waited for it.
            blame: dict[str, float] = defaultdict(float)
            for r in tail:
                for lo, hi in r.get("waits", []):
                    for h in holds:
                        overlap = min(hi, h["end"]) - max(lo, h["start"])
                        if overlap > 0:
                            blame[h["label"]] += overlap
            if blame:
                total = sum(blame.values())
                ranked = sorted(blame.items(), key=lambda kv: -kv[1])
                print(
                    "   the slowest requests' turn waits, by holder: "
                    + ", ".join(f"{k} {100 * v / total:.0f} %" for k, v in ranked)
                )
        if holds:
            per: dict[str, list[float]] = defaultdict(list)
            for h in holds:
                per[h["label"]].append((h["end"] - h["start"]) * 1000)
            cpu: dict[str, float] = defaultdict(float)
            runq: dict[str, float] = defaultdict(float)
            for h in holds:
                cpu[h["label"]] += h.get("cpu", 0.0)
                runq[h["label"]] += h.get("cpu_wait", 0.0)
            for label, durations in sorted(per.items(), key=lambda kv: -sum(kv[1])):
                durations.sort()
                total = sum(durations) / 1000
                print(
                    f"   hold {label:28} n={len(durations):6} p50 {_quantile(durations, 0.5):6.1f}"
                    f" p99 {_quantile(durations, 0.99):6.1f} max {durations[-1]:7.1f} ms, "
                    f"total {total:.1f} s: its CPU {cpu[label]:.1f} s, waiting for a CPU "
                    f"{runq[label]:.1f} s, other sleep (GIL, I/O) "
                    f"{total - cpu[label] - runq[label]:.1f} s"
                )
        if evals:
            walls = sorted(e["wall"] * 1000 for e in evals)
            spans: dict[str, float] = defaultdict(float)
            for e in evals:
                for k, v in e["spans"].items():
                    spans[k] += v
            print(
                f"   evaluations: runs/eval {sum(e['runs'] for e in evals) / len(evals):.1f}, wall "
                f"p50 {_quantile(walls, 0.5):.1f} max {walls[-1]:.1f} ms, cpu "
                f"{sum(e['cpu'] for e in evals):.1f} s of wall {sum(walls) / 1000:.1f} s, run "
                f"queue {sum(e['cpu_wait'] for e in evals):.1f} s; stages s: "
                + ", ".join(f"{k} {v:.1f}" for k, v in sorted(spans.items()))
            )


def main() -> None:
    if sys.argv[1:2] == ["--report"]:
        report(Path(sys.argv[2]))
        return
    install()
    from lossmon.cli import main as cli

    sys.argv = ["lossmon", *sys.argv[1:]]
    sys.exit(cli())


if __name__ == "__main__":
    main()
