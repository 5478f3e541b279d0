"""Run a `lossmon` command and sample its native memory from inside, as JSON lines.

    .venv/bin/python bench/native_memory.py OUT.jsonl serve --port 5000 ...
    .venv/bin/python bench/soak.py --native-memory OUT.jsonl      # `serve` started this way

RSS alone cannot tell a leak from a cache or from allocator holes. Every --interval seconds
(LOSSMON_NATIVE_INTERVAL_S, default 10) this appends one line: RSS; glibc's `mallinfo2`
(`arena`: bytes the arenas hold, `in_use`, `free`: held but unused, i.e. holes); SQLite's own
heap (`sqlite3_memory_used`) and, per open sqlite3 connection, its page cache and statement
memory (`sqlite3_db_status`); the Python objects the collector tracks. Linux with glibc only.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import sqlite3
import sys
import threading
import time
from typing import Any

import psutil

from lossmon.server.cli import main as lossmon
from lossmon.server.cli.processes import limit_malloc_arenas

MB = 2**20
_CACHE_USED, _STMT_USED = 1, 3  # SQLITE_DBSTATUS_* (sqlite3.h)


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
        )
    ]


_libc = ctypes.CDLL(None)
_libc.mallinfo2.restype = _Mallinfo2
_sqlite = ctypes.CDLL("libsqlite3.so.0")  # the library the sqlite3 module is linked against
_sqlite.sqlite3_memory_used.restype = ctypes.c_int64
_sqlite.sqlite3_db_status.argtypes = [
    ctypes.c_void_p,
    ctypes.c_int,
    ctypes.POINTER(ctypes.c_int),
    ctypes.POINTER(ctypes.c_int),
    ctypes.c_int,
]


def _db_status(handle: int, op: int) -> int:
    current, highest = ctypes.c_int(), ctypes.c_int()
    _sqlite.sqlite3_db_status(handle, op, ctypes.byref(current), ctypes.byref(highest), 0)
    return current.value


def _connections() -> list[dict[str, float]]:
    found = []
    for obj in gc.get_objects():
        if type(obj) is sqlite3.Connection:
            # CPython's connection object: the object header, then the `sqlite3 *` handle.
            handle = ctypes.c_void_p.from_address(id(obj) + object.__basicsize__).value
            if handle:
                found.append(
                    {
                        "cache_kb": _db_status(handle, _CACHE_USED) // 1024,
                        "statements_kb": _db_status(handle, _STMT_USED) // 1024,
                    }
                )
    return found


def sample(began: float) -> dict[str, Any]:
    info = _libc.mallinfo2()
    return {
        "t": round(time.time() - began, 1),
        "rss_mb": psutil.Process().memory_info().rss / MB,
        "arena_mb": info.arena / MB,
        "in_use_mb": info.uordblks / MB,
        "free_mb": info.fordblks / MB,
        "mmap_mb": info.hblkhd / MB,
        "sqlite_mb": _sqlite.sqlite3_memory_used() / MB,
        "sqlite_connections": _connections(),
        "python_objects": len(gc.get_objects()),
    }


def _sampler(path: str, interval: float) -> None:
    began = time.time()
    with open(path, "a") as out:
        while True:
            out.write(json.dumps(sample(began)) + "\n")
            out.flush()
            time.sleep(interval)


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    path, command = sys.argv[1], sys.argv[2:]
    interval = float(os.environ.get("LOSSMON_NATIVE_INTERVAL_S", "10"))
    # glibc fixes its arena limit when a thread first needs an arena: `serve` sets it before
    # its first thread, so it must be set here before the sampler's.
    limit_malloc_arenas()
    sampler = threading.Thread(target=_sampler, args=(path, interval), daemon=True)
    sampler.start()

    sys.argv = ["lossmon", *command]
    lossmon()


if __name__ == "__main__":
    main()
