"""Read a TensorBoard event file, `events.out.tfevents.*`: what a SummaryWriter, Lightning's
TensorBoardLogger or Keras' TensorBoard callback wrote beside a run (often committed with it).

The file is a TFRecord stream: each record an 8-byte length, its masked CRC-32C, the data and
the data's CRC. Each record's data is a protobuf `Event`, read with the `tensorboard` package
(an optional extra, `pip install 'lossmon[tensorboard]'`, as `lossmon import tensorboard`
needs it). A scalar is a summary value's `simple_value` (PyTorch, TF1) or a one-element
tensor (TF2's `tf.summary.scalar`); images, histograms and text are passed over.

Read as JSON records at their step, with the loss tags the other readers name (`train_loss`,
`Loss/train`, `val/loss`, ...). Two writers put each split in a folder of its own under one
tag, and a folder read so is one split's (:mod:`lossmon.server.log_pairs` joins it to the
other's): Keras (`train/` and `validation/`, each `epoch_loss`; its steps are its epochs,
counted from 0, and its `batch_*` and `evaluation_*_vs_iterations` tags count iterations
instead, passed over) and PyTorch's `add_scalars("loss", {"training": t, "validation": v})`
(`loss_training/` and `loss_validation/`, each `loss`: the folder is the tag and its key).
A tag written without steps (TF1's `add_summary` without a global step: every value at 0)
is read in the order written, from 1.
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
#: The folders Keras' TensorBoard callback writes a run's two splits into.
KERAS_FOLDERS = {"train": "train", "validation": "val"}
#: A split's word as the key of PyTorch's `add_scalars` (`{"training": .., "validation": ..}`).
SPLIT_KEYS = {
    "train": "train", "training": "train",
    "val": "val", "valid": "val", "validation": "val", "eval": "val", "evaluation": "val",
    "test": "val",
}  # fmt: skip
#: A validation's word in a tag, and a test set's (a name's own word, any case).
_HELD_OUT = re.compile(r"(?<![a-z])(?:val|valid|validation|eval|evaluation)(?![a-z])")
_TEST = re.compile(r"(?<![A-Za-z])test(?![a-z])", re.IGNORECASE)
#: Where one split's folder says so in its Log's format (log_pairs joins such folders).
ONE_SPLIT = "one split's folder"
#: Keras' TensorBoard callback names its per-epoch scalars so (`epoch_loss`); its per-batch
#: ones and its validation's per-iteration ones so.
KERAS_EPOCH = "epoch_"
KERAS_OTHERS = ("batch_", "evaluation_")


def is_event_file(raw: bytes) -> bool:
    """Whether the bytes are a TensorBoard event file: its first record is the event that
    says the file's version."""
    if len(raw) < HEADER.size:
        return False
    length, _ = HEADER.unpack_from(raw)
    return FILE_VERSION in raw[HEADER.size : HEADER.size + min(length, 64)]


def folder_split(folder: str, tags: list[str]) -> str | None:
    """Return the split ("train" or "val") of an event file that lies in a folder of one
    split's, from the folder's name and the file's tags: Keras' `train/` or `validation/`
    (its tags `epoch_*`), or an `add_scalars` folder, named `<tag>_<key>` (a `/` in the tag
    written `_`). None for a run's own folder (`runs/mnist_test/`, tags of its own)."""
    if _keras(tags) and folder in KERAS_FOLDERS:
        return KERAS_FOLDERS[folder]
    for tag in tags:
        prefix = tag.replace("/", "_") + "_"
        if folder.startswith(prefix):
            return SPLIT_KEYS.get(folder[len(prefix) :].lower())
    return None


def read_event_file(raw: bytes, folder: str) -> list[Log]:
    """Read an event file's scalars into one Log; `folder` is the name of the folder it lies
    in (see :func:`folder_split`). LogError when the `tensorboard` package is not installed,
    or the file holds no scalar of a loss."""
    scalars = _scalars(raw)
    if not scalars:
        raise LogError("a TensorBoard event file without scalars (no loss was written)")
    scalars = _finer(scalars)
    keras = _keras(list(scalars))
    if keras:
        scalars = {tag: points for tag, points in scalars.items() if tag.startswith(KERAS_EPOCH)}
    scalars = _test_as_validation(scalars)
    split = folder_split(folder, list(scalars))
    by_step: dict[int, dict[str, Any]] = {}
    for tag, points in scalars.items():
        # Keras' names without their `epoch_` (`epoch_learning_rate` is the learning rate);
        # a split's folder's under the split's word (add_scalars' `loss_validation/`: its
        # tag `loss` is the validation loss).
        name = tag.removeprefix(KERAS_EPOCH) if keras else tag
        if split is not None:
            name = f"{'train' if split == 'train' else 'validation'}/{name}"
        for step, value in points.items():
            # Keras counts its epochs from 0; a history's step is the epoch + 1.
            at = step + 1 if keras else step
            by_step.setdefault(at, {"step": at})[name] = value
    what = "TensorBoard event file" + (f", {ONE_SPLIT}" if split else "")
    what += " (step = epoch + 1)" if keras else ""
    log = json_logs.read_records([by_step[s] for s in sorted(by_step)], what)
    log.kind = KIND
    return [log]


def _test_as_validation(scalars: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
    """Return the scalars with a test loss logged beside its training twin renamed as the
    validation loss (`Loss/train` and `Loss/test`, as PyTorch's own SummaryWriter docs and
    tutorial write them), where no tag names a validation: the held-out set evaluated during
    training, whatever the script calls it."""
    if any(_HELD_OUT.search(tag.lower()) for tag in scalars):
        return scalars
    renamed = {}
    for tag, points in scalars.items():
        twin = _TEST.sub("train", tag)
        if twin != tag and twin in scalars:
            tag = f"validation/{tag}"  # read as the validation's, its own name kept
        renamed[tag] = points
    return renamed


def _keras(tags: list[str]) -> bool:
    """Whether an event file's tags are Keras' callback's: its `epoch_*`, beside which it
    writes only `batch_*` and `evaluation_*_vs_iterations`."""
    return any(t.startswith(KERAS_EPOCH) for t in tags) and all(
        t.startswith((KERAS_EPOCH, *KERAS_OTHERS)) for t in tags
    )


def _scalars(raw: bytes) -> dict[str, dict[int, float]]:
    """Return {tag: {step: value}} of the file's scalars; a step written twice keeps the later
    value (a resumed writer's); a tag whose values all lie at one step has them in order."""
    try:
        from google.protobuf.message import DecodeError
        from tensorboard.compat.proto import event_pb2
        from tensorboard.util import tensor_util
    except ImportError:
        raise LogError(
            f"a TensorBoard event file, which needs the tensorboard package to read: {EXTRA}"
        ) from None
    written: dict[str, list[tuple[int, float]]] = {}
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
                try:
                    array = tensor_util.make_ndarray(value.tensor)
                except (TypeError, ValueError, KeyError):
                    continue  # a tensor of no numeric type, or damaged
                if array.size != 1 or array.dtype.kind not in "fiu":
                    continue  # an image's, a histogram's or a text's tensor
                number = float(array.reshape(()))
            else:
                continue
            written.setdefault(value.tag, []).append((int(event.step), number))
    out: dict[str, dict[int, float]] = {}
    for tag, points in written.items():
        if len(points) > 1 and len({step for step, _ in points}) == 1:
            points = [(n, value) for n, (_, value) in enumerate(points, start=1)]
        out[tag] = dict(points)
    return out


def _finer(scalars: dict[str, dict[int, float]]) -> dict[str, dict[int, float]]:
    """Return the scalars without the coarser of each value Lightning logs both per step and
    per epoch (`train_loss_step`, `train_loss_epoch`), as its CSVLogger's file is read: of a
    training value the one with more points (a batch every log_every_n_steps, or the epoch's
    mean where an epoch is shorter than that), of an evaluation's the epoch's. The one kept
    goes by the name the script logged (`self.log("loss", on_step=True, on_epoch=True)`
    writes `loss_step` and `loss_epoch`: the training loss is `loss`)."""
    by_norm = {normalise(tag): tag for tag in scalars}
    dropped: set[str] = set()
    renamed: dict[str, str] = {}
    for norm, step_tag in by_norm.items():
        epoch_tag = by_norm.get(norm.removesuffix("step") + "epoch")
        if norm.endswith("step") and epoch_tag is not None:
            finer = len(scalars[step_tag]) >= len(scalars[epoch_tag])
            evaluation = norm.startswith(EVALUATION_WORDS)
            kept, other = (
                (step_tag, epoch_tag) if finer and not evaluation else (epoch_tag, step_tag)
            )
            dropped.add(other)
            logged = kept.rsplit("_", 1)[0]
            if logged not in scalars:
                renamed[kept] = logged
    return {renamed.get(tag, tag): points for tag, points in scalars.items() if tag not in dropped}


def _records(raw: bytes) -> list[memoryview]:
    """Return the data of each whole record (views, not copies: an event file of images is
    large); a record cut short ends the file (a writer still running when it was copied)."""
    view = memoryview(raw)
    records = []
    at = 0
    while at + HEADER.size <= len(raw):
        length, _ = HEADER.unpack_from(raw, at)
        start = at + HEADER.size
        if start + length + FOOTER > len(raw):
            break
        records.append(view[start : start + length])
        at = start + length + FOOTER
    return records
