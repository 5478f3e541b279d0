"""Transformers: a real Trainer on a tiny GPT-2 (from a config) streams through the callback,
and a NaN step loss reaches the service although the Trainer's NaN/Inf filter hides it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.client.conftest import FAST, read_run, read_series

pytest.importorskip("transformers", reason="CI installs transformers; a laptop may not")
pytest.importorskip("accelerate", reason="the Trainer needs accelerate")
import torch  # noqa: E402
from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainingArguments  # noqa: E402

from lossmon.integrations.transformers import LossmonCallback  # noqa: E402

STEPS = 12


def model(nan_at: int = -1) -> GPT2LMHeadModel:
    """A tiny GPT-2 from a config; its training loss turns NaN at forward pass `nan_at`."""
    torch.manual_seed(0)
    config = GPT2Config(n_layer=1, n_head=2, n_embd=32, vocab_size=64, n_positions=16)
    built = GPT2LMHeadModel(config)
    calls = 0

    def poison(module: Any, args: Any, output: Any) -> Any:
        nonlocal calls
        if module.training:
            calls += 1
            if calls == nan_at:
                output.loss = output.loss * float("nan")
        return output

    built.register_forward_hook(poison)  # before the callback's hook: it sees the NaN
    return built


def dataset(n: int) -> list[dict[str, Any]]:
    generator = torch.Generator().manual_seed(1)
    start = torch.randint(0, 60, (n, 1), generator=generator)
    ids = (start + torch.arange(16)) % 64  # counting sequences: easy to learn
    return [{"input_ids": row, "labels": row} for row in ids]


def arguments(tmp_path: Path, **overrides: Any) -> TrainingArguments:
    settings: dict[str, Any] = {
        "output_dir": str(tmp_path / "out"),
        "max_steps": STEPS,
        "learning_rate": 5e-3,
        "per_device_train_batch_size": 8,
        "per_device_eval_batch_size": 16,
        "logging_steps": 3,
        "eval_strategy": "steps",
        "eval_steps": 6,
        "save_strategy": "no",
        "report_to": [],
        "use_cpu": True,
        "disable_tqdm": True,
        "seed": 0,
    }
    return TrainingArguments(**{**settings, **overrides})


def test_a_trainer_run_lands_as_series_config_and_status(server: Any, tmp_path: Path) -> None:
    callback = LossmonCallback(
        project=server.project,
        name="gpt2-tiny",
        url=server.url,
        token=server.token,
        config={"purpose": "test"},
        **FAST,
    )
    trainer = Trainer(
        model=model(),
        args=arguments(tmp_path),
        train_dataset=dataset(64),
        eval_dataset=dataset(16),
        callbacks=[callback],
    )
    trainer.train()
    run = callback._owner.handle
    assert run.id is not None
    losses = read_series(server.url, run.id, "train/loss")
    assert losses["steps"] == list(range(1, STEPS + 1))  # every optimizer step, raw
    assert losses["values"][-1] < losses["values"][0]
    logged = {e["step"]: e["loss"] for e in trainer.state.log_history if "loss" in e}
    for step, value in logged.items():  # the Trainer's window means, from our raw steps
        window = losses["values"][step - 3 : step]
        assert value == pytest.approx(sum(window) / 3, rel=1e-3)
    assert read_series(server.url, run.id, "val/loss")["steps"] == [6, 12]
    assert read_series(server.url, run.id, "lr")["steps"] == [3, 6, 9, 12]
    assert read_series(server.url, run.id, "grad_norm")["total"] == 4
    # loss_kind cross_entropy: the service derives the perplexity.
    ppl = read_series(server.url, run.id, "train/ppl")["values"]
    assert ppl == pytest.approx([math.exp(v) for v in losses["values"]], rel=1e-6)
    info = read_run(server.url, run.id)
    assert info["status"] == "finished" and info["name"] == "gpt2-tiny"
    config = info["config"]
    assert config["purpose"] == "test" and config["loss_kind"] == "cross_entropy"
    assert config["learning_rate"] == 5e-3 and config["model"]["n_embd"] == 32


def test_a_nan_step_loss_reaches_the_service_despite_the_filter(
    server: Any, tmp_path: Path
) -> None:
    callback = LossmonCallback(project=server.project, url=server.url, token=server.token, **FAST)
    args = arguments(tmp_path, eval_strategy="no")
    assert args.logging_nan_inf_filter  # the default stays on
    trainer = Trainer(
        model=model(nan_at=5), args=args, train_dataset=dataset(64), callbacks=[callback]
    )
    trainer.train()
    # The Trainer's own log never shows the NaN...
    assert all(math.isfinite(e["loss"]) for e in trainer.state.log_history if "loss" in e)
    run = callback._owner.handle
    assert run.id is not None
    values = read_series(server.url, run.id, "train/loss")["values"]
    # ...lossmon's does, at the step it happened (steps 1..4 finite, then "NaN").
    assert all(isinstance(v, float) for v in values[:4]) and values[4] == "NaN"
    alerts = requests.get(f"{server.url}/api/v1/runs/{run.id}", timeout=10).json()["alerts"]
    assert [(a["detector"], a["severity"], a["opened_step"]) for a in alerts] == [
        ("divergence", "critical", 5)
    ]
