"""Server-rendered dashboards: Jinja pages, small plain-JS modules, uPlot charts."""

from __future__ import annotations

from flask import Flask

from lossmon.server.dashboard import access, login, session, views


def register(app: Flask) -> None:
    """Register the pages, the login pages and the HTML error page."""
    app.before_request(session.check_login)
    app.register_blueprint(views.bp)
    app.register_blueprint(login.bp)
    app.register_blueprint(access.bp)
