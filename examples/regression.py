"""A small regression (MSE or Huber, plus an L2 penalty) streaming to lossmon.

    export LOSSMON_URL=http://127.0.0.1:5000 LOSSMON_TOKEN=<token of project demo>
    python examples/regression.py --mode healthy     # or diverge | overfit | plateau

A ridge regression (an MLP in the overfit mode) predicts disease progression from
scikit-learn's bundled diabetes data (442 rows, 10 features; nothing is downloaded). The
training loss is the total, data loss + L2 penalty, and the penalty is logged beside it
(``train/reg``), so the dashboard shows the penalty's share. Each mode shows one thing
lossmon watches for:

- healthy: train and validation loss fall and settle; no alert.
- diverge: plain SGD at a learning rate far past what the problem allows; the loss grows
  geometrically to Inf/NaN and the **divergence** alert (critical) fires at once.
- overfit: 24 training rows, a wide network and no penalty; validation loss turns up while
  training loss keeps falling, and the **overfitting** alert (warning) names the best step.
- plateau: a learning rate of ~0; validation loss stops improving and the **plateau** alert
  (info) fires.

Runs in a few seconds on a laptop CPU (``--delay`` slows it down to watch it live).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from sklearn.datasets import load_diabetes
from torch import nn
from torch.nn import functional as F

import lossmon
from lossmon.integrations.torch import log_step


@dataclass(frozen=True)
class Mode:
    optimizer: str
    lr: float
    train_rows: int
    hidden: int
    l2: float
    steps: int
    eval_every: int = 10
    warmup: int = 1


MODES = {
    "healthy": Mode("adam", 1e-2, train_rows=330, hidden=0, l2=1e-3, steps=300),
    "diverge": Mode("sgd", 5.0, train_rows=330, hidden=0, l2=1e-3, steps=300),
    "overfit": Mode("adam", 3e-3, train_rows=24, hidden=256, l2=0.0, steps=300),
    "plateau": Mode("adam", 1e-9, train_rows=330, hidden=0, l2=1e-3, steps=200),
}


def data(seed: int, train_rows: int) -> tuple[torch.Tensor, ...]:
    """Return standardised (x_train, y_train, x_val, y_val); validation is 110 held-out rows."""
    x, y = load_diabetes(return_X_y=True)
    x = torch.tensor(x, dtype=torch.float32)
    y = torch.tensor(y, dtype=torch.float32)[:, None]
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(seed))
    x = (x - x.mean(0)) / x.std(0)
    y = (y - y.mean()) / y.std()
    val, train = order[:110], order[110 : 110 + train_rows]
    return x[train], y[train], x[val], y[val]


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(MODES), default="healthy")
    parser.add_argument("--loss", choices=("mse", "huber"), default="mse")
    parser.add_argument("--steps", type=int, default=None, help="training steps (mode default)")
    parser.add_argument(
        "--delay",
        type=float,
        default=0.0,
        help="seconds to sleep per step, to watch the curves grow live",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--project", default=os.environ.get("LOSSMON_PROJECT", "demo"))
    parser.add_argument("--name", default=None, help="run name (default: regression-<mode>)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> lossmon.Run:
    """Train in the chosen mode, streaming to LOSSMON_URL; return the finished run."""
    args = parse(argv)
    mode = MODES[args.mode]
    steps = args.steps or mode.steps
    torch.set_num_threads(1)  # a model this small gains nothing from threads
    torch.manual_seed(args.seed)
    x_train, y_train, x_val, y_val = data(args.seed, mode.train_rows)
    model = (
        nn.Sequential(
            nn.Linear(10, mode.hidden),
            nn.ReLU(),
            nn.Linear(mode.hidden, mode.hidden),
            nn.ReLU(),
            nn.Linear(mode.hidden, 1),
        )
        if mode.hidden
        else nn.Linear(10, 1)  # ridge regression
    )
    weights = [p for name, p in model.named_parameters() if name.endswith("weight")]
    optimizer: torch.optim.Optimizer = (
        torch.optim.Adam(model.parameters(), lr=mode.lr)
        if mode.optimizer == "adam"
        else torch.optim.SGD(model.parameters(), lr=mode.lr)
    )
    warmup = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / mode.warmup))
    data_loss = F.huber_loss if args.loss == "huber" else F.mse_loss
    config = {
        "mode": args.mode,
        "loss_kind": args.loss,
        "optimizer": mode.optimizer,
        "lr": mode.lr,
        "warmup_steps": mode.warmup,
        "l2": mode.l2,
        "hidden": mode.hidden,
        "train_rows": mode.train_rows,
        "steps": steps,
    }
    run = lossmon.init(
        project=args.project, name=args.name or f"regression-{args.mode}", config=config
    )
    print(f"regression ({args.mode}): {steps} steps, streaming to {run.url or run.settings.url}")
    status = "finished"
    for step in range(steps):
        model.train()
        reg = mode.l2 * sum(w.pow(2).sum() for w in weights)
        loss = data_loss(model(x_train), y_train) + reg  # full batch: the data set is small
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        warmup.step()
        log_step(run, step, loss, reg=reg, lr=warmup.get_last_lr()[0])
        if step % mode.eval_every == 0 or step == steps - 1:
            model.eval()
            with torch.no_grad():
                log_step(run, step, data_loss(model(x_val), y_val), split="val")
            if not torch.isfinite(loss):
                print(f"step {step}: the loss is {loss.item()}; stopping")
                status = "failed"
                break
        if args.delay:
            time.sleep(args.delay)
    run.finish(status)
    print(f"regression ({args.mode}): done, {run.url}")
    return run


if __name__ == "__main__":
    main()
