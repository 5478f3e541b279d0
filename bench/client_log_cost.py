"""What logging costs a training loop: lossmon's log() beside wandb, MLflow and trackio.

Not a test. Prints, from one run on one machine:

1. the cost of one ``log()`` call on the caller's thread (3 keys), median and p99 over
   ``--calls`` calls, for lossmon (offline, and online against a local sink server) and for
   each peer installed in its own venv (wandb offline, MLflow ``log_metrics`` synchronous
   and ``synchronous=False`` with and without ``MLFLOW_ASYNC_LOGGING_BUFFERING_SECONDS``,
   trackio local), with the ratio peer / lossmon;
2. a training-like loop (a numpy matmul of ~1 ms a step) with and without lossmon logging
   every step;
3. resident memory while 1,000,000 points are logged with the server down;
4. ``log()`` over 1,000,000 calls of a tensor-like loss against a real server, a hung one
   (accepts, never answers) and a refusing one (nothing listens): median, p99, max (and max
   over the calls that ran no garbage collection), the thread of every ``.item()``, and
   whether every point arrived once the real server came up on that port
   (``--only-outages --outage-calls 1000000``).

    .venv/bin/python bench/client_log_cost.py                     # peers from /tmp/venv-<name>
    .venv/bin/python bench/client_log_cost.py --peer wandb=/path/to/python --no-unshare

Peers run in their own process, inside ``unshare -n`` (loopback only) when it works, with
their telemetry off; a peer whose venv is missing is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

# One BLAS thread: like a GPU job, the step then leaves a core to the rest of the process
# (on a 2-CPU box a 2-thread matmul is slowed by any other thread at all). --blas-threads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, next((a.split("=")[1] for a in sys.argv
                                      if a.startswith("--blas-threads=")), "1"))

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

QUIET_ENV = {
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "DO_NOT_TRACK": "true",
    "WANDB_MODE": "offline",
    "WANDB_SILENT": "true",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRACKIO_DISABLE_TELEMETRY": "1",
    "GIT_PYTHON_REFRESH": "quiet",
}

# One timing loop for everybody: per-call perf_counter_ns around the same 3-key call.
TIMING = """
import json, sys, time, array
def measure(log, calls):
    t = time.perf_counter_ns
    samples = array.array("q", bytes(8 * calls))
    for i in range(calls):
        loss = 1.0 / (i + 1)
        a = t()
        log(i, loss)
        b = t()
        samples[i] = b - a
    s = sorted(samples)
    return {"calls": calls, "median_us": s[calls // 2] / 1e3,
            "p99_us": s[int(calls * 0.99)] / 1e3, "mean_us": sum(s) / calls / 1e3}
def budgeted(log, calls, budget_s):
    # Slow peers (MLflow synchronous: ~10 ms a call) get fewer calls, said in the output.
    probe = measure(log, 50)
    n = int(min(calls, max(200, budget_s / max(probe["mean_us"] * 1e-6, 1e-9))))
    return measure(lambda i, loss: log(i + 50, loss), n)
"""

PEERS: dict[str, str] = {
    "wandb": """
import wandb
run = wandb.init(project="bench", mode="offline", dir=WORK, settings=wandb.Settings(
    console="off", x_disable_stats=True, x_disable_meta=True))
result = budgeted(lambda i, loss: run.log(
    {"train/loss": loss, "train/reg": 0.01, "train/ppl": 2.0}, step=i), CALLS, BUDGET)
""",
    "mlflow": """
import mlflow
mlflow.set_tracking_uri("sqlite:///" + WORK + "/mlflow.db")
mlflow.set_experiment("bench")
mlflow.start_run()  # not ended: end_run would drain the async queue, which is not timed
result = budgeted(lambda i, loss: mlflow.log_metrics(
    {"train/loss": loss, "train/reg": 0.01, "train/ppl": 2.0}, step=i,
    synchronous=SYNC), CALLS, BUDGET)
""",
    "trackio": """
import trackio
trackio.init(project="bench", name="bench", embed=False)
result = budgeted(lambda i, loss: trackio.log(
    {"train/loss": loss, "train/reg": 0.01, "train/ppl": 2.0}, step=i), CALLS, BUDGET)
""",
}


def peer_variants() -> list[tuple[str, str, dict[str, str], str]]:
    """(label, peer, extra env, extra code) for every configuration we report."""
    return [
        ("wandb 0.x offline", "wandb", {}, ""),
        ("mlflow log_metrics synchronous", "mlflow", {}, "SYNC = True"),
        ("mlflow synchronous=False", "mlflow", {}, "SYNC = False"),
        ("mlflow synchronous=False, buffering 2s", "mlflow",
         {"MLFLOW_ASYNC_LOGGING_BUFFERING_SECONDS": "2"}, "SYNC = False"),
        ("trackio local", "trackio", {}, ""),
    ]


def run_peer(python: str, peer: str, env_extra: dict[str, str], code: str, calls: int,
             budget: float, use_unshare: bool) -> dict[str, Any]:
    work = tempfile.mkdtemp(prefix=f"bench-{peer}-")
    source = "\n".join([
        TIMING,
        f"WORK = {work!r}; CALLS = {calls}; BUDGET = {budget}",
        code,
        textwrap.dedent(PEERS[peer]),
        # Only the caller's cost is measured: exit without draining the peer's queue.
        "print('RESULT ' + json.dumps(result), flush=True); import os; os._exit(0)",
    ])
    script = Path(work) / "peer.py"
    script.write_text(source)
    env = {**os.environ, **QUIET_ENV, **env_extra, "HOME": work, "HF_HOME": work + "/hf",
           "TRACKIO_DIR": work + "/trackio", "WANDB_DIR": work}
    env.pop("PYTHONPATH", None)
    cmd = [python, str(script)]
    if use_unshare:
        cmd = ["unshare", "-n", "sh", "-c", 'ip link set lo up; exec "$@"', "sh", *cmd]
    try:
        done = subprocess.run(cmd, env=env, cwd=work, capture_output=True, text=True,
                              timeout=budget * 4 + 120)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result
    raise RuntimeError(f"{peer} failed ({done.returncode}): {done.stderr[-1500:]}")


def version_of(python: str, peer: str) -> str:
    done = subprocess.run([python, "-c", f"import {peer}; print({peer}.__version__)"],
                          capture_output=True, text=True, env={**os.environ, **QUIET_ENV})
    return done.stdout.strip() or "?"


# --------------------------------------------------------------------------- lossmon

SINK = """
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b'{"id": 1, "name": "bench", "url": "/runs/1", "accepted": 1}'
        self.send_response(201 if self.path.endswith("/runs") else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_PATCH = do_POST
    def log_message(self, *a): pass
s = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H)
print("ready", flush=True)
s.serve_forever()
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Sink:
    """A stand-in server in another process that accepts every request (no GIL shared)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-c", SINK, str(self.port)],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.proc.stdout.readline()
        self.url = f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def lossmon_log_cost(calls: int, **init: Any) -> dict[str, Any]:
    import lossmon

    namespace: dict[str, Any] = {}
    exec(TIMING, namespace)
    run = lossmon.init(project="bench", **init)
    log = run.log
    result: dict[str, Any] = namespace["measure"](
        lambda i, loss: log(i, loss=loss, reg=0.01, ppl=2.0), calls)
    run.finish(timeout=30)
    return result


def timer_overhead(calls: int) -> float:
    namespace: dict[str, Any] = {}
    exec(TIMING, namespace)
    return float(namespace["measure"](lambda i, loss: None, calls)["median_us"])


def training_loop(steps: int, rounds: int, url: str, home: str, matrix: int = 0
                  ) -> dict[str, Any]:
    """A ~1 ms numpy step, with and without run.log every step; rounds interleaved."""
    import numpy as np

    import lossmon

    rng = np.random.default_rng(0)

    def step_seconds(n: int) -> float:
        a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        a @ b  # warm-up
        trials = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(20):
                float((a @ b)[0, 0])
            trials.append((time.perf_counter() - started) / 20)
        return min(trials)  # the least disturbed trial: background load only adds

    n = matrix or 64
    while not matrix and step_seconds(n) < 1e-3 and n < 2048:  # a step of about 1 ms
        n += 16
    a = rng.standard_normal((n, n)) / n
    b = rng.standard_normal((n, n))

    cpu: dict[bool, list[float]] = {False: [], True: []}

    def loop(run: Any) -> float:
        started, cpu_started = time.perf_counter(), time.process_time()
        x = b
        for step in range(steps):
            x = a @ b
            loss = float(x[0, 0])
            if run is not None:
                run.log(step, loss=loss, reg=0.01, ppl=2.0)
        del x
        if run is not None:
            run.flush()  # the sender's work for this round lands in this round's CPU time
            while run.pending:
                time.sleep(0.001)
        # CPU time of this process (all its threads): other processes' load does not count.
        cpu[run is not None].append(time.process_time() - cpu_started)
        return time.perf_counter() - started

    plain, logged = [], []
    run = lossmon.init(project="bench", url=url, token="t", home=home)
    loop(None)  # warm-up
    cpu[False].clear()
    for _ in range(rounds):  # interleaved, so background load hits both alike
        plain.append(loop(None))
        logged.append(loop(run))
    run.finish(timeout=30)
    cpu_plain, cpu_logged = statistics.median(cpu[False]), statistics.median(cpu[True])
    p, lg = statistics.median(plain), statistics.median(logged)
    pmin, lmin = min(plain), min(logged)
    return {"n": n, "steps": steps, "rounds": rounds, "step_ms": pmin / steps * 1e3,
            "plain_s": p, "logged_s": lg, "slowdown_pct": (lg - p) / p * 100,
            "plain_min_s": pmin, "logged_min_s": lmin,
            "slowdown_min_pct": (lmin - pmin) / pmin * 100,
            "cpu_plain_s": cpu_plain, "cpu_logged_s": cpu_logged,
            "cpu_per_step_us": (cpu_logged - cpu_plain) / steps * 1e6,
            "cpu_pct": (cpu_logged - cpu_plain) / cpu_plain * 100}


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_server_down(points: int, home: str) -> dict[str, Any]:
    import lossmon

    port = free_port()  # nothing listens: every connection is refused
    before = rss_mb()
    run = lossmon.init(project="bench", url=f"http://127.0.0.1:{port}", token="t", home=home,
                       init_timeout=0.2, spool_after=1.0)
    peak = before
    started = time.perf_counter()
    most_buffered = 0
    for step in range(points):
        run.log(step, loss=1.0 / (step + 1), reg=0.01, ppl=2.0)
        if step % 10_000 == 0:
            peak = max(peak, rss_mb())
            most_buffered = max(most_buffered, run.pending)
    elapsed = time.perf_counter() - started
    peak = max(peak, rss_mb())
    run.finish(timeout=5)
    spool_bytes = sum(p.stat().st_size for p in Path(home, "spool").glob("*.jsonl"))
    return {"points": points, "rss_before_mb": before, "rss_peak_mb": peak,
            "max_buffer": run.settings.max_buffer, "most_buffered": most_buffered,
            "seconds": elapsed, "spool_mb": spool_bytes / 2**20,
            "unsent_at_finish": run.unsent_at_finish}


# --------------------------------------------------------------------------- outages

class Scalar:
    """A 0-d tensor stand-in whose .item() records the thread that read it."""

    threads: dict[str, int] = {}

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def item(self) -> float:
        import threading

        name = threading.current_thread().name.rsplit("-", 1)[0]  # lossmon-sender, -spool
        Scalar.threads[name] = Scalar.threads.get(name, 0) + 1
        return self.value


class Hung:
    """Accepts every connection and never sends a byte (a server stuck in a deadlock)."""

    def __init__(self, port: int) -> None:
        import threading

        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(128)
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(5)
        for conn in self.held:
            conn.close()


class Serve:
    """A real `lossmon serve` on a SQLite file in `home`, with a token of project bench."""

    def __init__(self, home: str, port: int) -> None:
        self.port, self.url = port, f"http://127.0.0.1:{port}"
        self.env = {**os.environ, "LOSSMON_HOME": home,
                    "LOSSMON_DATABASE_URL": f"sqlite:///{home}/lossmon.db"}
        cli = [sys.executable, "-m", "lossmon.server.cli"]
        subprocess.run([*cli, "db", "upgrade"], env=self.env, check=True, capture_output=True)
        self.token = subprocess.run(
            [*cli, "token", "create", "--project", "bench"], env=self.env, check=True,
            capture_output=True, text=True).stdout.strip().splitlines()[-1]
        self.cli = cli
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        import requests

        self.proc = subprocess.Popen([*self.cli, "serve", "--port", str(self.port)],
                                     env=self.env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                if requests.get(self.url + "/readyz", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("lossmon serve did not start")

    def total(self, run_id: int, key: str) -> int:
        import requests

        reply = requests.get(f"{self.url}/api/v1/runs/{run_id}/series/{key}",
                             params={"max_points": 100}, timeout=60)
        return int(reply.json()["total"])

    def close(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(30)


def outage(kind: str, calls: int, step_us: float) -> dict[str, Any]:
    """Log `calls` tensor-like losses with the server up, hung or refusing (default settings),
    timing every call; then bring the real server up on that port and count what arrives."""
    import gc

    import numpy as np

    import lossmon

    # A training step between calls: a small matmul (numpy releases the GIL in it, as a
    # GPU step's wait does), sized to about `step_us`.
    def step_cost(matrix: np.ndarray) -> float:
        trials = []
        for _ in range(5):  # the least disturbed trial: other load on the box only adds
            started = time.perf_counter()
            for _ in range(200):
                matrix @ matrix
            trials.append((time.perf_counter() - started) / 200 * 1e6)
        return min(trials)

    n = 8
    a = np.random.default_rng(0).standard_normal((n, n))
    while n < 512 and step_cost(a) < step_us:
        n += 4
        a = np.random.default_rng(0).standard_normal((n, n))
    collections = [0]

    def count(phase: str, _info: dict[str, Any]) -> None:
        collections[0] += phase == "start"

    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        server = Serve(home, port)
        hung = Hung(port) if kind == "hung" else None
        if kind == "up":
            server.start()
        Scalar.threads = {}
        started = time.perf_counter()
        run = lossmon.init(project="bench", name=kind, url=server.url, token=server.token,
                           home=f"{home}/client")
        init_s = time.perf_counter() - started
        samples = np.empty(calls, dtype=np.int64)
        gc_calls = np.zeros(calls, dtype=bool)
        clock = time.perf_counter_ns
        log = run.log
        gc.callbacks.append(count)
        try:
            for step in range(calls):
                value = Scalar(1.0 / (step + 1))
                seen = collections[0]
                t0 = clock()
                log(step, loss=value)
                samples[step] = clock() - t0
                gc_calls[step] = collections[0] != seen
                a @ a
        finally:
            gc.callbacks.remove(count)
        loop_s = time.perf_counter() - started - init_s
        caller_items = Scalar.threads.get("MainThread", 0)
        most_buffered = run.pending
        if hung is not None:
            hung.close()
        if kind != "up":
            server.start()
        back = time.perf_counter()
        run.finish(timeout=1800)
        arrive_s = time.perf_counter() - back
        stored = server.total(run.id, "train/loss") if run.id is not None else 0
        server.close()
    ordered = np.sort(samples) / 1e3
    clean = np.sort(samples[~gc_calls]) / 1e3
    return {"kind": kind, "calls": calls, "matrix": n, "init_s": init_s, "loop_s": loop_s,
            "median_us": float(ordered[calls // 2]), "p99_us": float(ordered[int(calls * .99)]),
            "p999_us": float(ordered[int(calls * .999)]), "max_us": float(ordered[-1]),
            "gc_calls": int(gc_calls.sum()), "max_no_gc_us": float(clean[-1]),
            "gc_max_us": float(np.max(samples[gc_calls]) / 1e3) if gc_calls.any() else 0.0,
            "item_threads": dict(Scalar.threads), "item_on_caller": caller_items,
            "pending_at_end": most_buffered, "dropped": run.dropped_by_reason,
            "stored": stored, "arrive_s": arrive_s}


def outages(calls: int, step_us: float) -> None:
    print(f"\n4. log() of one tensor-like loss, {calls:,} calls, default settings, a "
          f"~{step_us:g} µs numpy step between calls; server up, hung (accepts, never "
          "answers) and refusing (nothing listens), then the real server on that port")
    print(f"{'':10} {'median µs':>9} {'p99 µs':>7} {'p99.9 µs':>8} {'max µs':>9} "
          f"{'max µs, no GC':>13} {'GC calls':>8} {'.item() caller':>14} {'stored':>9} "
          f"{'dropped':>7} {'init s':>6} {'arrive s':>8}")
    for kind in ("up", "hung", "refusing"):
        r = outage(kind, calls, step_us)
        print(f"{kind:10} {r['median_us']:>9.2f} {r['p99_us']:>7.2f} {r['p999_us']:>8.2f} "
              f"{r['max_us']:>9.0f} {r['max_no_gc_us']:>13.0f} {r['gc_calls']:>8} "
              f"{r['item_on_caller']:>14} {r['stored']:>9,} {sum(r['dropped'].values()):>7} "
              f"{r['init_s']:>6.2f} {r['arrive_s']:>8.1f}")
        print(f"{'':10} .item() by thread {r['item_threads']}; matmul {r['matrix']}×"
              f"{r['matrix']}; loop {r['loop_s']:.1f} s; slowest GC pause seen in log() "
              f"{r['gc_max_us'] / 1e3:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--peer", action="append", default=[], metavar="NAME=PYTHON",
                        help="python of a peer's venv (default /tmp/venv-<name>/bin/python)")
    parser.add_argument("--peer-budget", type=float, default=20.0,
                        help="seconds of timed calls at most per peer configuration")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-unshare", action="store_true")
    parser.add_argument("--steps", type=int, default=500, help="steps per round")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--matrix", type=int, default=0,
                        help="matmul size of the training loop (default: sized to ~1 ms)")
    parser.add_argument("--blas-threads", default="1", help="BLAS threads of the matmul")
    parser.add_argument("--memory-points", type=int, default=1_000_000)
    parser.add_argument("--outage-calls", type=int, default=1_000_000,
                        help="log() calls of each outage scenario (section 4)")
    parser.add_argument("--step-us", type=float, default=20.0,
                        help="the simulated training step between calls in section 4")
    parser.add_argument("--only-outages", action="store_true", help="run section 4 only")
    args = parser.parse_args()
    if args.only_outages:
        outages(args.outage_calls, args.step_us)
        return

    pythons = {name: f"/tmp/venv-{name}/bin/python" for name in PEERS}
    for spec in args.peer:
        name, _, path = spec.partition("=")
        pythons[name] = path
    use_unshare = not args.no_unshare and subprocess.run(
        ["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True
    ).returncode == 0

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"peers {'in unshare -n (loopback only)' if use_unshare else 'on the host network'}")
    overhead = timer_overhead(args.calls)
    print(f"timer overhead (an empty call between two perf_counter_ns): {overhead:.3f} µs "
          "median, included in every figure below\n")

    rows: list[tuple[str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as home:
        rows.append(("lossmon offline (spool only)",
                     lossmon_log_cost(args.calls, mode="offline", home=home)))
    sink = Sink()
    try:
        with tempfile.TemporaryDirectory() as home:
            rows.append(("lossmon online (local sink server)",
                         lossmon_log_cost(args.calls, url=sink.url, token="t", home=home)))
        ours = min(r["median_us"] for _, r in rows)
        if not args.no_peers:
            for label, peer, env, code in peer_variants():
                python = pythons.get(peer, "")
                if not python or not Path(python).exists():
                    print(f"skipping {label}: no venv at {python} (--peer {peer}=PYTHON)")
                    continue
                label = label.replace("0.x", version_of(python, peer)) if "0.x" in label \
                    else f"{label} ({peer} {version_of(python, peer)})"
                try:
                    rows.append((label, run_peer(python, peer, env, code, args.calls,
                                                 args.peer_budget, use_unshare)))
                except (RuntimeError, subprocess.TimeoutExpired) as exc:
                    print(f"skipping {label}: {str(exc)[-600:]}")
        print(f"\n1. cost of one log() call, 3 keys, caller's thread ({args.calls:,} calls; "
              "slow peers: fewer, shown)")
        print(f"{'':52} {'calls':>8} {'median µs':>10} {'p99 µs':>9} {'mean µs':>9} "
              f"{'× lossmon':>10}")
        for label, r in rows:
            print(f"{label:52} {r['calls']:>8,} {r['median_us']:>10.2f} {r['p99_us']:>9.2f} "
                  f"{r['mean_us']:>9.2f} {r['median_us'] / ours:>10.1f}")
        peers = [r for label, r in rows if not label.startswith("lossmon")]
        if peers:
            fastest = min(r["median_us"] for r in peers)
            print(f"fastest peer / lossmon (medians): {fastest / ours:.1f}×")

        with tempfile.TemporaryDirectory() as home:
            t = training_loop(args.steps, args.rounds, sink.url, home, args.matrix)
        print(f"\n2. training-like loop: {t['rounds']} interleaved rounds of {t['steps']} steps, "
              f"a {t['n']}×{t['n']} matmul (~{t['step_ms']:.2f} ms/step, "
              f"{os.environ['OPENBLAS_NUM_THREADS']} BLAS thread), online to the sink")
        print(f"   median round: without logging {t['plain_s']:.4f} s, with run.log every "
              f"step {t['logged_s']:.4f} s: slowdown {t['slowdown_pct']:+.2f}%")
        print(f"   best round:   without logging {t['plain_min_s']:.4f} s, with run.log every "
              f"step {t['logged_min_s']:.4f} s: slowdown {t['slowdown_min_pct']:+.2f}%")
        print(f"   process CPU time (median round, sender included): {t['cpu_plain_s']:.4f} s "
              f"→ {t['cpu_logged_s']:.4f} s, {t['cpu_per_step_us']:+.1f} µs a step "
              f"({t['cpu_pct']:+.2f}%)")
    finally:
        sink.close()

    with tempfile.TemporaryDirectory() as home:
        m = memory_server_down(args.memory_points, home)
    print(f"\n3. {m['points']:,} points logged with the server down "
          f"({m['seconds']:.1f} s, {m['seconds'] / m['points'] * 1e6:.2f} µs/call incl. spooling)")
    print(f"   RSS {m['rss_before_mb']:.0f} MB before, {m['rss_peak_mb']:.0f} MB at peak "
          f"(+{m['rss_peak_mb'] - m['rss_before_mb']:.0f} MB); buffer bound "
          f"{m['max_buffer']:,} calls, most seen {m['most_buffered']:,}; spool "
          f"{m['spool_mb']:.0f} MB on disk; {m['unsent_at_finish']:,} points left spooled")
    outages(args.outage_calls, args.step_us)


if __name__ == "__main__":
    main()
