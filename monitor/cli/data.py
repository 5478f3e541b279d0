"""Data in and out: `backtest`, `sync` (client spools), `import tensorboard|csv|log`, `export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from lossmon.progress import Progress, progress
from lossmon.server.cli import DATABASE_OPTION, main, open_database

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from lossmon.server.training_log import Log


def _step_unit_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--step-unit step|epoch`, as `backtest` and `import log` take it: what one step of the
    files read is, in each command's words."""
    return click.option(
        "--step-unit", type=click.Choice(["step", "epoch"]), default=None, help=help_text
    )


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--project", default=None, help="Replay the stored runs of this project.")
@click.option(
    "--settings",
    "settings_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON file of detector settings (the shape of PUT /projects/<name>/detectors).",
)
@click.option(
    "--loss-kind", default=None, help="Loss kind of the files (else a curve CSV's .json label)."
)
@_step_unit_option(
    "What one step of the FILES is (default: as each file's reader says: a Keras history's "
    "are epochs). With epoch, the stall rule's minimum span counts in epochs."
)
@DATABASE_OPTION
def backtest(
    files: tuple[Path, ...],
    project: str | None,
    settings_file: Path | None,
    loss_kind: str | None,
    step_unit: str | None,
    database_url: str | None,
) -> None:
    """Replay stored runs (--project) or training logs through detector settings; print what
    fires.

    FILES are training logs, their format recognised from their content: Hugging Face Trainer
    trainer_state.json, Lightning CSVLogger metrics.csv, Keras CSVLogger histories (CSV or
    JSON), Ultralytics YOLOv8 / YOLOv5 results.csv, W&B and TensorBoard CSV exports
    (TensorBoard's JSON download too), TensorBoard event files (events.out.tfevents.*), JSON
    lines (detectron2's metrics.json and Chainer's result/log too), nanoGPT / modded-nanogpt /
    llm.c / OpenNMT-py / fairseq / Marian / Trainer console logs, pix2pix / CycleGAN
    loss_log.txt, DeepXDE loss.dat (or the table it prints), printed "Epoch 3 - loss: 0.41 -
    val_loss: 0.52" lines, torchtitan console logs, CatBoost's learn_error.tsv / test_error.tsv
    and console output, XGBoost and LightGBM evaluation logs (xgb.cv and lgb.cv too),
    evals_result JSON and xgb.cv result CSVs, Sacred's metrics.json, NVIDIA DLLogger files, a
    Jupyter notebook's cell outputs or a MATLAB Live Script's (.mlx) saved outputs showing any
    of these, or lossmon's curve CSV
    (step,split,loss,reg,ppl); gzip-compressed too. Files that each hold one series of a run (a
    TensorBoard export per tag, an MLflow run's metric files, CatBoost's learn and test files,
    AllenNLP's metrics_epoch_N.json, a file an epoch)
    given together replay as one run. A folder (`catboost_info/`, an AllenNLP serialization
    folder) stands for the training logs among its files. Each file's line says what was read
    from it.
    """
    import json

    from lossmon.server import backtest as replaying
    from lossmon.server.detectors import SettingsError, validate_settings
    from lossmon.server.log_pairs import join_runs
    from lossmon.server.store import find_project

    if bool(files) == bool(project):
        raise click.UsageError("give FILES or --project, not both")
    settings = json.loads(settings_file.read_text()) if settings_file else None
    try:
        validate_settings(settings)
    except SettingsError as error:
        raise click.BadParameter(str(error), param_hint="--settings") from None
    label = "lossmon backtest"
    unread: list[str] = []
    if files:
        # A file that cannot be read is reported after the others are replayed (nothing is
        # written: one bad file need not hide what the good ones would fire).
        logs = []
        for path in files:
            logs += _read_path(path, unread)
        logs = join_runs(logs)  # a run's one-series files (train, val) replay as one run
        runs = sum(len(read) for _, read in logs)
        replayed = replaying.backtest_logs(logs, settings, loss_kind, step_unit)
        outcomes = list(progress(replayed, label, runs, "runs"))
    else:
        assert project is not None
        with open_database(database_url) as database, database.session() as session:
            found = find_project(session, project)
            if found is None:
                raise click.ClickException(f"no project named {project!r}")
            runs = len(found.runs)
            replayed = replaying.backtest_project(session, project, settings)
            outcomes = list(progress(replayed, label, runs, "runs"))
    for outcome in outcomes:
        click.echo(replaying.report(outcome))
    fired = sum(len(outcome.result.alerts) for outcome in outcomes)
    click.echo(f"{len(outcomes)} run(s) replayed, {fired} alert(s) would fire")
    for problem in unread:
        click.echo(f"Error: {problem}", err=True)
    if unread:
        raise SystemExit(1)


def _read_path(path: Path, unread: list[str]) -> list[tuple[Path, list[Log]]]:
    """Read a file, or the files a folder holds (not its subfolders), into (path, runs);
    add why to `unread` for a file that is no training log. A folder's other files
    (CatBoost's time_left.tsv beside its error files) are passed over, each said on stderr
    (a log among them that failed to read is seen there); a folder holding no log is
    reported."""
    from lossmon.server.log_formats import LogError, read_logs

    if not path.is_dir():
        try:
            return [(path, read_logs(path))]
        except LogError as error:
            unread.append(str(error))
            return []
    logs = []
    for file in sorted(p for p in path.iterdir() if p.is_file()):
        try:
            logs.append((file, read_logs(file)))
        except LogError as error:
            click.echo(f"Skipped in {path}: {str(error).split('; expected ')[0]}", err=True)
    if not logs:
        unread.append(f"{path}: a folder holding no training log lossmon can read")
    return logs


@main.command(
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sync(args: tuple[str, ...]) -> None:
    """Upload spooled points (offline runs, outages); the client's own command (lossmon.cli)."""
    from lossmon.cli import sync_command

    raise SystemExit(sync_command(args))


@main.group("import")
def import_() -> None:
    """Bring runs from other tools: `import tensorboard LOGDIR`, `import csv FILE` (lossmon's
    export or curve CSV) or `import log FILE` (the training logs other tools keep)."""


@import_.command("tensorboard")
@click.argument("logdir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--project", required=True, help="Project to import into (created if needed).")
@click.option("--loss-kind", default=None, help="loss_kind of the runs (e.g. cross_entropy).")
@DATABASE_OPTION
def import_tensorboard(
    logdir: Path, project: str, loss_kind: str | None, database_url: str | None
) -> None:
    """Import each run (directory of event files) under LOGDIR; re-importing updates it."""
    from lossmon.server import transfer

    line = Progress("lossmon import", unit="runs")

    def report(run: transfer.ImportedRun) -> None:
        action = "created" if run.created else "updated"
        line.clear()
        click.echo(
            f"{run.name}: run {run.run_id} {action}, {len(run.series)} series, {run.points} points"
        )
        if run.skipped:
            click.echo(f"  skipped (not scalars): {', '.join(run.skipped)}")
        line.advance()

    with line, open_database(database_url) as database, database.session() as session:
        try:
            runs = transfer.import_tensorboard(
                session, logdir, project, loss_kind=loss_kind, on_run=report
            )
        except transfer.TransferError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"{len(runs)} run(s) imported into project {project!r}")


@import_.command("csv")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--project", required=True, help="Project to import into (created if needed).")
@click.option("--loss-kind", default=None, help="loss_kind of the runs (e.g. cross_entropy).")
@click.option("--name", default=None, help="Name of the run (one file only); default: the file's.")
@DATABASE_OPTION
def import_csv(
    files: tuple[Path, ...],
    project: str,
    loss_kind: str | None,
    name: str | None,
    database_url: str | None,
) -> None:
    """Import CSV files, one run each: `lossmon export`'s format (key,step,value,wall_time) or
    a training curve (step,split,loss,reg,ppl), whose .json label gives the run's config.
    Importing a file again updates its run; a file rewritten by another run (a point it
    no longer holds) becomes a new run, `NAME (2)`."""
    from lossmon.server import transfer

    if name is not None and len(files) > 1:
        raise click.UsageError("--name names one run: give one file with it")
    line = Progress("lossmon import", len(files), "files")
    with line, open_database(database_url) as database, database.session() as session:
        for path in files:
            try:
                run = transfer.import_csv(session, path, project, loss_kind=loss_kind, name=name)
            except transfer.TransferError as error:
                raise click.ClickException(str(error)) from None
            action = "created" if run.created else "updated"
            line.clear()
            click.echo(f"{run.name}: run {run.run_id} {action}, {run.points} points")
            line.advance()


@import_.command("log")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--project", required=True, help="Project to import into (created if needed).")
@click.option("--loss-kind", default=None, help="loss_kind of the runs (e.g. cross_entropy).")
@click.option("--name", default=None, help="Name of the run (one file only); default: the file's.")
@_step_unit_option(
    "What one step of the files is (default: as each file's reader says); recorded as the "
    "run's step_unit: with epoch, the stall rule's minimum span counts in epochs."
)
@DATABASE_OPTION
def import_log(
    files: tuple[Path, ...],
    project: str,
    loss_kind: str | None,
    name: str | None,
    step_unit: str | None,
    database_url: str | None,
) -> None:
    """Import training logs, one run each (a history with appended runs, or an export of
    several runs: one per run), read as `lossmon backtest` reads them (Trainer
    trainer_state.json, Lightning metrics.csv, Keras histories, W&B and TensorBoard exports,
    JSON lines, console logs). Stored as train/loss, val/loss and lr. Every file is read
    before anything is written; importing a file again updates its runs (a log that grew);
    a log rewritten by another launch (a point it no longer holds) becomes a new run, `NAME
    (2)`, and the earlier one keeps its points."""
    from lossmon.server import transfer
    from lossmon.server.log_formats import LogError, read_logs
    from lossmon.server.log_pairs import join_runs

    try:
        # A run's one-series files (a TensorBoard export per tag) are one run.
        logs = join_runs([(path, read_logs(path)) for path in files])
    except LogError as error:
        raise click.ClickException(str(error)) from None
    if name is not None and len(logs) > 1:
        raise click.UsageError("--name names one run: give one run's files with it")
    line = Progress("lossmon import", len(files), "files")
    with line, open_database(database_url) as database, database.session() as session:
        for path, runs in logs:
            for n, log in enumerate(runs, start=1):
                try:
                    run = transfer.import_log(
                        session, path, log, project, loss_kind=loss_kind, name=name,
                        part=n if len(runs) > 1 else None, step_unit=step_unit,
                    )  # fmt: skip
                except transfer.TransferError as error:
                    raise click.ClickException(str(error)) from None
                action = "created" if run.created else "updated"
                line.clear()
                click.echo(f"{run.name}: run {run.run_id} {action}, {log.describe()}")
            line.advance()


@main.command("export")
@click.argument("run_id", metavar="RUN", type=int)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True
)
@click.option(
    "--output",
    "-o",
    default=None,
    help="File to write; default run-RUN.<format>; '-' is stdout (csv).",
)
@DATABASE_OPTION
def export(run_id: int, fmt: str, output: str | None, database_url: str | None) -> None:
    """Write every point of run RUN (its id) as rows of key, step, value, wall_time."""
    from lossmon.server import transfer

    path = output or f"run-{run_id}.{fmt}"
    # Writing to stdout, the rows are the output: no progress line among them.
    line = Progress("lossmon export", unit="points", quiet=path == "-")
    with line, open_database(database_url) as database, database.session() as session:
        try:
            line.total = transfer.count_points(session, run_id)
            count = transfer.export_run(session, run_id, fmt, path, progress=line.advance)
        except transfer.TransferError as error:
            raise click.ClickException(str(error)) from None
    if path != "-":
        click.echo(f"{count} points of run {run_id} written to {path}")
