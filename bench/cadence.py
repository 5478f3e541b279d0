"""Verdicts of the detectors on every labelled curve re-logged at other cadences (issue 12).

For each curve of tests/data/curves (and tests/data/curves/wild when present) and each cadence
(a training point every 1, 10 or 50 steps, sampled or as Trainer-style interval means; every
evaluation, or about five in all), print what fires beside the label:

    .venv/bin/python bench/cadence.py [--only s05_digits] [--wild | --holdout [--raw]]
    .venv/bin/python bench/cadence.py --folder DIR   # fresh curves from bench/make_curves.py

The real-log corpora (--wild, --holdout) are replayed as logged. With --raw, each held-out run
whose source file is kept (tests/data/curves/holdout/raw/<stem>.src.*) is read from that file,
copied under its name in the source repository (the reader may go by it: `train_loss.csv`),
as `lossmon backtest` reads it, instead of from its corpus CSV (a file holding several runs:
right when any of them is); a run whose source the reader refuses counts as wrong. At the end:
how many verdicts are right, and the median delay of the divergence alerts after the labelled
event, in steps and in logged points (a sparse log cannot be early in steps).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path

from lossmon.server.backtest import backtest_logs
from lossmon.server.detectors.replay import read_run, relog, replay
from lossmon.server.log_formats import LogError, read_logs
from lossmon.server.log_pairs import join_runs

CURVES = Path(__file__).resolve().parents[1] / "tests" / "data" / "curves"
WANTED = {
    "divergence": ("divergence", "critical"),
    "spike_recover": ("spike", "warning"),
    "overfit": ("overfitting", "warning"),
    "plateau": ("plateau", "info"),
}


def cadences(steps: int, eval_every: int) -> list[tuple[str, int, bool, int | None]]:
    few = max(eval_every, (steps // 5) // eval_every * eval_every)
    out = [("1", 1, False, None)]
    for every in (10, 50):
        out += [(f"{every}s", every, False, None), (f"{every}m", every, True, None)]
    out += [("10m/5ev", 10, True, few)]
    return out


def verdict(label: dict, alerts: list) -> str:
    """'ok', or what is wrong: the wanted alert missing, or a loud alert on a healthy run."""
    kind = label["pathology"]
    loud = [a for a in alerts if a.severity in ("warning", "critical")]
    if kind in WANTED:
        det, sev = WANTED[kind]
        if not any(a.detector == det and a.severity == sev for a in alerts):
            return f"MISSED {det}"
        if kind != "divergence" and any(a.severity == "critical" for a in alerts):
            return "CRITICAL on a run that did not diverge"
        return "ok"
    return "ok" if not loud else "LOUD on healthy"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=None)
    parser.add_argument("--wild", action="store_true", help="the wild corpus instead")
    parser.add_argument("--holdout", action="store_true", help="the held-out corpus instead")
    parser.add_argument(
        "--raw", action="store_true", help="with --holdout: read each run's source file"
    )
    parser.add_argument(
        "--folder", type=Path, help="curves like tests/data/curves elsewhere (bench/make_curves.py)"
    )
    args = parser.parse_args()
    if args.raw:
        raw_sources(args.only)
        return
    real = args.wild or args.holdout
    folder = CURVES / "wild" if args.wild else CURVES / "holdout" if args.holdout else CURVES
    folder = args.folder or folder
    bad = total = 0
    delays: list[tuple[int, int]] = []
    by_cadence: dict[str, list[int]] = {}
    pages: list[tuple[int, int]] = []
    for meta_path in sorted(folder.glob("*.json")):
        if args.only and args.only not in meta_path.stem:
            continue
        label = json.loads(meta_path.read_text())
        rows = read_run(meta_path.with_suffix(".csv"))
        steps = max(r[0] for r in rows)
        for name, every, mean, val_every in cadences(steps, int(label.get("eval_every") or 1)):
            if real and name != "1":
                continue
            logged = rows if real else relog(rows, every, mean=mean, val_every=val_every)
            result = replay(logged, loss_kind=label.get("loss_kind"))
            got = ", ".join(f"{a.detector}/{a.severity}@{a.opened_step}" for a in result.alerts)
            v = verdict(label, result.alerts)
            total += 1
            bad += v != "ok"
            print(f"{label['run_id']:<22} {label['pathology']:<14} {name:<8} {v:<24} {got or '-'}")
            delay = divergence_delay(label, logged, result.alerts)
            if delay is not None:
                delays.append(delay)
                by_cadence.setdefault(name, []).append(delay[0])
                pages.append(first_page_delay(label, logged, result.alerts, delay[0]))
    print(f"{total - bad}/{total} ok")
    if delays:
        steps = statistics.median(d for d, _ in delays)
        points = statistics.median(p for _, p in delays)
        print(
            f"median divergence delay: {steps:g} steps, {points:g} logged points (n={len(delays)})"
        )
        steps = statistics.median(d for d, _ in pages)
        points = statistics.median(p for _, p in pages)
        print(f"median delay of the first warning or critical: {steps:g} steps, {points:g} points")
        if len(by_cadence) > 1:
            print(
                "median divergence delay by cadence (steps): "
                + ", ".join(f"{k} {statistics.median(v):g}" for k, v in by_cadence.items())
            )


def raw_sources(only: str | None) -> None:
    """Replay every held-out run with a kept source from that source, as backtest reads it
    (a run kept as two one-series files, a TensorBoard export per tag, from both together)."""
    folder = CURVES / "holdout"
    right = agree = total = 0
    named = Path(tempfile.mkdtemp(prefix="cadence-raw-"))
    sources: dict[str, list[Path]] = {}
    for source in sorted((folder / "raw").glob("*.src.*")):
        sources.setdefault(source.name.split(".src.")[0], []).append(source)
    for stem, kept in sources.items():
        meta = folder / f"{stem}.json"
        if not meta.exists() or (only and only not in stem):
            continue
        label = json.loads(meta.read_text())
        kind = label.get("loss_kind")
        corpus = verdict(label, replay(read_run(meta.with_suffix(".csv")), loss_kind=kind).alerts)
        # Under the folders it had too (the last two): a reader may go by them (Burn's
        # `train/epoch-1/Loss.log`, DVCLive's `metrics/eval/loss.tsv`).
        copies = [named / stem / original_path(source, label, kept) for source in kept]
        for source, copy in zip(kept, copies, strict=True):
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
        try:
            logs = [
                log for _, read in join_runs([(c, read_logs(c)) for c in copies]) for log in read
            ]
        except LogError as error:
            v, read = "UNREAD", str(error).split(";")[0]
        else:
            # As `lossmon backtest` replays them (a log numbered by epochs counts its stall
            # span in epochs).
            outcomes = backtest_logs([(copies[0], logs)], None, kind)
            verdicts = [verdict(label, outcome.result.alerts) for outcome in outcomes]
            v = "ok" if "ok" in verdicts else verdicts[0]
            read = logs[0].describe() + (f" (+{len(logs) - 1} runs)" if len(logs) > 1 else "")
        total += 1
        right += v == "ok"
        agree += (v == "ok") == (corpus == "ok")
        print(f"{kept[0].name:<34} {label['pathology']:<14} {v:<24} corpus: {corpus:<12} {read}")
    shutil.rmtree(named)
    print(f"{right}/{total} ok from the source files; {agree}/{total} agree with the corpus files")


def original_path(source: Path, label: dict, kept: list[Path]) -> Path:
    """Return where a kept source lay in its repository, under the last two folders of the
    sidecar's path. Where the run's files lie in folders of their own, one a split (DVCLive's
    `plots/metrics/train/loss.tsv` and `plots/metrics/eval/loss.tsv`), each was kept as
    `<folder>_<name>` (`train_loss.tsv`, `eval_loss.tsv`; the sidecar's is `train_loss.tsv`):
    each goes back to its folder, beside the sidecar's, so that no two share one name."""
    path = Path(label["source"]["path"])
    folders = Path(*path.parent.parts[-2:])
    stem, name = source.name.split(".src.", 1)
    own = f"{path.parent.name}_{path.name}"
    if path.parent.name and any(
        k.name in (f"{stem}.src.{own}", f"{stem}.src.{own}.gz") for k in kept
    ):
        folder, _, name = name.partition("_")
        return folders.parent / folder / name
    return folders / original_name(source, label)


def original_name(source: Path, label: dict) -> str:
    """Return the file name a kept source had in its repository: the sidecar's path, its
    validation twin for a pair's `.src.val*` copy, `.gz` where the copy was compressed. Where
    the sidecar's own name is kept (`<stem>.src.learn_error.tsv`), the run's files were kept
    under their names in the repository: each is used as it is (`test_error.tsv` beside it)."""
    name = Path(label["source"]["path"]).name
    stem, kept = source.name.split(".src.", 1)
    if any(source.with_name(f"{stem}.src.{own}").exists() for own in (name, f"{name}.gz")):
        return kept
    if kept.startswith("val"):
        # The validation twin of a per-tag export: `…_train-tag-…` is `…_validation-tag-…`,
        # `run_.-tag-loss` is `run_.-tag-val_loss` (Keras' own names).
        if "train" in name:
            name = name.replace("train", "validation")
        elif "-tag-" in name:
            name = name.replace("-tag-", "-tag-val_", 1)
        else:
            name = f"val_{name}"
    if kept.endswith(".gz") and not name.endswith(".gz"):
        name += ".gz"
    return name


def divergence_delay(label: dict, rows: list, alerts: list) -> tuple[int, int] | None:
    """Return (steps, logged points) from the labelled event to the first divergence alert."""
    if label["pathology"] != "divergence" or label.get("event_step") is None:
        return None
    event = int(label["event_step"])
    # The alert of the labelled event: one still firing there, else the first after it (an
    # earlier episode that resolved before it, a recovered warm-up blow-up, is another event).
    opened = [
        max(a.opened_step, event)
        for a in alerts
        if a.detector == "divergence" and (a.resolved_step is None or a.resolved_step > event)
    ]
    if not opened:
        return None
    at = min(opened)
    points = len({s for s, _, _ in rows if event < s <= at})
    return max(0, at - event), points


def first_page_delay(label: dict, rows: list, alerts: list, critical: int) -> tuple[int, int]:
    """Return (steps, logged points) from the labelled event to its first page: the divergence
    critical `critical` steps after it, or a warning opened before that at or after the event
    (a spike warning often pages at the jump that a divergence needs more points to prove)."""
    event = int(label["event_step"])
    at = min(
        [event + critical]
        + [a.opened_step for a in alerts if a.severity == "warning" and a.opened_step >= event]
    )
    points = len({s for s, _, _ in rows if event < s <= at})
    return at - event, points


if __name__ == "__main__":
    main()
