"""Reading Coqui's Trainer console (`--> STEP: i/n -- GLOBAL_STEP: N` blocks, evaluations)."""

from __future__ import annotations

from pathlib import Path

from lossmon.server.log_formats import read_logs

ESC = "\x1b"


def _train(step: int, steps: int, global_step: int, values: dict[str, float]) -> str:
    lines = [f"{ESC}[1m   --> TIME: 2025-09-23 10:44:16 -- STEP: {step}/{steps} -- GLOBAL_STEP: "
             f"{global_step}{ESC}[0m"]  # fmt: skip
    lines += [f"     | > {name}: {value}  ({value * 1.01})" for name, value in values.items()]
    lines.append(
        "     | > grad_norm_0: tensor(15.6113, device='cuda:0') (tensor(16.5, device='cuda:0'))"
    )
    return "\n".join(lines) + "\n\n"


def _eval(values: dict[str, float], esc: str = ESC) -> str:
    lines = [f"{esc}[1m > EVALUATION {esc}[0m", "", f"  {esc}[1m--> EVAL PERFORMANCE{esc}[0m"]
    lines += [
        f"     | > avg_{name}:{esc}[92m {value} {esc}[0m(-0.01)" for name, value in values.items()
    ]
    return "\n".join(lines) + "\n\n"


def _vits(loss_disc: float, loss_gen: float) -> dict[str, float]:
    """A VITS print: the discriminator's terms and total (loss_0), then the generator's (loss_1)."""
    return {
        "loss_disc": loss_disc,
        "loss_0": loss_disc,
        "loss_gen": 2.1,
        "loss_mel": loss_gen - 10.0,
        "loss_1": loss_gen,
        "current_lr_0": 0.0002,
        "current_lr_1": 0.0001,
    }


def test_a_vits_console_reads_the_generators_total_per_print_and_per_epoch(
    tmp_path: Path,
) -> None:
    path = tmp_path / "trainer_0_log.txt"
    path.write_text(
        " > Model restored from step 1000000\n"
        + _eval(_vits(2.9, 26.9))  # an evaluation before training: no step, passed over
        + f"{ESC}[4m{ESC}[1m > EPOCH: 0/2{ESC}[0m\n"
        + _train(24, 36, 1000025, _vits(3.01, 26.93))
        + _eval(_vits(2.93, 26.37))
        + f"{ESC}[4m{ESC}[1m > EPOCH: 1/2{ESC}[0m\n"
        + _train(13, 36, 1000050, _vits(2.80, 26.31))
        + _train(33, 36, 1000070, _vits(2.70, 26.20))
        # a notebook's capture that lost the escape character of its colour codes
        + _eval(_vits(2.64, 26.68), esc="")
    )
    [log] = read_logs(path)
    assert log.kind == "coqui"
    assert log.columns == {"train": "loss_1", "val": "avg_loss_1", "lr": "current_lr_1"}
    assert [r for r in log.rows if r[1] != "lr"] == [
        (1000025, "train", {"loss": 26.93}),
        (1000037, "val", {"loss": 26.37}),  # the epoch's end: 1000025 - 24 + 36
        (1000050, "train", {"loss": 26.31}),
        (1000070, "train", {"loss": 26.2}),
        (1000073, "val", {"loss": 26.68}),
    ]
    assert {r[2]["lr"] for r in log.rows if r[1] == "lr"} == {0.0001}


def test_xtts_is_read_on_its_audio_token_loss_and_a_plain_total_on_loss(tmp_path: Path) -> None:
    path = tmp_path / "full_logs.txt"
    xtts = {"current_lr": 5e-06, "loss_text_ce": 0.228, "loss_mel_ce": 4.84, "loss": 0.105}
    path.write_text(
        _train(0, 1327, 0, xtts)
        + _train(200, 1327, 200, {**xtts, "loss_mel_ce": float("nan"), "loss": float("nan")})
        + _eval({"loss_text_ce": 0.2, "loss_mel_ce": 4.25, "loss": 4.25})
    )
    [log] = read_logs(path)
    assert log.columns == {"train": "loss_mel_ce", "val": "avg_loss_mel_ce", "lr": "current_lr"}
    losses = [(r[0], r[1], r[2]["loss"]) for r in log.rows if r[1] != "lr"]
    assert losses[0] == (0, "train", 4.84) and losses[2] == (1327, "val", 4.25)
    assert losses[1][:2] == (200, "train") and losses[1][2] != losses[1][2]  # a NaN is kept
    # Glow-TTS or Tacotron: one optimizer, its total `loss`.
    path.write_text(_train(0, 10, 5, {"loss": 1.5, "log_mle": 0.9}) + _eval({"loss": 1.4}))
    [log] = read_logs(path)
    assert [r for r in log.rows if r[1] != "lr"] == [
        (5, "train", {"loss": 1.5}),
        (15, "val", {"loss": 1.4}),
    ]


def test_a_run_appended_from_step_zero_is_a_run_apart(tmp_path: Path) -> None:
    path = tmp_path / "trainer_0_log.txt"
    path.write_text(
        _train(0, 10, 0, {"loss": 3.0})
        + _train(5, 10, 5, {"loss": 2.0})
        + _train(0, 10, 0, {"loss": 3.1})
        + _train(5, 10, 5, {"loss": 2.2})
        + _eval({"loss": 2.5})
    )
    first, second = read_logs(path)
    assert [(r[0], r[2]["loss"]) for r in first.rows] == [(0, 3.0), (5, 2.0)]
    assert [(r[0], r[1]) for r in second.rows] == [(0, "train"), (5, "train"), (10, "val")]
