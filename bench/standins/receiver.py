"""Webhook receiver of bench/compose_podman.sh: append each POST as one JSON line.

Usage: python receiver.py HOST PORT OUT_FILE SECRET. Each line has the arrival time, whether
the Standard Webhooks signature verified (with the `standardwebhooks` library when installed)
and the payload.
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST, PORT, OUT, SECRET = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def verified(body: bytes, headers: dict[str, str]) -> bool | None:
    try:
        from standardwebhooks import Webhook
    except ImportError:
        return None
    try:
        Webhook(SECRET).verify(body, headers)
    except Exception:
        return False
    return True


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        arrived = time.time()
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(204)
        self.end_headers()
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            payload = json.loads(body)
        except ValueError:
            payload = None
        line = {"arrived": arrived, "verified": verified(body, headers), "payload": payload}
        with open(OUT, "a") as out:
            out.write(json.dumps(line) + "\n")

    def log_message(self, *args: object) -> None:
        pass


ThreadingHTTPServer((HOST, PORT), Handler).serve_forever()
