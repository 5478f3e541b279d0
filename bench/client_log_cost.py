"""What logging costs a training loop: lossmon's log() beside wandb, MLflow and trackio.

Not a test. Prints, from one run on one machine:

1. the cost of one ``log()`` call on the caller's thread (3 keys), median and p99 over
   ``--calls`` calls, for lossmon (offline, and online against a local sink server) and for
   each peer installed in its own venv (wandb offline, MLflow ``log_metrics`` synchronous
   and ``synchronous=False`` with and without ``MLFLOW_ASYNC_LOGGING_BUFFERING_SECONDS``,
   trackio local), with the ratio peer / lossmon; and, with torch installed, lossmon with
   the loss a 0-d torch tensor, without grad and requiring grad (kept detached: one
   ``.detach()`` a call); ``--only-log-cost`` runs this section only;
2. a training-like loop (a numpy matmul of ~1 ms a step) with and without lossmon logging
   every step;
3. resident memory while 1,000,000 points are logged with the server down;
4. ``log()`` over 1,000,000 calls of a tensor-like loss against a real server, a hung one
   (accepts, never answers) and a refusing one (nothing listens): median, p99, max (and max
   over the calls that ran no garbage collection), the thread of every ``.item()``, and
   whether every point arrived once the real server came up on that port
   (``--only-outages --outage-calls 1000000``). Beside them, ``plain``: the same loop
   calling a function that only appends to a deque (no lossmon, no thread), what this box
   gives any call. Every call over 1 ms is split into garbage collection, waiting for a CPU
   (the OS) and other sleep (the GIL held by another thread), from the caller thread's
   /proc schedstat and the gc callbacks; ``--gc-freeze`` and ``--switch-interval MS`` show
   what a user's own process settings change (lossmon changes neither).

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


def lossmon_log_cost(calls: int, tensor: Any = None, **init: Any) -> dict[str, Any]:
    """log(i, loss=, reg=, ppl=) timed; the loss a float, or ``tensor`` (the same object
    every call) when given."""
    import lossmon

    namespace: dict[str, Any] = {}
    exec(TIMING, namespace)
    run = lossmon.init(project="bench", **init)
    log = run.log
    if tensor is None:
        result: dict[str, Any] = namespace["measure"](
            lambda i, loss: log(i, loss=loss, reg=0.01, ppl=2.0), calls)
    else:
        result = namespace["measure"](lambda i, loss: log(i, loss=tensor, reg=0.01, ppl=2.0),
                                      calls)
    run.finish(timeout=30)
    return result


def torch_log_cost(calls: int) -> list[tuple[str, dict[str, Any]]]:
    """log() of a 0-d torch tensor (offline): without grad (one attribute read), and
    requiring grad (kept detached, so the buffer does not hold its autograd graph)."""
    try:
        import torch
    except ImportError:
        return []
    weight = torch.ones(8, requires_grad=True)
    rows = []
    for label, tensor in (("lossmon offline, loss a torch tensor", torch.tensor(0.5)),
                          ("lossmon offline, loss a torch tensor requiring grad",
                           (weight * 2).sum())):
        with tempfile.TemporaryDirectory() as home:
            rows.append((label, lossmon_log_cost(calls, tensor, mode="offline", home=home)))
    return rows


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
    attributed: list[float] = []  # lossmon's own CPU: log() calls + its threads

    def loop(run: Any) -> float:
        started, cpu_started = time.perf_counter(), time.process_time()
        threads_started, in_log, thread_clock = lossmon_threads_cpu_ns(), 0, time.thread_time_ns
        x = b
        for step in range(steps):
            x = a @ b
            loss = float(x[0, 0])
            if run is not None:
                before = thread_clock()
                run.log(step, loss=loss, reg=0.01, ppl=2.0)
                in_log += thread_clock() - before
        del x
        if run is not None:
            run.flush()  # the sender's work for this round lands in this round's CPU time
            while run.pending:
                time.sleep(0.001)
            attributed.append((in_log + lossmon_threads_cpu_ns() - threads_started) / 1e9)
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
            "cpu_pct": (cpu_logged - cpu_plain) / cpu_plain * 100,
            "own_per_step_us": statistics.median(attributed) / steps * 1e6,
            "own_pct": statistics.median(attributed) / cpu_plain * 100}


def lossmon_threads_cpu_ns() -> int:
    """Return the CPU time (ns) of this process's lossmon threads (sender, spool writer)."""
    import threading

    total = 0
    for thread in threading.enumerate():
        if thread.name.startswith("lossmon-") and thread.ident is not None:
            try:
                total += time.clock_gettime_ns(time.pthread_getcpuclockid(thread.ident))
            except OSError:
                continue  # ended meanwhile
    return total


def model_training_loop(steps: int, rounds: int, url: str, home: str) -> dict[str, Any]:
    """A small language model's training step on the CPU (one thread), with and without
    ``run.log(step, loss=, reg=)`` every step, rounds interleaved.

    The step is what a user's loop does: a 2-layer transformer (d_model 128, 4 heads,
    vocabulary 256, batch 16 × 64 tokens), cross-entropy plus an L2 penalty, backward and
    AdamW. The loss and the penalty are logged as 0-d tensors, as a loop logs them (their
    ``.item()`` runs on the sender thread). Two measures of lossmon's CPU: the process CPU
    time with logging minus without (all threads; noisy: the two sides are separate rounds),
    and the CPU lossmon itself used, attributed: its ``log()`` calls on the loop's thread
    (thread CPU clock around each call) plus its sender thread (that thread's CPU clock).
    """
    import torch
    from torch import nn
    from torch.nn import functional

    import lossmon

    torch.set_num_threads(1)  # like BLAS above: one core for the step, stable CPU times
    torch.manual_seed(0)
    vocab, width, batch, length = 256, 128, 16, 64
    model = nn.ModuleDict({
        "embed": nn.Embedding(vocab, width),
        "body": nn.TransformerEncoder(
            nn.TransformerEncoderLayer(width, 4, 2 * width, dropout=0.0, batch_first=True), 2,
            enable_nested_tensor=False),
        "head": nn.Linear(width, vocab),
    })
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    tokens = torch.randint(0, vocab, (64, batch, length + 1))

    def step(i: int) -> tuple[torch.Tensor, torch.Tensor]:
        batch_tokens = tokens[i % len(tokens)]
        x, y = batch_tokens[:, :-1], batch_tokens[:, 1:]
        logits = model["head"](model["body"](model["embed"](x)))
        loss = functional.cross_entropy(logits.reshape(-1, vocab), y.reshape(-1))
        reg = 1e-6 * torch.stack([p.pow(2).sum() for p in model.parameters()]).sum()
        optimizer.zero_grad(set_to_none=True)
        (loss + reg).backward()
        optimizer.step()
        return loss.detach(), reg.detach()

    cpu: dict[bool, list[float]] = {False: [], True: []}
    wall: dict[bool, list[float]] = {False: [], True: []}
    attributed: list[float] = []

    def loop(run: Any) -> None:
        started, cpu_started = time.perf_counter(), time.process_time()
        sender_started = lossmon_threads_cpu_ns()
        in_log = 0
        thread_clock = time.thread_time_ns
        for i in range(steps):
            loss, reg = step(i)
            if run is not None:
                before = thread_clock()
                run.log(i, loss=loss, reg=reg)
                in_log += thread_clock() - before
        if run is not None:
            run.flush()  # the sender's work for this round lands in this round's CPU time
            while run.pending:
                time.sleep(0.001)
            attributed.append((in_log + lossmon_threads_cpu_ns() - sender_started) / 1e9)
        cpu[run is not None].append(time.process_time() - cpu_started)
        wall[run is not None].append(time.perf_counter() - started)

    run = lossmon.init(project="bench", url=url, token="t", home=home,
                       config={"loss_kind": "cross_entropy"})
    loop(None)  # warm-up (allocator, autograd caches)
    cpu[False].clear()
    wall[False].clear()
    for _ in range(rounds):  # interleaved, so background load hits both alike
        loop(None)
        loop(run)
    run.finish(timeout=30)
    cpu_plain, cpu_logged = statistics.median(cpu[False]), statistics.median(cpu[True])
    own = statistics.median(attributed)
    return {"steps": steps, "rounds": rounds,
            "step_ms": statistics.median(wall[False]) / steps * 1e3,
            "cpu_step_ms": cpu_plain / steps * 1e3,
            "cpu_plain_s": cpu_plain, "cpu_logged_s": cpu_logged,
            "cpu_pct": (cpu_logged - cpu_plain) / cpu_plain * 100,
            "cpu_per_step_us": (cpu_logged - cpu_plain) / steps * 1e6,
            "own_per_step_us": own / steps * 1e6, "own_pct": own / cpu_plain * 100,
            "own_rounds_pct": sorted(100 * a / cpu_plain for a in attributed)}


def report_training_loops(args: argparse.Namespace, url: str) -> None:
    """Section 2: a training loop's cost of logging every step (numpy step, then torch)."""
    with tempfile.TemporaryDirectory() as home:
        t = training_loop(args.steps, args.rounds, url, home, args.matrix)
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
    print(f"   lossmon's own CPU (log() calls + sender thread, median round): "
          f"{t['own_per_step_us']:.1f} µs a step = {t['own_pct']:.2f}% of the step's CPU")
    try:
        import torch  # noqa: F401
    except ImportError:
        print("   (no torch in this venv: the model step below is skipped)")
        return
    with tempfile.TemporaryDirectory() as home:
        m = model_training_loop(args.model_steps, args.rounds, url, home)
    print(f"   small transformer (2 layers, d 128, batch 16×64 tokens, AdamW, 1 thread): "
          f"{m['rounds']} interleaved rounds of {m['steps']} steps, ~{m['step_ms']:.1f} ms "
          f"and {m['cpu_step_ms']:.1f} ms CPU a step, loss and penalty logged as tensors")
    print(f"   process CPU time (median round): {m['cpu_plain_s']:.3f} s → "
          f"{m['cpu_logged_s']:.3f} s, {m['cpu_per_step_us']:+.1f} µs a step "
          f"({m['cpu_pct']:+.2f}%)")
    print(f"   lossmon's own CPU (log() calls + sender thread, median round): "
          f"{m['own_per_step_us']:.1f} µs a step = {m['own_pct']:.3f}% of the step's CPU "
          f"(rounds {m['own_rounds_pct'][0]:.3f}–{m['own_rounds_pct'][-1]:.3f}%; "
          f"goal ≤ 0.5%: {'MET' if m['own_pct'] <= 0.5 else 'NOT MET'})")


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


class Breakdown:
    """Where the time of the slow log() calls went: GC, waiting for a CPU, sleeping.

    Around every call the caller's thread reads /proc/thread-self/schedstat (CPU time and
    time spent runnable but waiting for a CPU), outside the timed window. A call slower
    than ``slow_ns`` is split into: garbage collection (any thread's, by overlap with the
    gc callbacks' start/stop), waiting for a CPU (the OS: other processes' threads), and
    sleeping (the rest off-CPU: mostly waiting for the GIL a background thread holds, up to
    sys.getswitchinterval() at a time).
    """

    def __init__(self, slow_ns: int = 1_000_000) -> None:
        import threading

        self.slow_ns = slow_ns
        self.main = threading.get_ident()
        self.collections: list[tuple[int, int, int, bool]] = []  # start, stop, gen, on main
        self._start = 0
        self.calls: list[tuple[int, int, bytes, bytes]] = []  # t0, t1, schedstat before, after

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        import threading

        now = time.perf_counter_ns()
        if phase == "start":
            self._start = now
        else:
            self.collections.append((self._start, now, info["generation"],
                                     threading.get_ident() == self.main))

    def summary(self) -> dict[str, Any]:
        rows = []
        for t0, t1, before, after in self.calls:
            cpu0, wait0 = (int(x) for x in before.split()[:2])
            cpu1, wait1 = (int(x) for x in after.split()[:2])
            gc_ns = sum(max(0, min(t1, b) - max(t0, a)) for a, b, _, _ in self.collections
                        if a < t1 and b > t0)
            wall, cpu, runq = t1 - t0, cpu1 - cpu0, wait1 - wait0
            sleep = max(0, wall - cpu - runq)
            rows.append({"wall": wall, "gc": gc_ns, "runq": runq, "cpu": cpu, "sleep": sleep,
                         # what is left once GC and the OS's scheduling are taken out
                         "rest": max(0, wall - gc_ns - runq)})
        full = [b - a for a, b, gen, _ in self.collections if gen == 2]
        return {
            "slow_calls": len(rows),
            "slowest": max(rows, key=lambda r: r["wall"]) if rows else None,
            "max_gc_ms": max((r["gc"] for r in rows), default=0) / 1e6,
            "max_runq_ms": max((r["runq"] for r in rows), default=0) / 1e6,
            "max_sleep_ms": max((r["sleep"] - r["gc"] for r in rows), default=0) / 1e6,
            "max_rest_ms": max((r["rest"] for r in rows), default=0) / 1e6,
            "full_gcs": len(full), "full_gc_max_ms": max(full, default=0) / 1e6,
            "collections": len(self.collections),
        }


def outage(kind: str, calls: int, step_us: float, freeze: bool = False) -> dict[str, Any]:
    """Log `calls` tensor-like losses with the server up, hung or refusing (default settings),
    timing every call; then bring the real server up on that port and count what arrives.

    ``kind="plain"``: the same loop calling a function that only appends to a deque, no
    lossmon and no thread: what this box and this process give any call.
    """
    import gc
    from collections import deque

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
        server = Serve(home, port) if kind != "plain" else None
        hung = Hung(port) if kind == "hung" else None
        if kind == "up" and server is not None:
            server.start()
        Scalar.threads = {}
        started = time.perf_counter()
        run: Any = None
        if server is not None:
            run = lossmon.init(project="bench", name=kind, url=server.url, token=server.token,
                               home=f"{home}/client")
            log = run.log
        else:
            buf: deque[Any] = deque()
            now = time.time

            def log(step: int, split: str = "train", **values: Any) -> None:
                buf.append((step, now(), split, values))
                if len(buf) >= 1000:
                    buf.clear()
        init_s = time.perf_counter() - started
        samples = np.empty(calls, dtype=np.int64)
        gc_calls = np.zeros(calls, dtype=bool)
        clock = time.perf_counter_ns
        breakdown = Breakdown()
        sched = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        pread, slow_ns, slow = os.pread, breakdown.slow_ns, breakdown.calls
        if freeze:
            gc.freeze()  # the user's choice: objects alive now are never scanned again
        tracked = len(gc.get_objects())
        gc.callbacks.extend([count, breakdown.on_gc])
        try:
            for step in range(calls):
                value = Scalar(1.0 / (step + 1))
                seen = collections[0]
                before = pread(sched, 64, 0)
                t0 = clock()
                log(step, loss=value)
                t1 = clock()
                after = pread(sched, 64, 0)
                samples[step] = t1 - t0
                gc_calls[step] = collections[0] != seen
                if t1 - t0 > slow_ns:
                    slow.append((t0, t1, before, after))
                a @ a
        finally:
            gc.callbacks.remove(count)
            gc.callbacks.remove(breakdown.on_gc)
            os.close(sched)
            if freeze:
                gc.unfreeze()
        loop_s = time.perf_counter() - started - init_s
        caller_items = Scalar.threads.get("MainThread", 0)
        stored, arrive_s, dropped = calls, 0.0, {}
        if run is not None and server is not None:
            if hung is not None:
                hung.close()
            if kind != "up":
                server.start()
            back = time.perf_counter()
            run.finish(timeout=1800)
            arrive_s = time.perf_counter() - back
            stored = server.total(run.id, "train/loss") if run.id is not None else 0
            dropped = run.dropped_by_reason
            server.close()
    ordered = np.sort(samples) / 1e3
    clean = np.sort(samples[~gc_calls]) / 1e3
    return {"kind": kind, "calls": calls, "matrix": n, "init_s": init_s, "loop_s": loop_s,
            "median_us": float(ordered[calls // 2]), "p99_us": float(ordered[int(calls * .99)]),
            "p999_us": float(ordered[int(calls * .999)]), "max_us": float(ordered[-1]),
            "gc_calls": int(gc_calls.sum()), "max_no_gc_us": float(clean[-1]),
            "gc_max_us": float(np.max(samples[gc_calls]) / 1e3) if gc_calls.any() else 0.0,
            "item_threads": dict(Scalar.threads), "item_on_caller": caller_items,
            "dropped": dropped, "stored": stored, "arrive_s": arrive_s, "tracked": tracked,
            **breakdown.summary()}


def outages(calls: int, step_us: float, kinds: list[str], freeze: bool = False) -> None:
    print(f"\n4. log() of one tensor-like loss, {calls:,} calls, default settings, a "
          f"~{step_us:g} µs numpy step between calls; server up, hung (accepts, never "
          "answers) and refusing (nothing listens), then the real server on that port; "
          "plain = a function that only appends to a deque (no lossmon, no thread)"
          f"{'; gc.freeze() before the loop' if freeze else ''}; switch interval "
          f"{sys.getswitchinterval() * 1e3:g} ms")
    print(f"{'':10} {'median µs':>9} {'p99 µs':>7} {'p99.9 µs':>8} {'max µs':>9} "
          f"{'max µs, no GC':>13} {'GC calls':>8} {'.item() caller':>14} {'stored':>9} "
          f"{'dropped':>7} {'init s':>6} {'arrive s':>8}")
    for kind in kinds:
        r = outage(kind, calls, step_us, freeze)
        print(f"{kind:10} {r['median_us']:>9.2f} {r['p99_us']:>7.2f} {r['p999_us']:>8.2f} "
              f"{r['max_us']:>9.0f} {r['max_no_gc_us']:>13.0f} {r['gc_calls']:>8} "
              f"{r['item_on_caller']:>14} {r['stored']:>9,} {sum(r['dropped'].values()):>7} "
              f"{r['init_s']:>6.2f} {r['arrive_s']:>8.1f}")
        print(f"{'':10} .item() by thread {r['item_threads']}; matmul {r['matrix']}×"
              f"{r['matrix']}; loop {r['loop_s']:.1f} s; {r['tracked']:,} objects tracked "
              f"by the GC at the start; {r['collections']:,} collections, {r['full_gcs']} "
              f"full (slowest {r['full_gc_max_ms']:.1f} ms)")
        slowest = r["slowest"]
        if slowest:
            print(f"{'':10} {r['slow_calls']} calls over 1 ms; the slowest "
                  f"{slowest['wall'] / 1e6:.1f} ms = GC {slowest['gc'] / 1e6:.1f} + waiting "
                  f"for a CPU {slowest['runq'] / 1e6:.1f} + other sleep (GIL) "
                  f"{max(0, slowest['sleep'] - slowest['gc']) / 1e6:.1f} + CPU "
                  f"{slowest['cpu'] / 1e6:.1f} ms; over the slow calls, the most GC "
                  f"{r['max_gc_ms']:.1f} ms, waiting for a CPU {r['max_runq_ms']:.1f} ms, "
                  f"sleep outside GC {r['max_sleep_ms']:.1f} ms; without GC and CPU waits "
                  f"the slowest is {r['max_rest_ms']:.2f} ms")
        else:
            print(f"{'':10} no call over 1 ms")


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
    parser.add_argument("--model-steps", type=int, default=100,
                        help="steps per round of the torch model loop (section 2)")
    parser.add_argument("--only-log-cost", action="store_true",
                        help="run section 1 (the cost of one call) only")
    parser.add_argument("--only-training-loop", action="store_true",
                        help="run section 2 (the training loops) only")
    parser.add_argument("--matrix", type=int, default=0,
                        help="matmul size of the training loop (default: sized to ~1 ms)")
    parser.add_argument("--blas-threads", default="1", help="BLAS threads of the matmul")
    parser.add_argument("--memory-points", type=int, default=1_000_000)
    parser.add_argument("--outage-calls", type=int, default=1_000_000,
                        help="log() calls of each outage scenario (section 4)")
    parser.add_argument("--step-us", type=float, default=20.0,
                        help="the simulated training step between calls in section 4")
    parser.add_argument("--only-outages", action="store_true", help="run section 4 only")
    parser.add_argument("--outages", default="plain,up,hung,refusing",
                        help="scenarios of section 4, comma-separated")
    parser.add_argument("--gc-freeze", action="store_true",
                        help="section 4: gc.freeze() before the loop, as a user may choose")
    parser.add_argument("--switch-interval", type=float, default=0.0,
                        help="section 4: sys.setswitchinterval(ms / 1000), as a user may choose")
    args = parser.parse_args()
    kinds = args.outages.split(",")
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    if args.only_outages:
        outages(args.outage_calls, args.step_us, kinds, args.gc_freeze)
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
    if args.only_training_loop:
        sink = Sink()
        try:
            report_training_loops(args, sink.url)
        finally:
            sink.close()
        return

    rows: list[tuple[str, dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as home:
        rows.append(("lossmon offline (spool only)",
                     lossmon_log_cost(args.calls, mode="offline", home=home)))
    tensor_rows = torch_log_cost(args.calls)
    sink = Sink()
    try:
        with tempfile.TemporaryDirectory() as home:
            rows.append(("lossmon online (local sink server)",
                         lossmon_log_cost(args.calls, url=sink.url, token="t", home=home)))
        ours = min(r["median_us"] for _, r in rows)
        rows.extend(tensor_rows)
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
        if args.only_log_cost:
            return

        report_training_loops(args, sink.url)
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
    outages(args.outage_calls, args.step_us, kinds, args.gc_freeze)


if __name__ == "__main__":
    main()
