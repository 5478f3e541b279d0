"""What every response and every request gets, whoever serves it: the proxy in front (only when
one is configured), the Host it may name, the session cookie's Secure flag, security headers.

- LOSSMON_TRUSTED_PROXIES=N: the service is behind N proxies; werkzeug's ProxyFix then takes
  the client's address, scheme and host from their X-Forwarded-* headers. Without it those
  headers are ignored: anyone could send them.
- LOSSMON_TRUSTED_HOSTS=a.example,b.example: requests naming another Host get 400 (DNS
  rebinding, and a forged Host echoed into links). Loopback names are always accepted, for
  health checks. `lossmon serve` on a loopback address without a public URL trusts only
  loopback names, so a web page cannot rebind a name of its own to the local dashboard.
- The session cookie is Secure whenever the request came over https (or LOSSMON_PUBLIC_URL is
  https), HttpOnly and SameSite=Lax always.
- Headers: a Content-Security-Policy without inline script, frame-ancestors 'none', nosniff,
  Referrer-Policy; the Server header names no version (monitor/connections.py).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

from lossmon.server.config import Config

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        # uPlot positions its cursor and legend with style attributes.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, Secure whenever the request came over https."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def trusted_hosts(settings: Config) -> list[str] | None:
    """Return the Host names requests may use, or None for any."""
    names = [name.strip() for name in settings.trusted_hosts.split(",") if name.strip()]
    if not names:
        return None
    return sorted(set(names) | set(LOOPBACK_HOSTS))


def _security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app: Flask, settings: Config) -> None:
    """Apply the proxy, Host, cookie and header rules to `app`."""
    if settings.trusted_proxies > 0:
        hops = settings.trusted_proxies
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops, x_prefix=hops
        )
    app.config["TRUSTED_HOSTS"] = trusted_hosts(settings)
    app.session_interface = SessionInterface()
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_SECURE"] = urlsplit(settings.public_url).scheme == "https"
    app.after_request(_security_headers)
