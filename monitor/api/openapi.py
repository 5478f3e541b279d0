"""The OpenAPI 3 document of the JSON API, served at /api/v1/openapi.json.

Written by hand next to the views and checked against them by tests (every route the app
serves is described, and responses validate against the schemas).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response

from lossmon.server.api.common import json_response
from lossmon.values import DROP_REASONS, MAX_POINTS_PER_REQUEST, MAX_STEP

bp = Blueprint("openapi", __name__)

WIRE_NUMBER = {
    "oneOf": [{"type": "number"}, {"type": "string", "enum": ["NaN", "Infinity", "-Infinity"]}]
}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


ERRORS = {
    "400": _error_response("Bad input; nothing was written"),
    "401": _error_response("No token, or an unknown or revoked one"),
    "403": _error_response("The token belongs to another project"),
    "503": _error_response("The database is unavailable; retry after Retry-After seconds"),
}
READ_ERRORS = {
    "400": _error_response("Bad query parameter"),
    "401": _error_response("Login or a project token is required (dashboard password set)"),
    "403": _error_response("The token belongs to another project"),
    "503": _error_response("The database is unavailable; retry after Retry-After seconds"),
}
RUN_ID = {
    "name": "run_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1},
}
PROJECT_NAME = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
NOT_FOUND = {"404": _error_response("No such run")}
WRITE: list[dict[str, list[str]]] = [{"bearerAuth": []}]
READ: list[dict[str, list[str]]] = [{}, {"bearerAuth": []}, {"dashboardSession": []}]

SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "details"],
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "details": {"type": "array", "items": {}},
                },
            }
        },
    },
    "RunCreate": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "project": {"type": "string", "minLength": 1, "maxLength": 200},
            "name": {"type": "string", "minLength": 1, "maxLength": 200},
            "client_run_id": {"type": "string", "minLength": 1, "maxLength": 200},
            "config": {"type": "object"},
            "tags": {"type": "array", "items": {"type": "string", "minLength": 1}},
        },
    },
    "RunCreated": {
        "type": "object",
        "required": ["id", "name", "url"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
        },
    },
    "Run": {
        "type": "object",
        "required": ["id", "project", "name", "client_run_id", "status", "url"],
        "properties": {
            "id": {"type": "integer"},
            "project": {"type": "string"},
            "name": {"type": "string"},
            "client_run_id": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["running", "finished", "failed", "crashed", "stale"],
            },
            "config": {"type": "object"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "summary": {"type": "object"},
            "dropped": {
                "type": "object",
                "description": "Values the client could not keep, by reason",
                "properties": {r: {"type": "integer", "minimum": 1} for r in DROP_REASONS},
                "additionalProperties": False,
            },
            "created_at": {"type": "string", "format": "date-time"},
            "last_seen_at": {"type": "string", "format": "date-time"},
            "finished_at": {"type": ["string", "null"], "format": "date-time"},
            "url": {"type": "string"},
        },
    },
    "RunDetail": {
        "allOf": [
            _ref("Run"),
            {
                "type": "object",
                "properties": {
                    "series": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "key": {"type": "string"},
                                "last_step": {"type": ["integer", "null"]},
                            },
                        },
                    },
                    "alerts": {"type": "array", "items": _ref("Alert")},
                },
            },
        ]
    },
    "RunUpdate": {
        "type": "object",
        "required": ["status"],
        "additionalProperties": False,
        "properties": {
            "status": {"type": "string", "enum": ["finished", "failed", "running"]},
            "summary": {"type": "object"},
            "dropped": {
                "type": "object",
                "description": "This client process's drop counts; sent again, they replace "
                "its own earlier ones",
                "required": ["sender", "counts"],
                "additionalProperties": False,
                "properties": {
                    "sender": {"type": "string", "minLength": 1, "maxLength": 64},
                    "counts": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            r: {"type": "integer", "minimum": 0, "maximum": 2**53 - 1}
                            for r in DROP_REASONS
                        },
                    },
                },
            },
        },
    },
    "PointBatch": {
        "type": "object",
        "required": ["points"],
        "properties": {
            "points": {
                "type": "array",
                "maxItems": MAX_POINTS_PER_REQUEST,
                "items": {
                    "type": "object",
                    "required": ["step", "values"],
                    "additionalProperties": False,
                    "properties": {
                        "step": {"type": "integer", "minimum": 0, "maximum": MAX_STEP},
                        "wall_time": {"type": "number", "minimum": 0},
                        "values": {
                            "type": "object",
                            "minProperties": 1,
                            "additionalProperties": WIRE_NUMBER,
                        },
                    },
                },
            }
        },
    },
    "Accepted": {
        "type": "object",
        "required": ["accepted"],
        "properties": {"accepted": {"type": "integer", "minimum": 0}},
    },
    "Series": {
        "type": "object",
        "required": ["key", "steps", "values", "downsampled", "total"],
        "properties": {
            "key": {"type": "string"},
            "steps": {"type": "array", "items": {"type": "integer"}},
            "values": {"type": "array", "items": WIRE_NUMBER},
            "downsampled": {"type": "boolean"},
            "total": {"type": "integer"},
        },
    },
    "DetectorSettings": {
        "type": "object",
        "required": ["project", "settings", "overrides"],
        "properties": {
            "project": {"type": "string"},
            "settings": {"type": "object", "additionalProperties": {"type": "object"}},
            "overrides": {"type": "object", "additionalProperties": {"type": "object"}},
        },
    },
    "Alert": {
        "type": "object",
        "required": ["id", "run_id", "detector", "severity", "state", "message", "evidence"],
        "properties": {
            "id": {"type": "integer"},
            "run_id": {"type": "integer"},
            "detector": {"type": "string"},
            "severity": {"type": "string", "enum": ["info", "warning", "critical"]},
            "state": {"type": "string", "enum": ["firing", "resolved"]},
            "opened_step": {"type": ["integer", "null"]},
            "opened_at": {"type": "string", "format": "date-time"},
            "resolved_step": {"type": ["integer", "null"]},
            "resolved_at": {"type": ["string", "null"], "format": "date-time"},
            "resolved_by": {
                "type": ["string", "null"],
                "description": "The detector whose alert took this one over (one incident, "
                "one alert): the alert resolved where that incident began, it did not clear.",
            },
            "acknowledged_at": {"type": ["string", "null"], "format": "date-time"},
            "message": {"type": "string"},
            "latest_message": {
                "type": ["string", "null"],
                "description": "The condition's latest words, at latest_step (null while they "
                "are those it opened with, in message).",
            },
            "latest_step": {"type": ["integer", "null"]},
            "evidence": {"type": "object"},
        },
    },
}

#: Lists come a page at a time: `limit` (default and most: LOSSMON_MAX_PAGE_SIZE, 1000).
PAGE: list[dict[str, Any]] = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
]
NEXT_OFFSET = {
    "type": ["integer", "null"],
    "description": "The offset of the next page; null on the last one",
}


PATHS: dict[str, Any] = {
    "/api/v1/runs": {
        "post": {
            "summary": "Create a run, or resume the one with the same client_run_id",
            "security": WRITE,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("RunCreate")}},
            },
            "responses": {
                "200": _json(_ref("RunCreated"), "The existing run (same client_run_id)"),
                "201": _json(_ref("RunCreated"), "A new run"),
                **ERRORS,
            },
        },
        "get": {
            "summary": "List runs, newest first",
            "security": READ,
            "parameters": [
                {"name": "project", "in": "query", "schema": {"type": "string"}},
                *PAGE,
                {
                    "name": "status",
                    "in": "query",
                    "schema": {
                        "type": "string",
                        "enum": ["running", "finished", "failed", "crashed", "stale"],
                    },
                },
            ],
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "required": ["runs", "next_offset"],
                        "properties": {
                            "runs": {"type": "array", "items": _ref("Run")},
                            "next_offset": NEXT_OFFSET,
                        },
                    }
                ),
                **READ_ERRORS,
            },
        },
    },
    "/api/v1/runs/{run_id}": {
        "parameters": [RUN_ID],
        "get": {
            "summary": "A run with its series keys and open alerts",
            "security": READ,
            "responses": {"200": _json(_ref("RunDetail")), **READ_ERRORS, **NOT_FOUND},
        },
        "patch": {
            "summary": "Mark a run finished or failed (or running again)",
            "security": WRITE,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("RunUpdate")}},
            },
            "responses": {"200": _json(_ref("Run")), **ERRORS, **NOT_FOUND},
        },
    },
    "/api/v1/runs/{run_id}/points": {
        "parameters": [RUN_ID],
        "post": {
            "summary": "Add a batch of points: all or nothing; last write wins on a step",
            "description": (
                "Values are JSON numbers or the strings NaN, Infinity, -Infinity. A step repeated "
                "inside one batch is merged, the later point winning for the same key. The body "
                "may be gzip-compressed (Content-Encoding: gzip)."
            ),
            "security": WRITE,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("PointBatch")}},
            },
            "responses": {
                "200": _json(_ref("Accepted")),
                **ERRORS,
                **NOT_FOUND,
                "413": _error_response("More than 10,000 points or 10 MB in one request"),
            },
        },
    },
    "/api/v1/runs/{run_id}/series/{key}": {
        "parameters": [
            RUN_ID,
            {
                "name": "key",
                "in": "path",
                "required": True,
                "description": "The series key; it may contain '/', e.g. train/loss",
                "schema": {"type": "string"},
            },
            {
                "name": "max_points",
                "in": "query",
                "schema": {"type": "integer", "minimum": 10, "maximum": 1000000, "default": 2000},
            },
            {"name": "start", "in": "query", "schema": {"type": "integer", "minimum": 0}},
            {"name": "end", "in": "query", "schema": {"type": "integer", "minimum": 0}},
        ],
        "get": {
            "summary": "A series; downsampled to min/max/last per bucket when long",
            "security": READ,
            "responses": {
                "200": _json(_ref("Series")),
                **READ_ERRORS,
                "404": _error_response("No such run or series"),
            },
        },
    },
    "/api/v1/projects/{name}/detectors": {
        "parameters": [PROJECT_NAME],
        "get": {
            "summary": "The project's detector settings: effective values and stored overrides",
            "security": READ,
            "responses": {
                "200": _json(_ref("DetectorSettings")),
                **READ_ERRORS,
                "404": _error_response("No such project"),
            },
        },
        "put": {
            "summary": "Merge detector settings into the project's overrides (validated)",
            "description": (
                "A partial object of detector sections, e.g. "
                '{"plateau": {"patience": 20}}; a bad setting is a 400 naming it.'
            ),
            "security": WRITE,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"type": "object"}}},
            },
            "responses": {
                "200": _json(_ref("DetectorSettings")),
                **ERRORS,
                "404": _error_response("No such project"),
            },
        },
    },
    "/api/v1/alerts": {
        "get": {
            "summary": "List alerts, newest first, a page at a time",
            "security": READ,
            "parameters": [
                {"name": "project", "in": "query", "schema": {"type": "string"}},
                *PAGE,
                {
                    "name": "run",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1},
                },
                {
                    "name": "state",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["firing", "resolved"]},
                },
            ],
            "responses": {
                "200": _json(
                    {
                        "type": "object",
                        "required": ["alerts", "next_offset"],
                        "properties": {
                            "next_offset": NEXT_OFFSET,
                            "alerts": {
                                "type": "array",
                                "items": {
                                    "allOf": [
                                        _ref("Alert"),
                                        {
                                            "type": "object",
                                            "properties": {"project": {"type": "string"}},
                                        },
                                    ]
                                },
                            },
                        },
                    }
                ),
                **READ_ERRORS,
            },
        }
    },
    "/api/v1/alerts/{alert_id}/ack": {
        "parameters": [
            {"name": "alert_id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "post": {
            "summary": "Acknowledge an alert (idempotent: the first time is kept)",
            "description": (
                "Needs a token of the alert's project, or the dashboard session with its "
                "CSRF token in the X-CSRF-Token header (logged in when a dashboard password "
                "is set)."
            ),
            "security": [{"bearerAuth": []}, {"dashboardSession": []}],
            "responses": {
                "200": _json(_ref("Alert")),
                "401": ERRORS["401"],
                "403": ERRORS["403"],
                "404": _error_response("No such alert"),
            },
        },
    },
    "/api/v1/openapi.json": {
        "get": {"summary": "This document", "responses": {"200": _json({"type": "object"})}}
    },
    "/healthz": {
        "get": {"summary": "The process is up", "responses": {"200": _json({"type": "object"})}}
    },
    "/readyz": {
        "get": {
            "summary": "The database is reachable and its migrations are current",
            "responses": {
                "200": _json({"type": "object"}),
                "503": _json({"type": "object"}, "Not ready"),
            },
        }
    },
}


def document() -> dict[str, Any]:
    """Return the OpenAPI document; other features add their paths through `PATHS`."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "lossmon",
            "version": "1",
            "description": "Ingest and read training-run metrics; alerts on what goes wrong.",
        },
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "dashboardSession": {"type": "apiKey", "in": "cookie", "name": "session"},
            },
        },
    }


@bp.get("/openapi.json")
def openapi_json() -> Response:
    return json_response(document())
