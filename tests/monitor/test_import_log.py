"""`lossmon import log`: training logs become runs whose series are named as the client names
them (train/loss, val/loss, lr), on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from lossmon.server import alerts
from lossmon.server.cli import main
from lossmon.server.db import Database
from lossmon.server.log_formats import read_logs, series_of
from lossmon.server.models import Alert, Project, Run
from lossmon.server.transfer import points_of
from tests.monitor.test_backtest_logs import flat_history
from tests.monitor.test_log_formats import LOGS, RAW, SAMPLES


def stored(database_url: str) -> dict[str, dict[str, dict[int, float]]]:
    """Return {run name: {key: {step: value}}} of everything stored."""
    database = Database(database_url)
    try:
        with database.session() as session:
            out: dict[str, dict[str, dict[int, float]]] = {}
            for run in session.scalars(select(Run).order_by(Run.id)):
                series = out.setdefault(run.name, {})
                for key, step, value, _ in points_of(session, run):
                    series.setdefault(key, {})[step] = value
            return out
    finally:
        database.dispose()


def same(a: dict[int, float], b: dict[int, float]) -> bool:
    return a.keys() == b.keys() and all(
        a[s] == b[s] or (math.isnan(a[s]) and math.isnan(b[s])) for s in a
    )


def test_import_log_stores_train_val_and_lr_and_is_idempotent(
    runner: CliRunner, database_url: str
) -> None:
    files = [
        LOGS / "g01_logrob" / "trainer_state.json",
        RAW / "f21_wsds2.src.csv",  # Lightning, ends on a NaN
        RAW / "f06_centaur.src.txt",  # Trainer console output
        SAMPLES / "llmc_main.log",
    ]
    args = ["import", "log", *map(str, files), "--project", "old", "--database-url", database_url]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert first.output.splitlines() == [
        "g01_logrob/trainer_state: run 1 created, Trainer log_history — train 'loss' 42 points, "
        "val 'eval_loss' 42, lr 'learning_rate'",
        "f21_wsds2.src: run 2 created, Lightning CSVLogger metrics — "
        "train 'train_loss_batch' 26 points, no val",
        "f06_centaur.src: run 3 created, Trainer console log (step = train log count) — "
        "train 'loss' 200 points, val 'eval_loss' 20, lr 'learning_rate'",
        "llmc_main: run 4 created, llm.c main.log — train 'trl' 6 points, val 'tel' 2, lr 'lr'",
    ]
    runs = stored(database_url)
    for path, name in zip(files, runs, strict=True):
        [log] = read_logs(path)
        expected = series_of(log)
        assert runs[name].keys() == expected.keys()
        assert all(same(runs[name][key], dict(points)) for key, points in expected.items())
    assert sorted(runs["g01_logrob/trainer_state"]) == ["lr", "train/loss", "val/loss"]
    assert math.isnan(runs["f21_wsds2.src"]["train/loss"][1299])

    again = runner.invoke(main, args)
    assert again.exit_code == 0, again.output
    assert [line.split(",")[0] for line in again.output.splitlines()] == [
        "g01_logrob/trainer_state: run 1 updated",
        "f21_wsds2.src: run 2 updated",
        "f06_centaur.src: run 3 updated",
        "llmc_main: run 4 updated",
    ]
    after = stored(database_url)
    assert after.keys() == runs.keys()
    assert all(same(after[n][k], runs[n][k]) for n in runs for k in runs[n])


def test_import_log_makes_one_run_per_appended_run_and_takes_a_name(
    runner: CliRunner, database_url: str
) -> None:
    base = ["--project", "p", "--database-url", database_url]
    appended = runner.invoke(main, ["import", "log", str(RAW / "f20_digits.src.csv"), *base])
    assert appended.exit_code == 0, appended.output
    assert [line.split(":")[0] for line in appended.output.splitlines()] == [
        "f20_digits.src #1",
        "f20_digits.src #2",
    ]
    named = runner.invoke(
        main,
        ["import", "log", str(SAMPLES / "metrics.jsonl"), "--name", "sweep-3", *base,
         "--loss-kind", "cross_entropy"],
    )  # fmt: skip
    assert named.exit_code == 0, named.output
    assert named.output.startswith("sweep-3: run 3 created, JSON lines")
    runs = stored(database_url)
    assert len(runs["f20_digits.src #1"]["train/loss"]) == 5
    assert len(runs["f20_digits.src #2"]["train/loss"]) == 10
    # A cross-entropy run gets its perplexity derived, as any client's run does.
    assert "train/ppl" in runs["sweep-3"] and math.isnan(runs["sweep-3"]["train/loss"][150])
    two = runner.invoke(main, ["import", "log", str(RAW / "f20_digits.src.csv"),
                               str(SAMPLES / "metrics.jsonl"), "--name", "x", *base])  # fmt: skip
    assert two.exit_code == 2 and "one run's files" in two.output


def test_a_runs_export_per_tag_imports_as_one_run(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    """TensorBoard's CSV download, one file per tag (batch 52's ba03): the training and the
    validation file of one run are one run, under the name given."""
    for kept, name in (("train", "subclass_train-tag-epoch_loss.csv"),
                       ("val", "subclass_validation-tag-epoch_loss.csv")):  # fmt: skip
        (tmp_path / name).write_bytes((RAW / f"ba03_spectramixed.src.{kept}.csv").read_bytes())
    files = sorted(map(str, tmp_path.glob("*.csv")))
    args = ["import", "log", *files, "--name", "mixed", "--project", "p"]
    result = runner.invoke(main, [*args, "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "mixed: run 1 created, TensorBoard scalar export, one run in 2 files, with "
        "subclass_validation-tag-epoch_loss.csv — train"
    ), result.output
    [run] = stored(database_url).values()
    assert sorted(run) == ["train/loss", "val/loss"]
    assert len(run["train/loss"]) == len(run["val/loss"]) == 60


def test_allennlp_epoch_files_import_as_one_run_named_by_their_folder(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    """AllenNLP's `metrics_epoch_N.json`, a file an epoch, of two serialization folders: each
    folder's files are one run named by its folder (two runs, not two called metrics_epoch_0),
    gzip-compressed files (named as compressed files are: `metrics_epoch_0.json`) and an epoch
    written as a float (3.0) read alike, and an epoch written twice (a file whose own epoch
    repeats another's) stored once, from the later file."""
    import json

    losses = {"s1": [2.0, 1.5, 1.2, 1.1], "s2": [3.0, 2.5, 2.2, 2.1]}
    for folder, values in losses.items():
        (tmp_path / folder).mkdir()
        for n, v in enumerate(values):
            record = {"epoch": float(n) if n == 3 else n, "training_loss": v,
                      "validation_loss": round(v + 0.1, 6)}  # fmt: skip
            text = json.dumps(record).encode()
            name = tmp_path / folder / f"metrics_epoch_{n}.json"
            if folder == "s2":
                name.with_suffix(".json.gz").write_bytes(gzip.compress(text))
            else:
                name.write_bytes(text)
    again = {"epoch": 3, "training_loss": 1.0, "validation_loss": 1.05}
    (tmp_path / "s1" / "metrics_epoch_4.json").write_text(json.dumps(again))
    for folder in losses:
        files = sorted(map(str, (tmp_path / folder).glob("metrics_epoch_*")))
        args = ["import", "log", *files, "--project", "p", "--database-url", database_url]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    runs = stored(database_url)
    assert sorted(runs) == ["s1/metrics_epoch_0", "s2/metrics_epoch_0.json"]
    assert runs["s1/metrics_epoch_0"]["train/loss"] == {1: 2.0, 2: 1.5, 3: 1.2, 4: 1.0}
    assert runs["s2/metrics_epoch_0.json"]["val/loss"] == {1: 3.1, 2: 2.6, 3: 2.3, 4: 2.2}


def test_an_export_of_several_runs_imports_each_under_its_own_name(
    runner: CliRunner, database_url: str
) -> None:
    source = RAW / "l01_gptdiverge.src.csv.gz"  # a gzip-compressed W&B chart export
    args = ["import", "log", str(source), "--project", "p", "--database-url", database_url]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[4].startswith(
        "gpt2_char_to_token1729534595.422701: run 5 created, W&B chart export, gzip"
    )
    again = runner.invoke(main, args)  # the same runs, found again by file and part
    assert again.exit_code == 0 and "created" not in again.output, again.output
    runs = stored(database_url)
    assert len(runs) == 8
    expected = series_of(read_logs(source)[4])["train/loss"]
    assert same(runs["gpt2_char_to_token1729534595.422701"]["train/loss"], expected)


def test_a_table_of_named_runs_imports_every_launch_and_every_run_apart(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    # A name used for two launches (its epochs start again) and histories concatenated under a
    # run id at their own steps: one stored run each, none overwriting another.
    launches = tmp_path / "launches.csv"
    launches.write_text("run,epoch,loss\na,0,1.0\na,1,0.9\na,0,1.2\na,1,1.1\nb,0,2.0\nb,1,1.9\n")
    stepped = tmp_path / "stepped.csv"
    stepped.write_text("run_id,step,train_loss\nc,10,1.0\nc,20,0.9\nd,10,2.0\nd,20,1.9\n")
    for source in (launches, stepped):
        args = ["import", "log", str(source), "--project", "p", "--database-url", database_url]
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "updated" not in result.output, result.output
    losses = {name: series["train/loss"] for name, series in stored(database_url).items()}
    assert losses == {
        "a #1": {1: 1.0, 2: 0.9}, "a #2": {1: 1.2, 2: 1.1}, "b": {1: 2.0, 2: 1.9},
        "c": {10: 1.0, 20: 0.9}, "d": {10: 2.0, 20: 1.9},
    }  # fmt: skip


def test_a_log_rewritten_by_another_launch_imports_as_a_new_run(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    # A log that grew updates its run; one a new launch overwrote (shorter, other values)
    # is another run: the first keeps its points whole, none mixed into the second.
    log = tmp_path / "mnist.log"
    args = ["import", "log", str(log), "--project", "p", "--database-url", database_url]

    def epochs(*losses: float) -> None:
        log.write_text("".join(f"Epoch {e}/{len(losses)} - train_loss: {v} - val_loss: {v + 0.1}\n"
                               for e, v in enumerate(losses, start=1)))  # fmt: skip

    epochs(0.9, 0.8)
    assert "created" in runner.invoke(main, args).output
    epochs(0.9, 0.8, 0.7)
    grown = runner.invoke(main, args)
    assert grown.exit_code == 0 and "run 1 updated" in grown.output, grown.output
    epochs(0.5, 0.4)
    rewritten = runner.invoke(main, args)
    assert rewritten.exit_code == 0, rewritten.output
    assert rewritten.output.startswith("mnist (2): run 2 created"), rewritten.output
    again = runner.invoke(main, args)  # the rewritten log again: its own run, updated
    assert again.output.startswith("mnist (2): run 2 updated"), again.output
    losses = {name: series["train/loss"] for name, series in stored(database_url).items()}
    assert losses == {"mnist": {1: 0.9, 2: 0.8, 3: 0.7}, "mnist (2)": {1: 0.5, 2: 0.4}}


def test_an_unrecognised_file_imports_nothing(runner: CliRunner, database_url: str) -> None:
    files = [LOGS / "g19_polu" / "trainer_state.json", SAMPLES / "notes.txt"]
    result = runner.invoke(
        main,
        ["import", "log", *map(str, files), "--project", "p", "--database-url", database_url],
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: notes.txt: not a training log lossmon can read;")
    database = Database(database_url)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Project)) == 0
            assert session.scalar(select(func.count()).select_from(Run)) == 0
    finally:
        database.dispose()


def _wandb_export(path: Path, runs: dict[str, list[float]]) -> None:
    """Write a W&B chart export (Step, then `<run> - train/loss` with its __MIN and __MAX)."""
    columns = ["Step"]
    for name in runs:
        columns += [
            f"{name} - train/loss",
            f"{name} - train/loss__MIN",
            f"{name} - train/loss__MAX",
        ]
    lines = [",".join(f'"{c}"' for c in columns)]
    for step in range(len(next(iter(runs.values())))):
        cells = [str(step)]
        for values in runs.values():
            cells += [repr(values[step])] * 3
        lines.append(",".join(f'"{c}"' for c in cells))
    path.write_text("\n".join(lines) + "\n")


def test_a_run_of_an_export_is_found_again_by_its_name_when_runs_come_and_move(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "wandb_export.csv"
    lr3 = [2.5 - 0.1 * s for s in range(12)]
    lr1 = [2.4 - 0.05 * s for s in range(12)]
    args = ["import", "log", str(source), "--project", "p", "--database-url", database_url]
    _wandb_export(source, {"lr-3e-4": lr3, "lr-1e-3": lr1})
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    # A later export of the same chart, one step longer, holds a new run before the others
    # and lists them the other way round.
    new = [2.6 - 0.01 * s for s in range(13)]
    _wandb_export(source, {"lr-1e-2": new, "lr-1e-3": [*lr1, 1.7], "lr-3e-4": [*lr3, 1.3]})
    again = runner.invoke(main, args)
    assert again.exit_code == 0, again.output
    assert [line.split(",")[0] for line in again.output.splitlines()] == [
        "lr-1e-2: run 3 created",
        "lr-1e-3: run 2 updated",
        "lr-3e-4: run 1 updated",
    ]
    runs = stored(database_url)
    assert sorted(runs) == ["lr-1e-2", "lr-1e-3", "lr-3e-4"]
    assert list(runs["lr-3e-4"]["train/loss"].values()) == pytest.approx([*lr3, 1.3])
    assert list(runs["lr-1e-3"]["train/loss"].values()) == pytest.approx([*lr1, 1.7])


@pytest.mark.parametrize(
    ("content", "words"),
    [
        # Damaged inside its deflate stream (zlib.error, which crashed the import).
        (gzip.compress(b"epoch,loss\n0,0.92\n1,0.81\n")[:12] + b"\xff" * 20, "a damaged gzip"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON nested too deeply"),
        # A Trainer state copied while it was being written: said so, not "an unknown format".
        (
            (LOGS / "g19_polu" / "trainer_state.json").read_bytes()[:1500],
            "it starts as JSON, but its JSON ends early (",
        ),
    ],
    ids=["damaged gzip", "deep JSON", "truncated JSON"],
)
def test_a_damaged_file_imports_nothing_and_says_why(
    runner: CliRunner, database_url: str, tmp_path: Path, content: bytes, words: str
) -> None:
    damaged = tmp_path / "metrics.csv.gz"
    damaged.write_bytes(content)
    files = [LOGS / "g19_polu" / "trainer_state.json", damaged]
    result = runner.invoke(
        main,
        ["import", "log", *map(str, files), "--project", "p", "--database-url", database_url],
    )
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: metrics.csv.gz: {words}"), result.output
    assert stored(database_url) == {}


def test_runs_an_earlier_lossmon_imported_from_an_export_are_updated_not_doubled(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    """lossmon 0.1 knew a W&B export's runs by their place in the file: re-importing the file
    finds each run of the same name there and keeps it (one run each, updated)."""
    from lossmon.server import transfer

    source = tmp_path / "wandb_export.csv"
    _wandb_export(source, {"a": [2.5, 2.4, 2.3], "b": [2.6, 2.2, 2.0]})
    logs = read_logs(source)
    database = Database(database_url)
    try:
        with database.session() as session:
            for n, log in enumerate(logs, start=1):  # as the earlier version stored them
                merged = {
                    k: {s: (v, None) for s, v in p.items()} for k, p in series_of(log).items()
                }
                transfer._store_run(
                    session, "p", log.title or "", source, "log", {}, merged, part=n
                )
            session.commit()
    finally:
        database.dispose()
    again = runner.invoke(
        main, ["import", "log", str(source), "--project", "p", "--database-url", database_url]
    )
    assert again.exit_code == 0, again.output
    assert [line.split(",")[0] for line in again.output.splitlines()] == [
        "a: run 1 updated",
        "b: run 2 updated",
    ]
    assert sorted(stored(database_url)) == ["a", "b"]


def test_an_imported_log_numbered_by_epochs_is_evaluated_in_epochs(
    runner: CliRunner, database_url: str, tmp_path: Path
) -> None:
    """An import records that a log's steps are epochs (`step_unit: "epoch"` in the run's
    config), and the worker's evaluation counts the stall span in epochs as backtest does; the
    same numbers imported by steps are judged so only once the run has ended, at its last step
    (150: its first 150 steps could be a per-step run's)."""
    keras, steps = flat_history(tmp_path)
    told = tmp_path / "told" / "metrics.csv"  # the same file elsewhere: another run
    told.parent.mkdir()
    told.write_bytes(steps.read_bytes())
    for path, name, unit in ((keras, "epochs", []), (steps, "steps", []),
                             (told, "told", ["--step-unit", "epoch"])):  # fmt: skip
        result = runner.invoke(
            main,
            ["import", "log", str(path), "--name", name, *unit, "--project", "p",
             "--database-url", database_url],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    database = Database(database_url)
    try:
        with database.session() as session:
            runs = {run.name: run.id for run in session.scalars(select(Run))}
            units = {run.name: run.config.get("step_unit") for run in session.scalars(select(Run))}
        assert units == {"epochs": "epoch", "steps": None, "told": "epoch"}
        alerts.evaluate_runs_unlocked(database, list(runs.values()))
        with database.session() as session:
            fired = {
                alert.run_id: (alert.detector, alert.opened_step)
                for alert in session.scalars(select(Alert))
            }
        assert fired[runs["steps"]] == ("plateau", 150)
        assert fired[runs["epochs"]][0] == fired[runs["told"]][0] == "plateau"
        assert fired[runs["epochs"]][1] < 150 and fired[runs["told"]][1] < 150
    finally:
        database.dispose()
