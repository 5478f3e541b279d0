"""A run that acts on its alerts: it diverges, stops itself, and says where to roll back.

    make demo                                   # terminal 1: the service
    .venv/bin/python examples/closed_loop.py    # terminal 2: this training

A small regression network trains on CPU, saving a checkpoint every 20 steps. At step 150 its
learning rate jumps (the schedule bug that blows real runs up) and the loss explodes. The
service's divergence alert comes back in the answer to the next batch of points;
``stop_on=("divergence",)`` turns it into ``run.should_stop``, the loop ends long before its
5,000 steps and prints the alert's rollback step and the checkpoint to restart from. An
overfitting alert would name its best step the same way (``on_alert`` below keeps it).

The token comes from LOSSMON_TOKEN, else from LOSSMON_HOME/demo-token (written by
`make demo`); the server from LOSSMON_URL (default http://127.0.0.1:5000).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import torch

import lossmon


def token_from_demo() -> None:
    if not os.environ.get("LOSSMON_TOKEN"):
        saved = Path(os.environ.get("LOSSMON_HOME") or Path.home() / ".lossmon") / "demo-token"
        if not saved.exists():
            sys.exit(f"closed_loop: no token: run `make demo` first (it writes {saved}) "
                     "or set LOSSMON_TOKEN")
        os.environ["LOSSMON_TOKEN"] = saved.read_text().strip()


def main(argv: Sequence[str] | None = None) -> lossmon.Run:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--jump-at", type=int, default=150, help="step the LR jumps at")
    parser.add_argument("--checkpoint-every", type=int, default=20)
    parser.add_argument("--checkpoints", type=Path, default=Path("checkpoints-closed-loop"))
    parser.add_argument("--project", default="demo")
    parser.add_argument("--delay", type=float, default=0.005, help="seconds a step sleeps")
    args = parser.parse_args(argv)
    token_from_demo()

    torch.manual_seed(0)
    x = torch.randn(512, 8)
    y = x @ torch.randn(8, 1) + 0.1 * torch.randn(512, 1)
    model = torch.nn.Sequential(torch.nn.Linear(8, 32), torch.nn.Tanh(), torch.nn.Linear(32, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02)
    args.checkpoints.mkdir(parents=True, exist_ok=True)

    run = lossmon.init(project=args.project, name="closed-loop",
                       config={"lr": 0.02, "loss_kind": "mse"}, stop_on=("divergence",),
                       flush_interval=0.5)
    keep: dict[str, int] = {}

    @run.on_alert  # on the sender thread: only note it; the loop acts
    def note(alert: lossmon.Alert) -> None:
        if alert.state == "firing" and alert.best_step is not None:
            keep["best_step"] = alert.best_step

    step = 0
    for step in range(args.steps):
        if run.should_stop:
            break
        if step == args.jump_at:
            for group in optimizer.param_groups:
                group["lr"] = 40.0
        batch = torch.randint(0, 512, (32,))
        loss = torch.nn.functional.mse_loss(model(x[batch]), y[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        run.log(step, loss=loss.detach())  # a tensor: read on the sender thread
        time.sleep(args.delay)  # a real step takes longer than this toy one
        if step % args.checkpoint_every == 0:
            torch.save(model.state_dict(), args.checkpoints / f"step-{step}.pt")
    run.finish()

    if not run.should_stop:
        print(f"closed_loop: ran all {args.steps} steps; nothing asked it to stop")
        return run
    print(f"closed_loop: stopped at step {step} of {args.steps}: {run.stop_reason}")
    rollback = run.stop_alert.rollback_step if run.stop_alert is not None else None
    if rollback is not None:
        saved = sorted(int(p.stem.split("-")[1]) for p in args.checkpoints.glob("step-*.pt"))
        restart = max((s for s in saved if s <= rollback), default=None)
        print(f"closed_loop: roll back to step {rollback}; restart from "
              f"{args.checkpoints / f'step-{restart}.pt'}" if restart is not None else
              f"closed_loop: roll back to step {rollback}; no checkpoint that early")
    if "best_step" in keep:
        print(f"closed_loop: overfitting: keep the checkpoint of step {keep['best_step']}")
    print(f"closed_loop: the run's page: {run.url}")
    return run


if __name__ == "__main__":
    main()
