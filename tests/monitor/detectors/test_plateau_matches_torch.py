"""The plateau detector is torch's ReduceLROnPlateau: same values in, same first LR cut out."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lossmon.server.detectors import plateau, series, validate_settings

torch = pytest.importorskip(
    "torch", reason="compares with torch's ReduceLROnPlateau; CI installs torch 2.13.0 (CPU)"
)

VALUES = st.one_of(
    st.sampled_from([0.0, 1.0, -1.0, 2.5, -2.5, 1e-3, math.nan]),  # ties and NaN
    st.floats(min_value=-50, max_value=50, allow_nan=False, width=32),
)
CONFIGS = st.fixed_dictionaries(
    {
        "mode": st.sampled_from(["min", "max"]),
        "threshold_mode": st.sampled_from(["rel", "abs"]),
        "threshold": st.sampled_from([0.0, 1e-4, 1e-2, 0.1, 0.5]),
        "patience": st.integers(min_value=0, max_value=6),
        "cooldown": st.integers(min_value=0, max_value=4),
    }
)
# Torch's rule alone: the plateau detector's other rules (a loss at ln k, little progress, a
# stall) are reports torch has no counterpart for ([1.75] * 5 sits at ln 6).
TORCH_ONLY = {"chance": False, "little_progress": False, "stall": False}


def torch_cuts(values: list[float], cfg: dict[str, object]) -> list[int]:
    """Return the indices of the values after which torch's scheduler cut the LR."""
    param = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([param], lr=1.0)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, min_lr=0.0, eps=0.0, **cfg)
    cuts = []
    for i, v in enumerate(values):
        before = opt.param_groups[0]["lr"]
        sched.step(v)
        if opt.param_groups[0]["lr"] < before:
            cuts.append(i)
    return cuts


@settings(max_examples=400, deadline=None)
@given(
    values=st.lists(VALUES, min_size=1, max_size=60),
    cfg=CONFIGS,
    cut=st.integers(min_value=1, max_value=60),
)
def test_plateau_opens_where_torch_first_cuts(values, cfg, cut) -> None:
    expected = torch_cuts(values, cfg)
    conf = validate_settings({"plateau": {**cfg, **TORCH_ONLY}})["plateau"]
    steps = list(range(10, 10 + len(values)))
    # Point by point, reading the cut counter of the state after each value.
    state: dict | None = None
    ours: list[int] = []
    starts: list[int] = []
    for i, (s, v) in enumerate(zip(steps, values, strict=True)):
        before = state["cuts"] if state else 0
        state, found = plateau.evaluate(state, {"val/loss": series([s], [v])}, conf)
        if state["cuts"] > before:
            ours.append(i)
        starts += [f.start_step for f in found if f.start_step not in starts]
    assert ours == expected
    if expected:
        assert starts and starts[0] == steps[expected[0]]
    else:
        assert starts == []
    # Two batches give the same first opening as one point at a time.
    s2, f1 = plateau.evaluate(None, {"val/loss": series(steps[:cut], values[:cut])}, conf)
    _, f2 = plateau.evaluate(s2, {"val/loss": series(steps[cut:], values[cut:])}, conf)
    batched = sorted({f.start_step for f in f1 + f2})
    assert batched[:1] == starts[:1]
