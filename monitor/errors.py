"""The service's one error type and its JSON shape: {"error": {code, message, details}}."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error a client caused (or may retry); rendered once, at the edge."""

    def __init__(
        self, status: int, code: str, message: str, details: list[Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or []

    def to_response(self) -> tuple[Response, int]:
        body = {"error": {"code": self.code, "message": self.message, "details": self.details}}
        return jsonify(body), self.status


def bad_request(message: str, details: list[Any] | None = None) -> ApiError:
    return ApiError(400, "bad_request", message, details)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def register_error_handlers(app: Flask) -> None:
    """Render every error under /api as the JSON error shape, never as an HTML page."""

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> tuple[Response, int]:
        return error.to_response()

    @app.errorhandler(DataError)
    def _data_error(error: DataError) -> tuple[Response, int]:
        # The database refused a value the validation let through (e.g. an id past 2^31).
        return bad_request("a value is out of range or malformed for the database").to_response()

    @app.errorhandler(OperationalError)
    def _database_unavailable(error: OperationalError) -> tuple[Response, int]:
        # Connection lost or database restarting: clients retry 503s, nothing was written.
        log.warning("database unavailable: %s", str(error).splitlines()[0][:200])
        response, status = ApiError(
            503, "database_unavailable", "the database is unavailable; retry shortly"
        ).to_response()
        response.headers["Retry-After"] = "2"
        return response, status

    @app.errorhandler(PoolTimeout)
    def _pool_exhausted(error: PoolTimeout) -> tuple[Response, int]:
        # Every connection of the pool is busy: a retry in a moment will find one free.
        log.warning("database connection pool exhausted: %s", str(error).splitlines()[0][:200])
        response, status = ApiError(
            503, "busy", "the server is busy (no free database connection); retry shortly"
        ).to_response()
        response.headers["Retry-After"] = "1"
        return response, status

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Any:
        from flask import request

        if not request.path.startswith("/api/"):
            return error
        code = (error.name or "error").lower().replace(" ", "_")
        status = error.code or 500
        return ApiError(status, code, error.description or error.name).to_response()
