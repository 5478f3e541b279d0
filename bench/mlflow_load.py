"""Send the ingest benchmark's workload to a local MLflow tracking server (SQLite backend).

Run by bench/ingest.py with the MLflow venv's Python, inside a network namespace that has
only loopback where `unshare -n` works. Starts `mlflow server`, logs the steps with
`MlflowClient.log_batch` (MLflow caps a call at 1,000 metrics, so a 1,000-step × 3-key batch
is three calls), stops the server and prints one JSON line: {"values", "seconds", ...}.
Imports nothing from lossmon.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

KEYS = ("train/loss", "train/reg", "train/ppl")
MLFLOW_BATCH_LIMIT = 1000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(url: str, process: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mlflow server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("mlflow server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--batch-steps", type=int, default=1_000)
    parser.add_argument("--workers", default="")
    args = parser.parse_args()

    from mlflow import MlflowClient
    from mlflow.entities import Metric

    folder = Path(tempfile.mkdtemp(prefix="mlflow-bench-"))
    port = _free_port()
    mlflow = str(Path(sys.executable).with_name("mlflow"))
    argv = [
        mlflow,
        "server",
        "--backend-store-uri",
        f"sqlite:///{folder / 'mlflow.db'}",
        "--default-artifact-root",
        str(folder / "artifacts"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    if args.workers:
        argv += ["--workers", args.workers]
    env = {**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "true"}
    # Its own process group, so stopping it stops its uvicorn workers too.
    server = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait(f"{url}/health", server)
        client = MlflowClient(tracking_uri=url)
        experiment = client.create_experiment("bench")
        run_id = client.create_run(experiment).info.run_id
        now_ms = int(time.time() * 1000)
        metrics = []
        for first in range(0, args.steps, args.batch_steps):
            steps = range(first, min(first + args.batch_steps, args.steps))
            batch = [
                Metric(key, 3.0 / (step + 1) + 0.01 * index, now_ms + step, step)
                for index, key in enumerate(KEYS)
                for step in steps
            ]
            metrics.extend(
                batch[i : i + MLFLOW_BATCH_LIMIT] for i in range(0, len(batch), MLFLOW_BATCH_LIMIT)
            )
        started = time.perf_counter()
        for chunk in metrics:
            client.log_batch(run_id, metrics=chunk)
        seconds = time.perf_counter() - started
        stored = len(client.get_metric_history(run_id, KEYS[0]))
        print(
            json.dumps(
                {
                    "values": args.steps * len(KEYS),
                    "seconds": seconds,
                    "calls": len(metrics),
                    "stored_steps_of_first_key": stored,
                }
            )
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
