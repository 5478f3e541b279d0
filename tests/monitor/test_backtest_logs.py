"""`lossmon backtest` on the training logs people keep: each file says what was read from it,
and a raw source gives the same alerts as its corpus CSV."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lossmon.server.cli import main
from lossmon.server.log_formats import read_logs
from tests.monitor.test_log_formats import HOLDOUT, LOGS, RAW, SAME, SAMPLES


def blocks(output: str) -> list[tuple[str, list[str]]]:
    """Return each replayed run's head line and its alert lines (the summary line left out)."""
    out: list[tuple[str, list[str]]] = []
    for line in output.splitlines()[:-1]:
        if line.startswith("  "):
            out[-1][1].append(line)
        else:
            out.append((line, []))
    return out


@pytest.mark.parametrize(("source", "run", "stem", "kind"), SAME, ids=[s[2] for s in SAME])
def test_a_raw_source_fires_what_its_corpus_file_fires(
    runner: CliRunner, source: Path, run: int, stem: str, kind: str
) -> None:
    corpus = HOLDOUT / f"{stem}.csv"
    loss_kind = json.loads(corpus.with_suffix(".json").read_text()).get("loss_kind")
    extra = ["--loss-kind", loss_kind] if loss_kind else []
    raw = runner.invoke(main, ["backtest", str(source), *extra])
    # A source its reader numbers by epochs is replayed so; its corpus CSV says it with a flag.
    unit = ["--step-unit", "epoch"] if read_logs(source)[run - 1].steps_are_epochs else []
    expected = runner.invoke(main, ["backtest", str(corpus), *unit])
    assert raw.exit_code == 0 and expected.exit_code == 0, raw.output + expected.output
    head, alerts = blocks(raw.output)[run - 1]
    assert head.startswith(f"{source}") and " — " in head
    assert alerts == blocks(expected.output)[0][1]


def test_each_file_says_what_was_read_then_what_would_fire(runner: CliRunner) -> None:
    files = [
        LOGS / "g01_logrob" / "trainer_state.json",
        RAW / "f03_airtemp.src.csv",
        RAW / "lung_training_log.csv",
        SAMPLES / "nanogpt.txt",
    ]
    result = runner.invoke(main, ["backtest", *map(str, files)])
    assert result.exit_code == 0, result.output
    heads = [head for head, _ in blocks(result.output)]
    assert heads == [
        f"{files[0]}: Trainer log_history — train 'loss' 42 points, val 'eval_loss' 42, "
        "lr 'learning_rate'",
        f"{files[1]}: Lightning CSVLogger metrics — train 'train_loss' 14 points, "
        "val 'val_loss' 14",
        f"{files[2]}: Keras history (step = epoch + 1) — train 'loss' 10 points, "
        "val 'val_loss' 10, lr 'learning_rate'",
        f"{files[3]}: nanoGPT log — train 'iter N: loss' 13 points, val 'step N: val loss' 2",
    ]
    airtemp, lung, nano = (blocks(result.output)[i][1] for i in (1, 2, 3))
    # A slow overfit (validation zig-zagging up for 7 epochs while training falls).
    assert "overfitting" in airtemp[0] and "opened   3485" in airtemp[0]
    assert "spike" in lung[0] and "opened      5" in lung[0]
    # The NaN of the nanoGPT log is data: divergence at its step.
    assert "divergence" in nano[0] and "opened     60" in nano[0]
    assert result.output.splitlines()[-1] == "4 run(s) replayed, 3 alert(s) would fire"


def test_each_appended_run_is_replayed(runner: CliRunner) -> None:
    result = runner.invoke(main, ["backtest", str(RAW / "f24_ds5220.src.csv")])
    assert result.exit_code == 0, result.output
    heads = [head for head, _ in blocks(result.output)]
    assert [head.split(":")[0].rsplit(" ", 1)[1] for head in heads] == ["#1", "#2", "#3", "#4"]
    assert "run 3 of 4 (lines 42-61)" in heads[2]
    assert result.output.splitlines()[-1].startswith("4 run(s) replayed")


def test_an_unrecognised_file_is_reported_after_the_others_are_replayed(
    runner: CliRunner,
) -> None:
    good = LOGS / "g19_polu" / "trainer_state.json"
    result = runner.invoke(main, ["backtest", str(good), str(SAMPLES / "notes.txt")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{good}: Trainer log_history")  # replayed
    assert "1 run(s) replayed" in result.output
    assert lines[-1].startswith("Error: notes.txt: not a training log lossmon can read;")
    assert "expected a Trainer trainer_state.json" in lines[-1]
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_readme_example_in_a_real_process(tmp_path: Path) -> None:
    """`lossmon backtest trainer_state.json metrics.csv training_log.csv`, as a user runs it."""
    for source, name in [
        (LOGS / "h21_t5simp" / "trainer_state.json", "trainer_state.json"),
        (RAW / "f21_wsds2.src.csv", "metrics.csv"),
        (RAW / "g04_anna.src.csv", "training_log.csv"),
    ]:
        (tmp_path / name).write_bytes(source.read_bytes())
    args = ["backtest", "trainer_state.json", "metrics.csv", "training_log.csv"]
    done = subprocess.run(
        [sys.executable, "-m", "lossmon.server.cli", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    heads = [head for head, _ in blocks(done.stdout)]
    assert heads[0].startswith("trainer_state.json: Trainer log_history — train 'loss' 333")
    assert heads[1].startswith(
        "metrics.csv: Lightning CSVLogger metrics — train 'train_loss_batch'"
    )
    assert heads[2].startswith("training_log.csv: Keras history (step = epoch + 1) — train 'loss'")
    # f21 ends on a NaN: a critical divergence, as its corpus file gives.
    assert "divergence     critical" in done.stdout
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "lossmon.server.cli",
            "backtest",
            str(SAMPLES / "accuracy_only.csv"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "accuracy_only.csv: a CSV with columns epoch, accuracy, val_accuracy but no loss" in (
        bad.stderr
    )


def test_a_runs_one_series_files_replay_as_one_run(runner: CliRunner, tmp_path: Path) -> None:
    """A run kept as one file per series replays as one run: TensorBoard's download per tag
    (ba03: validation rises while training falls, an overfit neither file shows alone) and an
    MLflow run's metric files. Files of different runs (folders) stay apart."""
    export = tmp_path / "tb"
    export.mkdir()
    for kept, name in (("train", "subclass_train-tag-epoch_loss.csv"),
                       ("val", "subclass_validation-tag-epoch_loss.csv")):  # fmt: skip
        (export / name).write_bytes((RAW / f"ba03_spectramixed.src.{kept}.csv").read_bytes())
    files = sorted(map(str, export.glob("*.csv")))
    together = runner.invoke(main, ["backtest", *files])
    assert together.exit_code == 0, together.output
    [(head, alerts)] = blocks(together.output)
    assert "one run in 2 files" in head and any("overfitting" in a for a in alerts), head
    for file in files:
        # Alone, neither file shows an overfit: the validation file is judged on its own rise
        # ("Validation getting worse", no training logged to say why), the training one not.
        alone = runner.invoke(main, ["backtest", file])
        assert alone.exit_code == 0 and "Overfitting:" not in alone.output, alone.output
        assert ("Validation getting worse" in alone.output) == ("validation" in file), file
    metrics = tmp_path / "mlruns" / "0" / "4f1c" / "metrics"
    metrics.mkdir(parents=True)
    steps = range(1, 31)
    (metrics / "train_loss").write_text(
        "".join(f"1700000000{s:03d} {2.0 * 0.9**s} {s}\n" for s in steps)
    )
    (metrics / "val_loss").write_text(
        "".join(f"1700000000{s:03d} {1.0 + 0.02 * abs(s - 8)} {s}\n" for s in steps)
    )
    other = tmp_path / "other" / "train_loss.csv"
    other.parent.mkdir()
    other.write_text("".join(f"{2.0 / s}\n" for s in steps))
    mixed = runner.invoke(
        main, ["backtest", str(metrics / "train_loss"), str(metrics / "val_loss"), str(other)]
    )
    assert mixed.exit_code == 0, mixed.output
    heads = [head for head, _ in blocks(mixed.output)]
    assert len(heads) == 2 and "MLflow metric file, one run in 2 files, with val_loss" in heads[0]
    assert "overfitting" in mixed.output and "train_loss.csv" in heads[1], mixed.output


def test_an_allennlp_serialization_folder_replays_its_epoch_files_as_one_run(
    runner: CliRunner, tmp_path: Path
) -> None:
    """AllenNLP keeps a file an epoch (`metrics_epoch_N.json`, N from 0; held-out sl02: the
    validation loss best at epoch 4, then 1.9x it by 14 while training falls). Given together
    or as their folder they are one run at step = epoch + 1, whose overfit shows; the folder's
    summary `metrics.json` (no history) is passed over, and says why; one file alone is its
    epoch."""
    folder = tmp_path / "serialization"
    folder.mkdir()
    for source in sorted(RAW.glob("sl02_scibertval.src.metrics_epoch_*.json")):
        (folder / source.name.split(".src.")[1]).write_bytes(source.read_bytes())
    last = json.loads((folder / "metrics_epoch_13.json").read_text())
    (folder / "metrics.json").write_text(json.dumps({**last, "best_epoch": 3}))
    files = [str(folder / f"metrics_epoch_{n}.json") for n in range(14)]
    for given in (files, [str(folder)]):
        result = runner.invoke(main, ["backtest", *given])
        assert result.exit_code == 0, result.output
        [(head, alerts)] = blocks(result.stdout)
        assert "AllenNLP metrics_epoch_N.json, one run in 14 files" in head, head
        assert "train 'training_loss' 14 points, val 'validation_loss' 14" in head, head
        assert any("overfitting" in a and "step 4)" in a for a in alerts), result.output
    assert "metrics.json: AllenNLP's final metrics.json: the run's summary" in result.stderr
    [epoch] = read_logs(folder / "metrics_epoch_13.json")
    assert epoch.rows == [
        (14, "train", {"loss": last["training_loss"]}),
        (14, "val", {"loss": last["validation_loss"]}),
    ]


def test_a_catboost_info_folder_replays_as_one_run(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CatBoost's learn_error.tsv and test_error.tsv, given together or as their folder, are one
    run (dr01: validation turns up at iteration 218 while training falls, an overfit that
    learn_error.tsv alone cannot show); the folder's other files (time_left.tsv, the JSON
    CatBoost writes beside them) are passed over, each said on stderr, so that a log among
    them that failed to read is seen."""
    info = tmp_path / "catboost_info"
    info.mkdir()
    for name in ("learn_error.tsv", "test_error.tsv"):
        (info / name).write_bytes((RAW / f"dr01_cbparkinsons.src.{name}").read_bytes())
    (info / "time_left.tsv").write_text("iter\tPassed\tRemaining\n0\t1.2\t1200\n1\t2.3\t1150\n")
    (info / "catboost_training.json").write_text(
        json.dumps({"meta": {"name": "experiment", "iteration_count": 2},
                    "iterations": [{"learn": [0.68], "iteration": 0, "test": [0.69]}]})
    )  # fmt: skip
    files = [str(info / "learn_error.tsv"), str(info / "test_error.tsv")]
    for given in (files, [str(info)]):
        result = runner.invoke(main, ["backtest", *given])
        assert result.exit_code == 0, result.output
        [(head, alerts)] = blocks(result.stdout)
        assert "CatBoost error file, one run in 2 files" in head, head
        assert any("overfitting" in a for a in alerts), result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped in")]
    assert [line.split(": ")[1] for line in skipped] == ["catboost_training.json", "time_left.tsv"]
    alone = runner.invoke(main, ["backtest", files[0]])
    assert alone.exit_code == 0 and "overfitting" not in alone.output, alone.output
    broken = (info / "learn_error.tsv").read_text().splitlines()
    broken[4] = broken[4].split("\t")[0] + "\tabc"
    (info / "learn_error.tsv").write_text("\n".join(broken) + "\n")
    result = runner.invoke(main, ["backtest", str(info)])
    assert "learn_error.tsv: line 5, column Logloss: 'abc' is not a number" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    refused = runner.invoke(main, ["backtest", "."])
    assert refused.exit_code == 1
    assert "Error: .: a folder holding no training log" in refused.stderr, refused.output


def flat_history(tmp_path: Path) -> tuple[Path, Path]:
    """The same 150 losses stuck in the noise from the start, train only: as a Keras history
    (numbered by epochs) and as a CSV with a step column (numbered by steps)."""
    values = [3480 + 20 * math.sin(i * 2.4) for i in range(150)]
    keras = tmp_path / "history.csv"
    keras.write_text("epoch,loss\n" + "".join(f"{i},{v:.2f}\n" for i, v in enumerate(values)))
    steps = tmp_path / "metrics.csv"
    rows = "".join(f"{i + 1},{v:.2f}\n" for i, v in enumerate(values))
    steps.write_text("step,train_loss\n" + rows)
    return keras, steps


def test_a_train_only_log_numbered_by_epochs_has_its_stall_judged_in_epochs(
    runner: CliRunner, tmp_path: Path
) -> None:
    """No evaluation tells a train-only Keras history from a 150-step run: its reader does
    (`step = epoch + 1`), and the stall rule's minimum span (200 steps) counts as on a per-epoch
    log (2 epochs). The same numbers under a step column may be a per-step run's first 150
    steps: their stall is held, and told only once the run has ended short of 200 steps, at
    its last step."""
    keras, steps = flat_history(tmp_path)
    result = runner.invoke(main, ["backtest", str(keras), str(steps)])
    assert result.exit_code == 0, result.output
    by_epoch, by_step = result.output.split("metrics.csv: ")
    assert "plateau        info     opened" in by_epoch and "train/loss has stalled" in by_epoch
    assert "opened    150: train/loss has stalled" in by_step, by_step
    # …unless told that its steps are epochs.
    told = runner.invoke(main, ["backtest", "--step-unit", "epoch", str(steps)])
    assert "train/loss has stalled" in told.output, told.output
