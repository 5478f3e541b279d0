"""Notification channels of a project: validate, create, list, remove, and show them masked.

A plain http(s) URL is the generic webhook (JSON body, HMAC-SHA256 signature); any other scheme
is an apprise URL (slack://, discord://, msteams://, mailto://, ntfy://, json://, ...). Secrets
are returned once, at creation; everywhere else a channel is shown through `channel_json`,
which masks its URL and says only whether it has a secret.
"""

from __future__ import annotations

import base64
import ipaddress
import logging
import secrets
import socket
import threading
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from lossmon.server.models import SEVERITIES, Channel, Project

EVENTS = ("fired", "resolved")
WEBHOOK_SCHEMES = ("http", "https")
SECRET_PREFIX = "whsec_"


class ChannelError(ValueError):
    """A channel setting is invalid; the message says which and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


_apprise_ready = False


def load_apprise() -> Any:
    """Import apprise with its plugins loaded.

    Its e-mail plugin imports `imghdr`, deprecated since Python 3.11: silence exactly that
    warning while apprise loads its plugins (once), so `-W error` runs are not broken by it.
    """
    global _apprise_ready
    import apprise

    if not _apprise_ready:
        with warnings.catch_warnings():
            warnings.filterwarnings(
                "ignore", message="'imghdr' is deprecated", category=DeprecationWarning
            )
            apprise.Apprise.instantiate("json://localhost")
        _refuse_apprise_redirects()
        _apprise_ready = True
    return apprise


def is_webhook(url: str) -> bool:
    return urlsplit(url).scheme.lower() in WEBHOOK_SCHEMES


def check_url(url: str) -> str:
    """Return the URL stripped, or raise ChannelError when nobody could deliver to it."""
    url = url.strip()
    redactor.remember(url)
    parts = urlsplit(url)
    if not parts.scheme:
        raise ChannelError("url", "give a full URL: https://... or an apprise URL (slack://...)")
    if is_webhook(url):
        if not parts.hostname:
            raise ChannelError("url", "a webhook URL needs a host")
        return url
    if load_apprise().Apprise.instantiate(url) is None:
        raise ChannelError(
            "url", f"{parts.scheme}:// is not a valid apprise URL (see the apprise wiki)"
        )
    return url


# --- the destination policy ---------------------------------------------------------------------

#: The apprise services lossmon sends to: chat, paging and mail, and plain JSON/form/XML posts.
#: Others (scripts, files, local desktop notifications, arbitrary protocols) are refused.
APPRISE_SCHEMES = frozenset(
    {
        "json", "jsons", "form", "forms", "xml", "xmls",
        "mailto", "mailtos",
        "slack", "discord", "msteams", "gchat", "mmost", "mmosts", "rocket", "rockets",
        "matrix", "matrixs", "tgram", "ntfy", "ntfys", "pover", "opsgenie", "pagerduty",
        "zulip", "webex", "signal", "signals", "gotify", "gotifys",
    }
)  # fmt: skip
#: apprise arguments by which a URL picks the HTTP method, headers or payload fields sent.
_CALLER_PREFIXES = ("+", "-", ":")
_CALLER_KEYS = frozenset({"method"})
PRIVATE_HINT = "set LOSSMON_ALLOW_PRIVATE_CHANNELS=1 to allow private destinations"


def _destination_hosts(url: str) -> list[str]:
    """Return the hosts a channel's messages would be sent to, as written in its URL.

    Webhooks and the JSON/form/XML/mail plugins name a host; chat services whose "host" is a
    token (slack://T…/B…, discord://<id>/…) send to their vendor's fixed public address.
    """
    parts = urlsplit(url)
    hosts = [parts.hostname] if parts.hostname else []
    if not is_webhook(url):
        host = parts.hostname or ""
        if not (host == "localhost" or "." in host or ":" in host):
            hosts = []
        hosts += [value for key, value in parse_qsl(parts.query) if key.lower() == "smtp"]
    return hosts


def _not_public(host: str) -> str | None:
    """Return why `host` is not a public destination, or None when it is."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return None  # does not resolve (now): nothing is sent there; checked again at send time
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:
            return f"{host} is {address}, a loopback, link-local, private or reserved address"
    return None


def police(url: str, allow_private: bool) -> None:
    """Raise ChannelError unless the policy allows sending to `url`.

    Allowed: http(s) webhooks and the apprise services of APPRISE_SCHEMES, without arguments
    that choose the method, headers or payload; and unless `allow_private`
    (LOSSMON_ALLOW_PRIVATE_CHANNELS), only hosts that resolve to public addresses, so that
    nobody with a project token can make the service reach inside its own network.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not is_webhook(url):
        if scheme not in APPRISE_SCHEMES:
            raise ChannelError(
                "url",
                f"{scheme}:// is not one of the services lossmon sends to: "
                f"{', '.join(sorted(APPRISE_SCHEMES))}",
            )
        # Not parse_qsl: it reads "+" as a space, and "+Header=value" is how apprise takes one.
        keys = [unquote(item.partition("=")[0]) for item in parts.query.split("&") if item]
        chosen = [
            key for key in keys if key.startswith(_CALLER_PREFIXES) or key.lower() in _CALLER_KEYS
        ]
        if chosen:
            raise ChannelError(
                "url", f"the URL may not choose the method, headers or payload ({chosen[0]})"
            )
    if allow_private:
        return
    for host in _destination_hosts(url):
        problem = _not_public(host)
        if problem is not None:
            raise ChannelError("url", f"{problem}: refused ({PRIVATE_HINT})")


def _refuse_apprise_redirects() -> None:
    """Make requests follow no redirect for apprise's plugins, which call it without
    allow_redirects=False: a 3xx is then their answer (a failure), and a receiver cannot send
    lossmon's message, with its credentials, on to an address the policy would refuse.

    Their requests are told apart by apprise's User-Agent; any other use of requests in the
    process is left as it is (the generic webhook already sends with allow_redirects=False).
    """
    import requests.sessions

    original = requests.sessions.Session.get_redirect_target
    if getattr(original, "lossmon_guard", False):
        return

    def get_redirect_target(self: Any, response: Any) -> Any:
        agent = str(response.request.headers.get("User-Agent", "")) if response.request else ""
        if agent.startswith("Apprise"):
            return None
        return original(self, response)

    get_redirect_target.lossmon_guard = True  # type: ignore[attr-defined]
    requests.sessions.Session.get_redirect_target = get_redirect_target  # type: ignore[method-assign,assignment]


def parse_events(events: str | Iterable[str]) -> list[str]:
    items = events.split(",") if isinstance(events, str) else list(events)
    chosen = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    unknown = sorted(set(chosen) - set(EVENTS))
    if unknown or not chosen or len(chosen) != len(items):
        raise ChannelError("events", f"choose from {', '.join(EVENTS)} (got {sorted(items)})")
    return [event for event in EVENTS if event in chosen]


@dataclass
class NewChannel:
    channel: Channel
    #: The signing secret when lossmon generated it: shown once, never again.
    generated_secret: str | None


def create_channel(
    session: Session,
    project: Project,
    url: str,
    secret: str | None = None,
    min_severity: str = "warning",
    events: str | Iterable[str] = EVENTS,
    *,
    allow_private: bool = False,
) -> NewChannel:
    """Add a channel to `project`; a webhook without `secret` gets a generated one.

    The URL must pass `police`: private destinations only with `allow_private`.
    """
    url = check_url(url)
    police(url, allow_private)
    if min_severity not in SEVERITIES:
        raise ChannelError("min_severity", f"choose from {', '.join(SEVERITIES)}")
    chosen = parse_events(events)
    generated = None
    if is_webhook(url):
        if secret is not None and not 16 <= len(secret) <= 200:
            raise ChannelError("secret", "use 16 to 200 characters")
        if secret is None:
            # Standard Webhooks' form: whsec_ and the base64 of the key's bytes.
            key = base64.b64encode(secrets.token_bytes(32)).decode()
            secret = generated = SECRET_PREFIX + key
    elif secret is not None:
        raise ChannelError("secret", "only generic (http/https) webhooks are signed")
    channel = Channel(
        project_id=project.id, url=url, secret=secret, min_severity=min_severity, events=chosen
    )
    session.add(channel)
    session.flush()
    return NewChannel(channel, generated)


def list_channels(session: Session, project_id: int | None = None) -> list[Channel]:
    query = select(Channel).order_by(Channel.id)
    if project_id is not None:
        query = query.where(Channel.project_id == project_id)
    return list(session.scalars(query))


def remove_channel(session: Session, channel_id: int) -> bool:
    """Delete a channel and its deliveries; return False when there was none."""
    channel = session.get(Channel, channel_id)
    if channel is None:
        return False
    session.delete(channel)
    return True


def mask_url(url: str) -> str:
    """Return the URL as it may be shown: no password, path tokens or query.

    Webhook paths and queries carry tokens (Slack, Teams and Discord hooks are bearer URLs),
    so only scheme, user and host remain. For apprise URLs whose host is itself a token
    (slack://T.../B.../...), apprise's own privacy form shortens it first.
    """
    parts = urlsplit(url)
    if not is_webhook(url):
        redactor.remember(url)
        try:
            plugin = load_apprise().Apprise.instantiate(url)
        except Exception:  # a URL that no longer parses is shown by its scheme alone
            plugin = None
        if plugin is None:
            return f"{parts.scheme}://***"
        parts = urlsplit(plugin.url(privacy=True))
    userinfo, _, host = parts.netloc.rpartition("@")  # not .hostname: that lowercases tokens
    if userinfo:
        user, has_password, _ = userinfo.partition(":")
        host = f"{user}{':****' if has_password else ''}@{host}"
    path = "/***" if parts.path.strip("/") or parts.query else ""
    return urlunsplit((parts.scheme, host, path, "", ""))


def channel_json(channel: Channel, project_name: str | None = None) -> dict[str, Any]:
    """Return the shape shown by the API and the CLI: never the secret or the full URL."""
    return {
        "id": channel.id,
        "project": project_name,
        "kind": "webhook" if is_webhook(channel.url) else "apprise",
        "url": mask_url(channel.url),
        "signed": channel.secret is not None,
        "min_severity": channel.min_severity,
        "events": list(channel.events),
        "created_at": channel.created_at.isoformat() if channel.created_at else None,
    }


# --- keeping secrets out of logs --------------------------------------------------------------


class _Redactor(logging.Filter):
    """Blank the channels' secrets out of what apprise and urllib3 log (they quote URLs)."""

    LOGGERS = ("apprise", "urllib3.connectionpool")

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()
        self._installed = False

    def remember(self, url: str, secret: str | None = None) -> None:
        """Blank out, from now on, the secret parts of `url` (and `secret`)."""
        parts = urlsplit(url)
        found = {secret or "", parts.password or "", parts.query}
        found.update(segment for segment in parts.path.split("/"))
        found.update(value for _, value in parse_qsl(parts.query))
        if not is_webhook(url):
            # slack://T.../..., discord://<id>/...: a "host" without a dot is a token.
            # Apprise logs URLs as it parses them, so this runs before apprise sees one.
            host = parts.netloc.rpartition("@")[2]
            if "." not in host:
                found.add(host)
        with self._lock:
            self._secrets.update(item for item in found if len(item) >= 6)
            if not self._installed:
                for name in self.LOGGERS:
                    logging.getLogger(name).addFilter(self)
                self._installed = True

    def scrub(self, text: str) -> str:
        with self._lock:
            found = sorted(self._secrets, key=len, reverse=True)
        for secret in found:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        clean = self.scrub(text)
        if clean != text:
            record.msg, record.args = clean, None
        return True


redactor = _Redactor()
