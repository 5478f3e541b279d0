"""A real HTTP proxy for fault tests: forwards to the server, or answers 503/429 instead."""

from __future__ import annotations

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests


class FaultProxy:
    """Forward every request to ``upstream`` unless a fault is set; record points sent."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.lock = threading.Lock()
        self.fault: tuple[int, dict[str, str]] | None = None  # (status, headers) to answer
        self.fault_method: str | None = None  # answer the fault to this method only
        self.fault_times: int | None = None  # …this many times, then forward again
        self.faults_served = 0
        self.forwarded_steps: list[int] = []  # steps of every points batch forwarded
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, status) per request
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                import time

                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with proxy.lock:
                    fault = proxy.fault if proxy.fault_method in (None, self.command) else None
                    if fault is not None:
                        proxy.faults_served += 1
                        if proxy.fault_times is not None:
                            proxy.fault_times -= 1
                            if proxy.fault_times <= 0:
                                proxy.fault, proxy.fault_times = None, None
                    proxy.arrivals.append((time.monotonic(), fault[0] if fault else 0))
                if fault is not None:
                    status, headers = fault
                    self._reply(status, json.dumps({"error": {"code": "unavailable",
                                                              "message": "injected"}}).encode(),
                                headers)
                    return
                if self.command == "POST" and self.path.endswith("/points"):
                    raw = body
                    if self.headers.get("Content-Encoding") == "gzip":
                        raw = gzip.decompress(raw)
                    steps = [p["step"] for p in json.loads(raw)["points"]]
                else:
                    steps = []
                forward = {k: v for k, v in self.headers.items()
                           if k.lower() in ("authorization", "content-type", "content-encoding")}
                resp = requests.request(self.command, proxy.upstream + self.path, data=body,
                                        headers=forward, timeout=30)
                if resp.ok and steps:
                    with proxy.lock:
                        proxy.forwarded_steps.extend(steps)
                self._reply(resp.status_code, resp.content, {})

            def _reply(self, status: int, content: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PATCH = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
