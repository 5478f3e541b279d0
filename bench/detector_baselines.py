"""lossmon's detectors against the rules users have today, on the labeled curves.

    .venv/bin/python bench/detector_baselines.py [--corpus tests/data/curves] [--runs-table]

Every run of the corpus (tests/data/curves, labels in its README) is replayed in step order
through four watchers, and each watcher's first alarm is compared with the label:

- lossmon: every detector and the alert lifecycle, fed in batches of 50 training steps as a
  client sends them (`lossmon.server.detectors.replay`, the corpus test's path). An alarm is a
  warning or critical alert (info alerts — plateau, regularization share — are hints and are
  counted where the label is `plateau` only).
- ES guard: Lightning's `EarlyStopping(monitor="val/loss", check_finite=True,
  divergence_threshold=10 × the first validation loss, patience=∞)`, i.e. only its
  divergence checks, evaluated at every validation (Lightning checks the monitored metric
  when validation ends). The rule, from lightning/pytorch/callbacks/early_stopping.py
  (`_evaluate_stopping_criteria`, mode "min"): stop when the value is not finite, else when
  it is above `divergence_threshold`, else reset the patience counter on a new best
  (value − min_delta < best), else count one more bad evaluation and stop at `patience`.
- ES default: the same callback with its default `patience=3` (`min_delta=0`): what most users
  run; its patience stop is their overfitting and plateau signal.
- fixed: the hand-written guard of many training loops: stop when a training loss is NaN/±Inf
  or above 2 × the first training loss.

An alarm counts as a detection when it is the right kind for the label (below) and comes at
or after the event (`event_step`, or the first non-finite step when that is earlier);
delays are in steps from `event_step`. Anything else that fires is a false alarm: on healthy
and noisy runs, on a spike that recovers (stopping it kills a run that would have come back),
or before the event.

    label          lossmon detection                  baseline detection
    divergence     divergence alert                   any stop
    spike_recover  spike alert, no divergence alert   (none: each stop is a false alarm)
    overfit        overfitting alert                  ES default's patience stop
    plateau        plateau alert                      ES default's patience stop
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lossmon.server.detectors.replay import first_nonfinite, read_rows, replay  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "curves"
Rows = list[tuple[int, str, dict[str, float]]]
ES_DIVERGENCE_FACTOR = 10.0
FIXED_FACTOR = 2.0


@dataclass
class Alarm:
    """A watcher's first alarm on a run (or its set of alerts, for lossmon)."""

    step: int
    kind: str  # "divergence", "spike", "overfitting", "plateau", "patience", "loud" ...
    text: str


@dataclass
class Verdict:
    detected: bool
    delay: int | None
    false_alarm: bool
    got: str  # every alarm
    shown: str = ""  # the one that decided: the detection, else the first alarm


# --- the watchers ---------------------------------------------------------------------


def lossmon(rows: Rows, loss_kind: str) -> list[Alarm]:
    """Return lossmon's alerts, in the order they fired."""
    result = replay(rows, loss_kind=loss_kind)
    return [
        Alarm(a.opened_step, a.detector, f"{a.detector}/{a.severity}@{a.opened_step}")
        for a in result.alerts
        if a.severity in ("warning", "critical") or a.detector == "plateau"
    ]


def early_stopping(rows: Rows, patience: float) -> list[Alarm]:
    """Lightning's EarlyStopping on val/loss, mode min: the first stop, as an alarm."""
    vals = [(step, v["loss"]) for step, split, v in rows if split == "val" and "loss" in v]
    if not vals:
        return []
    first = next((v for _, v in vals if math.isfinite(v)), math.nan)
    threshold = ES_DIVERGENCE_FACTOR * first
    best, wait, min_delta = math.inf, 0, 0.0
    for step, current in vals:
        if not math.isfinite(current):  # check_finite
            return [Alarm(step, "divergence", f"non-finite@{step}")]
        if current > threshold:  # divergence_threshold, mode "min"
            return [Alarm(step, "divergence", f"threshold@{step}")]
        if current - min_delta < best:
            best, wait = current, 0
            continue
        wait += 1
        if wait >= patience:
            return [Alarm(step, "patience", f"patience@{step}")]
    return []


def fixed_threshold(rows: Rows) -> list[Alarm]:
    """Stop on a non-finite training loss or one above FIXED_FACTOR × the first."""
    first = None
    for step, split, v in rows:
        if split != "train" or "loss" not in v:
            continue
        loss = v["loss"]
        if not math.isfinite(loss):
            return [Alarm(step, "divergence", f"non-finite@{step}")]
        if first is None:
            first = loss
        elif loss > FIXED_FACTOR * first:
            return [Alarm(step, "divergence", f">{FIXED_FACTOR:g}x@{step}")]
    return []


WATCHERS: dict[str, Callable[[Rows, str], list[Alarm]]] = {
    "lossmon": lossmon,
    "ES guard": lambda rows, _: early_stopping(rows, math.inf),
    "ES default": lambda rows, _: early_stopping(rows, 3),
    "fixed": lambda rows, _: fixed_threshold(rows),
}


# --- judging --------------------------------------------------------------------------


def judge(watcher: str, meta: dict, rows: Rows, alarms: list[Alarm]) -> Verdict:
    """Compare a watcher's alarms with the run's label."""
    kind = meta["pathology"]
    got = ", ".join(a.text for a in alarms) or "-"
    event = meta.get("event_step")
    nonfinite = first_nonfinite(rows)
    start = None if event is None else min(int(event), nonfinite or 10**12)
    if watcher == "lossmon":
        wanted = {"divergence": "divergence", "spike_recover": "spike",
                  "overfit": "overfitting", "plateau": "plateau"}.get(kind)  # fmt: skip
        hits = [a for a in alarms if a.kind == wanted]
        if kind == "spike_recover" and any(a.kind == "divergence" for a in alarms):
            hits = []
        # Plateau runs: an info plateau alert is the detection; other loud alerts are not
        # false alarms there (a run stuck from step 1 is also a bad run).
        loud = [a for a in alarms if a.kind != "plateau"]
        if kind in ("healthy", "noisy_healthy"):
            return Verdict(False, None, bool(loud), got, loud[0].text if loud else "-")
        if kind == "spike_recover":
            false = any(a.kind == "divergence" for a in alarms)
        else:
            false = any(a.step < (start or 0) for a in hits)
        hit = next((a for a in hits if start is None or a.step >= start), None)
    else:
        if kind in ("healthy", "noisy_healthy", "spike_recover"):
            return Verdict(False, None, bool(alarms), got, alarms[0].text if alarms else "-")
        accepted = {"divergence": ("divergence", "patience"),
                    "overfit": ("patience",), "plateau": ("patience",)}[kind]  # fmt: skip
        hits = [a for a in alarms if a.kind in accepted]
        hit = next((a for a in hits if start is None or a.step >= start), None)
        false = bool(alarms) and hit is None
    if hit is None:
        return Verdict(False, None, false, got, alarms[0].text if alarms else "-")
    delay = None if event is None else hit.step - int(event)
    return Verdict(True, delay, false, got, hit.text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs-table", action="store_true", help="also print every run")
    args = parser.parse_args()

    labels = sorted(args.corpus.glob("*.json"))
    results: dict[str, list[tuple[dict, Verdict]]] = {w: [] for w in WATCHERS}
    lines = [f"{'run':<14} {'pathology':<14} " + " ".join(f"{w:<26}" for w in WATCHERS)]
    for label in labels:
        meta = json.loads(label.read_text())
        rows = read_rows(label.with_suffix(".csv"))
        cells = []
        for name, watch in WATCHERS.items():
            verdict = judge(name, meta, rows, watch(rows, meta["loss_kind"]))
            results[name].append((meta, verdict))
            mark = "✓" if verdict.detected else ("✗" if verdict.false_alarm else "·")
            delay = "" if verdict.delay is None else f" d={verdict.delay}"
            cells.append(f"{mark} {verdict.shown.replace('/critical', '')[:19]}{delay}"[:26])
        lines.append(
            f"{meta['run_id']:<14} {meta['pathology']:<14} " + " ".join(f"{c:<26}" for c in cells)
        )
    if args.runs_table:
        print("\n".join(lines))
        print("✓ detected (d = delay in steps after event_step), ✗ false alarm, · nothing\n")

    kinds = ["divergence", "spike_recover", "overfit", "plateau", "healthy", "noisy_healthy"]
    print(f"{'pathology':<14} {'n':>3}  " + "  ".join(f"{w:>24}" for w in WATCHERS))
    print(
        f"{'':<14} {'':>3}  " + "  ".join(f"{'found  median delay  false':>24}" for _ in WATCHERS)
    )
    for kind in kinds:
        n = sum(1 for meta, _ in results["lossmon"] if meta["pathology"] == kind)
        cells = []
        for name in WATCHERS:
            verdicts = [v for meta, v in results[name] if meta["pathology"] == kind]
            found = sum(v.detected for v in verdicts)
            delays = [v.delay for v in verdicts if v.detected and v.delay is not None]
            med = f"{statistics.median(delays):g}" if delays else "-"
            false = sum(v.false_alarm for v in verdicts)
            found_text = (
                "n/a"
                if (name != "lossmon" and kind == "spike_recover")
                else (f"{found}/{n}" if kind not in ("healthy", "noisy_healthy") else "-")
            )
            cells.append(f"{found_text:>5} {med:>13} {false:>6}")
        print(f"{kind:<14} {n:>3}  " + "  ".join(f"{c:>24}" for c in cells))
    totals = {
        name: (sum(v.detected for _, v in res), sum(v.false_alarm for _, v in res))
        for name, res in results.items()
    }
    print(
        "\ntotal (detections, false alarms): "
        + "; ".join(f"{name} {d} / {f}" for name, (d, f) in totals.items())
    )
    div = {
        name: [v.delay for meta, v in res
               if meta["pathology"] == "divergence" and v.detected and v.delay is not None]
        for name, res in results.items()
    }  # fmt: skip
    base = statistics.median(div["lossmon"]) if div["lossmon"] else None
    for name in WATCHERS:
        if name == "lossmon" or not div[name] or base is None:
            continue
        print(
            f"divergence: lossmon's median delay {base:g} steps vs {name}'s "
            f"{statistics.median(div[name]):g} ({len(div['lossmon'])} vs {len(div[name])} "
            "runs caught)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
