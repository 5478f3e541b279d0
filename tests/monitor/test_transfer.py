"""`lossmon import tensorboard` and `lossmon export`, on SQLite and PostgreSQL.

The event files are real: written by PyTorch's SummaryWriter and read back by TensorBoard's
own reader.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from lossmon.server.cli import main
from lossmon.server.db import Database
from lossmon.server.models import Project, Run
from lossmon.server.transfer import points_of, tag_key

pytest.importorskip("tensorboard", reason="the import needs the tensorboard package")
torch_tb = pytest.importorskip("torch.utils.tensorboard", reason="writes the event files")

LOSS = {s: 2.0 / (s + 1) for s in range(50)}
LOSS[30] = math.nan
LOSS[31] = math.inf


def write_events(logdir: Path) -> None:
    writer = torch_tb.SummaryWriter(str(logdir / "baseline"))
    for step, value in LOSS.items():
        writer.add_scalar("loss", value, step)
        writer.add_scalar("lr", 1e-3, step)
        if step % 10 == 0:
            writer.add_scalar("val_loss", 1.0 + step / 100, step)
            writer.add_scalar("metrics/accuracy", step / 50, step)
    writer.add_scalar("loss", 0.125, 49)  # a restarted step: the later value is the truth
    writer.add_text("notes", "not a scalar", 0)
    writer.close()
    nested = torch_tb.SummaryWriter(str(logdir / "sweep" / "lr-0.1"))
    for step in range(5):
        nested.add_scalar("Loss/train", 1.0 - step / 10, step)
        nested.add_scalar("Loss/val", 1.5 - step / 20, step)
    nested.close()


def tb_import(runner: CliRunner, logdir: Path, database_url: str, *extra: str) -> Any:
    result = runner.invoke(
        main,
        [
            "import",
            "tensorboard",
            str(logdir),
            "--project",
            "tb",
            "--database-url",
            database_url,
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return result


def stored(database_url: str) -> dict[str, tuple[Run, dict[str, dict[int, float]]]]:
    database = Database(database_url)
    try:
        with database.session() as session:
            runs = session.scalars(select(Run).join(Project).where(Project.name == "tb")).all()
            out = {}
            for run in runs:
                series: dict[str, dict[int, float]] = {}
                for key, step, value, _ in points_of(session, run):
                    series.setdefault(key, {})[step] = value
                session.expunge(run)
                out[run.name] = (run, series)
            return out
    finally:
        database.dispose()


def same(a: float, b: float) -> bool:
    """Equal as TensorBoard keeps them (float32), NaN equal to NaN."""
    return (math.isnan(a) and math.isnan(b)) or a == b or math.isclose(a, b, rel_tol=1e-6)


def test_import_maps_tags_keeps_values_and_updates_on_reimport(
    tmp_path: Path, database_url: str, runner: CliRunner
) -> None:
    logdir = tmp_path / "runs"
    write_events(logdir)
    output = tb_import(runner, logdir, database_url, "--loss-kind", "cross_entropy").output
    assert "2 run(s) imported into project 'tb'" in output
    assert "skipped (not scalars): notes/text_summary" in output  # a text summary
    runs = stored(database_url)
    assert sorted(runs) == ["baseline", "sweep/lr-0.1"]
    run, series = runs["baseline"]
    assert sorted(series) == [
        "lr",
        "metrics/accuracy",
        "train/loss",
        "train/ppl",
        "val/loss",
        "val/ppl",
    ]
    expected = {**LOSS, 49: 0.125}
    assert all(same(series["train/loss"][s], v) for s, v in expected.items())
    assert len(series["train/loss"]) == 50
    assert series["val/loss"] == {s: pytest.approx(1.0 + s / 100) for s in range(0, 50, 10)}
    assert series["train/ppl"][0] == pytest.approx(math.exp(2.0))  # derived: cross-entropy
    assert run.status == "finished" and run.config["source"] == "tensorboard"
    assert run.config["loss_kind"] == "cross_entropy" and run.tags == ["tensorboard"]
    _, nested = runs["sweep/lr-0.1"]
    assert sorted(nested) == ["train/loss", "train/ppl", "val/loss", "val/ppl"]  # Loss/train…
    # Again: the same runs are updated, not duplicated.
    again = tb_import(runner, logdir, database_url).output
    assert "updated" in again and "created" not in again
    assert {name: r.id for name, (r, _) in stored(database_url).items()} == {
        name: r.id for name, (r, _) in runs.items()
    }


def test_import_of_a_directory_without_event_files_fails_clearly(
    tmp_path: Path, sqlite_url: str, runner: CliRunner
) -> None:
    result = runner.invoke(
        main,
        ["import", "tensorboard", str(tmp_path), "--project", "tb", "--database-url", sqlite_url],
    )
    assert result.exit_code == 1 and "no TensorBoard event files" in result.output


def test_export_writes_every_point_as_csv_and_parquet(
    tmp_path: Path, database_url: str, runner: CliRunner
) -> None:
    write_events(tmp_path / "runs")
    tb_import(runner, tmp_path / "runs", database_url)
    run, series = stored(database_url)["baseline"]
    expected = sorted((k, s, v) for k, points in series.items() for s, v in points.items())
    assert len(expected) == 50 + 50 + 5 + 5

    out = tmp_path / "run.csv"
    result = runner.invoke(
        main,
        ["export", str(run.id), "--format", "csv", "-o", str(out), "--database-url", database_url],
    )
    assert result.exit_code == 0, result.output
    assert f"110 points of run {run.id} written" in result.output
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["key", "step", "value", "wall_time"]
    got = sorted((r["key"], int(r["step"]), float(r["value"])) for r in rows)
    assert all(g[:2] == e[:2] and same(g[2], e[2]) for g, e in zip(got, expected, strict=True))
    assert {r["value"] for r in rows if r["key"] == "train/loss"} >= {"nan", "inf"}
    assert all(float(r["wall_time"]) > 1e9 for r in rows)

    stdout = runner.invoke(main, ["export", str(run.id), "-o", "-", "--database-url", database_url])
    assert list(csv.DictReader(io.StringIO(stdout.output))) == rows

    pq = pytest.importorskip("pyarrow.parquet", reason="parquet export needs pyarrow")
    target = tmp_path / "run.parquet"
    result = runner.invoke(
        main,
        [
            "export",
            str(run.id),
            "--format",
            "parquet",
            "-o",
            str(target),
            "--database-url",
            database_url,
        ],
    )
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert table.schema.names == ["key", "step", "value", "wall_time"]
    assert table.schema.metadata[b"lossmon.run_id"] == str(run.id).encode()
    data = table.to_pydict()
    got = sorted(zip(data["key"], data["step"], data["value"], strict=True))
    assert all(g[:2] == e[:2] and same(g[2], e[2]) for g, e in zip(got, expected, strict=True))


def test_export_of_an_unknown_run_fails_clearly(sqlite_url: str, runner: CliRunner) -> None:
    result = runner.invoke(main, ["export", "999", "--database-url", sqlite_url])
    assert result.exit_code == 1 and "no run with id 999" in result.output


@pytest.mark.parametrize(
    ("tag", "key"),
    [
        ("loss", "train/loss"),
        ("Loss/train", "train/loss"),
        ("train_loss", "train/loss"),
        ("val_loss", "val/loss"),
        ("Loss/val", "val/loss"),
        ("eval_loss", "val/loss"),
        ("metrics/accuracy", "metrics/accuracy"),
        ("/odd//name/", "odd/name"),
        ("", None),
    ],
)
def test_tags_map_onto_keys(tag: str, key: str | None) -> None:
    assert tag_key(tag) == key


def test_import_csv_takes_curves_and_exports_and_is_idempotent(
    runner, database_url, tmp_path
) -> None:
    from lossmon.server.cli import main

    curve = Path(__file__).resolve().parents[1] / "data" / "curves" / "s10_cancer.csv"
    args = ["import", "csv", str(curve), "--project", "old", "--database-url", database_url]
    first = runner.invoke(main, [*args, "--loss-kind", "bce"])
    assert first.exit_code == 0, first.output
    assert "s10_cancer: run 1 created" in first.output
    again = runner.invoke(main, args)
    assert "s10_cancer: run 1 updated" in again.output

    exported = tmp_path / "run-1.csv"
    assert (
        runner.invoke(
            main, ["export", "1", "-o", str(exported), "--database-url", database_url]
        ).exit_code
        == 0
    )
    moved = runner.invoke(
        main, ["import", "csv", str(exported), "--project", "copy", "--database-url", database_url]
    )
    assert "run-1: run 2 created" in moved.output
    copy = tmp_path / "copy.csv"
    runner.invoke(main, ["export", "2", "-o", str(copy), "--database-url", database_url])
    assert copy.read_text() == exported.read_text()

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    refused = runner.invoke(
        main, ["import", "csv", str(bad), "--project", "x", "--database-url", database_url]
    )
    assert refused.exit_code == 1 and "expected columns" in refused.output


def test_import_csv_names_the_run_and_takes_its_config_from_the_label(
    runner, database_url
) -> None:
    curve = Path(__file__).resolve().parents[1] / "data" / "curves" / "s01_digits.csv"
    args = ["import", "csv", str(curve), "--project", "demo", "--database-url", database_url]
    first = runner.invoke(main, [*args, "--name", "divergence-digits-mlp"])
    assert first.exit_code == 0, first.output
    assert "divergence-digits-mlp: run 1 created" in first.output
    database = Database(database_url)
    try:
        with database.session() as session:
            run = session.get(Run, 1)
            assert run is not None and run.name == "divergence-digits-mlp"
            assert run.config["loss_kind"] == "cross_entropy"
            assert run.config["optimizer"] == "sgd" and run.config["lr_schedule"]["lr"] == 0.02
            assert "blows up" in run.config["description"]
    finally:
        database.dispose()
    two = runner.invoke(main, [*args, str(curve), "--name", "x"])
    assert two.exit_code == 2 and "one file" in two.output
