"""Fixtures of the integration tests: one real server per module, frameworks offline."""

from __future__ import annotations

import os
from typing import Any

import pytest

# Before any framework is imported: Keras picks its backend at import, and nothing may
# reach for the Hugging Face hub.
os.environ.setdefault("KERAS_BACKEND", "torch")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")


@pytest.fixture
def server(shared_server: Any) -> Any:
    """Each test makes its own runs, so one server serves the whole module."""
    return shared_server
