"""Run the real app under AppTest on scripted fake models (no test switch in production code).

``AppTest.from_function(app_script)`` runs ``ui.app.main`` with a services
factory that returns the services the current test built (``use``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from agents.toolbox import ToolBox
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.assistant import build_graph
from graphs.services import Services, build_services
from tools.builtin import builtin_tools
from tools.registry import ToolSpec

REPO = Path(__file__).resolve().parents[2]
EASY = {"router": {"difficulty_threshold": 1.0}}  # every model step prefers the local tier

_current: Services | None = None
_cookie = ""


def use(services: Services) -> None:
    """Make ``services`` what the next AppTest runs on."""
    global _current
    _current = services


def set_cookie(token: str) -> None:
    """The session cookie the next AppTest run sends (what a browser would)."""
    global _cookie
    _cookie = token


def browser_cookie() -> str:
    """Stands in for ``ui.session.browser_cookie`` under AppTest (see conftest)."""
    return _cookie


def reset() -> None:
    """Forget the services of the last test."""
    global _current
    _current = None


def services() -> Services:
    """The factory handed to ``ui.app.main``."""
    if _current is None:
        raise RuntimeError("call tests.ui.harness.use(services) before running the app")
    return _current


def app_script() -> None:
    """The AppTest script body (its source runs as the Streamlit script)."""
    from tests.ui.harness import services
    from ui.app import main

    main(services_factory=services)


def build(
    data_dir: Path,
    *,
    local: list[Any] | None = None,
    cloud: list[Any] | None = None,
    extra_tools: list[ToolSpec] | None = None,
    **overrides: Any,
) -> tuple[Services, dict[str, ScriptedChatModel]]:
    """Services on scripted fakes with a lexical-only document store in ``data_dir``."""
    fakes = {
        "local": ScriptedChatModel(replies=local or [], model_name="test:local"),
        "cloud": ScriptedChatModel(replies=cloud or [], model_name="test:cloud"),
    }
    options: dict[str, Any] = {
        "data_dir": data_dir,
        "faq_path": REPO / "data" / "faq.yaml",
        "samples_dir": REPO / "data" / "samples",
        "tiers": {"local": "test:local", "cloud": "test:cloud"},
        "mcp": {"config_path": data_dir / "no-mcp.json"},
        "rag": {"dense": False, "ingest_samples_on_start": False},
    }
    options.update(overrides)
    settings = load_settings(**options)
    services = build_services(settings, fakes=dict(fakes), mcp=False)
    if extra_tools:
        registry = builtin_tools()
        for spec in extra_tools:
            registry.add(spec)
        toolbox = ToolBox(builtin=registry)
        graph = build_graph(
            models=services.models,
            tools=toolbox,
            checkpointer=services.checkpointer,
            router=services.router,
            faq=services.faq,
            docs=services.docs,
            traces=services.traces,
        )
        services = dataclasses.replace(services, toolbox=toolbox, graph=graph)
    return services, fakes
