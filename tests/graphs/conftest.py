"""Helpers to build the assistant on scripted fake models in a temporary data directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services

REPO = Path(__file__).resolve().parents[2]

BuildAssistant = Callable[..., tuple[Assistant, dict[str, ScriptedChatModel]]]


@pytest.fixture
def build_assistant(tmp_path: Path) -> BuildAssistant:
    """Return a factory: scripted replies per tier in, (assistant, fakes) out."""

    def factory(
        *,
        local: list[Any] | None = None,
        cloud: list[Any] | None = None,
        local_id: str = "test:local",
        cloud_id: str = "test:cloud",
        docs: Any = None,
        **overrides: Any,
    ) -> tuple[Assistant, dict[str, ScriptedChatModel]]:
        fakes = {
            "local": ScriptedChatModel(replies=local or [], model_name="test:local"),
            "cloud": ScriptedChatModel(replies=cloud or [], model_name="test:cloud"),
        }
        settings = load_settings(
            data_dir=tmp_path / "data",
            faq_path=REPO / "data" / "faq.yaml",
            tiers={"local": local_id, "cloud": cloud_id},
            **overrides,
        )
        services = build_services(settings, fakes=dict(fakes), docs=docs)
        return Assistant(services), fakes

    return factory
