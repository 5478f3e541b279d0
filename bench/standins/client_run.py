"""The client side of bench/compose_podman.sh: a training run through `import lossmon`.

Usage: python client_run.py URL TOKEN PROJECT. Logs 60 finite losses, then a NaN (divergence,
critical, opened at ingest), finishes, and prints one JSON line: the run id and the NaN's time.
"""

from __future__ import annotations

import json
import math
import sys
import time

import lossmon

url, token, project = sys.argv[1:4]
run = lossmon.init(project=project, name="compose-check", config={"lr": 3e-4}, url=url, token=token)
for step in range(60):
    run.log(step, loss=2.5 * math.exp(-step / 30) + 0.1)
nan_at = time.time()
run.log(60, loss=float("nan"))
run.finish()
print(json.dumps({"run_id": run.id, "nan_at": nan_at, "finished_at": time.time()}))
