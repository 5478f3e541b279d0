"""Plain PyTorch: log_step streams loss, penalty and perplexity from a real training loop."""

from __future__ import annotations

import math
from typing import Any

import pytest

import lossmon
from tests.client.conftest import FAST, read_run, read_series

torch = pytest.importorskip("torch", reason="CI installs torch; a laptop may not")
from lossmon.integrations.torch import log_step  # noqa: E402


def test_a_cross_entropy_loop_logs_loss_penalty_and_perplexity(server: Any) -> None:
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Embedding(16, 8), torch.nn.Linear(8, 16))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    tokens = torch.randint(0, 16, (64,))
    targets = (tokens + 1) % 16
    expected: dict[int, tuple[float, float]] = {}
    with lossmon.init(
        project=server.project,
        name="torch-helper",
        url=server.url,
        token=server.token,
        config={"loss_kind": "cross_entropy", "lr": 0.5},
        **FAST,
    ) as run:
        for step in range(40):
            data_loss = torch.nn.functional.cross_entropy(model(tokens), targets)
            reg = 1e-3 * sum(p.pow(2).sum() for p in model.parameters())
            loss = data_loss + reg
            optimizer.zero_grad()
            loss.backward()
            grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 10.0)
            log_step(
                run,
                step,
                loss,
                reg=reg,
                perplexity=True,
                lr=optimizer.param_groups[0]["lr"],
                grad_norm=grad_norm,
            )
            optimizer.step()
            expected[step] = (loss.item(), reg.item())
    assert run.id is not None
    losses = read_series(server.url, run.id, "train/loss")
    assert losses["steps"] == list(range(40))
    assert losses["values"] == pytest.approx([expected[s][0] for s in range(40)], rel=1e-6)
    assert losses["values"][-1] < losses["values"][0] / 2  # it learned
    regs = read_series(server.url, run.id, "train/reg")["values"]
    assert regs == pytest.approx([expected[s][1] for s in range(40)], rel=1e-6)
    ppl = read_series(server.url, run.id, "train/ppl")["values"]
    assert ppl == pytest.approx([math.exp(lo - r) for lo, r in expected.values()], rel=1e-5)
    assert read_series(server.url, run.id, "lr")["values"] == [0.5] * 40
    assert len(read_series(server.url, run.id, "grad_norm")["values"]) == 40
    info = read_run(server.url, run.id)
    assert info["status"] == "finished"
    assert info["config"] == {"loss_kind": "cross_entropy", "lr": 0.5}


class Recorder:
    """Stands in for a Run: records what log_step hands over."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, dict[str, Any]]] = []

    def log(self, step: int, split: str = "train", **values: Any) -> None:
        self.calls.append((split, step, values))

    def log_metrics(self, metrics: dict[str, Any], step: int) -> None:
        self.calls.append(("", step, metrics))


def test_log_step_hands_over_detached_tensors_and_refuses_a_vector() -> None:
    recorder = Recorder()
    weight = torch.ones(3, requires_grad=True)
    loss = (weight * 2).sum()
    log_step(recorder, 0, loss, reg=loss / 10, perplexity=True)  # type: ignore[arg-type]
    [(split, step, values)] = recorder.calls
    assert (split, step, sorted(values)) == ("train", 0, ["loss", "ppl", "reg"])
    # Still tensors (read later, on the sender thread), and no autograd graph kept alive.
    assert all(isinstance(v, torch.Tensor) and not v.requires_grad for v in values.values())
    assert values["ppl"].item() == pytest.approx(math.exp(6.0 - 0.6))
    with pytest.raises(ValueError, match="scalar tensor"):
        log_step(recorder, 1, weight * 2)  # type: ignore[arg-type]
