"""Load benchmark (issue 8, item 2): many training runs push at once through the real client.

    .venv/bin/python bench/load.py                        # the issue's load on both setups
    .venv/bin/python bench/load.py --setup sqlite --runs 100 200 400 --duration 30   # a sweep

Setups: `pg` = `lossmon web` (gunicorn, --web-workers) + `lossmon worker` on a throwaway
PostgreSQL database; `sqlite` = `lossmon serve` (werkzeug threads + scheduler) on a SQLite
file. Each configuration gets a fresh database and fresh server processes.

Load: --runs simulated runs spread over --processes load processes (spawned; each holds its
runs' `lossmon.init()` handles, so each run has its own sender thread and HTTP session, as
in training). One pacing loop a process logs one step to each of its runs every 1/--rate s:
`run.log(step, loss=, reg=, ppl=)`, 3 keys. At mid-run, --nan-runs runs log a NaN loss (the
service evaluates such a run in the ingest request itself) and --blowup-runs runs' loss jumps
10,000-fold and stays there (finite: found by the scheduler's next evaluation round).

Measured:
- accepted values/s: values in points requests answered 2xx from the start until 2.4 s
  (the client's longest jittered flush interval) after the last log() call, over the
  duration (offered = runs × rate × 3); what was still buffered is sent by finish() after;
- ingest latency: wall time of each points request at the client (requests.Session.request,
  so JSON encoding and gzip are outside it), p50/p99 over every request of every run sent
  while the runs log (the load); beside it the same over every request, with the burst at
  the end when every run's finish() flushes and PATCHes at the same instant; and the same
  at a probe: one more run posting from the otherwise idle benchmark process, twice a
  second, so the load processes' own waits for the CPU are not in its figure;
- server CPU (cores: CPU seconds / wall seconds) and peak RSS, from /proc via psutil, of the
  server processes (gunicorn master and workers, the worker; or `serve`) and of the
  PostgreSQL backends serving the benchmark database; the load processes' CPU for context;
- detector lag: the divergence alert's `opened_at` minus the time the request carrying the
  NaN (or the first blown-up step) was answered, and minus the log() call (which adds the
  client's flush interval);
- errors: non-2xx answers and connection errors at the client, values dropped or left
  unsent by the client;
- nothing lost: at the end every series' `total` equals the steps logged.

A configuration "holds" when accepted ≥ 98 % of offered, p99 < 1 s over every request (the
finish burst included), no errors, nothing lost.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    LOSSMON,
    REPO,
    create_token,
    free_port,
    postgres_database,
    sqlite_database,
    wait_http,
)
from trace_serve import report as trace_report  # noqa: E402

KEYS = ("train/loss", "train/reg", "train/ppl")
HOLD_ACCEPTED = 0.98
HOLD_P99_S = 1.0
FLUSH_SLACK_S = 2.4  # the client's flush interval (2 s) with its +20 % jitter


# --------------------------------------------------------------------------- servers


@dataclass
class Setup:
    name: str
    url: str
    token: str
    database_url: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    pg_database: str | None = None


def _start(argv: list[str], home: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LOSSMON_HOME": str(home)}
    with log.open("wb") as out:
        return subprocess.Popen(argv, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def pg_setup(
    admin_url: str, web_workers: int, folder: Path, launcher: Sequence[str] = (LOSSMON,)
) -> Iterator[Setup]:
    """`lossmon web` (gunicorn) + `lossmon worker` on a throwaway PostgreSQL database."""
    with postgres_database(admin_url) as url:
        subprocess.run(
            [LOSSMON, "db", "upgrade", "--database-url", url],
            check=True,
            cwd=REPO,
            capture_output=True,
        )
        port = free_port()
        setup = Setup("pg", f"http://127.0.0.1:{port}", create_token(url), url)
        setup.pg_database = url.rsplit("/", 1)[-1]
        try:
            for name, argv in (
                ("worker", [*launcher, "worker", "--database-url", url]),
                (
                    "web",
                    [
                        *launcher,
                        "web",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        str(web_workers),
                        "--database-url",
                        url,
                    ],
                ),
            ):
                setup.logs.append(folder / f"{name}.log")
                setup.processes.append(_start(argv, folder, setup.logs[-1]))
            wait_http(f"{setup.url}/readyz", process=setup.processes[-1])
            yield setup
        finally:
            _stop(setup.processes)


@contextmanager
def sqlite_setup(folder: Path, launcher: Sequence[str] = (LOSSMON,)) -> Iterator[Setup]:
    """`lossmon serve` (web and scheduler in one process) on a SQLite file; `launcher` is the
    command that `serve …` follows (the `lossmon` script, or a wrapper that watches it)."""
    with sqlite_database() as (url, _):
        subprocess.run(
            [LOSSMON, "db", "upgrade", "--database-url", url],
            check=True,
            cwd=REPO,
            capture_output=True,
        )
        port = free_port()
        setup = Setup("sqlite", f"http://127.0.0.1:{port}", create_token(url), url)
        try:
            setup.logs.append(folder / "serve.log")
            argv = [*launcher, "serve", "--port", str(port), "--database-url", url]
            setup.processes.append(_start(argv, folder, setup.logs[-1]))
            wait_http(f"{setup.url}/readyz", process=setup.processes[0])
            yield setup
        finally:
            _stop(setup.processes)


# --------------------------------------------------------------------------- load processes


def curve(step: int, run: int) -> tuple[float, float, float]:
    loss = 3.0 / math.sqrt(step + 1.0) + 0.5 + 0.002 * math.sin(step * 0.37 + run)
    return loss, 1e-3 / (1.0 + step * 1e-3), math.exp(loss)


def load_process(index: int, config: dict[str, Any], queue: Any, go: Any, start_at: Any) -> None:
    """Run config["runs"] client runs in this process; report what the client saw."""
    import lossmon
    from lossmon import transport

    lock = threading.Lock()
    latencies: list[tuple[float, float]] = []  # (started, seconds)
    accepted: list[tuple[float, int]] = []
    errors: Counter[str] = Counter()
    event_paths: dict[str, int] = {}
    event_accepted: dict[str, float] = {}
    session_request = requests.Session.request
    transport_request = transport.Transport._request

    def timed_request(self: requests.Session, method: str, url: str, **kw: Any) -> Any:
        started, wall = time.perf_counter(), time.time()
        try:
            return session_request(self, method, url, **kw)
        finally:
            if url.endswith("/points"):
                latencies.append((wall, time.perf_counter() - started))

    def counted(self: Any, method: str, path: str, body: Any, **kw: Any) -> Any:
        reply = transport_request(self, method, path, body, **kw)
        if not reply.ok:
            with lock:
                errors[f"{path.rsplit('/', 1)[-1]} {reply.describe()[:60]}"] += 1
        elif path.endswith("/points"):
            done = time.time()
            accepted.append((done, sum(len(p["values"]) for p in body["points"])))
            step = event_paths.get(path)
            if step is not None and any(p["step"] == step for p in body["points"]):
                event_accepted.setdefault(path, done)
        return reply

    # A thin timing wrapper on this process's own copies of the client's classes.
    requests.Session.request = timed_request  # type: ignore[method-assign,assignment]
    transport.Transport._request = counted  # type: ignore[method-assign]

    home = Path(config["home"]) / f"load-{index}"
    first = index * config["runs"]
    runs = [
        lossmon.init(
            project="bench",
            name=f"load-{first + j}",
            url=config["url"],
            token=config["token"],
            home=home,
            finish_timeout=config["finish_timeout"],
        )
        for j in range(config["runs"])
    ]
    steps = int(config["duration"] * config["rate"])
    event_step = steps // 2
    kinds = {
        j: kind
        for kind in ("nan", "blowup")
        for j in range(config["runs"])
        if first + j in config[f"{kind}_runs"]
    }
    for j in kinds:
        event_paths[f"/api/v1/runs/{runs[j].id}/points"] = event_step
    queue.put(("ready", index, [r.id for r in runs]))
    go.wait()
    begin = start_at.value
    event_logged: dict[int, float] = {}
    max_pending = 0
    late = 0.0
    for step in range(steps):
        target = begin + step / config["rate"]
        delay = target - time.time()
        if delay > 0:
            time.sleep(delay)
        else:
            late = max(late, -delay)
        for j, run in enumerate(runs):
            loss, reg, ppl = curve(step, first + j)
            kind = kinds.get(j) if step >= event_step else None
            if kind is not None:
                if step == event_step:
                    event_logged[j] = time.time()
                if kind == "blowup":
                    loss *= 1e4
                elif step == event_step:
                    loss = math.nan
            run.log(step, loss=loss, reg=reg, ppl=ppl)
        if step % int(config["rate"]) == 0:
            max_pending = max(max_pending, sum(r.pending for r in runs))
    logged_until = time.time()
    with ThreadPoolExecutor(len(runs)) as pool:
        list(pool.map(lambda r: r.finish(), runs))
    queue.put(
        (
            "done",
            index,
            {
                "runs": [
                    {
                        "id": r.id,
                        "steps": steps,
                        "dropped": r.dropped,
                        "unsent": r.unsent_at_finish,
                        "mode": r.mode,
                        "event": kinds.get(j),
                        "event_step": event_step,
                        "event_logged": event_logged.get(j),
                        "event_accepted": event_accepted.get(f"/api/v1/runs/{r.id}/points"),
                    }
                    for j, r in enumerate(runs)
                ],
                "latencies": latencies,
                "accepted": accepted,
                "errors": dict(errors),
                "max_pending": max_pending,
                "late_s": late,
                "logged_until": logged_until,
                "finished_at": time.time(),
            },
        )
    )


# --------------------------------------------------------------------------- sampling


class Sampler:
    """Sum CPU seconds and sample RSS of process groups once a second."""

    def __init__(self, groups: dict[str, Any]) -> None:
        self.groups = groups  # name -> callable returning the group's processes now
        self.cpu: dict[str, float] = dict.fromkeys(groups, 0.0)
        self.peak_rss: dict[str, float] = dict.fromkeys(groups, 0.0)
        self._last: dict[tuple[str, int], float] = {}
        self._stop = threading.Event()
        self.machine: list[float] = []
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        psutil.cpu_percent()
        for name in self.groups:
            self._sample(name)
        self.cpu = dict.fromkeys(self.groups, 0.0)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        for name in self.groups:
            self._sample(name)

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            for name in self.groups:
                self._sample(name)
            self.machine.append(psutil.cpu_percent() / 100 * psutil.cpu_count())

    def _sample(self, name: str) -> None:
        rss = 0.0
        for process in self.groups[name]():
            try:
                with process.oneshot():
                    times = process.cpu_times()
                    used = times.user + times.system
                    rss += process.memory_info().rss
            except psutil.Error:
                continue
            self.cpu[name] += used - self._last.get((name, process.pid), used)
            self._last[name, process.pid] = used
        self.peak_rss[name] = max(self.peak_rss[name], rss / 2**20)


def tree(pids: list[int]) -> list[psutil.Process]:
    found = []
    for pid in pids:
        try:
            parent = psutil.Process(pid)
            found += [parent, *parent.children(recursive=True)]
        except psutil.Error:
            continue
    return found


def postgres_backends(database: str) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if cmdline.startswith("postgres: ") and f" {database} " in cmdline:
            found.append(process)
    return found


class Probe:
    """One more run in this (otherwise idle) process: a run's 2 s of points (--rate steps ×
    3 keys, gzipped as the client does) every 0.5 s, each request timed alone. Its latency
    is the server's, without the load processes' own scheduling in it."""

    def __init__(self, setup: Setup, duration: float, rate: float) -> None:
        self.latencies: list[float] = []
        self.errors = 0
        self._thread = threading.Thread(
            target=self._main, args=(setup, duration, int(2 * rate)), daemon=True
        )
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def _main(self, setup: Setup, duration: float, steps: int) -> None:
        import gzip

        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {setup.token}"
            run = session.post(
                f"{setup.url}/api/v1/runs", json={"project": "bench", "name": "probe"}, timeout=30
            ).json()["id"]
            target = f"{setup.url}/api/v1/runs/{run}/points"
            headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
            deadline = time.monotonic() + duration
            first = 0
            while time.monotonic() < deadline:
                points = [
                    {
                        "step": s,
                        "wall_time": time.time(),
                        "values": dict(zip(KEYS, curve(s, -1), strict=True)),
                    }
                    for s in range(first, first + steps)
                ]
                body = gzip.compress(json.dumps({"points": points}).encode(), 1)
                started = time.perf_counter()
                try:
                    answer = session.post(target, data=body, headers=headers, timeout=30)
                    ok = answer.status_code == 200
                except requests.RequestException:
                    ok = False
                self.latencies.append(time.perf_counter() - started)
                self.errors += not ok
                first += steps
                time.sleep(0.5)


# --------------------------------------------------------------------------- one configuration


def parse_time(value: str) -> float:
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:  # SQLite keeps no zone; the service stores UTC
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def run_load(setup: Setup, args: argparse.Namespace, runs: int, home: Path) -> dict[str, Any]:
    processes = args.processes or min(16, max(4, math.ceil(runs / 25)))
    per_process = math.ceil(runs / processes)
    runs = per_process * processes
    nan_runs = [round(i * runs / args.nan_runs) for i in range(args.nan_runs)]
    blowup_runs = [round(i * runs / args.blowup_runs) + 1 for i in range(args.blowup_runs)]
    config = {
        "url": setup.url,
        "token": setup.token,
        "home": str(home),
        "runs": per_process,
        "rate": args.rate,
        "duration": args.duration,
        "nan_runs": nan_runs,
        "blowup_runs": blowup_runs,
        "finish_timeout": 120.0,
    }
    context = mp.get_context("spawn")
    queue, go, start_at = context.Queue(), context.Event(), context.Value("d", 0.0)
    children = [
        context.Process(target=load_process, args=(i, config, queue, go, start_at))
        for i in range(processes)
    ]
    for child in children:
        child.start()
    run_ids: list[int] = []
    for _ in children:
        kind, _index, ids = queue.get(timeout=120)
        assert kind == "ready"
        run_ids += ids
    groups: dict[str, Any] = {
        "server": lambda: tree([p.pid for p in setup.processes]),
        "web": lambda: tree([setup.processes[-1].pid]),
        "load": lambda: tree([c.pid for c in children if c.pid is not None]),
    }
    if setup.pg_database:
        groups["postgres"] = lambda: postgres_backends(setup.pg_database)
    sampler = Sampler(groups)
    machine_load = os.getloadavg()[0]
    sampler.start()
    start_at.value = time.time() + 0.5
    go.set()
    probe = Probe(setup, args.duration, args.rate)
    results = [queue.get(timeout=args.duration + 600)[2] for _ in children]
    sampler.stop()
    probe.join()
    for child in children:
        child.join(30)
    begin = start_at.value
    end = begin + args.duration
    report = summarise(setup, args, runs, processes, results, sampler, begin, end)
    probe_ms = sorted(1000 * x for x in probe.latencies)
    report["probe_p50_ms"] = quantile(probe_ms, 0.50)
    report["probe_p99_ms"] = quantile(probe_ms, 0.99)
    report["probe_errors"] = probe.errors
    # The box's 1-minute load average before and after: figures move with other work on it.
    report["load_average"] = [round(machine_load, 2), round(os.getloadavg()[0], 2)]
    return report


def summarise(
    setup: Setup,
    args: argparse.Namespace,
    runs: int,
    processes: int,
    results: list[dict[str, Any]],
    sampler: Sampler,
    begin: float,
    end: float,
) -> dict[str, Any]:
    all_runs = [r for result in results for r in result["runs"]]
    latencies = sorted(x for result in results for _, x in result["latencies"])
    # The load itself: requests sent while the runs log, not the burst of every run's
    # finish() in the same instant at the end (all 100 flush and PATCH at once).
    steady = sorted(
        x for result in results for t, x in result["latencies"] if t < result["logged_until"]
    )
    due = end + FLUSH_SLACK_S
    in_window = sum(n for result in results for t, n in result["accepted"] if t <= due)
    total_sent = sum(n for result in results for _, n in result["accepted"])
    errors: Counter[str] = Counter()
    for result in results:
        errors.update(result["errors"])
    finished = max(result["finished_at"] for result in results)
    wall = finished - begin
    offered = runs * args.rate * len(KEYS)
    lost = incomplete_series(setup, all_runs)
    lags, alert_problems = detector_lags(setup, all_runs)
    server_cpu = sampler.cpu["server"] / wall
    report = {
        "setup": setup.name,
        "web_workers": args.web_workers if setup.name == "pg" else None,
        "runs": runs,
        "processes": processes,
        "rate": args.rate,
        "duration_s": args.duration,
        "offered_values_s": offered,
        "accepted_values_s": in_window / args.duration,
        "accepted_ratio": in_window / args.duration / offered,
        "sent_values": total_sent,
        "expected_values": sum(r["steps"] for r in all_runs) * 3,
        "drain_s": finished - end,
        "requests": len(latencies),
        "p50_ms": 1000 * quantile(steady, 0.50),
        "p99_ms": 1000 * quantile(steady, 0.99),
        "max_ms": 1000 * (steady[-1] if steady else math.nan),
        "steady_requests": len(steady),
        "all_p50_ms": 1000 * quantile(latencies, 0.50),
        "all_p99_ms": 1000 * quantile(latencies, 0.99),
        "all_max_ms": 1000 * (latencies[-1] if latencies else math.nan),
        "server_cpu_cores": server_cpu,
        "server_peak_rss_mb": sampler.peak_rss["server"],
        "web_cpu_cores": sampler.cpu["web"] / wall,
        "postgres_cpu_cores": sampler.cpu.get("postgres", 0.0) / wall,
        "postgres_peak_rss_mb": sampler.peak_rss.get("postgres", 0.0),
        "load_cpu_cores": sampler.cpu["load"] / wall,
        "machine_cpu_cores_p50": statistics.median(sampler.machine) if sampler.machine else 0,
        "client_max_pending": sum(result["max_pending"] for result in results),
        "generator_late_s": max(result["late_s"] for result in results),
        "detector_lag_s": lags,
        "alert_problems": alert_problems,
        "errors": dict(errors),
        "dropped": sum(r["dropped"] for r in all_runs),
        "unsent": sum(r["unsent"] for r in all_runs),
        "incomplete_series": lost,
        "server_5xx": count_5xx(setup),
    }
    report["holds"] = bool(
        report["accepted_ratio"] >= HOLD_ACCEPTED
        and report["all_p99_ms"] < HOLD_P99_S * 1000  # the finish burst included, as before
        and not errors
        and not lost
        and not report["dropped"]
        and not report["unsent"]
    )
    return report


def quantile(ordered: list[float], q: float) -> float:
    if not ordered:
        return math.nan
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def incomplete_series(setup: Setup, all_runs: list[dict[str, Any]]) -> list[str]:
    """Return 'run/key stored/expected' for every series whose total is not the steps logged."""
    bad = []
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {setup.token}"
        for run in all_runs:
            for key in KEYS:
                got = session.get(
                    f"{setup.url}/api/v1/runs/{run['id']}/series/{key}?max_points=10", timeout=60
                ).json()
                if got.get("total") != run["steps"]:
                    bad.append(f"{run['id']}/{key} {got.get('total')}/{run['steps']}")
    return bad


def detector_lags(
    setup: Setup, all_runs: list[dict[str, Any]]
) -> tuple[dict[str, dict[str, list[float]]], list[str]]:
    """Per event kind, lags (s) to its divergence alert from the request that carried the
    event ("ingest") and from the log() call ("log"); and what looks wrong."""
    lags: dict[str, dict[str, list[float]]] = {}
    problems = []
    deadline = time.monotonic() + 60
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {setup.token}"
        for run in all_runs:
            while True:
                alerts = session.get(
                    f"{setup.url}/api/v1/alerts?run={run['id']}", timeout=30
                ).json()["alerts"]
                if run["event"] is None or alerts or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            divergence = [a for a in alerts if a["detector"] == "divergence"]
            if run["event"] is None:
                if alerts:
                    problems.append(f"run {run['id']}: {[a['detector'] for a in alerts]}")
                continue
            if len(divergence) != 1:
                problems.append(f"run {run['id']} ({run['event']}): {len(divergence)} alerts")
                continue
            opened = parse_time(divergence[0]["opened_at"])
            found = lags.setdefault(run["event"], {"ingest": [], "log": []})
            if run["event_accepted"] is not None:
                found["ingest"].append(round(opened - run["event_accepted"], 2))
            found["log"].append(round(opened - run["event_logged"], 2))
    return lags, problems


def count_5xx(setup: Setup) -> int:
    count = 0
    for log in setup.logs:
        for line in log.read_text(errors="replace").splitlines():
            parts = line.split('" ')
            if len(parts) > 1 and parts[1][:1] == "5" and parts[1][:3].isdigit():
                count += 1
    return count


def describe(report: dict[str, Any]) -> str:
    lag = (
        ", ".join(
            f"{kind} {max(found['ingest'], default=math.nan):+.1f} s after ingest "
            f"({max(found['log'], default=math.nan):.1f} s after log())"
            for kind, found in report["detector_lag_s"].items()
        )
        or "n/a"
    )
    return (
        f"{report['setup']:6} runs={report['runs']:4} rate={report['rate']:g}/s: "
        f"offered {report['offered_values_s']:,.0f} values/s, accepted "
        f"{report['accepted_values_s']:,.0f} ({100 * report['accepted_ratio']:.1f} %), "
        f"p50 {report['p50_ms']:.0f} ms, p99 {report['p99_ms']:.0f} ms (with the finish "
        f"burst {report['all_p50_ms']:.0f}/{report['all_p99_ms']:.0f} ms; probe "
        f"{report['probe_p50_ms']:.0f}/{report['probe_p99_ms']:.0f} ms), "
        f"server CPU {report['server_cpu_cores']:.2f} cores (web "
        f"{report['web_cpu_cores']:.2f}), peak RSS {report['server_peak_rss_mb']:.0f} MB"
        + (
            f", PostgreSQL {report['postgres_cpu_cores']:.2f} cores"
            if report["setup"] == "pg"
            else ""
        )
        + f", load {report['load_cpu_cores']:.2f} cores, detector lag {lag}, "
        f"errors {sum(report['errors'].values())}, 5xx {report['server_5xx']}, "
        f"lost series {len(report['incomplete_series'])}, drain {report['drain_s']:.1f} s"
        f" → {'HOLDS' if report['holds'] else 'DOES NOT HOLD'}"
        + (
            " (machine load average {:.1f} → {:.1f})".format(*report["load_average"])
            if "load_average" in report
            else ""
        )
    )


def show(report: dict[str, Any], json_path: Path | None) -> None:
    print(describe(report), flush=True)
    if report["errors"] or report["alert_problems"] or report["incomplete_series"]:
        details = {k: report[k] for k in ("errors", "alert_problems", "incomplete_series")}
        print("   details:", json.dumps(details)[:1500], flush=True)
    if json_path:
        with json_path.open("a") as out:
            slim = {k: v for k, v in report.items() if k != "incomplete_series"}
            out.write(json.dumps({**slim, "lost": len(report["incomplete_series"])}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", nargs="+", default=["pg", "sqlite"], choices=("pg", "sqlite"))
    parser.add_argument("--runs", type=int, nargs="+", default=[100], help="one config each")
    parser.add_argument("--rate", type=float, default=50.0, help="steps/s of each run")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of logging")
    parser.add_argument("--processes", type=int, default=0, help="load processes (0: auto)")
    parser.add_argument("--nan-runs", type=int, default=3, help="runs that log one NaN")
    parser.add_argument("--blowup-runs", type=int, default=3, help="runs whose loss blows up")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn workers (pg)")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--json", type=Path, help="append each report as a JSON line here")
    parser.add_argument(
        "--trace",
        type=Path,
        help="start the servers under bench/trace_serve.py, tracing into a folder per setup "
        "here; print its report of what the slowest requests waited on",
    )
    args = parser.parse_args()
    for name in args.setup:
        for runs in args.runs:
            with tempfile.TemporaryDirectory(prefix="lossmon-load-") as tmp:
                folder = Path(tmp)
                launcher: Sequence[str] = (LOSSMON,)
                if args.trace:
                    traces = args.trace / f"{name}-{runs}"
                    traces.mkdir(parents=True, exist_ok=True)
                    os.environ["LOSSMON_TRACE_DIR"] = str(traces)
                    launcher = (sys.executable, str(Path(__file__).with_name("trace_serve.py")))
                context = (
                    pg_setup(args.pg_url, args.web_workers, folder, launcher)
                    if name == "pg"
                    else sqlite_setup(folder, launcher)
                )
                with context as setup:
                    report = run_load(setup, args, runs, folder)
                    # Printed before the teardown, which a restarted PostgreSQL can fail.
                    show(report, args.json)
                if args.trace:
                    trace_report(traces)


if __name__ == "__main__":
    main()
