"""Detector cost: 1,000 active runs × 100 new points each, evaluated as the scheduler does.

    .venv/bin/python bench/detector_cost.py [--runs 1000] [--points 100] [--rounds 3]
                                            [--chunk 200] [--only sqlite|postgresql|pure]

Every run logs `train/loss` at every step, `val/loss` every 25 steps and `train/reg`: real
curves from tests/data/curves (each run takes one, rescaled and with its own multiplicative
noise; a run longer than its source reads it back and forth), with the source's loss kind in
the run's config. A round is 100 new steps for every run, written with `store.write_points`
(not timed), then evaluated with `alerts.pending_run_ids` + `alerts.evaluate_runs` in chunks of
`--chunk` runs per transaction, exactly the scheduler's loop. Round 0 is the cold start (no
state yet) and is reported apart; the goal is about the warm rounds after it, where every run
already has history and state.

Figures per round: CPU seconds of this process (`time.process_time`: Python, SQLAlchemy, the
driver and, for SQLite, the database engine itself) and wall seconds. PostgreSQL's own work is
in its server processes: their CPU is read from /proc when this machine runs the server, and
wall time includes it anyway. "pure" is `engine.evaluate` alone on the same batches, in memory:
the detectors' and the lifecycle's share of the cost.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness import (  # noqa: E402
    DEFAULT_PG_URL,
    postgres_available,
    postgres_database,
    sqlite_database,
)

from lossmon.server import alerts, migrate, store  # noqa: E402
from lossmon.server.db import Database  # noqa: E402
from lossmon.server.detectors import (  # noqa: E402
    DETECTORS,
    engine,
    series,
    validate_settings,
)
from lossmon.server.detectors.replay import read_rows  # noqa: E402
from lossmon.server.models import Project, Run  # noqa: E402
from lossmon.server.wire import SeriesBatch  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "curves"
VAL_EVERY = 25
#: CPU seconds per warm round: issue 12's bound, and issue 17's goal (item 4).
GOALS_CPU_S = (("issue 12", 1.0), ("issue 17", 0.2))


@dataclass
class Curve:
    """One synthetic run's full history: train loss at every step, val loss, penalty."""

    loss_kind: str
    train: np.ndarray  # index i = step i + 1
    reg: np.ndarray
    val: np.ndarray  # value at step i + 1 (used where (i + 1) % VAL_EVERY == 0)


def load_sources() -> list[tuple[str, np.ndarray, np.ndarray, list[tuple[int, float]]]]:
    """Return (loss kind, train losses, train penalties, val rows) of every corpus curve."""
    out = []
    for label in sorted(CORPUS.glob("*.json")):
        meta = json.loads(label.read_text())
        rows = read_rows(label.with_suffix(".csv"))
        train = [(v["loss"], v.get("reg", 0.0)) for _, split, v in rows if split == "train"]
        val = [(s, v["loss"]) for s, split, v in rows if split == "val"]
        out.append(
            (
                meta["loss_kind"],
                np.array([t for t, _ in train]),
                np.array([r for _, r in train]),
                val,
            )
        )
    return out


def make_curves(n_runs: int, n_steps: int, seed: int = 0) -> list[Curve]:
    """Build `n_runs` curves of `n_steps` steps, each from one corpus curve (round-robin)."""
    rng = np.random.default_rng(seed)
    sources = load_sources()
    curves = []
    for i in range(n_runs):
        kind, train, reg, val = sources[i % len(sources)]
        n = train.size
        # Read the source back and forth so a long run has no jump back to its first loss.
        idx = np.arange(n_steps) % (2 * n - 2)
        idx = np.where(idx < n, idx, 2 * n - 2 - idx)
        scale = math.exp(rng.normal(0.0, 0.3))
        noise = np.exp(rng.normal(0.0, 0.02, n_steps))
        val_steps = np.array([s for s, _ in val])
        val_values = np.array([v for _, v in val])
        # The val value at a source position is the last evaluation at or before it.
        at = np.clip(np.searchsorted(val_steps, idx + 1, side="right") - 1, 0, None)
        val_noise = np.exp(rng.normal(0.0, 0.005, n_steps))
        curves.append(
            Curve(
                kind,
                train[idx] * scale * noise,
                reg[idx] * scale,
                val_values[at] * scale * val_noise,
            )
        )
    return curves


def round_batch(curve: Curve, start: int, points: int) -> dict[str, SeriesBatch]:
    """Return the wire batches of steps start+1 .. start+points of one curve."""
    steps = list(range(start + 1, start + points + 1))
    lo, hi = start, start + points
    wall = time.time()
    walls: list[float | None] = [wall] * points
    val_steps = [s for s in steps if s % VAL_EVERY == 0]
    return {
        "train/loss": SeriesBatch(steps, curve.train[lo:hi].tolist(), walls),
        "train/reg": SeriesBatch(steps, curve.reg[lo:hi].tolist(), walls),
        "val/loss": SeriesBatch(
            val_steps, [float(curve.val[s - 1]) for s in val_steps], [wall] * len(val_steps)
        ),
    }


def rounds_of(n_rounds: int) -> Iterator[int]:
    """Yield round numbers: 0 is the cold start, 1.. are the warm rounds measured."""
    yield from range(n_rounds + 1)


# --- pure: engine.evaluate alone --------------------------------------------------------


def bench_pure(curves: list[Curve], points: int, n_rounds: int) -> list[float]:
    """Return the CPU seconds of `engine.evaluate` for all runs, per round (round 0 first)."""
    settings = validate_settings(None)
    states = [engine.RunState() for _ in curves]
    times = []
    for r in rounds_of(n_rounds):
        batches = []
        for curve in curves:
            wire = round_batch(curve, r * points, points)
            batches.append({k: series(b.steps, b.values) for k, b in wire.items()})
        started = time.process_time()
        for curve, state, batch in zip(curves, states, batches, strict=True):
            engine.evaluate(state, batch, settings, loss_kind=curve.loss_kind)
        times.append(time.process_time() - started)
    return times


def bench_split(curves: list[Curve], points: int, n_rounds: int) -> list[dict[str, float]]:
    """Return the CPU seconds of each series detector alone on the same batches, per round.

    Each detector keeps its own states, as in `engine.evaluate` (whose silencing changes
    findings, never a detector's state); the lifecycle is left out.
    """
    settings = validate_settings(None)
    states: list[dict[str, Any]] = [dict.fromkeys(DETECTORS) for _ in curves]
    out = []
    for r in rounds_of(n_rounds):
        spent = dict.fromkeys(DETECTORS, 0.0)
        for curve, state in zip(curves, states, strict=True):
            wire = round_batch(curve, r * points, points)
            batch = {k: series(b.steps, b.values) for k, b in wire.items()}
            for name, fn in DETECTORS.items():
                started = time.process_time()
                state[name], _ = fn(state[name], batch, settings[name], loss_kind=curve.loss_kind)
                spent[name] += time.process_time() - started
        out.append(spent)
    return out


# --- through the database ---------------------------------------------------------------


def postgres_cpu(database: str) -> Callable[[], float | None]:
    """Return a probe of the CPU seconds used so far by the server processes of `database`.

    Reads /proc, so it only works where this machine runs the server; None when it cannot.
    """
    tick = os.sysconf("SC_CLK_TCK")

    def probe() -> float | None:
        total = 0.0
        found = False
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                if not cmdline.startswith(b"postgres: ") or database.encode() not in cmdline:
                    continue
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
            found = True
        return total if found else None

    return probe


def setup_runs(db: Database, curves: list[Curve]) -> list[int]:
    with db.session() as session:
        project = store.get_or_create_project(session, "bench")
        runs = [
            Run(
                project_id=project.id,
                name=f"run-{i}",
                client_run_id=f"bench-{i}",
                status="running",
                config={"loss_kind": curve.loss_kind},
                tags=[],
                summary={},
            )
            for i, curve in enumerate(curves)
        ]
        session.add_all(runs)
        session.flush()
        return [run.id for run in runs]


def write_round(db: Database, run_ids: list[int], curves: list[Curve], start: int, points: int):
    ids = list(run_ids)
    for lo in range(0, len(ids), 250):
        with db.session() as session:
            runs = {
                run.id: run
                for run in session.query(Run).filter(Run.id.in_(ids[lo : lo + 250])).all()
            }
            for run_id, curve in zip(ids[lo : lo + 250], curves[lo : lo + 250], strict=True):
                store.write_points(session, runs[run_id], round_batch(curve, start, points))


def evaluate_all(db: Database, chunk: int) -> tuple[int, int]:
    """The scheduler's loop; return (runs evaluated, alert events)."""
    runs = events = 0
    while True:
        with db.session() as session:
            run_ids = alerts.pending_run_ids(session, limit=chunk)
            if not run_ids:
                return runs, events
            events += alerts.evaluate_runs(session, run_ids)
            runs += len(run_ids)


@dataclass
class Round:
    cpu: float
    wall: float
    server_cpu: float | None
    runs: int
    events: int


def bench_database(
    url: str, curves: list[Curve], points: int, n_rounds: int, chunk: int, server: str | None
) -> list[Round]:
    migrate.upgrade(url)
    db = Database(url)
    probe = postgres_cpu(server) if server else (lambda: None)
    try:
        run_ids = setup_runs(db, curves)
        out = []
        for r in rounds_of(n_rounds):
            write_round(db, run_ids, curves, r * points, points)
            server_before = probe()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            runs, events = evaluate_all(db, chunk)
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            server_after = probe()
            server_cpu = (
                server_after - server_before
                if server_before is not None and server_after is not None
                else None
            )
            assert runs == len(curves), (runs, len(curves))
            out.append(Round(cpu, wall, server_cpu, runs, events))
        # Sanity: every run was evaluated up to its last step.
        with db.session() as session:
            assert not alerts.pending_run_ids(session)
            assert session.query(Project).count() == 1
        return out
    finally:
        db.dispose()


def report(name: str, rounds: list[Round], pure: list[float] | None) -> str:
    lines = [f"{name}: round  CPU s (this process)  wall s  server CPU s  runs  events"]
    for i, r in enumerate(rounds):
        server = "-" if r.server_cpu is None else f"{r.server_cpu:.3f}"
        tag = "cold" if i == 0 else "warm"
        lines.append(
            f"  {i:>3} {tag}  {r.cpu:>8.3f}  {r.wall:>8.3f}  {server:>8}  {r.runs:>5}  {r.events}"
        )
    warm = rounds[1:]
    cpu = statistics.median(r.cpu for r in warm)
    wall = statistics.median(r.wall for r in warm)
    line = f"  warm median: CPU {cpu:.3f} s, wall {wall:.3f} s"
    servers = [r.server_cpu for r in warm if r.server_cpu is not None]
    if servers:
        line += f", server CPU {statistics.median(servers):.3f} s"
    if pure:
        line += f"; pure share {statistics.median(pure[1:]) / cpu:.0%} of the CPU"
    lines.append(line)
    for issue, goal in GOALS_CPU_S:
        met = "MET" if cpu <= goal else "NOT MET"
        lines.append(
            f"GOAL ({issue}) {name} CPU per warm round: {met} — {cpu:.3f} s (goal ≤ {goal:g} s)"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--points", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3, help="warm rounds after the cold one")
    parser.add_argument("--chunk", type=int, default=200, help="runs per evaluate_runs call")
    parser.add_argument("--only", choices=("sqlite", "postgresql", "pure"))
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    args = parser.parse_args()

    curves = make_curves(args.runs, (args.rounds + 1) * args.points)
    print(
        f"{args.runs} runs × {args.points} new steps per round (train/loss + train/reg every "
        f"step, val/loss every {VAL_EVERY}), chunks of {args.chunk} runs, "
        f"1 cold + {args.rounds} warm rounds"
    )
    pure = None
    if args.only in (None, "pure"):
        pure = bench_pure(curves, args.points, args.rounds)
        print(
            "pure engine.evaluate: CPU s per round "
            + ", ".join(f"{t:.3f}" for t in pure)
            + f" (warm median {statistics.median(pure[1:]):.3f} s)"
        )
        split = bench_split(curves, args.points, args.rounds)
        medians = {name: statistics.median(r[name] for r in split[1:]) for name in DETECTORS}
        print(
            "pure by detector, alone (warm median CPU s): "
            + ", ".join(f"{name} {t:.3f}" for name, t in medians.items())
            + f"; sum {sum(medians.values()):.3f}"
        )
    if args.only in (None, "sqlite"):
        with sqlite_database() as (url, _):
            rounds = bench_database(url, curves, args.points, args.rounds, args.chunk, None)
        print(report("SQLite", rounds, pure))
    if args.only in (None, "postgresql"):
        reason = postgres_available(args.pg_url)
        if reason is not None:
            print(f"PostgreSQL skipped: {reason}")
        else:
            with postgres_database(args.pg_url) as url:
                server = url.rsplit("/", 1)[1].split("?")[0]
                rounds = bench_database(url, curves, args.points, args.rounds, args.chunk, server)
            print(report("PostgreSQL", rounds, pure))
    return 0


if __name__ == "__main__":
    sys.exit(main())
