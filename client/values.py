"""Check logged values on the caller's thread; read and encode them on the sender's.

The caller only checks a value's type, so that a torch/numpy scalar is never read (and a
CUDA tensor never synchronised) inside the training step; ``.item()`` runs on the sender.
"""

from __future__ import annotations

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


MAX_STEP = 2**53  # the server's limit (and the last integer a float holds exactly)
MAX_KEY_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_key(key: object) -> None:
    """Raise ValueError/TypeError for a key the server would refuse (with its whole batch)."""
    if not isinstance(key, str):
        raise TypeError(f"lossmon: metric keys must be str, not {type(key).__name__}")
    if (not key or len(key) > MAX_KEY_LENGTH or _CONTROL.search(key) or key.startswith("/")
            or key.endswith("/") or "//" in key):
        raise ValueError(
            f"lossmon: bad key {key[:40]!r}: keys are 1-{MAX_KEY_LENGTH} characters, no "
            "control characters, and do not start or end with '/' or contain '//'"
        )


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
    if not 0 <= value <= MAX_STEP:
        raise ValueError(f"lossmon: step must be between 0 and 2**53, not {value}")
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
