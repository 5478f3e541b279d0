"""Client connections of `lossmon serve` and `lossmon web`: deadlines, idle limits and a cap.

A client that opens a connection and sends nothing, or trickles its headers or its body a byte
at a time, must not hold a thread (let alone the database) for longer than a stated time:

- every read or write on a client socket waits at most `idle_s` (LOSSMON_IDLE_TIMEOUT_S);
- a whole request (its headers and its body) must arrive within `read_s` of its first read
  (LOSSMON_READ_TIMEOUT_S), however it trickles;
- `lossmon serve` accepts at most `max_connections` at a time (LOSSMON_MAX_CONNECTIONS) and
  answers the next one 503 with Retry-After at once, instead of starting a thread for it.

The same socket class serves both: werkzeug's threaded server (serve) and gunicorn's gthread
worker (web), whose own defences stop at the first byte (a slow header pins a thread forever).
"""

from __future__ import annotations

import errno
import logging
import socket
import struct
import threading
import time
from typing import Any

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

log = logging.getLogger(__name__)

SERVER_NAME = "lossmon"  # the Server header: no version banner


class DeadlineSocket(socket.socket):
    """A client socket whose reads and writes wait at most `idle_s`, and at most until the
    current request's deadline (`start_request`)."""

    idle_s: float = 10.0
    read_s: float = 30.0
    deadline: float | None = None
    _blocking_timeout: float | None = None
    _cut = False

    @classmethod
    def adopt(cls, sock: socket.socket, idle_s: float, read_s: float) -> DeadlineSocket:
        """Return `sock` as a DeadlineSocket (the same connection; `sock` is detached)."""
        if isinstance(sock, DeadlineSocket):
            return sock
        timeout = sock.gettimeout()
        adopted = cls(sock.family, sock.type, sock.proto, fileno=sock.detach())
        adopted.idle_s, adopted.read_s = idle_s, read_s
        adopted.settimeout(timeout)
        return adopted

    def start_request(self) -> None:
        """Start the clock of one request: it must arrive within `read_s` from now."""
        self.deadline = time.monotonic() + self.read_s

    def setblocking(self, flag: bool) -> None:
        # Servers switch a socket to blocking mode before reading a request from it (gunicorn's
        # gthread does it every time): blocking here means "blocking, for at most idle_s".
        super().settimeout(self.idle_s if flag else 0.0)

    def settimeout(self, value: float | None) -> None:
        super().settimeout(self.idle_s if value is None else min(value, self.idle_s))

    def _arm(self) -> None:
        timeout = self.gettimeout()
        if timeout == 0.0 or self.deadline is None:
            return  # non-blocking (a poller owns it), or no request under way
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(errno.ETIMEDOUT, "the request did not arrive in time")
        super().settimeout(min(self.idle_s, left))

    def recv(self, *args: Any) -> bytes:
        try:
            self._arm()
            return super().recv(*args)
        except TimeoutError:
            raise self._too_slow() from None

    def recv_into(self, *args: Any) -> int:
        try:
            self._arm()
            return super().recv_into(*args)
        except TimeoutError:
            raise self._too_slow() from None

    def shutdown(self, how: int) -> None:
        if self._cut:
            # A graceful close drains the client for up to 2 s, and gunicorn's gthread does
            # that on its event loop: every client cut at once would stall the worker for
            # seconds. A client cut for slowness gets a reset at close instead.
            raise OSError(errno.ENOTCONN, "closed for slowness")
        super().shutdown(how)

    def _too_slow(self) -> ConnectionResetError:
        # Both servers close a reset connection quietly (a timeout, they log with a traceback).
        self._cut = True
        try:
            # Close with a reset (no lingering on a client that trickles or never reads).
            self.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            peer = self.getpeername()
        except OSError:
            peer = "?"
        log.info(
            "closing a connection from %s: too slow (idle %.0f s or request %.0f s)",
            peer,
            self.idle_s,
            self.read_s,
        )
        return ConnectionResetError(errno.ECONNRESET, "the client was too slow")


# --- lossmon serve (werkzeug) -----------------------------------------------------------------


class RequestHandler(WSGIRequestHandler):
    """werkzeug's handler with a deadline per request and no version banner."""

    server: CappedServer

    def setup(self) -> None:
        self.request = self.connection = DeadlineSocket.adopt(
            self.request, self.server.idle_s, self.server.read_s
        )
        super().setup()

    def handle_one_request(self) -> None:
        self.connection.start_request()
        super().handle_one_request()

    def version_string(self) -> str:
        return SERVER_NAME


_BUSY_BODY = (
    b'{"error": {"code": "busy", "message": "too many connections; retry shortly", '
    b'"details": []}}\n'
)
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n"
    b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(_BUSY_BODY)
) + _BUSY_BODY


class CappedServer(ThreadedWSGIServer):
    """werkzeug's threaded server with at most `max_connections` connections at a time."""

    def __init__(
        self,
        host: str,
        port: int,
        app: Any,
        *,
        max_connections: int,
        idle_s: float,
        read_s: float,
    ) -> None:
        self.max_connections = max_connections
        self.idle_s = idle_s
        self.read_s = read_s
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(host, port, app, handler=RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            # Answer without a thread, and without reading the request: at the cap, a
            # connection costs one short write.
            try:
                request.settimeout(1.0)
                request.sendall(_BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


def make_serve_server(
    host: str, port: int, app: Any, *, max_connections: int, idle_s: float, read_s: float
) -> CappedServer:
    """Return the HTTP server of `lossmon serve`."""
    return CappedServer(
        host, port, app, max_connections=max_connections, idle_s=idle_s, read_s=read_s
    )


# --- lossmon web (gunicorn) -------------------------------------------------------------------


def gthread_worker(idle_s: float, read_s: float) -> type:
    """Return gunicorn's gthread worker class with a deadline on every request it reads.

    gthread waits for a connection's first byte without a thread (the poller), but then reads
    the headers on a blocking socket with no timeout: a client that sends one byte and stops
    pins one of the worker's threads for good. Here every read waits at most `idle_s`, and a
    request must arrive whole within `read_s`.
    """
    from gunicorn.workers.gthread import _DEFER, ThreadWorker

    class DeadlineThreadWorker(ThreadWorker):
        def enqueue_req(self, conn: Any) -> None:
            conn.sock = DeadlineSocket.adopt(conn.sock, idle_s, read_s)
            super().enqueue_req(conn)

        def handle(self, conn: Any) -> Any:
            # gthread waits up to 5 s in a thread for a new connection's first byte: as many
            # idle connections as threads would stall the worker that long. Look briefly,
            # and leave a silent one to the poller (which closes it after `keepalive`).
            if not conn.initialized and not conn.data_ready and not conn.wait_for_data(0.05):
                return _DEFER
            conn.sock.start_request()
            try:
                return super().handle(conn)
            finally:
                conn.sock.deadline = None

    return DeadlineThreadWorker
