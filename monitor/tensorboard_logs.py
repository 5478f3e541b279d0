"""Read a TensorBoard event file, `events.out.tfevents.*`: what a SummaryWriter, Lightning's
TensorBoardLogger or Keras' TensorBoard callback wrote beside a run (often committed with it).

The file is a TFRecord stream: each record an 8-byte length, its masked CRC-32C, the data and
the data's CRC. Each record's data is a protobuf `Event`, read with the `tensorboard` package
(an optional extra, `pip install 'lossmon[tensorboard]'`, as `lossmon import tensorboard`
needs it). A scalar is a summary value's `simple_value` (PyTorch, TF1) or a one-element
tensor (TF2's `tf.summary.scalar`); images, histograms and text are passed over.

Read as JSON records at their step, with the loss tags the other readers name (`train_loss`,
`Loss/train`, `val/loss`, ...). Some writers put each split in a folder of its own under the
same tag: Keras (`train/` and `validation/`, each `epoch_loss`) and PyTorch's `add_scalars`
(`loss_training/`, `loss_validation/`, each `loss`). A file in a folder whose name ends with
an evaluation's word, and whose tags name no split, is read as the validation split's
(:mod:`lossmon.server.log_pairs` joins it to its training file); a Keras file's steps are its
epochs, counted from 0.
"""

from __future__ import annotations

import re
import struct
from typing import Any

from lossmon.server import json_logs
from lossmon.server.log_fields import EVALUATION_WORDS, normalise
from lossmon.server.training_log import Log, LogError

KIND = "tensorboard_events"
#: A record's header: the data's length and the length's masked CRC-32C.
HEADER = struct.Struct("<QI")
#: The data's masked CRC-32C after it.
FOOTER = 4
#: What the first event of every event file records (`file_version: "brain.Event:2"`).
FILE_VERSION = b"brain.Event:"
EXTRA = "pip install 'lossmon[tensorboard]'"
#: A folder of one split's event files: Keras' `train/` and `validation/`, or the folders
#: PyTorch's `add_scalars("loss", {"training": .., "validation": ..})` writes, named
#: `<main tag>_<tag>` (`loss_training/`, `loss_validation/`): the split's word ends its name.
SPLIT_FOLDER = re.compile(
    r"(?:^|[_\-. ])(train|training|val|valid|validation|eval|evaluation|test)$"
)
TRAIN_WORDS = ("train", "training")
#: A split's word in a tag (`train_loss`, `Loss/val`): such a file names its own splits.
_TAG_SPLIT = re.compile(r"(?<![a-z])(?:train|training|val|valid|validation|eval|test)(?![a-z])")
#: Keras' TensorBoard callback names its per-epoch scalars so (`epoch_loss`).
KERAS_EPOCH = "epoch_"


def is_event_file(raw: bytes) -> bool:
    """Whether the bytes are a TensorBoard event file: its first record is the event that
    says the file's version."""
    if len(raw) < HEADER.size:
        return False
    length, _ = HEADER.unpack_from(raw)
    return FILE_VERSION in raw[HEADER.size : HEADER.size + min(length, 64)]


def split_folder(name: str) -> str | None:
    """Return the split's word a folder of one split's event files ends its name with."""
    found = SPLIT_FOLDER.search(name.lower())
    return found[1] if found else None


def read_event_file(raw: bytes, folder: str) -> list[Log]:
    """Read an event file's scalars into one Log; `folder` is the name of the folder it lies
    in (a Keras `validation/` file's scalars are the validation split's). LogError when the
    `tensorboard` package is not installed, or the file holds no scalar of a loss."""
    scalars = _scalars(raw)
    if not scalars:
        raise LogError("a TensorBoard event file without scalars (no loss was written)")
    scalars = _finer(scalars)
    keras = all(tag.startswith(KERAS_EPOCH) for tag in scalars)
    split = split_folder(folder)
    held_out = (
        split is not None
        and split not in TRAIN_WORDS
        and not any(_TAG_SPLIT.search(tag.lower()) for tag in scalars)
    )
    by_step: dict[int, dict[str, Any]] = {}
    for tag, points in scalars.items():
        # Keras' names without their `epoch_` (`epoch_learning_rate` is the learning rate).
        name = tag.removeprefix(KERAS_EPOCH) if keras else tag
        name = f"validation/{name}" if held_out else name  # a held-out folder's, said so
        for step, value in points.items():
            # Keras counts its epochs from 0; a history's step is the epoch + 1.
            at = step + 1 if keras else step
            by_step.setdefault(at, {"step": at})[name] = value
    what = "TensorBoard event file" + (" (step = epoch + 1)" if keras else "")
    log = json_logs.read_records([by_step[s] for s in sorted(by_step)], what)
    log.kind = KIND
    return [log]


def _scalars(raw: bytes) -> dict[str, dict[int, float]]:
    """Return {tag: {step: value}} of the file's scalars; a step written twice keeps the later
    value (a resumed writer's)."""
    try:
        from google.protobuf.message import DecodeError
        from tensorboard.compat.proto import event_pb2
        from tensorboard.util import tensor_util
    except ImportError:
        raise LogError(
            f"a TensorBoard event file, which needs the tensorboard package to read: {EXTRA}"
        ) from None
    out: dict[str, dict[int, float]] = {}
    for data in _records(raw):
        event = event_pb2.Event()
        try:
            event.ParseFromString(data)
        except DecodeError:  # a damaged record: the rest are still read
            continue
        if not event.HasField("summary"):
            continue
        for value in event.summary.value:
            kind = value.WhichOneof("value")
            if kind == "simple_value":
                number = float(value.simple_value)
            elif kind == "tensor":
                array = tensor_util.make_ndarray(value.tensor)
                if array.size != 1 or array.dtype.kind not in "fiu":
                    continue  # an image's, a histogram's or a text's tensor
                number = float(array.reshape(()))
            else:
                continue
            out.setdefault(value.tag, {})[int(event.step)] = number
    return out


def _finer(scalars: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
    """Return the scalars without the coarser of each value Lightning logs both per step and
    per epoch (`train_loss_step`, `train_loss_epoch`), as its CSVLogger's file is read: of a
    training value the one with more points (a batch every log_every_n_steps, or the epoch's
    mean where an epoch is shorter than that), of an evaluation's the epoch's."""
    by_norm = {normalise(tag): tag for tag in scalars}
    dropped = set()
    for norm, step_tag in by_norm.items():
        epoch_tag = by_norm.get(norm.removesuffix("step") + "epoch")
        if norm.endswith("step") and epoch_tag is not None:
            finer = len(scalars[step_tag]) >= len(scalars[epoch_tag])
            evaluation = norm.startswith(EVALUATION_WORDS)
            dropped.add(epoch_tag if finer and not evaluation else step_tag)
    return {tag: points for tag, points in scalars.items() if tag not in dropped}


def _records(raw: bytes) -> list[bytes]:
    """Return the data of each whole record; a record cut short ends the file (a writer that
    was still running when the file was copied)."""
    records = []
    at = 0
    while at + HEADER.size <= len(raw):
        length, _ = HEADER.unpack_from(raw, at)
        start = at + HEADER.size
        if start + length + FOOTER > len(raw):
            break
        records.append(raw[start : start + length])
        at = start + length + FOOTER
    return records
