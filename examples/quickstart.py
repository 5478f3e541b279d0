"""The first run to watch: a real training streaming into the dashboard, with an alert.

    make demo                              # terminal 1: the service on http://127.0.0.1:5000
    .venv/bin/python examples/quickstart.py  # terminal 2: this training

It trains the character-level language model of examples/charlm.py for about 40 seconds:
loss and perplexity fall for 300 steps, then someone "raises the learning rate" and the
loss blows up. Open the printed run page: the curves grow live, a **spike** alert (warning)
opens within a few steps of the change and the **divergence** alert (critical) follows,
naming the step to roll back to.

The token comes from LOSSMON_TOKEN, else from LOSSMON_HOME/demo-token (`~/.lossmon/demo-token`,
written by `make demo`); the server from LOSSMON_URL (default http://127.0.0.1:5000).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import charlm  # noqa: E402


def main(argv: Sequence[str] | None = None) -> None:
    if not os.environ.get("LOSSMON_TOKEN"):
        home = Path(os.environ.get("LOSSMON_HOME") or Path.home() / ".lossmon")
        saved = home / "demo-token"
        if not saved.exists():
            sys.exit(
                f"quickstart: no token: run `make demo` first (it writes {saved}) "
                "or set LOSSMON_TOKEN to a token of project demo"
            )
        os.environ["LOSSMON_TOKEN"] = saved.read_text().strip()
    run = charlm.main(
        [
            "--mode",
            "healthy",
            "--steps",
            "420",
            "--bump-at",
            "300",
            "--delay",
            "0.08",
            "--name",
            "quickstart",
            *(argv or sys.argv[1:]),
        ]
    )
    print(f"quickstart: see the curves and alerts at {run.url}")


if __name__ == "__main__":
    main()
