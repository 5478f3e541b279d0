"""A small character-level language model streaming its loss and perplexity to lossmon.

    export LOSSMON_URL=http://127.0.0.1:5000 LOSSMON_TOKEN=<token of project demo>
    python examples/charlm.py --mode healthy     # or diverge | overfit | plateau

An MLP over the previous 12 characters predicts the next one (cross-entropy in nats, so
the dashboard shows perplexity = exp(loss)). The text comes from a small random grammar
made here, so nothing is downloaded. Each mode shows one thing lossmon watches for:

- healthy: train and validation loss fall together; no alert.
- diverge: the learning-rate warm-up climbs to a rate far too high; the loss blows up
  (NaN at the end) and the **divergence** alert (critical) fires.
- overfit: a tiny training text and a large model without dropout; training loss keeps
  falling while validation loss turns up, and the **overfitting** alert (warning) names the
  best step.
- plateau: a learning rate of ~0; validation loss stops improving and the **plateau** alert
  (info, ReduceLROnPlateau's rule) fires.

Runs in well under a minute on a laptop CPU (``--delay`` slows it down to watch it live).
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F

import lossmon
from lossmon.integrations.torch import log_step

CONTEXT = 12


@dataclass(frozen=True)
class Mode:
    """What differs between the modes: data, model size and learning rate."""

    lr: float
    train_chars: int
    hidden: int
    dropout: float
    steps: int
    eval_every: int
    warmup: int = 50


MODES = {
    "healthy": Mode(lr=3e-3, train_chars=40_000, hidden=128, dropout=0.1, steps=500, eval_every=25),
    "diverge": Mode(
        lr=30.0, train_chars=40_000, hidden=128, dropout=0.1, steps=200, eval_every=25, warmup=100
    ),
    "overfit": Mode(lr=3e-3, train_chars=600, hidden=512, dropout=0.0, steps=500, eval_every=10),
    "plateau": Mode(lr=1e-8, train_chars=40_000, hidden=128, dropout=0.1, steps=300, eval_every=10),
}

SUBJECTS = [
    "the cat",
    "a dog",
    "my old friend",
    "the teacher",
    "her brother",
    "a small bird",
    "the farmer",
    "our neighbour",
    "the child",
    "a tired sailor",
]
VERBS = ["sees", "likes", "finds", "paints", "follows", "remembers", "carries", "calls"]
OBJECTS = [
    "the red ball",
    "a long letter",
    "the green boat",
    "an apple",
    "the quiet river",
    "a broken chair",
    "the morning train",
    "some warm bread",
]
ENDINGS = [".", " today.", " again.", " at night.", " in the garden.", " by the sea."]


def make_text(chars: int, seed: int) -> str:
    """Return `chars` characters of sentences from a small random grammar."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        sentence = (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
            f"{rng.choice(ENDINGS)} "
        )
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:chars]


VOCAB = sorted(set(make_text(20_000, 0)))
INDEX = {c: i for i, c in enumerate(VOCAB)}


def encode(text: str) -> torch.Tensor:
    return torch.tensor([INDEX[c] for c in text], dtype=torch.long)


class CharMLP(nn.Module):
    """Embed the last CONTEXT characters, one hidden layer, logits over the vocabulary."""

    def __init__(self, hidden: int, dropout: float) -> None:
        super().__init__()
        self.embed = nn.Embedding(len(VOCAB), 16)
        self.hidden = nn.Linear(CONTEXT * 16, hidden)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, len(VOCAB))

    def forward(self, context: torch.Tensor) -> torch.Tensor:
        x = self.embed(context).flatten(1)
        return self.out(self.dropout(torch.tanh(self.hidden(x))))


def batch(
    data: torch.Tensor, size: int, generator: torch.Generator
) -> tuple[torch.Tensor, torch.Tensor]:
    starts = torch.randint(0, len(data) - CONTEXT, (size,), generator=generator)
    windows = torch.stack([data[s : s + CONTEXT + 1] for s in starts.tolist()])
    return windows[:, :CONTEXT], windows[:, CONTEXT]


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(MODES), default="healthy")
    parser.add_argument("--steps", type=int, default=None, help="training steps (mode default)")
    parser.add_argument(
        "--delay",
        type=float,
        default=0.0,
        help="seconds to sleep per step, to watch the curves grow live",
    )
    parser.add_argument(
        "--bump-at",
        type=int,
        default=None,
        metavar="STEP",
        help="at this step, raise the learning rate to the diverge mode's "
        "(a healthy start, then a bad change: what the quickstart shows)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--project", default=os.environ.get("LOSSMON_PROJECT", "demo"))
    parser.add_argument("--name", default=None, help="run name (default: charlm-<mode>)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> lossmon.Run:
    """Train in the chosen mode, streaming to LOSSMON_URL; return the finished run."""
    args = parse(argv)
    mode = MODES[args.mode]
    # A model this small gains nothing from threads, and they spin on a busy laptop.
    torch.set_num_threads(1)
    steps = args.steps or mode.steps
    torch.manual_seed(args.seed)
    generator = torch.Generator().manual_seed(args.seed)
    train = encode(make_text(mode.train_chars, args.seed + 1))
    val = encode(make_text(4_000, args.seed + 2))
    model = CharMLP(mode.hidden, mode.dropout)
    optimizer = torch.optim.Adam(model.parameters(), lr=mode.lr)
    warmup = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / mode.warmup))
    # A healthy start whose learning rate is raised later is no healthy run: say so.
    described = args.mode if args.bump_at is None else f"{args.mode} until step {args.bump_at}"
    config = {
        "mode": described,
        "bump_at": args.bump_at,
        "loss_kind": "cross_entropy",
        "lr": mode.lr,
        "warmup_steps": mode.warmup,
        "hidden": mode.hidden,
        "dropout": mode.dropout,
        "train_chars": mode.train_chars,
        "context": CONTEXT,
        "steps": steps,
    }
    run = lossmon.init(project=args.project, name=args.name or f"charlm-{args.mode}", config=config)
    print(f"charlm ({described}): {steps} steps, streaming to {run.url or run.settings.url}")
    status = "finished"
    for step in range(steps):
        model.train()
        context, target = batch(train, 64, generator)
        loss = F.cross_entropy(model(context), target)
        if step == args.bump_at:
            warmup.base_lrs = [MODES["diverge"].lr for _ in optimizer.param_groups]
            print(f"step {step}: learning rate raised to {MODES['diverge'].lr}")
        optimizer.zero_grad()
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), float("inf"))
        optimizer.step()
        warmup.step()
        # Tensors go to the client as they are: it reads them on its sender thread.
        log_step(run, step, loss, perplexity=True, lr=warmup.get_last_lr()[0], grad_norm=grad_norm)
        if step % mode.eval_every == 0 or step == steps - 1:
            val_loss = evaluate(model, val)
            log_step(run, step, val_loss, perplexity=True, split="val")
            if not torch.isfinite(loss):
                print(f"step {step}: the loss is {loss.item()}; stopping")
                status = "failed"
                break
        if args.delay:
            time.sleep(args.delay)
    run.finish(status)
    print(f"charlm ({described}): done, {run.url}")
    return run


@torch.no_grad()
def evaluate(model: nn.Module, data: torch.Tensor) -> torch.Tensor:
    model.eval()
    starts = torch.arange(0, len(data) - CONTEXT, 7)
    windows = torch.stack([data[s : s + CONTEXT + 1] for s in starts.tolist()])
    return F.cross_entropy(model(windows[:, :CONTEXT]), windows[:, CONTEXT])


if __name__ == "__main__":
    main()
