"""An in-memory server speaking the wire protocol, for the client's fast tests.

The real server is used by the fault tests (test_faults.py); this one lets the unit tests
count every request and answer whatever a test needs, in milliseconds.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeServer:
    """Runs, points (last write wins) and every points batch received, per run."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.runs: dict[int, dict[str, Any]] = {}
        self.by_client_id: dict[str, int] = {}
        self.series: dict[int, dict[str, dict[int, Any]]] = {}
        self.batches: list[tuple[int, list[dict[str, Any]]]] = []
        self.requests: list[tuple[str, str]] = []
        self.fail: Callable[[str, str], tuple[int, dict[str, str]] | None] | None = None
        self.tokens = {"tok"}
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def steps(self, run_id: int, key: str) -> list[int]:
        with self.lock:
            return sorted(self.series.get(run_id, {}).get(key, {}))

    def sent_steps(self, run_id: int) -> list[int]:
        """Every step of every batch received, in arrival order (duplicates kept)."""
        with self.lock:
            return [p["step"] for rid, pts in self.batches if rid == run_id for p in pts]

    def _handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        with self.lock:
            self.requests.append((method, path))
        if self.fail is not None:
            failure = self.fail(method, path)
            if failure is not None:
                status, extra = failure
                return status, {"error": {"code": "fake", "message": "injected"}}, extra
        if headers.get("Authorization", "").removeprefix("Bearer ") not in self.tokens:
            return 401, {"error": {"code": "unauthorized", "message": "bad token"}}, {}
        if headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        data = json.loads(body) if body else {}
        parts = path.strip("/").split("/")
        with self.lock:
            if method == "POST" and parts == ["api", "v1", "runs"]:
                crid = data["client_run_id"]
                if crid in self.by_client_id:
                    rid = self.by_client_id[crid]
                    return 200, {"id": rid, "name": self.runs[rid]["name"], "url": "u"}, {}
                rid = len(self.runs) + 1
                self.runs[rid] = {**data, "status": "running",
                                  "name": data.get("name") or f"run-{rid}"}
                self.by_client_id[crid] = rid
                return 201, {"id": rid, "name": self.runs[rid]["name"], "url": f"/runs/{rid}"}, {}
            if method == "POST" and parts[:3] == ["api", "v1", "runs"] and parts[4:] == ["points"]:
                rid = int(parts[3])
                self.batches.append((rid, data["points"]))
                for point in data["points"]:
                    for key, value in point["values"].items():
                        self.series.setdefault(rid, {}).setdefault(key, {})[point["step"]] = value
                return 200, {"accepted": len(data["points"])}, {}
            if method == "PATCH" and parts[:3] == ["api", "v1", "runs"]:
                rid = int(parts[3])
                self.runs[rid]["status"] = data["status"]
                return 200, {"id": rid}, {}
        return 404, {"error": {"code": "not_found", "message": path}}, {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, payload, extra = server._handle(self.command, self.path, self.headers,
                                                        body)
                out = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(out)

            do_POST = do_PATCH = do_GET = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
