"""`lossmon sync`: an offline run's spool reaches the server, once, however often it runs."""

from __future__ import annotations

import requests

import lossmon
from lossmon.server.cli import main


def test_sync_uploads_an_offline_run(live_server, runner, tmp_path) -> None:
    run = lossmon.init(
        project="demo",
        name="offline",
        mode="offline",
        home=tmp_path,
        url=live_server.url,
        client_run_id="offline-1",
    )
    for step in range(250):
        run.log(step, loss=1.0 / (step + 1))
    run.finish()

    args = ["sync", str(tmp_path), "--url", live_server.url, "--token", live_server.token]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "1 runs, 250 points uploaded" in first.output
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "0 runs, 0 points uploaded" in again.output

    [stored] = requests.get(f"{live_server.url}/api/v1/runs?project=demo", timeout=10).json()[
        "runs"
    ]
    assert stored["name"] == "offline" and stored["status"] == "finished"
    series = requests.get(
        f"{live_server.url}/api/v1/runs/{stored['id']}/series/train/loss?max_points=1000",
        timeout=10,
    ).json()
    assert series["steps"] == list(range(250))


def test_sync_with_a_wrong_token_fails_and_keeps_the_spool(live_server, runner, tmp_path) -> None:
    run = lossmon.init(project="demo", mode="offline", home=tmp_path, url=live_server.url)
    run.log(1, loss=0.5)
    run.finish()
    result = runner.invoke(
        main, ["sync", str(tmp_path), "--url", live_server.url, "--token", "lm_bad"]
    )
    assert result.exit_code == 1 and "failed" in result.output
    assert list((tmp_path / "spool").glob("*.jsonl"))
