"""Project detector settings: read the effective settings, merge validated overrides."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response

from lossmon.server.api.common import config, json_body, json_response
from lossmon.server.auth import readable_project, writable_project
from lossmon.server.db import get_db
from lossmon.server.detectors import SettingsError, validate_settings
from lossmon.server.errors import bad_request
from lossmon.server.wire import require_object

bp = Blueprint("projects", __name__)


def _payload(name: str, overrides: dict[str, Any]) -> dict[str, Any]:
    return {"project": name, "settings": validate_settings(overrides), "overrides": overrides}


@bp.get("/projects/<name>/detectors")
def get_detectors(name: str) -> Response:
    with get_db().read_session() as session:
        project = readable_project(session, name, bool(config().dashboard_password))
        return json_response(_payload(project.name, project.detector_settings))


@bp.put("/projects/<name>/detectors")
def put_detectors(name: str) -> Response:
    """Merge the given settings into the project's overrides (a partial update)."""
    body = require_object(json_body())
    with get_db().session() as session:
        project = writable_project(session, name)
        merged = {
            detector: dict(section) for detector, section in project.detector_settings.items()
        }
        for detector, section in body.items():
            if not isinstance(section, dict):
                raise bad_request(
                    f"{detector}: must be an object of settings", [{"setting": detector}]
                )
            merged.setdefault(detector, {}).update(section)
        try:
            validate_settings(merged)
        except SettingsError as error:
            raise bad_request(str(error), [{"setting": error.path}]) from None
        project.detector_settings = merged
        return json_response(_payload(project.name, merged))
