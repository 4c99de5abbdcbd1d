"""Fixtures for the UI tests: services on scripted fakes and a fresh AppTest per session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from core.models.fake import ScriptedChatModel
from graphs.services import Services
from tests.ui import harness

APP_TIMEOUT_S = 60

MakeServices = Callable[..., tuple[Services, dict[str, ScriptedChatModel]]]


@pytest.fixture(autouse=True)
def _loopback_ui(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run the app as `make run` does (loopback, no password) unless they say otherwise.
    for name in ("SWITCHYARD_UI_HOST", "SWITCHYARD_UI_PASSWORD", "SWITCHYARD_UI_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator[MakeServices]:
    """Build services on fakes in this test's data dir and make the app use them."""

    def factory(**kwargs: Any) -> tuple[Services, dict[str, ScriptedChatModel]]:
        services, fakes = harness.build(tmp_path / "data", **kwargs)
        harness.use(services)
        return services, fakes

    yield factory
    harness.reset()


@pytest.fixture(autouse=True)
def _browser_cookie(monkeypatch: pytest.MonkeyPatch) -> None:
    # AppTest has no HTTP request, so no cookie: the session cookie a browser would send
    # comes from ``new_session(cookie=...)`` instead.
    monkeypatch.setattr("ui.session.browser_cookie", harness.browser_cookie)


def new_session(cookie: str | None = None) -> AppTest:
    """A browser tab of the app; ``cookie`` is the session cookie it sends (again on reload)."""
    at = AppTest.from_function(harness.app_script, default_timeout=APP_TIMEOUT_S)
    harness.set_cookie(cookie or "")
    try:
        return at.run()
    finally:
        harness.set_cookie("")


def ask(at: AppTest, question: str) -> AppTest:
    """Type a question into the chat box and wait for the answer."""
    at.chat_input[0].set_value(question)
    return at.run()


def texts(at: AppTest) -> str:
    """Every markdown, caption, alert and code text on the page, joined (for assertions)."""
    parts: list[str] = []
    for kind in ("markdown", "caption", "warning", "info", "error", "success", "code"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return "\n".join(parts)
