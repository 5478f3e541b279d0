"""Read a W&B offline run file, `run-<id>.wandb`: what `wandb.log()` wrote in a run kept on
disk (`wandb offline`, or a run's folder committed beside the code).

The file is a LevelDB log (https://github.com/google/leveldb/blob/main/doc/log_format.md)
behind a 7-byte header (`:W&B`, magic 0xBEE1, version 0): blocks of 32 KiB holding records,
each a 7-byte header (crc32 of its type and data, length, type) and its data; a record too
long for its block is cut into FIRST, MIDDLE... LAST pieces. Each record is a protobuf
`Record` of wandb's own schema (`wandb.proto.wandb_internal_pb2`), read with the `wandb`
package: an optional extra, `pip install 'lossmon[wandb]'`. wandb itself no longer ships a
reader of the framing in Python (its `wandb-core` does it), so the framing is read here.
wandb is imported only when such a file is read: importing it patches `sys.stdout.write`
and `sys.stderr.write` for good (its console capture, a pass-through without a run).

Its history records are the rows `wandb.log()` logged: each item a key (a nested one joined
with `/`) and its value as JSON text (a dict logged as one value gives its numbers as
`key/name`). Read as JSON records at their `_step`, with the loss keys
the other readers name (`train_loss`, `val/loss`, `Train loss`, `validation cost`, ...).
"""

from __future__ import annotations

import importlib
import json
import struct
import zlib
from collections.abc import Iterator
from typing import Any

from lossmon.server import json_logs
from lossmon.server.training_log import Log, LogError

#: The file header: `:W&B`, magic 0xBEE1 and version 0, little-endian.
HEADER = struct.pack("<4sHB", b":W&B", 0xBEE1, 0)
BLOCK = 32768
#: A record's header: crc32 (of its type byte and data), data length, type.
RECORD = struct.Struct("<IHB")
FULL, FIRST, MIDDLE, LAST = 1, 2, 3, 4
EXTRA = "pip install 'lossmon[wandb]'"


def is_wandb(raw: bytes) -> bool:
    """Whether the bytes are a W&B run file (its header's ident and magic)."""
    return raw[:6] == HEADER[:6]


def read_wandb(raw: bytes) -> list[Log]:
    """Read a W&B run file's history into one Log; LogError when the `wandb` package is not
    installed, or the file holds no history of a loss."""
    records: list[dict[str, Any]] = []
    for record in _records(raw):
        if record.WhichOneof("record_type") != "history":
            continue
        values: dict[str, Any] = {}
        for item in record.history.item:
            key = "/".join(item.nested_key) if item.nested_key else item.key
            values.update(_numbers(key, item.value_json))
        if "_step" not in values and record.history.HasField("step"):
            values["_step"] = record.history.step.num
        records.append({k: v for k, v in values.items() if v is not None})
    if not records:
        raise LogError("a W&B run file (.wandb) without history rows (nothing wandb.log()ged)")
    return [json_logs.read_records(records, "W&B run file (.wandb) history")]


def console_text(raw: bytes) -> str:
    """Return what the run printed, as W&B kept it in the file (its console capture, raw
    chunks or lines), for a run that logged its losses only by printing them; "" where the
    `wandb` package is missing or nothing was printed."""
    chunks: list[str] = []
    try:
        for record in _records(raw):
            kind = record.WhichOneof("record_type")
            if kind == "output_raw":
                chunks.append(record.output_raw.line)
            elif kind == "output":
                chunks.append(record.output.line)
    except LogError:  # no wandb package
        return ""
    return "".join(chunks)


def _records(raw: bytes) -> Iterator[Any]:
    """Yield the file's records, parsed with wandb's schema (a damaged one passed over: the
    rest are still read); LogError when the `wandb` package is not installed."""
    try:
        from google.protobuf.message import DecodeError

        # By name: the module picks its generated code by protobuf's version (a star
        # import), so no type checker sees its Record.
        schema = importlib.import_module("wandb.proto.wandb_internal_pb2")
    except ImportError:
        raise LogError(
            f"a W&B run file (.wandb), which needs the wandb package to read: {EXTRA}"
        ) from None
    for data in _frames(raw):
        record = schema.Record()
        try:
            record.ParseFromString(data)
        except DecodeError:
            continue
        yield record


def _numbers(key: str, value_json: str) -> dict[str, float | int | None]:
    """Return a logged value's number under its key (NaN and infinities kept), None for
    anything else (a text); a dict logged as one value (`wandb.log({"train": {"loss": 0.4}})`)
    gives each number in it under `key/name`, as W&B's own panels show them, but a media
    file's or a table's description (a dict with a `_type`) none."""
    try:
        value = json.loads(value_json)
    except ValueError:
        return {key: None}
    if isinstance(value, dict):
        if "_type" in value:
            return {key: None}
        return {f"{key}/{name}": _number(v) for name, v in value.items()}
    return {key: _number(value)}


def _number(value: Any) -> float | int | None:
    """Return a value if it is a number, None for anything else (a text, a list, a flag)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _frames(raw: bytes) -> list[bytes]:
    """Return the data of each record, its pieces joined; a record cut short by the end of
    the file (a run still writing) or whose checksum is wrong is dropped."""
    out: list[bytes] = []
    pieces: list[bytes] | None = None
    at = len(HEADER)
    while at + RECORD.size <= len(raw):
        left = BLOCK - at % BLOCK
        if left < RECORD.size:  # a block's trailer: zeros
            at += left
            continue
        checksum, length, kind = RECORD.unpack_from(raw, at)
        at += RECORD.size
        data = raw[at : at + length]
        at += length
        if len(data) < length:
            break
        if checksum != zlib.crc32(data, zlib.crc32(bytes([kind]))):
            pieces = None  # a damaged record (and the record it was a piece of) is dropped
            continue
        if kind == FULL:
            out.append(data)
        elif kind == FIRST:
            pieces = [data]
        elif kind == MIDDLE and pieces is not None:
            pieces.append(data)
        elif kind == LAST and pieces is not None:
            out.append(b"".join([*pieces, data]))
            pieces = None
        # Anything else (type 0: a block's zero padding once a writer stopped) is no record.
    return out
