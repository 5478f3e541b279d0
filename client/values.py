"""The wire's rules, and logged values: checked on the caller's thread, read on the sender's.

The rules a point must follow (key pattern and length, step range, points and bytes a
request) are defined here, once: the service imports them (lossmon.server.wire), so a key
``log()`` accepts is a key the server stores, and one it refuses is refused at the call
with the server's own words.

The caller only checks a value's type, so that a torch/numpy scalar is never read (and a
CUDA tensor never synchronised) inside the training step; ``.item()`` runs on the sender.
"""

from __future__ import annotations

import enum
import json
import math
import operator
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol


class SupportsItem(Protocol):
    """A 0-d tensor or numpy scalar: anything whose ``.item()`` returns a Python number."""

    def item(self) -> Any: ...


Number = float | int | SupportsItem

# One buffered call: (step, wall_time, prefix or None, {name: value}).
# The prefix is the split ("train", "val") of Run.log; None means the names are full keys.
Item = tuple[int, float, "str | None", Mapping[str, Any]]


MAX_STEP = 2**53  # the last integer a float holds exactly
MAX_KEY_LENGTH = 200
MAX_POINTS_PER_REQUEST = 10_000  # points in one POST /runs/<id>/points (the server's default)
MAX_REQUEST_BYTES = 10 * 2**20  # a request body, after gunzip (the server's default)
# Why a logged value was not stored. The client counts each and sends the counts with
# finish() (PATCH /runs/<id> "dropped"); the run page and GET /runs/<id> show them.
DROP_REASONS = (
    "bad_value",  # its .item() failed or gave something that is not a number
    "refused",  # the server refused its point (400 naming it); the rest of the batch was sent
    "spool_unwritable",  # the server could not take it in time and the spool could not be written
    "after_finish",  # logged after finish()
    "buffer_full",  # memory was full and the spool writer could not keep up (a stalled disk)
)
# C0 and C1 control characters (U+0085, NEL, is a line break to many readers) and DEL.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def key_problem(key: object) -> str | None:
    """Say what is wrong with a series key, or None when the server would store it."""
    if not isinstance(key, str):
        return "a key must be a string"
    if not key:
        return "a key must not be empty"
    if len(key) > MAX_KEY_LENGTH:
        return f"a key must be at most {MAX_KEY_LENGTH} characters"
    if _CONTROL.search(key):
        return "a key must not contain control characters"
    if key.startswith("/") or key.endswith("/") or "//" in key:
        return "a key must not start or end with '/' or contain '//'"
    return None


def step_problem(step: int) -> str | None:
    """Say what is wrong with an integer step, or None when it is in range."""
    if not 0 <= step <= MAX_STEP:
        return f"step must be between 0 and 2^53 ({MAX_STEP})"
    return None


def check_key(key: object) -> None:
    """Raise TypeError/ValueError, in the server's words, for a key the server would refuse."""
    if not isinstance(key, str):
        raise TypeError(f"lossmon: metric keys must be str, not {type(key).__name__}")
    problem = key_problem(key)
    if problem is not None:
        raise ValueError(f"lossmon: {problem} (got {key[:40]!r})")


def check_value(name: object, value: object) -> None:
    """Raise TypeError unless value is a number or a scalar with ``.item()``."""
    if isinstance(value, bool) or not (
        isinstance(value, (int, float)) or callable(getattr(value, "item", None))
    ):
        raise TypeError(
            f"lossmon: {name}={value!r} is a {type(value).__name__}; "
            "log numbers (int, float) or scalars with .item() (torch/numpy)"
        )


def as_step(step: object) -> int:
    """Return step as an int in 0..2**53; numpy integers are fine, bools and floats are not."""
    if isinstance(step, bool):
        raise TypeError("lossmon: step must be an int, not a bool")
    try:
        value = operator.index(step)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"lossmon: step must be an int, not {type(step).__name__}") from None
    problem = step_problem(value)
    if problem is not None:
        raise ValueError(f"lossmon: {problem}, not {value}")
    return value


def to_wire(value: Any) -> float | str | None:
    """Return the JSON form of value ("NaN", "Infinity", "-Infinity" for non-finite), or None.

    None means the value could not be read as a number (its ``.item()`` failed or gave
    something else); the caller counts it as dropped.
    """
    if value.__class__ is not float and value.__class__ is not int:
        try:
            if not isinstance(value, (int, float)):
                value = value.item()
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return None
            value = float(value)
        except Exception:  # noqa: BLE001 - a user object's .item() can raise anything
            return None
    elif value.__class__ is int:
        try:
            value = float(value)
        except OverflowError:
            return None
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def from_wire(value: float | str) -> float:
    """Inverse of to_wire, for tests and tools."""
    return float(value) if not isinstance(value, str) else float(value.replace("Infinity", "inf"))


_KEYS: dict[str, dict[str, str]] = {}  # split -> name -> "split/name", built once each


def _key(prefix: str, name: str) -> str:
    names = _KEYS.setdefault(prefix, {})
    key = names.get(name)
    if key is None:
        key = f"{prefix}/{name}"
        if len(names) < 1000:
            names[name] = key
    return key


# A lossmon thread at work holds the GIL; a training loop in Python that wants it back waits
# for sys.getswitchinterval() (5 ms), then for the next bytecode boundary of that thread: a
# C call that does not let go (json.dumps of a 1,000-point batch: 2.5-4 ms of CPU on the
# loaded 2-CPU box, about as long again when the OS takes the CPU away meanwhile) is all
# waited for. So a long points list goes to JSON CHUNK points a call (0.3-0.5 ms there).
# (Sleeping between chunks to hand the GIL over at once was measured too: it raised log()'s
# median in a tight loop by ~0.7 µs on that box, each wake-up contending again; not kept.)
CHUNK = 100


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), allow_nan=False)


def dumps_compact(record: Mapping[str, Any]) -> str:
    """``json.dumps(record, separators=(",", ":"), allow_nan=False)``, its ``points`` list
    CHUNK points a call, so that another thread can take the GIL between two (the same
    text when ``points`` is the last key; otherwise the same JSON, ``points`` moved last)."""
    points = record.get("points")
    if not isinstance(points, list) or len(points) <= CHUNK:
        return _dumps(record)
    parts = [_dumps(points[start : start + CHUNK])[1:-1] for start in range(0, len(points), CHUNK)]
    rest = {key: value for key, value in record.items() if key != "points"}
    head = _dumps(rest)[:-1] + ("," if rest else "")
    return head + '"points":[' + ",".join(parts) + "]}"


def encode(items: Iterable[Item]) -> tuple[list[dict[str, Any]], int]:
    """Turn buffered calls into wire points, merging calls on the same step (last write wins).

    Returns the points and the number of values that could not be read.
    """
    merged: dict[int, dict[str, Any]] = {}
    bad = 0
    for step, wall_time, prefix, values in items:
        point = merged.get(step)
        if point is None:
            out: dict[str, Any] = {}
            merged[step] = {"step": step, "wall_time": wall_time, "values": out}
        else:
            point["wall_time"] = wall_time
            out = point["values"]
        names = _KEYS.get(prefix, {}) if prefix is not None else None
        for name, value in values.items():
            if names is None:
                key = name
            else:
                key = names.get(name) or _key(prefix, name)  # type: ignore[arg-type]
            if value.__class__ is float and value - value == 0.0:  # finite float: as is
                out[key] = value
                continue
            wire = to_wire(value)
            if wire is None:
                bad += 1
                continue
            out[key] = wire
    return [p for p in merged.values() if p["values"]], bad


def jsonable(config: Mapping[str, Any]) -> dict[str, Any]:
    """Return a config as JSON-safe data (it is shown, never computed with).

    Scalars with ``.item()`` are read, enums give their value, sets and tuples become
    lists, anything else JSON cannot hold becomes ``str()``. Reads tensors: call it on the
    sender's thread, not in the training step.
    """

    def fallback(value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, (set, frozenset, tuple)):
            return list(value)
        item = getattr(value, "item", None)
        if callable(item) and getattr(value, "ndim", 0) == 0:
            try:
                return item()
            except Exception:  # noqa: BLE001 - a config value is shown, never needed
                pass
        return str(value)

    result: dict[str, Any] = json.loads(json.dumps(dict(config), default=fallback))
    return result
