"""The client against a real `lossmon serve` process: what a training script sees."""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lossmon
from tests.client.conftest import FAST, find_run, read_run, read_series


@pytest.fixture
def server(shared_server: Any) -> Any:
    """These tests never stop the server, so they share one (each uses its own runs)."""
    return shared_server


def expect_series(url: str, run_id: int, key: str, expected: dict[int, float]) -> None:
    data = read_series(url, run_id, key)
    assert data["total"] == len(expected)
    assert data["steps"] == sorted(expected)
    got = [lossmon_value(v) for v in data["values"]]
    want = [expected[s] for s in sorted(expected)]
    assert [repr(g) for g in got] == [repr(w) for w in want]


def lossmon_value(value: Any) -> float:
    return float(value.replace("Infinity", "inf")) if isinstance(value, str) else float(value)


def test_a_training_loop_lands_on_the_server(server: Any) -> None:
    special = {7: math.nan, 8: math.inf, 9: -math.inf}
    with lossmon.init(project=server.project, name="lr-3e-4", config={"lr": 3e-4},
                      url=server.url, token=server.token, **FAST) as run:
        assert run.id is not None and run.url
        for step in range(2000):
            run.log(step, loss=special.get(step, 1.0 / (step + 1)), reg=0.01 * step)
            if step % 100 == 0:
                run.log(step, split="val", loss=0.5 + step)
                run.log_metrics({"lr": 3e-4, "grad_norm": 1.5}, step=step)
    assert run.id is not None
    expect_series(server.url, run.id, "train/loss",
                  {s: special.get(s, 1.0 / (s + 1)) for s in range(2000)})
    expect_series(server.url, run.id, "train/reg", {s: 0.01 * s for s in range(2000)})
    expect_series(server.url, run.id, "val/loss", {s: 0.5 + s for s in range(0, 2000, 100)})
    expect_series(server.url, run.id, "lr", {s: 3e-4 for s in range(0, 2000, 100)})
    info = read_run(server.url, run.id)
    assert info["status"] == "finished" and info["config"] == {"lr": 3e-4}
    assert info["name"] == "lr-3e-4"


def test_resume_continues_the_same_run(server: Any) -> None:
    first = lossmon.init(project=server.project, client_run_id="job-42", url=server.url,
                         token=server.token, **FAST)
    for step in range(100):
        first.log(step, loss=1.0)
    first.finish()
    second = lossmon.init(project=server.project, resume="job-42", url=server.url,
                          token=server.token, **FAST)
    assert second.id == first.id
    for step in range(80, 200):  # restarted from a checkpoint: steps 80.. are logged again
        second.log(step, loss=2.0)
    second.finish()
    assert first.id is not None
    expect_series(server.url, first.id, "train/loss",
                  {s: 1.0 if s < 80 else 2.0 for s in range(200)})


def test_exception_in_the_context_manager_marks_the_run_failed(server: Any) -> None:
    try:
        with lossmon.init(project=server.project, url=server.url, token=server.token,
                          **FAST) as run:
            run.log(0, loss=1.0)
            raise KeyError("boom")
    except KeyError:
        pass
    assert run.id is not None
    assert read_run(server.url, run.id)["status"] == "failed"


SCRIPT = """
import lossmon
run = lossmon.init(project={project!r}, client_run_id={crid!r}, url={url!r},
                   token={token!r}, flush_interval=0.05)
for step in range(500):
    run.log(step, loss=float(step))
{ending}
"""


def run_script(script: Callable[..., subprocess.Popen[str]], server: Any, crid: str,
               ending: str, home: Path) -> subprocess.CompletedProcess[str]:
    proc = script(SCRIPT.format(project=server.project, crid=crid, url=server.url,
                                token=server.token, ending=ending),
                  env={"LOSSMON_HOME": str(home)})
    out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_a_script_that_forgets_finish_is_finished_at_exit(
    server: Any, script: Callable[..., subprocess.Popen[str]], home: Path
) -> None:
    done = run_script(script, server, "forgetful", "# no finish()", home)
    assert done.returncode == 0, done.stderr
    run = find_run(server.url, server.project, "forgetful")
    assert run is not None and run["status"] == "finished"
    expect_series(server.url, run["id"], "train/loss", {s: float(s) for s in range(500)})


def test_an_uncaught_exception_marks_the_run_failed(
    server: Any, script: Callable[..., subprocess.Popen[str]], home: Path
) -> None:
    done = run_script(script, server, "crashy", "raise RuntimeError('diverged')", home)
    assert done.returncode == 1 and "diverged" in done.stderr
    run = find_run(server.url, server.project, "crashy")
    assert run is not None and run["status"] == "failed"
    expect_series(server.url, run["id"], "train/loss", {s: float(s) for s in range(500)})


TRAINING = """
from lossmon.integrations._common import RunOwner
owner = RunOwner(None, dict(project={project!r}, client_run_id={crid!r}, url={url!r},
                            token={token!r}, flush_interval=0.05))
run = owner.run()
owner.begin_training()  # what the Keras and Trainer callbacks do at on_train_begin
for step in range(50):
    run.log(step, loss=float(step))
try:
    raise RuntimeError("a crash inside fit, caught by the script")
except RuntimeError:
    pass
{ending}
"""


@pytest.mark.parametrize(("ending", "status"), [("", "failed"), ("owner.finish()", "finished")])
def test_a_training_that_never_ended_is_failed_at_exit(
    server: Any, script: Callable[..., subprocess.Popen[str]], home: Path, ending: str,
    status: str,
) -> None:
    """An exception the script caught (or a notebook cell interrupted) ended the fit before
    its callback's on_train_end: the exit hook finishes that run "failed", not "finished"."""
    crid = f"caught-{status}"
    proc = script(TRAINING.format(project=server.project, crid=crid, url=server.url,
                                  token=server.token, ending=ending),
                  env={"LOSSMON_HOME": str(home)})
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    run = find_run(server.url, server.project, crid)
    assert run is not None and run["status"] == status
    expect_series(server.url, run["id"], "train/loss", {s: float(s) for s in range(50)})


def test_offline_run_then_sync(server: Any, home: Path) -> None:
    with lossmon.init(project=server.project, name="offline", mode="offline",
                      url=server.url, client_run_id="off-1", **FAST) as run:
        for step in range(3000):
            run.log(step, loss=float(step), reg=0.5)
    assert find_run(server.url, server.project, "off-1") is None
    result = lossmon.sync(url=server.url, token=server.token)
    assert result.ok and result.runs == 1 and result.points == 3000
    found = find_run(server.url, server.project, "off-1")
    assert found is not None and found["status"] == "finished" and found["name"] == "offline"
    expect_series(server.url, found["id"], "train/loss", {s: float(s) for s in range(3000)})
    assert not list((home / "spool").glob("*.jsonl"))
