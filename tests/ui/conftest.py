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


def new_session(sid: str | None = None) -> AppTest:
    """A browser session of the app (``sid`` resumes an earlier session, like a reload)."""
    at = AppTest.from_function(harness.app_script, default_timeout=APP_TIMEOUT_S)
    if sid is not None:
        at.query_params["sid"] = sid
    return at.run()


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
