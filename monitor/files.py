"""Private files: lossmon's home, the SQLite database (with its WAL and SHM) and the secret key.

They hold webhook secrets, channel URLs with their passwords and the key that signs dashboard
sessions, so nobody but their owner may read them: folders 0700, files 0600, with the mode given
to `os.open` itself so that no umask and no moment between creation and a chmod leaves them
readable by others.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_dir(path: Path) -> None:
    """Create `path` (and missing parents) 0700; a folder that exists is left as it is."""
    if path.is_dir():
        return
    if not path.parent.exists():
        private_dir(path.parent)
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, DIR_MODE)


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if missing; make an existing one 0600."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        os.chmod(path, FILE_MODE)
    else:
        os.close(fd)


def prepare_sqlite(database: Path) -> None:
    """Make the database file private before SQLite opens it.

    SQLite creates the -wal and -shm files with the mode of the database file, so a 0600
    database gives 0600 companions. Companions left by an older version are narrowed too.
    """
    private_dir(database.parent)
    private_file(database)
    for suffix in SQLITE_COMPANIONS:
        companion = database.with_name(database.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(companion, FILE_MODE)


def write_private(path: Path, text: str) -> None:
    """Write a new file `path` (which must not exist) readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
