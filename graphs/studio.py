"""The registered graphs as module attributes, for ``langgraph.json`` only.

``langgraph dev`` and LangGraph Server load ``./graphs/studio.py:<name>`` and need
a real attribute, so this module builds the services and every registered graph
when it is imported: it opens the data directory and the configured MCP servers.
Nothing else imports it; the app's own surfaces build graphs through
``graphs.services.build_services``. No checkpointer: the server supplies its own.
"""

from __future__ import annotations

from graphs.registry import AnyGraph, registered
from graphs.services import build_services

_services = build_services(checkpointer=None)

GRAPHS: dict[str, AnyGraph] = {
    entry.name: _services.graph_named(entry.name) for entry in registered()
}
# One attribute per registered graph, named as in ``langgraph.json``.
globals().update(GRAPHS)
assistant = GRAPHS["assistant"]
