"""The points parser's fast paths accept only what the general path accepts, with its result.

`wire.parse_points` tries a column-wise pass, then a one-pass loop, then the general
point-by-point parser (the only one that explains a refusal). A fast path that accepted a
body the general path refuses would store a bad point; one that parsed differently would
store other values. Bodies are generated near the common shape, with one thing off.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossmon.server import wire
from lossmon.server.errors import ApiError

KEYS = ["train/loss", "train/reg", "val/loss", "", "a//b", "x" * 201, "tab\tkey"]
ODD_NUMBERS = [
    1, -3, 2**1023, 2**1024, -(2**1024), True, None, "NaN", "Infinity", "-Infinity", "nan",
    "1.5", [], math.nan, math.inf, -math.inf, -0.0,
]  # fmt: skip


def numbers(odd: list[Any]) -> st.SearchStrategy[Any]:
    plain = st.floats(allow_nan=False, allow_infinity=False, width=64)
    return st.one_of(plain, plain, plain, st.sampled_from(odd))


@st.composite
def bodies(draw: st.DrawFn) -> list[Any]:
    size = draw(st.integers(1, 12))
    keys = draw(st.lists(st.sampled_from(KEYS[:3]), min_size=1, max_size=3, unique=True))
    step = draw(st.integers(0, 5))
    points: list[Any] = []
    wall_kind = draw(st.sampled_from(["float", "none", "missing", "mixed"]))
    for _ in range(size):
        step += draw(st.sampled_from([1, 1, 1, 2, 0, -1]))
        point: dict[str, Any] = {"step": step, "values": {k: draw(numbers([1.0])) for k in keys}}
        if wall_kind == "float" or (wall_kind == "mixed" and draw(st.booleans())):
            point["wall_time"] = draw(st.floats(0, 2e9))
        elif wall_kind == "none":
            point["wall_time"] = None
        points.append(point)
    # One thing off, or nothing.
    index = draw(st.integers(0, size - 1))
    point = points[index]
    change = draw(
        st.sampled_from(
            ["none", "none", "step", "value", "wall", "key", "extra", "drop", "shape", "order"]
        )
    )
    if change == "step":
        point["step"] = draw(st.sampled_from([-1, 2**53, 2**53 + 1, 1.0, 2.5, True, "3", None]))
    elif change == "value":
        point["values"][keys[0]] = draw(st.sampled_from(ODD_NUMBERS))
    elif change == "wall":
        point["wall_time"] = draw(st.sampled_from(ODD_NUMBERS))
    elif change == "key":
        point["values"][draw(st.sampled_from(KEYS))] = 1.0
    elif change == "extra":
        point[draw(st.sampled_from(["extra", "steps", "value"]))] = 1
    elif change == "drop":
        del point[draw(st.sampled_from(["step", "values"]))]
    elif change == "shape":
        points[index] = draw(st.sampled_from([[], "point", None, {"step": 1}, {"values": {}}]))
    elif change == "order":
        points.reverse()
    return points


def outcome(parse: Any, points: list[Any]) -> Any:
    """Return what a parser makes of `points`, NaN written so that it compares equal."""
    try:
        batches = parse(points)
    except ApiError as error:
        return ("refused", error.details)
    if batches is None:
        return None
    return {
        key: (batch.steps, [repr(v) for v in batch.values], batch.wall_times)
        for key, batch in batches.items()
    }


@settings(max_examples=400, deadline=None)
@given(bodies())
def test_fast_paths_agree_with_the_general_path(points: list[Any]) -> None:
    general = outcome(wire._parse_general, points)
    for fast in (wire._parse_columns, wire._parse_ascending):
        parsed = outcome(fast, points)
        if parsed is not None:
            assert parsed == general, fast.__name__
    assert outcome(lambda p: wire.parse_points({"points": p}, 100), points) == general


def test_the_common_batch_takes_the_column_path() -> None:
    points = [
        {"step": s, "wall_time": 1.7e9 + s, "values": {"train/loss": 1.0 / (s + 1), "lr": 0.1}}
        for s in range(1000)
    ]
    batches = wire._parse_columns(points)
    assert batches is not None
    assert batches["train/loss"].steps == list(range(1000))
    assert batches["lr"].wall_times[-1] == 1.7e9 + 999
    # The batches do not share lists: deriving perplexity appends to one of them.
    batches["lr"].steps.append(5000)
    assert len(batches["train/loss"].steps) == 1000


@pytest.mark.parametrize(
    "points",
    [
        [{"step": 0, "values": {"a": 1.0}}, {"step": 0, "values": {"a": 2.0}}],
        [{"step": 1, "values": {"a": 1.0}}, {"step": 2, "values": {"b": 2.0}}],
        [{"step": 1, "values": {"a": "NaN"}}],
        [{"step": 1, "wall_time": 5, "values": {"a": 1.0}}],
        [{"step": 1, "wall_time": math.nan, "values": {"a": 1.0}}],
    ],
)
def test_uncommon_batches_leave_the_column_path(points: list[Any]) -> None:
    assert wire._parse_columns(points) is None
