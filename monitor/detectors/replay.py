"""Offline replay of a curve (corpus CSV) through every detector and the alert lifecycle.

It streams a run the way a client would send it (batches of ~50 training steps, validation
rows interleaved as they come) and reports what would fire and when. Used by the corpus test
and meant for `lossmon backtest FILE.csv`.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lossmon.server.detectors import engine, series, validate_settings
from lossmon.server.detectors.base import Batch

TRAIN_KEYS = {"loss": "train/loss", "reg": "train/reg", "ppl": "train/ppl"}
VAL_KEYS = {"loss": "val/loss", "reg": "val/reg", "ppl": "val/ppl"}


@dataclass
class Alert:
    """An alert as the replay saw it: when it fired and, if so, when it resolved."""

    detector: str
    severity: str
    opened_step: int
    condition_start: int
    message: str
    evidence: dict[str, Any]
    resolved_step: int | None = None


@dataclass
class Replay:
    """Everything that fired during one replayed run."""

    alerts: list[Alert] = field(default_factory=list)

    def of(self, detector: str) -> list[Alert]:
        """Return the alerts of one detector, in order."""
        return [a for a in self.alerts if a.detector == detector]


def read_rows(path: str | Path) -> list[tuple[int, str, dict[str, float]]]:
    """Read a corpus CSV (`step,split,loss,reg,ppl`) into (step, split, values) rows."""
    rows = []
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            values = {k: float(r[k]) for k in ("loss", "reg", "ppl") if r.get(k) not in (None, "")}
            rows.append((int(r["step"]), r["split"], values))
    return rows


def batches(rows: list[tuple[int, str, dict[str, float]]], size: int = 50) -> Iterator[Batch]:
    """Cut rows into batches of `size` training steps (val rows ride along as they come)."""
    cur: list[tuple[int, str, dict[str, float]]] = []
    n = 0
    for row in rows:
        cur.append(row)
        n += row[1] == "train"
        if n >= size:
            yield _to_batch(cur)
            cur, n = [], 0
    if cur:
        yield _to_batch(cur)


def _to_batch(rows: list[tuple[int, str, dict[str, float]]]) -> Batch:
    cols: dict[str, tuple[list[int], list[float]]] = {}
    for step, split, values in rows:
        keys = TRAIN_KEYS if split == "train" else VAL_KEYS
        for k, v in values.items():
            steps, vals = cols.setdefault(keys[k], ([], []))
            steps.append(step)
            vals.append(v)
    return {k: series(s, v) for k, (s, v) in cols.items()}


def replay(
    rows: list[tuple[int, str, dict[str, float]]],
    settings: Mapping[str, Any] | None = None,
    *,
    loss_kind: str | None = None,
    batch_size: int = 50,
) -> Replay:
    """Stream rows through all detectors and the lifecycle; return the alerts that fired."""
    cfg = validate_settings(settings)
    state = engine.RunState()
    out = Replay()
    open_alerts: dict[str, Alert] = {}
    for batch in batches(rows, batch_size):
        for ev in engine.evaluate(state, batch, cfg, loss_kind=loss_kind):
            name = ev["detector"]
            if ev["event"] == "fired":
                alert = Alert(
                    detector=name,
                    severity=ev["severity"],
                    opened_step=ev["step"],
                    condition_start=ev["condition_start"],
                    message=ev["message"],
                    evidence=ev["evidence"],
                )
                out.alerts.append(alert)
                open_alerts[name] = alert
            elif name in open_alerts:
                open_alerts.pop(name).resolved_step = ev["step"]
    return out


def replay_file(
    path: str | Path,
    settings: Mapping[str, Any] | None = None,
    *,
    loss_kind: str | None = None,
    batch_size: int = 50,
) -> Replay:
    """Replay a corpus CSV; the loss kind comes from a sibling JSON label when there is one."""
    p = Path(path)
    meta = p.with_suffix(".json")
    if loss_kind is None and meta.exists():
        loss_kind = json.loads(meta.read_text()).get("loss_kind")
    return replay(read_rows(p), settings, loss_kind=loss_kind, batch_size=batch_size)


def describe(result: Replay) -> str:
    """Return one line per alert: detector, severity, opened and resolved steps, message."""
    lines = []
    for a in result.alerts:
        end = "still firing" if a.resolved_step is None else f"resolved {a.resolved_step}"
        lines.append(
            f"{a.detector:<14} {a.severity:<8} opened {a.opened_step:>6}  {end:<16} {a.message}"
        )
    return "\n".join(lines) if lines else "nothing would fire"


def relog(
    rows: list[tuple[int, str, dict[str, float]]],
    every: int,
    *,
    mean: bool = False,
    val_every: int | None = None,
) -> list[tuple[int, str, dict[str, float]]]:
    """Return the curve as a run logging every `every` steps would have logged it.

    Training rows are sampled at the multiples of `every` (and the last step), or with `mean`
    replaced by the mean over their interval, as Hugging Face's Trainer logs (a non-finite
    value in the interval makes the mean non-finite). Validation rows are kept at the
    multiples of `val_every` steps (and the last evaluation); None keeps every evaluation.
    """
    train = [r for r in rows if r[1] == "train"]
    val = [r for r in rows if r[1] != "train"]
    last_train = train[-1][0] if train else 0
    kept: list[tuple[int, str, dict[str, float]]] = []
    pending: list[dict[str, float]] = []
    for step, split, values in train:
        pending.append(values)
        if step % every and step != last_train:
            continue
        if mean:
            # A mean of perplexities is not the perplexity of the mean loss: Trainer-style
            # logs carry none.
            keys = set().union(*pending) - {"ppl"}
            values = {k: math.fsum(p[k] for p in pending if k in p)
                      / sum(k in p for p in pending) for k in keys}  # fmt: skip
        kept.append((step, split, values))
        pending = []
    if val and val_every is not None:
        last_val = val[-1][0]
        val = [r for r in val if r[0] % val_every == 0 or r[0] == last_val]
    # At equal steps the training row comes first, as a training loop logs them.
    return sorted(kept + val, key=lambda r: (r[0], r[1] != "train"))


def first_nonfinite(rows: list[tuple[int, str, dict[str, float]]]) -> int | None:
    """Return the first step whose loss is NaN/±Inf, or None."""
    for step, _, values in rows:
        if "loss" in values and not math.isfinite(values["loss"]):
            return step
    return None
