"""The client and the service apply one set of wire rules: the same cases through both.

A key or step the client accepts at log() is one the server stores; one it refuses is
refused at the call with the server's own reason (the rules live in lossmon/values.py).
"""

from __future__ import annotations

from typing import Any

import pytest

import lossmon
from lossmon import values
from lossmon.server import config, wire
from lossmon.server.errors import ApiError

KEYS = [
    "train/loss", "val/acc", "lr", "a" * 200, "ключ/λ", "train/loss 2", "emoji/🙂",
    "", "a" * 201, "odd\x85key", "del\x7fkey", "c1\x9fend", "nul\x00", "tab\tkey", "nl\nkey",
    "/lead", "trail/", "a//b", "\xa0nbsp",
]
STEPS = [0, 1, 2**53, 2**53 + 1, -1, 10**20]


def server_reason(point: dict[str, Any]) -> str | None:
    try:
        wire.parse_points({"points": [point]}, 10)
    except ApiError as error:
        details = error.details or []
        return str(details[0]["reason"])
    return None


@pytest.mark.parametrize("key", KEYS, ids=[repr(k)[:30] for k in KEYS])
def test_keys_parity(key: str) -> None:
    reason = server_reason({"step": 1, "values": {key: 1.0}})
    try:
        values.check_key(key)
        client = None
    except ValueError as error:
        client = str(error)
    if reason is None:
        assert client is None, f"the client refuses {key!r}, which the server stores"
    else:
        assert client is not None, f"the client accepts {key!r}; the server says {reason}"
        problem = values.key_problem(key)
        assert problem is not None and problem in reason and problem in client


@pytest.mark.parametrize("step", STEPS)
def test_steps_parity(step: int) -> None:
    reason = server_reason({"step": step, "values": {"k": 1.0}})
    try:
        values.as_step(step)
        client = None
    except ValueError as error:
        client = str(error)
    assert (reason is None) == (client is None)
    if reason is not None:
        assert client is not None and reason in client


def test_limits_are_one_definition() -> None:
    assert wire.MAX_STEP is values.MAX_STEP and wire.MAX_KEY_LENGTH is values.MAX_KEY_LENGTH
    defaults = config.Config()
    assert defaults.max_points_per_request == values.MAX_POINTS_PER_REQUEST
    assert defaults.max_request_bytes == values.MAX_REQUEST_BYTES


@pytest.mark.parametrize("key", ["odd\x85key", "del\x7f", "a" * 300])
def test_a_key_the_server_refuses_is_refused_at_log(key: str, tmp_path: Any) -> None:
    run = lossmon.init(project="p", mode="offline", home=tmp_path)
    try:
        with pytest.raises(ValueError, match=str(values.key_problem(key))):
            run.log_metrics({key: 1.0}, step=1)
        with pytest.raises(ValueError, match=str(values.key_problem("train/" + key))):
            run.log(1, **{key: 1.0})
        run.log(1, loss=1.0)  # a good name in the same split still passes
        with pytest.raises(ValueError):  # and a bad one after it is still refused
            run.log(2, **{key: 1.0})
    finally:
        run.finish()
