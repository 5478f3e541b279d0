"""Soak (issue 8, item 5): a long run at moderate load; do memory and open files stay flat?

    .venv/bin/python bench/soak.py                       # 10 minutes on `lossmon serve`/SQLite
    .venv/bin/python bench/soak.py --setup pg            # `lossmon web` + `lossmon worker`

A script, not a test: it takes --duration seconds (default 600). One client process (spawned,
nothing in it but the real client) keeps --runs runs going, each logging 3 keys at --rate
steps/s; every run finishes after --run-length seconds and a new one starts in its place
(staggered), so per-run resources (threads, sessions, spool files, server rows and caches)
come and go all the time. One run in ten logs a NaN before it finishes (an alert each).

Every --interval seconds it samples, from /proc via psutil, each process's RSS, open file
handles (/proc/<pid>/fd) and threads: the server processes (`serve`; or gunicorn's master
and workers and the worker), and the client process. At the end it fits a line to each over
the samples after warm-up (the last 80 %) and prints the slope per minute, with the first
and last values; and it checks that every series of every run is complete.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import DEFAULT_PG_URL, LOSSMON  # noqa: E402
from load import KEYS, Setup, curve, pg_setup, sqlite_setup  # noqa: E402

WARM_UP = 0.2  # the first 20 % of the samples are warm-up


def soak_client(config: dict[str, Any], queue: Any) -> None:
    """Keep config["runs"] runs logging until the deadline; report (run id, steps) pairs."""
    import lossmon

    rate, length = config["rate"], config["run_length"]
    home = Path(config["home"]) / "client"
    done: list[tuple[int | None, int]] = []
    started = 0

    def start(slot: int) -> dict[str, Any]:
        nonlocal started
        started += 1
        run = lossmon.init(
            project="bench",
            name=f"soak-{started}",
            url=config["url"],
            token=config["token"],
            home=home,
        )
        # Staggered: the first generation ends at different times, so churn is spread out.
        life = length * (slot + 1) / config["runs"] if started <= config["runs"] else length
        return {"run": run, "step": 0, "end": time.time() + life, "nan": started % 10 == 0}

    slots = [start(i) for i in range(config["runs"])]
    deadline = time.time() + config["duration"]
    tick = time.time()
    while time.time() < deadline:
        tick += 1.0 / rate
        time.sleep(max(0.0, tick - time.time()))
        for index, slot in enumerate(slots):
            run = slot["run"]
            loss, reg, ppl = curve(slot["step"], index)
            ending = time.time() >= slot["end"]
            if ending and slot["nan"]:
                loss = math.nan
            run.log(slot["step"], loss=loss, reg=reg, ppl=ppl)
            slot["step"] += 1
            if ending:
                run.finish()
                done.append((run.id, slot["step"]))
                slots[index] = start(index)
    for slot in slots:
        slot["run"].finish()
        done.append((slot["run"].id, slot["step"]))
    queue.put(done)


def sample(processes: dict[str, psutil.Process]) -> dict[str, tuple[float, int, int]]:
    """Return {name: (RSS MB, open file handles, threads)} of the processes still alive."""
    found = {}
    for name, process in processes.items():
        try:
            with process.oneshot():
                found[name] = (
                    process.memory_info().rss / 2**20,
                    process.num_fds(),
                    process.num_threads(),
                )
        except psutil.Error:
            continue
    return found


def watched(setup: Setup, client: Any) -> dict[str, psutil.Process]:
    named: dict[str, psutil.Process] = {"client": psutil.Process(client.pid)}
    for popen, log in zip(setup.processes, setup.logs, strict=True):
        parent = psutil.Process(popen.pid)
        named[log.stem] = parent
        for number, child in enumerate(parent.children(recursive=True)):
            named[f"{log.stem}-child{number}"] = child
    return named


def slope(times: list[float], values: list[float], skip: float = WARM_UP) -> float:
    """Least-squares slope per minute over the samples after the first `skip` of them."""
    first = int(len(times) * skip)
    xs, ys = np.asarray(times[first:]) / 60.0, np.asarray(values[first:])
    if len(xs) < 2:
        return math.nan
    return float(np.polyfit(xs, ys, 1)[0])


def incomplete(setup: Setup, done: list[tuple[int | None, int]]) -> list[str]:
    bad = []
    with requests.Session() as session:
        for run_id, steps in done:
            if steps == 0:  # started just before the deadline: nothing logged, no series
                continue
            if run_id is None:
                bad.append(f"a run without an id ({steps} steps)")
                continue
            for key in KEYS:
                got = session.get(
                    f"{setup.url}/api/v1/runs/{run_id}/series/{key}?max_points=10", timeout=60
                ).json()
                if got.get("total") != steps:
                    bad.append(f"{run_id}/{key} {got.get('total')}/{steps}")
    return bad


def soak(setup: Setup, args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    context = mp.get_context("spawn")
    queue = context.Queue()
    config = {
        "url": setup.url,
        "token": setup.token,
        "home": str(folder),
        "runs": args.runs,
        "rate": args.rate,
        "run_length": args.run_length,
        "duration": args.duration,
    }
    client = context.Process(target=soak_client, args=(config, queue))
    client.start()
    time.sleep(3.0)  # gunicorn's workers and the client's first runs are up by now
    processes = watched(setup, client)
    series: dict[str, list[tuple[float, float, int, int]]] = {name: [] for name in processes}
    began = time.time()
    while client.is_alive() and time.time() - began < args.duration + 5:
        now = time.time() - began
        for name, (rss, fds, threads) in sample(processes).items():
            series[name].append((now, rss, fds, threads))
        time.sleep(args.interval)
    done = queue.get(timeout=300)
    client.join(60)
    report: dict[str, Any] = {"setup": setup.name, "duration_s": args.duration, "processes": {}}
    for name, points in series.items():
        if len(points) < 3:
            continue
        times = [p[0] for p in points]
        report["processes"][name] = {
            "samples": len(points),
            "rss_mb": [round(points[int(len(points) * WARM_UP)][1], 1), round(points[-1][1], 1)],
            "rss_mb_per_min": slope(times, [p[1] for p in points]),
            "rss_mb_per_min_last_half": slope(times, [p[1] for p in points], 0.5),
            "fds": [points[int(len(points) * WARM_UP)][2], points[-1][2]],
            "fds_per_min": slope(times, [float(p[2]) for p in points]),
            "threads": [points[int(len(points) * WARM_UP)][3], points[-1][3]],
            "samples_t_rss_fds": [(round(p[0], 1), round(p[1], 2), p[2]) for p in points],
        }
    report["runs"] = len(done)
    report["incomplete_series"] = incomplete(setup, done)
    return report


def _serve_launcher(native_memory: Path | None) -> list[str]:
    if native_memory is None:
        return [LOSSMON]
    return [sys.executable, str(Path(__file__).with_name("native_memory.py")), str(native_memory)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", default="sqlite", choices=("sqlite", "pg"))
    parser.add_argument("--duration", type=float, default=600.0, help="seconds")
    parser.add_argument("--runs", type=int, default=20, help="runs logging at any time")
    parser.add_argument("--rate", type=float, default=20.0, help="steps/s of each run")
    parser.add_argument("--run-length", type=float, default=60.0, help="seconds a run lives")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--json", type=Path, help="write the report here as JSON")
    parser.add_argument(
        "--native-memory",
        type=Path,
        help="sqlite: start `serve` under bench/native_memory.py, sampling into this file",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lossmon-soak-") as tmp:
        folder = Path(tmp)
        context = (
            pg_setup(args.pg_url, args.web_workers, folder)
            if args.setup == "pg"
            else sqlite_setup(folder, _serve_launcher(args.native_memory))
        )
        with context as setup:
            report = soak(setup, args, folder)
    print(
        f"soak on {args.setup}: {args.duration:.0f} s, {args.runs} runs at a time × "
        f"{args.rate:g} steps/s × 3 keys ({args.runs * args.rate * 3:,.0f} values/s), "
        f"{report['runs']} runs in all; series incomplete: {len(report['incomplete_series'])}"
    )
    print(
        "process           RSS MB (after warm-up → end)  MB/min (last 80 % | last 50 %)"
        "   fds   fds/min"
    )
    for name, found in report["processes"].items():
        print(
            f"{name:16} {found['rss_mb'][0]:>8.1f} → {found['rss_mb'][1]:>8.1f}       "
            f"{found['rss_mb_per_min']:+7.3f} | {found['rss_mb_per_min_last_half']:+7.3f}   "
            f"{found['fds'][0]:>4} → {found['fds'][1]:<4} {found['fds_per_min']:+7.3f}   "
            f"threads {found['threads'][0]} → {found['threads'][1]}"
        )
    if report["incomplete_series"]:
        print("incomplete:", report["incomplete_series"][:20])
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
