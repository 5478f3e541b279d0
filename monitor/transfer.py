"""Bring runs in and take them out: TensorBoard event files, CSV files and training logs
(read by :mod:`lossmon.server.log_formats`) → runs; a run → CSV or Parquet.

Reading TensorBoard files uses TensorBoard's own reader (``EventAccumulator``, from the
``tensorboard`` package), never a hand-written parser. Each directory under LOGDIR that holds
event files is one run (as TensorBoard shows it), named by its path below LOGDIR. Re-importing
the same directory updates the same run: its client_run_id is derived from the path, and
points on a step already stored are replaced (last write wins, as for any client).

Exports are long ("tidy"): one row per point, ``key, step, value, wall_time``, so nothing is
lost (NaN and ±Inf included) and every series keeps its own steps.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lossmon.server import log_formats, store
from lossmon.server.json_logs import EPOCH_METRICS
from lossmon.server.models import Point, Run, Series
from lossmon.server.wire import (
    LOSS_KINDS,
    MAX_STEP,
    SeriesBatch,
    add_derived_perplexity,
    key_problem,
)

CHUNK = 5_000  # points per series per write: bounds memory and transaction size

# TensorBoard tag → lossmon key, for the names training scripts commonly use.
_TAGS = {
    "loss": "train/loss",
    "train_loss": "train/loss",
    "training_loss": "train/loss",
    "loss/train": "train/loss",
    "train/loss": "train/loss",
    "val_loss": "val/loss",
    "valid_loss": "val/loss",
    "validation_loss": "val/loss",
    "eval_loss": "val/loss",
    "loss/val": "val/loss",
    "loss/valid": "val/loss",
    "loss/validation": "val/loss",
    "eval/loss": "val/loss",
    "val/loss": "val/loss",
}
FORMATS = ("csv", "parquet")


class TransferError(Exception):
    """A problem the user can fix (a missing package, an empty LOGDIR, an unknown run)."""


def tag_key(tag: str) -> str | None:
    """Return the series key of a TensorBoard tag, or None when it cannot be one.

    ``loss``, ``train_loss``, ``Loss/train`` → ``train/loss``; ``val_loss``, ``Loss/val``,
    ``eval_loss`` → ``val/loss``; other tags verbatim (a leading/trailing ``/`` dropped).
    """
    key = _TAGS.get(tag.lower(), tag.strip("/"))
    while "//" in key:
        key = key.replace("//", "/")
    return None if key_problem(key) else key


# ------------------------------------------------------------------------------ import


@dataclass
class ImportedRun:
    """What one TensorBoard run became."""

    name: str
    run_id: int
    created: bool
    points: int
    series: dict[str, str]  # tag → key
    skipped: list[str]  # tags that are not scalars lossmon can store


def _event_accumulator() -> Any:
    try:
        from tensorboard.backend.event_processing import event_accumulator
    except ImportError:
        raise TransferError(
            "reading TensorBoard files needs the tensorboard package: "
            'pip install "lossmon[tensorboard]"'
        ) from None
    return event_accumulator


def tensorboard_runs(logdir: Path) -> list[Path]:
    """Return the directories under logdir (itself included) that hold event files."""
    dirs = {p.parent for p in logdir.rglob("*tfevents*") if p.is_file()}
    return sorted(dirs)


def read_tensorboard(
    directory: Path,
) -> tuple[dict[str, dict[int, tuple[float, float]]], list[str]]:
    """Return {tag: {step: (value, wall_time)}} of one run's scalars, and the skipped tags.

    Both scalar encodings are read: ``simple_value`` (PyTorch's SummaryWriter, TF1) and 0-d
    tensors (TF2's ``tf.summary.scalar``). A step written twice keeps the later value.
    """
    ea = _event_accumulator()
    from tensorboard.util import tensor_util

    accumulator = ea.EventAccumulator(str(directory), size_guidance={ea.SCALARS: 0, ea.TENSORS: 0})
    accumulator.Reload()
    tags = accumulator.Tags()
    out: dict[str, dict[int, tuple[float, float]]] = {}
    skipped: list[str] = []
    for tag in tags.get(ea.SCALARS, []):
        points = out.setdefault(tag, {})
        for event in accumulator.Scalars(tag):
            points[int(event.step)] = (float(event.value), float(event.wall_time))
    for tag in tags.get(ea.TENSORS, []):
        points = out.setdefault(tag, {})
        for event in accumulator.Tensors(tag):
            array = tensor_util.make_ndarray(event.tensor_proto)
            if array.size != 1 or array.dtype.kind not in "fiu":
                skipped.append(tag)
                out.pop(tag, None)
                break
            points[int(event.step)] = (float(array.reshape(())), float(event.wall_time))
    return out, sorted(set(skipped))


def import_tensorboard(
    session: Session,
    logdir: Path,
    project: str,
    *,
    loss_kind: str | None = None,
    on_run: Callable[[ImportedRun], None] | None = None,
) -> list[ImportedRun]:
    """Import every run under logdir into `project`, each committed as it is done."""
    if loss_kind is not None and loss_kind not in LOSS_KINDS:
        raise TransferError(f"loss kind must be one of {', '.join(LOSS_KINDS)}")
    directories = tensorboard_runs(logdir)
    if not directories:
        raise TransferError(f"no TensorBoard event files under {logdir}")
    root = logdir.resolve()
    imported = []
    for directory in directories:
        name = directory.resolve().relative_to(root).as_posix()
        name = root.name if name == "." else name
        result = _import_run(session, directory, name, project, root, loss_kind)
        session.commit()
        imported.append(result)
        if on_run is not None:
            on_run(result)
    return imported


def _import_run(
    session: Session,
    directory: Path,
    name: str,
    project_name: str,
    root: Path,
    loss_kind: str | None,
) -> ImportedRun:
    scalars, skipped = read_tensorboard(directory)
    keys: dict[str, str] = {}
    merged: dict[str, dict[int, tuple[float, float | None]]] = {}
    for tag in sorted(scalars):
        key = tag_key(tag)
        if key is None:
            skipped.append(tag)
            continue
        keys[tag] = key
        # Two tags on one key (`loss` and `train_loss`): the one whose name is the key wins.
        target = merged.setdefault(key, {})
        if tag == key:
            target.update(scalars[tag])
        else:
            for step, point in scalars[tag].items():
                target.setdefault(step, point)
    config: dict[str, Any] = {"source": "tensorboard", "logdir": str(directory.resolve())}
    if loss_kind is not None:
        config["loss_kind"] = loss_kind
    run_id, created, total, name = _store_run(
        session, project_name, name, directory, "tensorboard", config, merged
    )
    return ImportedRun(name, run_id, created, total, keys, sorted(set(skipped)))


def _store_run(
    session: Session,
    project_name: str,
    name: str,
    source: Path,
    kind: str,
    config: dict[str, Any],
    merged: dict[str, dict[int, tuple[float, float | None]]],
    part: int | str | None = None,
    former: str | None = None,
) -> tuple[int, bool, int, str]:
    """Write an imported run; return (run id, created, points, its name). The source's path (and the
    `part` of a file holding several runs: its number, or the run's own name where the file
    gives one) names the run, so importing it again finds the same one. `former` is the
    client_run_id an earlier lossmon gave it (from its place in the file): a run of that name
    found under it is taken over, not imported twice."""
    client_run_id = f"{kind}-{_digest(source, part)}"
    project = store.get_or_create_project(session, project_name)
    if former is not None:
        _adopt(session, project.id, former, client_run_id, name)
    generation = _generation(session, project.id, client_run_id, merged)
    if generation > 1:
        client_run_id, name = f"{client_run_id}~{generation}", f"{name[:190]} ({generation})"
    run, created = store.create_or_resume_run(
        session,
        project,
        store.RunRequest(name=name[:200], client_run_id=client_run_id, config=config, tags=[kind]),
    )
    if run.name != name[:200]:
        run.name = name[:200]  # an import names its run, also when it updates one
    session.flush()
    total = 0
    for batches in _chunks(merged):
        add_derived_perplexity(batches, run.config.get("loss_kind"))
        total += store.write_points(session, run, batches)
    store.set_run_status(session, run, "finished", {"imported_points": total})
    return run.id, created, total, run.name


def _generation(
    session: Session,
    project_id: int,
    client_run_id: str,
    merged: dict[str, dict[int, tuple[float, float | None]]],
) -> int:
    """Return which run imported from this source the points go to: the first whose stored
    points the file still holds (the same file, or a log that grew: updated), else a new one
    (a log rewritten by another launch: the earlier run keeps its points, whole)."""
    generation = 1
    while True:
        wanted = client_run_id if generation == 1 else f"{client_run_id}~{generation}"
        run = session.scalar(
            select(Run).where(Run.project_id == project_id, Run.client_run_id == wanted)
        )
        if run is None or not _holds_more(session, run.id, merged):
            return generation
        generation += 1


def _holds_more(
    session: Session, run_id: int, merged: dict[str, dict[int, tuple[float, float | None]]]
) -> bool:
    """Whether the run holds a point of one of the file's series at a step the file lacks
    (series derived from them, perplexity, and series the file no longer has are not asked)."""
    rows = session.execute(
        select(Series.key, Point.step)
        .join(Point, Point.series_id == Series.id)
        .where(Series.run_id == run_id, Series.key.in_(list(merged)))
    )
    return any(step not in merged[key] for key, step in rows)


def _digest(source: Path, part: int | str | None) -> str:
    identity = str(source.resolve()) + (f"#{part}" if part is not None else "")
    return hashlib.sha256(identity.encode()).hexdigest()[:24]


def _adopt(session: Session, project_id: int, former: str, client_run_id: str, name: str) -> None:
    """Give the run imported under `former` (with this `name`) the identity `client_run_id`,
    unless a run already has it."""
    runs = {
        run.client_run_id: run
        for run in session.scalars(
            select(Run).where(
                Run.project_id == project_id, Run.client_run_id.in_([former, client_run_id])
            )
        )
    }
    old = runs.get(former)
    if client_run_id not in runs and old is not None and old.name == name[:200]:
        old.client_run_id = client_run_id
        session.flush()


CORPUS_COLUMNS = ("step", "split", "loss")
EXPORT_COLUMNS = ("key", "step", "value")


def import_csv(
    session: Session,
    path: Path,
    project: str,
    *,
    loss_kind: str | None = None,
    name: str | None = None,
) -> ImportedRun:
    """Import one CSV file as a run: `lossmon export`'s long format (key, step, value,
    wall_time) or the training-curve format (step, split, loss, reg, ppl). A sibling JSON
    label (the curve corpus has one) gives the loss kind when none is given, and its
    `hyperparameters` and `description` become the run's config. The run is named `name`,
    else after the file."""
    label_path = path.with_suffix(".json")
    label: dict[str, Any] = {}
    if label_path.exists():
        loaded = json.loads(label_path.read_text())
        label = loaded if isinstance(loaded, dict) else {}
    if loss_kind is None:
        loss_kind = label.get("loss_kind")
    if loss_kind is not None and loss_kind not in LOSS_KINDS:
        raise TransferError(f"loss kind must be one of {', '.join(LOSS_KINDS)}")
    merged = _read_csv(path)
    config: dict[str, Any] = {"source": "csv", "file": path.name}
    hyperparameters = label.get("hyperparameters")
    if isinstance(hyperparameters, dict):
        config.update(hyperparameters)
    if isinstance(label.get("description"), str):
        config["description"] = label["description"]
    if loss_kind is not None:
        config["loss_kind"] = loss_kind
    run_name = name or path.stem
    run_id, created, total, run_name = _store_run(
        session, project, run_name, path, "csv", config, merged
    )
    session.commit()
    return ImportedRun(run_name, run_id, created, total, {k: k for k in merged}, [])


def _read_csv(path: Path) -> dict[str, dict[int, tuple[float, float | None]]]:
    merged: dict[str, dict[int, tuple[float, float | None]]] = {}
    with path.open(newline="") as handle:
        reader = csv.DictReader(handle)
        columns = tuple(reader.fieldnames or ())
        long_format = all(c in columns for c in EXPORT_COLUMNS)
        if not long_format and not all(c in columns for c in CORPUS_COLUMNS):
            raise TransferError(
                f"{path.name}: expected columns key,step,value[,wall_time] "
                "or step,split,loss[,reg,ppl]"
            )
        for line, row in enumerate(reader, start=2):
            try:
                step = int(row["step"])
                if long_format:
                    wall = row.get("wall_time") or ""
                    cells = {row["key"]: (float(row["value"]), float(wall) if wall else None)}
                else:
                    cells = {
                        f"{row['split']}/{metric}": (float(row[metric]), None)
                        for metric in ("loss", "reg", "ppl")
                        if row.get(metric) not in (None, "")
                    }
            except (KeyError, TypeError, ValueError) as error:
                raise TransferError(f"{path.name}, line {line}: {error}") from None
            for key, point in cells.items():
                if key_problem(key) is not None:
                    raise TransferError(f"{path.name}, line {line}: bad key {key!r}")
                merged.setdefault(key, {})[step] = point
    return merged


# The names tools give their logs: a run read from one is named after its folder too.
GENERIC_STEMS = {"trainer_state", "metrics", "training_log", "history", "log", "main", "train"}


def import_log(
    session: Session,
    path: Path,
    log: log_formats.Log,
    project: str,
    *,
    loss_kind: str | None = None,
    name: str | None = None,
    part: int | None = None,
    step_unit: str | None = None,
) -> ImportedRun:
    """Import one run read from a training log (:func:`log_formats.read_logs`), its series
    under the client's keys: train/loss, val/loss, lr. The run is named `name`, else after
    the file (`output/trainer_state` for the names tools write by default), or after the run
    where the file names it (a W&B export); `part` numbers the runs of one file (`#2`);
    `step_unit` ("step" or "epoch") says what its steps are where the reader cannot."""
    if loss_kind is not None and loss_kind not in LOSS_KINDS:
        raise TransferError(f"loss kind must be one of {', '.join(LOSS_KINDS)}")
    merged: dict[str, dict[int, tuple[float, float | None]]] = {
        key: {step: (value, None) for step, value in points.items()}
        for key, points in log_formats.series_of(log).items()
    }
    config: dict[str, Any] = {"source": log.kind, "file": path.name}
    if loss_kind is not None:
        config["loss_kind"] = loss_kind
    # What a step is, where the caller says or the reader knows: with epochs, the detectors
    # count the stall rule's span in epochs.
    if log.in_epochs(step_unit):
        config["step_unit"] = "epoch"
    run_name = name or path.stem
    # A generic name, or a run kept as a file an epoch: named by its folder too.
    if name is None and (path.stem in GENERIC_STEMS or log.kind == EPOCH_METRICS):
        run_name = f"{path.resolve().parent.name}/{path.stem}"
    if name is None and log.title:
        run_name = log.title[:200]
    elif part is not None:
        run_name += f" #{part}"
    # A run the file names (a W&B export's column) is found again by that name, wherever
    # its columns sit in a later export of the same file; the others by their place.
    identity = f"title:{log.title}" if log.title else part
    run_id, created, total, run_name = _store_run(
        session, project, run_name, path, "log", config, merged, part=identity,
        former=f"log-{_digest(path, part)}" if log.title else None,
    )  # fmt: skip
    session.commit()
    return ImportedRun(run_name, run_id, created, total, {k: k for k in merged}, [])


def _chunks(
    merged: dict[str, dict[int, tuple[float, float | None]]],
) -> Iterator[dict[str, SeriesBatch]]:
    """Yield batches of at most CHUNK steps per series, steps ascending."""
    ordered = {
        key: sorted((s, p) for s, p in points.items() if 0 <= s <= MAX_STEP)
        for key, points in merged.items()
    }
    longest = max((len(v) for v in ordered.values()), default=0)
    for start in range(0, longest, CHUNK):
        batches: dict[str, SeriesBatch] = {}
        for key, rows in ordered.items():
            part = rows[start : start + CHUNK]
            if part:
                batches[key] = SeriesBatch(
                    steps=[s for s, _ in part],
                    values=[v for _, (v, _) in part],
                    wall_times=[w for _, (_, w) in part],
                )
        yield batches


# ------------------------------------------------------------------------------ export


def find_run(session: Session, run_id: int) -> Run:
    run = store.get_run(session, run_id)
    if run is None:
        raise TransferError(f"no run with id {run_id}")
    return run


def points_of(session: Session, run: Run) -> Iterator[tuple[str, int, float, float | None]]:
    """Yield (key, step, value, wall_time) of every point of the run, by key then step.

    SQLite keeps NaN as NULL; it comes back as NaN here.
    """
    keys = session.execute(
        select(Series.id, Series.key).where(Series.run_id == run.id).order_by(Series.key)
    ).all()
    for series_id, key in keys:
        rows = session.execute(
            select(Point.step, Point.value, Point.wall_time)
            .where(Point.series_id == series_id)
            .order_by(Point.step)
            .execution_options(yield_per=CHUNK)
        )
        for step, value, wall_time in rows:
            yield key, step, math.nan if value is None else value, wall_time


def count_points(session: Session, run_id: int) -> int:
    """Return how many points run `run_id` has (what an export will write)."""
    query = (
        select(func.count())
        .select_from(Point)
        .join(Series, Point.series_id == Series.id)
        .where(Series.run_id == run_id)
    )
    return int(session.scalar(query) or 0)


def export_run(
    session: Session,
    run_id: int,
    fmt: str,
    output: str,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every point of a run to `output` ("-": stdout, CSV only); return the count.
    `progress(n)` is told of every n points read."""
    run = find_run(session, run_id)
    points = points_of(session, run)
    if progress is not None:
        points = _reporting(points, progress)
    if fmt == "csv":
        if output == "-":
            return _write_csv(points, sys.stdout)
        with open(output, "w", newline="", encoding="utf-8") as handle:
            return _write_csv(points, handle)
    if fmt == "parquet":
        if output == "-":
            raise TransferError("parquet needs a file: give --output PATH")
        return _write_parquet(points, output, run)
    raise TransferError(f"format must be one of {', '.join(FORMATS)}")


T = TypeVar("T")


def _reporting(
    points: Iterator[T], progress: Callable[[int], None], every: int = 1000
) -> Iterator[T]:
    count = 0
    for point in points:
        yield point
        count += 1
        if count % every == 0:
            progress(every)
    progress(count % every)


def csv_rows(points: Iterator[tuple[str, int, float, float | None]]) -> Iterator[list[Any]]:
    """Yield the export's CSV rows: the header, then one row per point (the dashboard's
    download and `lossmon export` share this, so both files are the same)."""
    yield ["key", "step", "value", "wall_time"]
    for key, step, value, wall_time in points:
        # repr keeps every digit; Python's float() reads "nan", "inf" and "-inf" back.
        yield [key, step, repr(value), "" if wall_time is None else repr(wall_time)]


def _write_csv(points: Iterator[tuple[str, int, float, float | None]], handle: IO[str]) -> int:
    writer = csv.writer(handle, lineterminator="\n")
    count = -1  # the header is not a point
    for row in csv_rows(points):
        writer.writerow(row)
        count += 1
    return count


def _write_parquet(
    points: Iterator[tuple[str, int, float, float | None]], path: str, run: Run
) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise TransferError(
            'writing parquet needs pyarrow: pip install "lossmon[parquet]"'
        ) from None
    schema = pa.schema(
        [
            ("key", pa.string()),
            ("step", pa.int64()),
            ("value", pa.float64()),
            ("wall_time", pa.float64()),
        ],
        metadata={"lossmon.run_id": str(run.id), "lossmon.run_name": run.name},
    )

    def table(columns: list[list[Any]]) -> Any:
        return pa.Table.from_pydict(dict(zip(schema.names, columns, strict=True)), schema=schema)

    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        columns: list[list[Any]] = [[], [], [], []]
        for row in points:
            for column, item in zip(columns, row, strict=True):
                column.append(item)
            count += 1
            if len(columns[0]) >= 50_000:  # row groups of 50,000: memory stays bounded
                writer.write_table(table(columns))
                columns = [[], [], [], []]
        writer.write_table(table(columns))
    return count
