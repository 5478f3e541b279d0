"""Train fresh labelled curves like tests/data/curves: curves the detectors have never seen.

    .venv/bin/python bench/make_curves.py OUT_DIR [--runs 40] [--seed 1]
    .venv/bin/python bench/cadence.py --folder OUT_DIR        # their verdicts at six cadences

The corpus's four families (tests/data/curves/README.md: a char-level GRU language model on the
Python standard library's sources, and MLPs on sklearn's digits, diabetes and breast-cancer
sets), each run given a pathology by the same interventions (a learning rate raised for good,
multiplied for a few steps, dropped to ~0, a tiny batch, a tiny training subset), with random
families, seeds, learning rates, event steps and factors. A run is kept only when its curve
passes the corpus's checks for its label (README, "Checks behind the labels"); the others are
reported and dropped. Needs torch (CPU) and scikit-learn, as the corpus did.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.model_selection import train_test_split
from torch import nn

PATHOLOGIES = ("healthy", "noisy_healthy", "divergence", "spike_recover", "plateau", "overfit")
VOCAB = 98  # printable ASCII, newline, tab and one symbol for everything else


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)
    rng = random.Random(args.seed)
    kept = 0
    for n in range(args.runs):
        pathology = PATHOLOGIES[n % len(PATHOLOGIES)]
        family = rng.choice("ABCD")
        plan = make_plan(rng, family, pathology)
        rows = train(family, plan)
        event = check(pathology, plan, rows)
        name = f"f{n + 1:02d}_{FAMILY_NAMES[family]}"
        if event is None:
            print(f"{name:<18} {pathology:<14} dropped: the curve fails its label's check")
            continue
        write(args.out, name, family, pathology, event, plan, rows)
        kept += 1
        print(f"{name:<18} {pathology:<14} kept (event {event}, {plan['steps']} steps)")
    print(f"{kept}/{args.runs} runs kept in {args.out}")
    return 0


FAMILY_NAMES = {"A": "charlm", "B": "digits", "C": "diabetes", "D": "cancer"}
LOSS_KINDS = {"A": "cross_entropy", "B": "cross_entropy", "C": "mse", "D": "bce"}


def make_plan(rng: random.Random, family: str, pathology: str) -> dict:
    """Return the run's settings: steps, evaluation interval, batch, learning-rate events."""
    steps = rng.choice([600, 800, 1000, 1200]) if family != "A" else rng.choice([800, 1000])
    lr = {"A": 3e-3, "B": 1e-3, "C": 3e-4, "D": 1e-3}[family] * rng.choice([0.5, 1.0, 2.0])
    plan = {
        "seed": rng.randrange(10_000),
        "steps": steps,
        "eval_every": rng.choice([20, 25, 50]),
        "batch": 32 if family != "B" else 64,
        "lr": lr,
        "events": [],
        "subset": None,
    }
    event = int(steps * rng.uniform(0.3, 0.6)) // 10 * 10
    if pathology == "noisy_healthy":
        plan["batch"] = rng.choice([1, 2])
        plan["lr"] = lr / 4
        plan["steps"] = steps * 2
    elif pathology == "divergence":
        plan["events"] = [{"from": event, "to": None, "set": lr * rng.choice([100, 300, 1000])}]
    elif pathology == "spike_recover":
        width = rng.choice([2, 3, 4])
        plan["events"] = [{"from": event, "to": event + width, "mult": rng.choice([40, 100])}]
    elif pathology == "plateau":
        plan["events"] = [{"from": event, "to": None, "set": rng.choice([1e-7, 1e-8, 1e-9])}]
    elif pathology == "overfit":
        plan["subset"] = {"A": 30_000, "B": 60, "C": 40, "D": 30}[family]
        plan["batch"] = 1000 if family != "A" else 32
        plan["steps"] = 1500
    return plan


def lr_at(plan: dict, step: int) -> float:
    """Return the learning rate of optimizer step `step` (1-based), after the plan's events."""
    lr = plan["lr"]
    for ev in plan["events"]:
        if ev["from"] <= step and (ev["to"] is None or step < ev["to"]):
            lr = ev["set"] if "set" in ev else lr * ev["mult"]
    return lr


def train(family: str, plan: dict) -> list[tuple[int, str, float]]:
    """Train one run; return its (step, split, loss) rows, train every step, val at 0 and
    every `eval_every` steps and at the last."""
    torch.manual_seed(plan["seed"])
    model, batches, val_loss, loss_of = FAMILIES[family](plan)
    opt = torch.optim.Adam(model.parameters(), lr=plan["lr"])
    rows: list[tuple[int, str, float]] = [(0, "val", val_loss())]
    for step in range(1, plan["steps"] + 1):
        for group in opt.param_groups:
            group["lr"] = lr_at(plan, step)
        model.train()
        loss = loss_of(*next(batches))
        rows.append((step, "train", loss.item()))
        opt.zero_grad()
        if math.isfinite(rows[-1][2]):
            loss.backward()
            opt.step()
        if step % plan["eval_every"] == 0 or step == plan["steps"]:
            rows.append((step, "val", val_loss()))
    return rows


def _tabular(
    x: np.ndarray, y: np.ndarray, plan: dict, model: nn.Module, loss_fn: Callable, stratify: bool
) -> tuple:
    xt, xv, yt, yv = train_test_split(
        x, y, test_size=0.3, random_state=0, stratify=y if stratify else None
    )
    if plan["subset"]:
        xt, yt = xt[: plan["subset"]], yt[: plan["subset"]]
    xt, xv = (torch.tensor(a, dtype=torch.float32) for a in (xt, xv))
    yt, yv = (torch.tensor(a) for a in (yt, yv))
    gen = np.random.default_rng(plan["seed"])

    size = min(plan["batch"], len(xt))

    def batches():
        while True:
            order = gen.permutation(len(xt))
            for i in range(0, len(order) - size + 1, size):
                idx = order[i : i + size]
                yield xt[idx], yt[idx]

    def loss_of(xb, yb):
        return loss_fn(model(xb), yb)

    def val_loss() -> float:
        model.eval()
        with torch.no_grad():
            return float(loss_fn(model(xv), yv))

    return model, batches(), val_loss, loss_of


def _digits(plan: dict) -> tuple:
    data = load_digits()
    model = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 10))
    return _tabular(data.data / 16, data.target, plan, model, nn.functional.cross_entropy, True)


def _diabetes(plan: dict) -> tuple:
    data = load_diabetes()
    x = (data.data - data.data.mean(0)) / data.data.std(0)
    y = ((data.target - data.target.mean()) / data.target.std()).astype(np.float32)
    model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 1), nn.Flatten(0))
    return _tabular(x, y, plan, model, nn.functional.mse_loss, False)


def _cancer(plan: dict) -> tuple:
    data = load_breast_cancer()
    x = (data.data - data.data.mean(0)) / data.data.std(0)
    model = nn.Sequential(nn.Linear(30, 32), nn.Tanh(), nn.Linear(32, 1), nn.Flatten(0))
    y = data.target.astype(np.float32)
    return _tabular(x, y, plan, model, nn.functional.binary_cross_entropy_with_logits, True)


class _CharGRU(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(VOCAB, 32)
        self.gru = nn.GRU(32, 128, batch_first=True)
        self.out = nn.Linear(128, VOCAB)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.gru(self.emb(x))[0])


def _char_lm(plan: dict) -> tuple:
    files = sorted(Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))
    text = [f.read_text(errors="replace") for f in files]
    train_text = "".join(t for i, t in enumerate(text) if i % 10)[: plan["subset"] or 1_000_000]
    val_text = "".join(t for i, t in enumerate(text) if not i % 10)[:200_000]

    def encode(s: str) -> torch.Tensor:
        codes = [ord(c) - 32 if 32 <= ord(c) < 127 else 95 if c == "\n" else 96 if c == "\t"
                 else 97 for c in s]  # fmt: skip
        return torch.tensor(codes, dtype=torch.long)

    tr, va = encode(train_text), encode(val_text)
    gen = torch.Generator().manual_seed(plan["seed"])
    seq = 64
    starts = torch.randint(0, len(va) - seq - 1, (256,), generator=torch.Generator().manual_seed(0))
    xv = torch.stack([va[s : s + seq] for s in starts])
    yv = torch.stack([va[s + 1 : s + seq + 1] for s in starts])
    model = _CharGRU()

    def batches():
        while True:
            idx = torch.randint(0, len(tr) - seq - 1, (plan["batch"],), generator=gen)
            yield (torch.stack([tr[s : s + seq] for s in idx]),
                   torch.stack([tr[s + 1 : s + seq + 1] for s in idx]))  # fmt: skip

    def loss_of(xb, yb):
        return nn.functional.cross_entropy(model(xb).reshape(-1, VOCAB), yb.reshape(-1))

    def val_loss() -> float:
        model.eval()
        with torch.no_grad():
            return float(loss_of(xv, yv))

    return model, batches(), val_loss, loss_of


FAMILIES = {"A": _char_lm, "B": _digits, "C": _diabetes, "D": _cancer}


def check(pathology: str, plan: dict, rows: list[tuple[int, str, float]]) -> int | None:
    """Return the run's event step when its curve passes its label's check (the corpus
    README's), else None."""
    train = np.array([v for _, s, v in rows if s == "train"])
    val_steps = np.array([st for st, s, _ in rows if s == "val"])
    val = np.array([v for _, s, v in rows if s == "val"])
    n = len(train)
    finite_val = np.where(np.isfinite(val), val, np.inf)
    if pathology in ("healthy", "noisy_healthy"):
        late = finite_val[int(len(val) * 0.6) :]
        ok = np.isfinite(val).all() and late[-1] <= 1.02 * finite_val.min() and late[-1] < late[0]
        return 0 if ok else None
    if pathology == "overfit":
        best = int(np.argmin(finite_val))
        rising = val_steps[best] < 0.6 * n and val[-1] >= 1.1 * val[best]
        falling = np.median(train[-50:]) < np.median(train[val_steps[best] - 25 : val_steps[best]])
        return int(val_steps[best]) if rising and falling else None
    event = plan["events"][0]["from"]
    before = train[max(0, event - 100) : event - 1]
    if pathology == "divergence":
        after = train[event:]
        blown = not np.isfinite(after).all() or np.median(after[-100:]) > 1.5 * np.median(before)
        val_after = val[val_steps >= event]
        val_before = val[val_steps < event][-1]
        val_bad = not np.isfinite(val_after).all() or val_after[-1] > 1.5 * val_before
        return event if blown and val_bad else None
    if pathology == "spike_recover":
        peak = np.nanmax(train[event - 1 : event + 10])
        spiked = peak > 2 * np.median(before) and peak > 1.5 * np.percentile(before, 99)
        back = np.median(train[event + 100 : event + 200]) <= 1.1 * np.median(before)
        val_ok = val[-1] <= val[val_steps < event][-1]
        return event if spiked and back and val_ok else None
    if pathology == "plateau":
        tail = val[val_steps > event]
        flat = tail.max() - tail.min() < 0.01 * tail.mean()
        improving = val[val_steps < event][-1] < val[val_steps < event][-4]
        return event if flat and improving else None
    return None


def write(
    out: Path, name: str, family: str, pathology: str, event: int, plan: dict, rows: list
) -> None:
    """Write the curve as tests/data/curves writes one, and its label."""
    with (out / f"{name}.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["step", "split", "loss", "reg", "ppl"])
        for step, split, value in rows:
            text = repr(value) if math.isfinite(value) else str(value)
            ppl = (repr(math.exp(value)) if value < 709 else "inf") if family == "A" else ""
            w.writerow([step, split, text, "", ppl if math.isfinite(value) else ""])
    label = {
        "run_id": name, "family": family, "loss_kind": LOSS_KINDS[family],
        "pathology": pathology,
        "event_step": None if pathology in ("healthy", "noisy_healthy") else event,
        "steps": plan["steps"], "eval_every": plan["eval_every"],
        "hyperparameters": {k: v for k, v in plan.items() if k != "steps"},
    }  # fmt: skip
    (out / f"{name}.json").write_text(json.dumps(label, indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main())
