"""Every graph the app serves, by name: one module per graph plus one line here.

A graph is built from the shared ``Engine`` (models, router, tools, documents,
traces) and a checkpointer, so a second graph reuses the same machinery: write
its module with a ``compile_...(engine, checkpointer)`` function and add one
``register(...)`` line below. ``graphs.studio`` exposes every registered graph to
``langgraph.json``; ``Services.graph_named`` builds one for the CLI, UI or MCP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph

from core.errors import ConfigError
from graphs.assistant import compile_assistant
from graphs.engine import Engine

# Any: each graph has its own state, context and I/O schemas; the registry holds them all.
AnyGraph = CompiledStateGraph[Any, Any, Any, Any]
# Any: LangGraph's savers are generic over their config type, which we never narrow.
GraphBuilder = Callable[[Engine, BaseCheckpointSaver[Any] | None], AnyGraph]


@dataclass(frozen=True)
class RegisteredGraph:
    """A graph's name (its id in ``langgraph.json``), what it does, and how to build it."""

    name: str
    description: str
    build: GraphBuilder


_GRAPHS: dict[str, RegisteredGraph] = {}


def register(name: str, description: str, build: GraphBuilder) -> RegisteredGraph:
    """Add a graph under ``name``; a name is registered once.

    Raises:
        ValueError: ``name`` is taken or not a Python identifier (``graphs.studio``
            exposes each graph as a module attribute of that name).
    """
    if not name.isidentifier():
        raise ValueError(f"graph name {name!r} must be a Python identifier")
    if name in _GRAPHS:
        raise ValueError(f"graph {name!r} is already registered")
    entry = RegisteredGraph(name=name, description=description, build=build)
    _GRAPHS[name] = entry
    return entry


def registered() -> list[RegisteredGraph]:
    """Every registered graph, in registration order."""
    return list(_GRAPHS.values())


def build_registered(
    name: str, engine: Engine, checkpointer: BaseCheckpointSaver[Any] | None
) -> AnyGraph:
    """Build the graph registered as ``name`` on ``engine``.

    Raises:
        ConfigError: no graph has that name (the message lists the known ones).
    """
    entry = _GRAPHS.get(name)
    if entry is None:
        # Workflow files register on first use: their folder is a setting of the engine.
        from graphs.workflow.registry import register_workflow_files

        register_workflow_files(engine.settings, engine.tools)
        entry = _GRAPHS.get(name)
    if entry is None:
        known = ", ".join(sorted(_GRAPHS)) or "none"
        raise ConfigError(f"no graph named {name!r}; registered graphs: {known}")
    return entry.build(engine, checkpointer)


register(
    "assistant",
    "Answers a question step by step on the cheapest track that can carry each step.",
    compile_assistant,
)
