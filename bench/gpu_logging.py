"""GPU path: what logging the loss every step costs a small model's training throughput.

    .venv/bin/python bench/gpu_logging.py [--steps 500] [--rounds 3] [--width 512]
                                          [--url URL --token TOKEN] [--cpu]

Three ways to train the same model, interleaved round by round, reported as steps/s:

- ``none``: no logging at all (the ceiling);
- ``lossmon``: ``run.log(step, loss=loss)`` with the CUDA loss tensor every step; the client
  reads it (``.item()``) on its sender thread, so the training thread never waits for the GPU;
- ``item``: ``loss.item()`` every step on the training thread, then the float logged (what
  most loggers do): each step waits until the GPU has finished it, so the CPU can no longer
  queue the next step's kernels ahead.

The model is deliberately small (an MLP, ~8 layers): its steps are short, so a per-step sync
shows. Without ``--url`` a local ``lossmon serve`` is started on a temporary SQLite file (the
server extra must be installed). Without a CUDA device the bench says so and exits 0;
``--cpu`` runs it on the CPU anyway, where ``.item()`` costs no device sync and the three
should be equal (a check of the harness, not a result).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

MODES = ("none", "lossmon", "item")


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=500, help="timed steps per round and mode")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--width", type=int, default=512)
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--url", default=None, help="an existing server (default: start one)")
    parser.add_argument("--token", default=None)
    parser.add_argument("--cpu", action="store_true", help="run on the CPU when there is no GPU")
    return parser.parse_args()


def main() -> int:
    args = parse()
    try:
        import torch
    except ImportError:
        print("gpu_logging: skipped: torch is not installed")
        return 0
    if torch.cuda.is_available():
        device = torch.device("cuda")
        label = torch.cuda.get_device_name(device)
    elif args.cpu:
        torch.set_num_threads(1)  # steadier figures on a shared CPU
        device, label = torch.device("cpu"), "CPU (--cpu: no device sync to save; harness check)"
    else:
        print(
            f"gpu_logging: skipped: no CUDA device here (torch {torch.__version__}, "
            f"cuda available: False). Run it on a machine with a GPU, or pass --cpu to "
            f"check the harness on the CPU."
        )
        return 0

    import lossmon

    with server(args.url, args.token) as (url, token):
        results = bench(
            device,
            args,
            lambda mode: lossmon.init(
                project="bench",
                name=f"gpu-logging-{mode}",
                url=url,
                token=token,
                config={"mode": mode, "device": label, "width": args.width},
            ),
        )
    print(
        f"device: {label}; torch {torch.__version__}; MLP {args.depth}×{args.width}, "
        f"batch {args.batch}; {args.steps} steps × {args.rounds} rounds per mode"
    )
    base = statistics.median(results["none"])
    print(f"{'mode':<10}{'steps/s (median)':>18}{'vs none':>10}   rounds")
    for mode in MODES:
        median = statistics.median(results[mode])
        rounds = " ".join(f"{r:.0f}" for r in results[mode])
        print(f"{mode:<10}{median:>18.0f}{median / base:>9.1%}   {rounds}")
    print(json.dumps({"device": label, "torch": torch.__version__, "steps_per_s": results}))
    return 0


def bench(
    device: Any, args: argparse.Namespace, start_run: Callable[[str], Any]
) -> dict[str, list[float]]:
    """Return steps/s of each mode for each round (modes interleaved within a round)."""
    import torch as t

    t.manual_seed(0)
    layers: list[t.nn.Module] = []
    for _ in range(args.depth):
        layers += [t.nn.Linear(args.width, args.width), t.nn.GELU()]
    model = t.nn.Sequential(*layers, t.nn.Linear(args.width, 10)).to(device)
    optimizer = t.optim.AdamW(model.parameters(), lr=1e-4)
    x = t.randn(args.batch, args.width, device=device)
    y = t.randint(0, 10, (args.batch,), device=device)

    def step() -> t.Tensor:
        loss = t.nn.functional.cross_entropy(model(x), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        return loss

    def sync() -> None:
        if device.type == "cuda":
            t.cuda.synchronize()

    results: dict[str, list[float]] = {mode: [] for mode in MODES}
    runs = {mode: start_run(mode) for mode in MODES if mode != "none"}
    counter = 0
    for _ in range(args.rounds):
        for mode in MODES:
            run = runs.get(mode)
            for _ in range(args.warmup):
                step()
            sync()
            began = time.perf_counter()
            for _ in range(args.steps):
                loss = step()
                if mode == "lossmon":
                    run.log(counter, loss=loss.detach())
                elif mode == "item":
                    run.log(counter, loss=loss.item())
                counter += 1
            sync()
            results[mode].append(args.steps / (time.perf_counter() - began))
    for run in runs.values():
        run.finish()
    return results


@contextmanager
def server(url: str | None, token: str | None) -> Iterator[tuple[str, str | None]]:
    """Yield (url, token) of the given server, or of a local one started for the bench."""
    if url is not None:
        yield url, token or os.environ.get("LOSSMON_TOKEN")
        return
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "LOSSMON_HOME": home,
            "LOSSMON_DATABASE_URL": f"sqlite:///{home}/bench.db",
        }
        made = subprocess.run(
            [sys.executable, "-m", "lossmon.server.cli", "token", "create", "--project", "bench"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        process = subprocess.Popen(
            [sys.executable, "-m", "lossmon.server.cli", "serve", "--port", str(port)],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            local = f"http://127.0.0.1:{port}"
            wait_ready(local)
            yield local, made.stdout.strip().splitlines()[-1]
        finally:
            process.terminate()
            process.wait(10)


def wait_ready(url: str, timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/readyz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"lossmon serve at {url} not ready after {timeout} s")


if __name__ == "__main__":
    sys.exit(main())
