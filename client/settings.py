"""Resolve client settings from arguments, then the environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .values import MAX_POINTS_PER_REQUEST

DEFAULT_URL = "http://127.0.0.1:5000"
MODES = ("online", "offline")


@dataclass(frozen=True)
class Settings:
    """Everything the sender needs; tuning fields have defaults for real training runs.

    Memory: at most ``max_buffer`` logged calls wait in memory; the sender spools to disk
    when the buffer passes half of that (or the server has been away ``spool_after`` s).
    """

    project: str
    url: str = DEFAULT_URL
    token: str | None = None
    mode: str = "online"
    home: Path = Path("~/.lossmon")
    flush_interval: float = 2.0  # seconds between timed sends
    batch_size: int = 1000  # logged calls per request (and per spool record)
    max_buffer: int = 50_000  # logged calls held in memory at most
    spool_after: float = 30.0  # seconds of outage before buffered points go to disk
    backoff_base: float = 0.5
    max_backoff: float = 30.0
    request_timeout: float = 10.0
    init_timeout: float = 2.0  # how long init() waits to learn the run's id and URL
    finish_timeout: float = 10.0  # deadline of finish() and of the atexit hook
    idle_poll: float = 10.0  # seconds without sending after which the sender asks for news

    @property
    def spool_dir(self) -> Path:
        return self.home / "spool"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"lossmon: mode must be one of {MODES}, not {self.mode!r}")
        if not self.project:
            raise ValueError("lossmon: a project is required (project= or LOSSMON_PROJECT)")
        if not _reachable(self.url):
            # No retry could ever reach it: said at init, not spooled for good.
            raise ValueError(
                f"lossmon: url must be an http:// or https:// address, not {self.url!r}"
            )
        if not 1 <= self.batch_size <= MAX_POINTS_PER_REQUEST:
            raise ValueError(f"lossmon: batch_size must be in 1..{MAX_POINTS_PER_REQUEST}")
        if self.max_buffer < 2 * self.batch_size:
            raise ValueError("lossmon: max_buffer must be at least twice batch_size")
        if self.flush_interval <= 0:
            raise ValueError("lossmon: flush_interval must be positive")

    @property
    def soft_limit(self) -> int:
        """Buffered calls above which the sender moves points to the spool."""
        return self.max_buffer // 2


def _reachable(url: str) -> bool:
    """Whether a request could ever reach `url`: http or https, a host, a port if any in
    1..65535 (urlsplit raises on a malformed IPv6 literal, `.port` on a port out of range)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port != 0


def home_from_env(home: str | os.PathLike[str] | None = None) -> Path:
    """Return LOSSMON_HOME (default ~/.lossmon), expanded."""
    raw = home if home is not None else os.environ.get("LOSSMON_HOME") or "~/.lossmon"
    return Path(raw).expanduser()


def resolve(
    *,
    project: str | None = None,
    url: str | None = None,
    token: str | None = None,
    mode: str | None = None,
    home: str | os.PathLike[str] | None = None,
    **tuning: float | int | None,
) -> Settings:
    """Build Settings: explicit arguments win over LOSSMON_* variables, which win over defaults."""
    env = os.environ
    given = {k: v for k, v in tuning.items() if v is not None}
    return Settings(
        project=project or env.get("LOSSMON_PROJECT") or "",
        url=(url or env.get("LOSSMON_URL") or DEFAULT_URL).rstrip("/"),
        token=token or env.get("LOSSMON_TOKEN") or None,
        mode=(mode or env.get("LOSSMON_MODE") or "online").lower(),
        home=home_from_env(home),
        **given,  # type: ignore[arg-type]
    )
