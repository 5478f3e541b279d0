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
#: Rows of split "lr" (from a `<stem>.lr.csv` sidecar) feed the series `lr`.
LR_KEYS = {"lr": "lr"}


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
    #: The words at the end: when it resolved, or at the run's last point if still firing.
    end_message: str | None = None
    #: The step those words speak of (the last step its condition held).
    end_message_step: int | None = None
    #: For an alert still firing at the end: the step its condition cleared, if it did (the
    #: alert resolves `keep_firing_for` steps after it).
    cleared_step: int | None = None
    #: The detector whose alert took this one over (it resolved where that incident began).
    covered_by: str | None = None


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


def read_lr(path: str | Path) -> list[tuple[int, str, dict[str, float]]]:
    """Read the learning-rate sidecar of a corpus CSV (`<stem>.lr.csv`, `step,lr`) as rows of
    split "lr"; none when there is no sidecar."""
    p = Path(path)
    sidecar = p.with_name(f"{p.stem}.lr.csv")
    if not sidecar.exists():
        return []
    with open(sidecar, newline="") as fh:
        return [(int(r["step"]), "lr", {"lr": float(r["lr"])}) for r in csv.DictReader(fh)
                if r.get("lr") not in (None, "")]  # fmt: skip


def read_run(path: str | Path) -> list[tuple[int, str, dict[str, float]]]:
    """Read a corpus CSV and its learning-rate sidecar, if any, as one list of rows in step
    order (at equal steps: train, then lr, then val)."""
    order = {"train": 0, "lr": 1}
    rows = read_rows(path) + read_lr(path)
    return sorted(rows, key=lambda r: (r[0], order.get(r[1], 2)))


def batches(rows: list[tuple[int, str, dict[str, float]]], size: int = 50) -> Iterator[Batch]:
    """Cut rows into batches of `size` training steps (val and lr rows ride along as they
    come); the rows of one step stay in one batch, as a client sends them."""
    cur: list[tuple[int, str, dict[str, float]]] = []
    n = 0
    for row in rows:
        if n >= size and row[0] != cur[-1][0]:
            yield _to_batch(cur)
            cur, n = [], 0
        cur.append(row)
        n += row[1] == "train"
    if cur:
        yield _to_batch(cur)


def _to_batch(rows: list[tuple[int, str, dict[str, float]]]) -> Batch:
    cols: dict[str, tuple[list[int], list[float]]] = {}
    for step, split, values in rows:
        keys = TRAIN_KEYS if split == "train" else LR_KEYS if split == "lr" else VAL_KEYS
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
    events = [
        ev
        for batch in batches(rows, batch_size)
        for ev in engine.evaluate(state, batch, cfg, loss_kind=loss_kind)
    ]
    # The rows end where the run ended: then the rules that judge a finished run.
    events += engine.finish(state, cfg)
    for ev in events:
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
            alert = open_alerts.pop(name)
            alert.resolved_step = ev["step"]
            alert.covered_by = ev.get("covered_by")
            alert.end_message = ev.get("latest") or ev["message"]
            alert.end_message_step = ev.get("latest_step")
    for name, alert in open_alerts.items():
        life = state.lifecycles.get(name) or {}
        finding = life.get("finding") or {}
        alert.cleared_step = life.get("cleared")
        alert.end_message = finding.get("latest")
        alert.end_message_step = finding.get("latest_step")
    return out


def replay_file(
    path: str | Path,
    settings: Mapping[str, Any] | None = None,
    *,
    loss_kind: str | None = None,
    batch_size: int = 50,
) -> Replay:
    """Replay a corpus CSV with its learning-rate sidecar (`<stem>.lr.csv`, fed as `lr`) when
    there is one; the loss kind comes from a sibling JSON label when there is one."""
    p = Path(path)
    meta = p.with_suffix(".json")
    if loss_kind is None and meta.exists():
        loss_kind = json.loads(meta.read_text()).get("loss_kind")
    return replay(read_run(p), settings, loss_kind=loss_kind, batch_size=batch_size)


def describe(result: Replay) -> str:
    """Return, per alert, a line for its opening (with the words then) and one for its end.

    The words at the end (a resolution, or the run's last point) can differ from those at the
    opening; each is printed beside the step it speaks of. A resolved alert's last words are
    those it said while it still held (it resolves some steps after), and say so: "still
    holds" there is no claim about the end.
    """
    lines = []
    for a in result.alerts:
        lines.append(f"{a.detector:<14} {a.severity:<8} opened {a.opened_step:>6}: {a.message}")
        end = f"resolved {a.resolved_step}" if a.resolved_step is not None else "still firing"
        if a.covered_by:
            end += f", covered by the {a.covered_by} alert"
        if a.resolved_step is None and a.cleared_step is not None:
            end += f" (its condition cleared at step {a.cleared_step}; keep_firing_for runs on)"
        words = ""
        if a.end_message and a.end_message != a.message:
            at = f"step {a.end_message_step}" if a.end_message_step is not None else ""
            if a.resolved_step is not None:
                words = f"; its last words while firing{f' ({at})' if at else ''}: {a.end_message}"
            else:
                words = f"{f'; at {at}' if at else ''}: {a.end_message}"
        lines.append(f"{'':<23} {end}{words}")
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
    Learning-rate rows (split "lr") are kept at the training rows kept, as a logger writes
    the current learning rate beside each logged loss.
    """
    train = [r for r in rows if r[1] == "train"]
    val = [r for r in rows if r[1] not in ("train", "lr")]
    lr = [r for r in rows if r[1] == "lr"]
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
    logged = {r[0] for r in kept}
    lr = [r for r in lr if r[0] in logged]
    # At equal steps the training row comes first, as a training loop logs them.
    order = {"train": 0, "lr": 1}
    return sorted(kept + lr + val, key=lambda r: (r[0], order.get(r[1], 2)))


def first_nonfinite(rows: list[tuple[int, str, dict[str, float]]]) -> int | None:
    """Return the first step whose loss is NaN/±Inf, or None."""
    for step, _, values in rows:
        if "loss" in values and not math.isfinite(values["loss"]):
            return step
    return None
