"""Workflows on real services in a temporary data dir, with scripted models and an outbox tool."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from agents.toolbox import ToolBox
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.services import Services, build_services
from graphs.workflow.runner import WorkflowRunner
from tools.builtin import builtin_tools
from tools.registry import ToolRegistry, ToolSpec

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Outbox:
    """A side-effecting tool: every call appends a message (what a test counts)."""

    sent: list[str] = field(default_factory=list)

    def send(self, body: str) -> str:
        """Send a message to the customer."""
        self.sent.append(body)
        return f"sent {len(self.sent)}"


@dataclass
class Harness:
    """The services, runner, fakes and outbox of one test."""

    services: Services
    runner: WorkflowRunner
    fakes: dict[str, ScriptedChatModel]
    outbox: Outbox
    folder: Path

    def write(self, name: str, text: str) -> Path:
        """Put a workflow file into the folder (no code change registers it)."""
        path = self.folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        return path


BuildHarness = Callable[..., Harness]


@pytest.fixture
def harness(tmp_path: Path) -> BuildHarness:
    """A factory: scripted replies per tier in, a ``Harness`` out."""

    def factory(*, local: list[Any] | None = None, cloud: list[Any] | None = None) -> Harness:
        fakes = {
            "local": ScriptedChatModel(replies=local or [], model_name="test:local"),
            "cloud": ScriptedChatModel(replies=cloud or [], model_name="test:cloud"),
        }
        folder = tmp_path / "workflows"
        folder.mkdir(exist_ok=True)
        settings = load_settings(
            data_dir=tmp_path / "data",
            faq_path=REPO / "data" / "faq.yaml",
            workflows_dir=folder,
            tiers={"local": "test:local", "cloud": "test:cloud"},
        )
        outbox = Outbox()
        registry = ToolRegistry(
            [*builtin_tools(), ToolSpec("outbox_send", outbox.send, permission="writes")]
        )
        services = build_services(
            settings, fakes=dict(fakes), docs=None, mcp=False, toolbox=ToolBox(builtin=registry)
        )
        assert services.engine is not None
        runner = WorkflowRunner(services.engine, services.checkpointer)
        return Harness(services, runner, fakes, outbox, folder)

    return factory
