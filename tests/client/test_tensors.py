"""Real torch tensors through log(): the buffer never keeps a step's autograd graph alive.

A loop that logs ``loss`` while it still requires grad would otherwise keep the whole graph
(every activation it saved) in memory until the sender reads the value: on a GPU, many steps'
activations. log() keeps such a tensor detached (no copy, no device sync); the value read
later is the same.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import lossmon
from tests.client.conftest import FAST
from tests.client.fake_server import FakeServer

try:
    import torch
except ImportError:  # CI installs torch (.ci/run): missing there is a failure
    if os.environ.get("CI"):
        raise
    pytest.skip("torch is not installed (CI installs it)", allow_module_level=True)

# Nothing is sent until finish(): the values stay in the buffer while the test looks.
HOLD = {**FAST, "flush_interval": 600.0, "batch_size": 5000, "max_buffer": 10_000}


class Saved:
    """What a saved-tensors hook packs: the graph's only reference to a saved activation."""

    __slots__ = ("tensor", "__weakref__")

    def __init__(self, tensor: torch.Tensor) -> None:
        self.tensor = tensor


@contextmanager
def watched_graph() -> Iterator[list[weakref.ref[Saved]]]:
    """Record a weak reference to everything autograd saves for backward meanwhile.

    A reference is dead once nothing holds the graph that saved it.
    """
    refs: list[weakref.ref[Saved]] = []

    def pack(tensor: torch.Tensor) -> Saved:
        saved = Saved(tensor.detach())  # an output kept with its grad_fn would be a cycle
        refs.append(weakref.ref(saved))
        return saved

    def unpack(saved: Saved) -> torch.Tensor:
        return saved.tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
        yield refs


def alive(refs: list[weakref.ref[Saved]]) -> int:
    return sum(ref() is not None for ref in refs)


def a_step(weight: torch.Tensor, seed: int) -> tuple[torch.Tensor, list[weakref.ref[Saved]]]:
    """A tiny forward pass whose loss holds a graph with saved activations."""
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(64, 16, generator=generator)
    with watched_graph() as refs:
        hidden = torch.tanh(x @ weight)  # saves x, weight and tanh's output
        loss = (hidden * hidden).mean()  # saves hidden twice
    assert loss.requires_grad and loss.grad_fn is not None
    return loss, refs


@pytest.mark.parametrize("how", ["log", "log_metrics"])
def test_a_logged_loss_does_not_keep_its_graph(fake: FakeServer, how: str) -> None:
    run = lossmon.init(project="p", url=fake.url, token="tok", **HOLD)
    weight = torch.randn(16, 8, generator=torch.Generator().manual_seed(0), requires_grad=True)
    log: Callable[[int, torch.Tensor], None] = (
        (lambda step, loss: run.log(step, loss=loss)) if how == "log"
        else (lambda step, loss: run.log_metrics({"train/loss": loss}, step=step)))

    # The probe works: a graph kept by anyone keeps its saved activations alive.
    kept, refs = a_step(weight, 99)
    assert alive(refs) >= 3
    del kept
    assert alive(refs) == 0

    expected, graphs = [], []
    # The sender takes from the buffer only under its lock (log() never takes it): held here,
    # the sender's first round cannot read what the test is about to inspect.
    with run._worker._lock:
        for step in range(5):
            loss, refs = a_step(weight, step)
            expected.append(loss.item())
            log(step, loss)
            if step == 0:
                loss.backward()  # the caller's tensor still has its graph: log() left it alone
                assert weight.grad is not None and weight.grad.abs().sum() > 0
            graphs.append(refs)
            del loss  # the loop moves on: nothing but lossmon holds the step's loss now
            assert alive(refs) == 0, "the buffer keeps the autograd graph of a logged loss"

        # Still in the buffer, unread (nothing was sent yet), detached, no graph.
        assert run.pending == 5 and not fake.sent_steps(1)
        held = [value for item in run._worker.buf for value in item[3].values()]
        assert all(isinstance(v, torch.Tensor) and not v.requires_grad and v.grad_fn is None
                   for v in held)

    run.finish()
    assert fake.runs[1]["status"] == "finished"
    assert fake.steps(1, "train/loss") == list(range(5))
    assert [fake.series[1]["train/loss"][step] for step in range(5)] == expected
    assert not run.dropped


def test_tensors_without_grad_are_kept_as_given(fake: FakeServer) -> None:
    """No copy, no new tensor: the check is one attribute read."""
    run = lossmon.init(project="p", url=fake.url, token="tok", **HOLD)
    plain = torch.tensor(0.25)
    parameter = torch.nn.Parameter(torch.tensor(2.0))  # a leaf that requires grad
    with run._worker._lock:  # the sender cannot take from the buffer meanwhile (see above)
        run.log(0, loss=plain, reg=parameter, ppl=1.5)
        run.log(1, loss=plain, reg=parameter, ppl=1.5)  # the classes are known now: hot path
        run.log_metrics({"lr": plain, "scale": parameter}, step=1)
        first, second, metrics = (item[3] for item in run._worker.buf)
    for values in (first, second):
        assert values["loss"] is plain and values["ppl"] == 1.5
        assert values["reg"] is not parameter and not values["reg"].requires_grad
        assert values["reg"].data_ptr() == parameter.data_ptr()  # a view: nothing copied
    assert metrics["lr"] is plain and not metrics["scale"].requires_grad
    assert parameter.requires_grad  # the caller's tensor is untouched
    run.finish()
    assert fake.series[1]["train/reg"] == {0: 2.0, 1: 2.0}
    assert fake.series[1]["train/loss"][1] == 0.25 and fake.series[1]["scale"][1] == 2.0


def test_a_config_tensor_does_not_keep_its_graph(fake: FakeServer) -> None:
    run = lossmon.init(project="p", url=fake.url, token="tok", **HOLD)
    weight = torch.randn(16, 8, generator=torch.Generator().manual_seed(0), requires_grad=True)
    loss, refs = a_step(weight, 0)
    run._worker._event.clear()  # (init's first round set it) the sender keeps sleeping
    run.update_config({"initial_loss": loss, "lr": 0.1})
    del loss
    assert alive(refs) == 0
    queued: Any = run._worker._configs
    assert not queued[0]["initial_loss"].requires_grad and queued[0]["lr"] == 0.1
    run.finish()
    assert fake.requests.count(("POST", "/api/v1/runs")) == 2  # the run, then its config
