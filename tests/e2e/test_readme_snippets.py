"""The README's snippets run as written against `make demo`'s server, with the token it prints.

`make demo` mints one token for every project (the snippets write to `demo`, `gpt-small` and
`mnist`), and starting it again reuses that token. Each snippet is cut from README.md and run
in its own Python process, with only what it leaves undefined (a loader, a model, `train_step`)
supplied around it; `loss_kind` and names are the README's own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.conftest import REPO, free_port, wait_for

pytest.importorskip("lightning", reason="CI installs lightning")
pytest.importorskip("transformers", reason="CI installs transformers")

TOKEN_LINE = re.compile(r"token \(every project\): (lm_\S+)")

PLAIN_PRELUDE = """
import math
loader = range(40)
def train_step(batch):
    return 2.5 * math.exp(-batch / 20) + 0.05, 0.01
def evaluate():
    return 2.6
class _Sched:
    def get_last_lr(self): return [3e-4]
sched, gn = _Sched(), 1.0
"""

LIGHTNING_PRELUDE = """
import lightning as L, torch
class Model(L.LightningModule):
    def __init__(self, lr=0.05):
        super().__init__()
        self.save_hyperparameters()
        self.layer = torch.nn.Linear(4, 1)
    def training_step(self, batch, _):
        x, y = batch
        loss = torch.nn.functional.mse_loss(self.layer(x), y)
        self.log("train_loss", loss)
        return loss
    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=self.hparams.lr)
torch.manual_seed(0)
x = torch.randn(64, 4)
data = torch.utils.data.DataLoader(
    torch.utils.data.TensorDataset(x, x.sum(1, keepdim=True)), batch_size=8)
"""
LIGHTNING_EPILOGUE = """
trainer.fit_loop.max_epochs = 2   # the snippet keeps Lightning's default of 1000 epochs
trainer.fit(Model(), data)
"""

TRANSFORMERS_PRELUDE = """
import torch
from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainingArguments
torch.manual_seed(0)
model = GPT2LMHeadModel(GPT2Config(n_layer=1, n_head=2, n_embd=32, vocab_size=64, n_positions=16))
ids = (torch.randint(0, 60, (64, 1)) + torch.arange(16)) % 64
train = [{"input_ids": row, "labels": row} for row in ids]
args = TrainingArguments(output_dir="out", max_steps=12, logging_steps=3, report_to=[],
                         per_device_train_batch_size=8, use_cpu=True, save_strategy="no")
"""
TRANSFORMERS_EPILOGUE = "\ntrainer.train()\n"


def readme_block(containing: str) -> str:
    """Return the README's ```python block that contains `containing`."""
    blocks = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(), re.S)
    [found] = [block for block in blocks if containing in block]
    return str(found)


class Demo:
    """`make demo` in its own LOSSMON_HOME and port, as a user starts it."""

    def __init__(self, home: Path) -> None:
        self.home, self.port = home, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> str:
        env = {**os.environ, "LOSSMON_HOME": str(self.home)}
        env.pop("LOSSMON_DATABASE_URL", None)
        # -o: the test runs in the venv `make demo` would install; it is not reinstalled here,
        # nor relinked (`make test` linked it: relinking rewrites build/'s link tree under the
        # `lossmon serve` processes other tests start meanwhile, which then miss a module).
        self.process = subprocess.Popen(
            ["make", "--no-print-directory", "-o", ".venv/.server", "-o", "link", "demo",
             f"PORT={self.port}"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        deadline = time.monotonic() + 90
        token = None
        while token is None and time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.output += line
            match = TOKEN_LINE.search(line)
            token = match.group(1) if match else None
        assert token is not None, self.output
        wait_for(self._ready, timeout=30, what=f"make demo's server: {self.output}")
        return token

    def _ready(self) -> bool:
        try:
            return requests.get(self.url + "/readyz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            self.process.communicate(timeout=20)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    started = Demo(tmp_path / "home")
    yield started
    started.stop()


def run_snippet(code: str, cwd: Path, env: dict[str, str]) -> float:
    """Run `code` in a fresh Python; return how long it took (finish() must not hang)."""
    (cwd / "snippet.py").write_text(code)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "snippet.py"], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=240,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    # Any refusal (a 403 for a wrong token among them) says "refused"; a port or run id may
    # hold the digits 403.
    assert "refused" not in done.stderr and "spool" not in done.stderr.lower(), done.stderr[-2000:]
    return time.monotonic() - started


@pytest.mark.slow
def test_the_readme_snippets_run_against_make_demo(demo: Demo, tmp_path: Path) -> None:
    token = demo.start()
    demo.stop()
    assert demo.start() == token  # a second start reuses the token instead of minting one

    home = tmp_path / "client-home"
    env = {
        **os.environ, "LOSSMON_URL": demo.url, "LOSSMON_TOKEN": token, "LOSSMON_HOME": str(home),
        "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
    }  # fmt: skip
    three_lines = readme_block('token="lm_..."').replace(
        'url="http://127.0.0.1:5000", token="lm_..."', f'url="{demo.url}", token="{token}"'
    )
    assert token in three_lines, "the README's first snippet no longer has its token argument"
    snippets = {
        "three lines (demo)": PLAIN_PRELUDE + three_lines,
        "client (gpt-small)": PLAIN_PRELUDE + readme_block('with lossmon.init(project="gpt-small"'),
        "lightning (mnist)": LIGHTNING_PRELUDE
        + readme_block("LossmonLogger(project=\"mnist\", name=\"baseline\")")
        + LIGHTNING_EPILOGUE,
        "transformers (gpt-small)": TRANSFORMERS_PRELUDE
        + readme_block("LossmonCallback(project=\"gpt-small\"")
        + TRANSFORMERS_EPILOGUE,
    }
    for name, code in snippets.items():
        work = tmp_path / re.sub(r"\W+", "-", name)
        work.mkdir()
        took = run_snippet(code, work, env)
        assert took < 120, f"{name} took {took:.0f} s"

    spool = home / "spool"
    assert not spool.exists() or not list(spool.iterdir()), "points were spooled, not sent"
    runs = requests.get(f"{demo.url}/api/v1/runs", timeout=5).json()["runs"]
    by_project: dict[str, list[dict[str, object]]] = {}
    for run in runs:
        by_project.setdefault(str(run["project"]), []).append(run)
    assert {"demo", "gpt-small", "mnist"} <= set(by_project)
    [lightning] = by_project["mnist"]
    assert lightning["name"] == "baseline" and lightning["status"] == "finished"
    assert lightning["config"], "Lightning's hyperparameters did not reach the run's config"
    assert sorted(str(r["name"]) for r in by_project["gpt-small"]) == ["lr-3e-4", "lr-3e-4"]
    assert all(r["status"] == "finished" for r in by_project["gpt-small"])
    listed = subprocess.run(
        [str(REPO / ".venv/bin/lossmon"), "token", "list"], capture_output=True, text=True,
        env={**os.environ, "LOSSMON_HOME": str(demo.home)}, check=True,
    ).stdout  # fmt: skip
    assert listed.count("make demo") == 1 and listed.count("active") == 1
