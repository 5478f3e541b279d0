"""`lossmon backtest`: what would fire, on CSV files and on stored runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lossmon.server.cli import main

CURVES = Path(__file__).resolve().parents[1] / "data" / "curves"


def test_backtest_csv_files_prints_what_would_fire(runner) -> None:
    result = runner.invoke(
        main, ["backtest", str(CURVES / "s10_cancer.csv"), str(CURVES / "s05_digits.csv")]
    )
    assert result.exit_code == 0, result.output
    spike_block, healthy_block = result.output.split("s05_digits.csv")
    assert "spike" in spike_block and "opened    203" in spike_block
    assert "nothing would fire" in healthy_block
    assert result.output.strip().endswith("2 run(s) replayed, 2 alert(s) would fire")


def test_backtest_settings_change_the_outcome(runner, tmp_path) -> None:
    settings = tmp_path / "quiet.json"
    settings.write_text(json.dumps({"spike": {"enabled": False}, "plateau": {"enabled": False}}))
    result = runner.invoke(
        main, ["backtest", str(CURVES / "s10_cancer.csv"), "--settings", str(settings)]
    )
    assert "nothing would fire" in result.output


def test_backtest_rejects_bad_settings_and_bad_usage(runner, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"plateau": {"patience": "ten"}}))
    result = runner.invoke(
        main, ["backtest", str(CURVES / "s10_cancer.csv"), "--settings", str(bad)]
    )
    assert result.exit_code == 2 and "plateau.patience" in result.output
    assert runner.invoke(main, ["backtest"]).exit_code == 2


def test_backtest_stored_runs_of_a_project(runner, client, auth, database_url) -> None:
    run_id = client.post(
        "/api/v1/runs", json={"project": "demo", "name": "bumpy"}, headers=auth
    ).get_json()["id"]
    points = [
        {"step": s, "values": {"train/loss": 1.0 + 0.01 * (s % 3) + 7.0 * (400 <= s < 404)}}
        for s in range(1, 600)
    ]
    client.post(f"/api/v1/runs/{run_id}/points", json={"points": points}, headers=auth)
    result = runner.invoke(main, ["backtest", "--project", "demo", "--database-url", database_url])
    assert result.exit_code == 0, result.output
    assert f"run {run_id} bumpy" in result.output and "spike" in result.output
    missing = runner.invoke(main, ["backtest", "--project", "nope", "--database-url", database_url])
    assert missing.exit_code == 1 and "no project named 'nope'" in missing.output


def test_backtest_prints_the_words_at_opening_and_at_the_end_apart(runner) -> None:
    """A divergence still firing at the end: the words beside 'opened N' are those of the
    opening; the end has its own line (with its own words only where they differ)."""
    result = runner.invoke(main, ["backtest", str(CURVES / "s24_charlm.csv")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    opened = next(i for i, line in enumerate(lines) if "divergence" in line and "opened" in line)
    assert "Divergence on train/loss" in lines[opened]
    assert "since step 707" in lines[opened] and "opened    711" in lines[opened]
    end = lines[opened + 1].strip()
    assert end.startswith("still firing")
    assert end == "still firing" or end.split(": ", 1)[1] not in lines[opened]


def test_a_resolved_alerts_last_words_are_told_apart_from_its_end(runner) -> None:
    """A resolved alert's last words were said while it still held ("still holds ... not yet
    calm"): printed beside "resolved N" as its last words while firing, with their step, not
    as a claim about the end (h01: a divergence that came back and resolved at 4460)."""
    result = runner.invoke(main, ["backtest", str(CURVES / "holdout" / "h01_cs336lr1.csv")])
    end = next(line for line in result.output.splitlines() if "resolved" in line)
    assert re.search(r"resolved (\d+); its last words while firing \(step (\d+)\): Div", end), end
    resolved, said = map(int, re.search(r"resolved (\d+).*\(step (\d+)\)", end).groups())
    assert said < resolved, end


def test_backtest_end_lines_say_which_step_their_words_are_from(runner, tmp_path) -> None:
    """Words at the end speak of the last step the condition held, and say so; an alert whose
    condition cleared but is still within keep_firing_for says that too."""
    result = runner.invoke(main, ["backtest", str(CURVES / "s24_charlm.csv")])
    end = next(line for line in result.output.splitlines() if "still firing" in line)
    assert re.search(r"still firing; at step \d+: Divergence", end), end
    log = tmp_path / "epochs.csv"
    # A per-epoch log: keep_firing_for counts one epoch, so the spike at the 9th evaluation
    # that clears at the 10th is still firing when the log ends.
    val = [0.9, 0.6, 0.45, 0.35, 0.3, 0.28, 0.27, 0.26, 0.95, 0.25]
    rows = [f"{i + 1},train,{1.0 / (i + 1)},," for i in range(10)]
    rows += [f"{i + 1},val,{v},," for i, v in enumerate(val)]
    log.write_text("step,split,loss,reg,ppl\n" + "\n".join(rows) + "\n")
    result = runner.invoke(main, ["backtest", str(log)])
    assert "still firing (its condition cleared at step 10" in result.output, result.output
