"""Type checks at the call, and encoding on the sender: pure, no threads, no server."""

from __future__ import annotations

import math
from typing import Any

import pytest

from lossmon.values import as_step, check_key, check_value, encode, from_wire, to_wire


class Scalar:
    """A stand-in for a 0-d tensor: a number behind .item()."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def item(self) -> Any:
        return self.value


@pytest.mark.parametrize("value", [1, 1.5, -3, math.nan, math.inf, Scalar(2.0)])
def test_numbers_and_scalars_pass(value: object) -> None:
    check_value("loss", value)


@pytest.mark.parametrize("value", ["1.0", None, True, False, [1.0], {"a": 1}, b"1", object()])
def test_non_numbers_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="loss="):
        check_value("loss", value)


@pytest.mark.parametrize(("step", "error"), [(True, TypeError), (1.0, TypeError),
                                             ("3", TypeError), (-1, ValueError),
                                             (2**53 + 1, ValueError)])
def test_bad_steps(step: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        as_step(step)


def test_index_like_steps_become_ints() -> None:
    class Index:
        def __index__(self) -> int:
            return 7

    assert as_step(Index()) == 7


@pytest.mark.parametrize("key", ["", "/a", "a/", "a//b", "a\nb", "x" * 201])
def test_bad_keys(key: str) -> None:
    with pytest.raises(ValueError):
        check_key(key)


@pytest.mark.parametrize(("value", "wire"), [
    (1.5, 1.5), (3, 3.0), (math.nan, "NaN"), (math.inf, "Infinity"), (-math.inf, "-Infinity"),
    (Scalar(0.25), 0.25), (Scalar(math.nan), "NaN"), (Scalar(4), 4.0),
    (Scalar("x"), None), (Scalar(True), None), (10**400, None),
])
def test_to_wire(value: object, wire: object) -> None:
    assert to_wire(value) == wire
    if wire is not None:
        assert to_wire(from_wire(wire)) == wire


def test_item_that_raises_is_dropped_not_raised() -> None:
    class Broken:
        def item(self) -> float:
            raise RuntimeError("CUDA error")

    points, bad = encode([(1, 0.0, "train", {"loss": Broken(), "reg": 0.5})])
    assert bad == 1
    assert points == [{"step": 1, "wall_time": 0.0, "values": {"train/reg": 0.5}}]


def test_encode_prefixes_and_merges_same_step_last_write_wins() -> None:
    items = [
        (1, 10.0, "train", {"loss": 2.0, "reg": 0.1}),
        (2, 11.0, "train", {"loss": 1.5}),
        (1, 12.0, "train", {"loss": 1.9}),
        (1, 13.0, None, {"lr": 0.01}),
    ]
    points, bad = encode(items)
    assert bad == 0
    assert points == [
        {"step": 1, "wall_time": 13.0, "values": {"train/loss": 1.9, "train/reg": 0.1,
                                                  "lr": 0.01}},
        {"step": 2, "wall_time": 11.0, "values": {"train/loss": 1.5}},
    ]



@pytest.mark.parametrize("size", [0, 1, 100, 101, 1000, 2345])
def test_json_of_a_long_batch_goes_a_chunk_at_a_time_and_reads_the_same(
        size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from lossmon import values

    calls: list[int] = []
    dumps = values._dumps
    monkeypatch.setattr(values, "_dumps", lambda value: calls.append(1) or dumps(value))
    items = [(step, 1.7e9 + step, "train", {"loss": Scalar(1.0 / (step + 1)), "ppl": math.inf})
             for step in range(size)]
    points, bad = encode(items)
    assert bad == 0 and len(points) == size
    for record in ({"points": points}, {"type": "points", "points": points}):
        calls.clear()
        want = json.dumps(record, separators=(",", ":"), allow_nan=False)
        assert values.dumps_compact(record) == want  # the same bytes on the wire and on disk
        chunks = -(-size // values.CHUNK)  # a C call per chunk, and one for the rest
        assert len(calls) == (chunks + 1 if size > values.CHUNK else 1)
    moved = values.dumps_compact({"points": points, "run": 1})
    assert json.loads(moved) == {"points": points, "run": 1}
