"""The registered graphs and workflows as module attributes, for ``langgraph.json`` only.

``langgraph dev`` and LangGraph Server load ``./graphs/studio.py:<name>`` and need
a real attribute, so this module builds the services and every registered graph
when it is imported: it opens the data directory and the configured MCP servers.
Every workflow file of ``workflows_dir`` is an attribute too, named by its workflow.
Nothing else imports it; the app's own surfaces build graphs through
``graphs.services.build_services``. No checkpointer: the server supplies its own.
"""

from __future__ import annotations

import importlib

from graphs.registry import AnyGraph


def _build() -> dict[str, AnyGraph]:
    from core.workflow.loader import load_folder
    from graphs.registry import registered
    from graphs.services import build_services
    from graphs.workflow.compile import compile_workflow
    from graphs.workflow.registry import register_workflow_files

    services = build_services(checkpointer=None)
    if services.engine is None:
        raise RuntimeError("graphs.studio: the services have no engine")
    register_workflow_files(services.settings, services.engine.tools)
    graphs = {entry.name: services.graph_named(entry.name) for entry in registered()}
    # A file whose tools this installation lacks (its MCP server is not configured) still
    # compiles, so Studio can draw it; the gate denies its unknown tools when it runs.
    for name, loaded in load_folder(services.settings.workflows_dir).workflows.items():
        graphs.setdefault(name, compile_workflow(loaded, services.engine, None))
    return graphs


# The server executes this file by path once per graph in langgraph.json; each such
# copy shares the one build of the importable module (one set of services, not four).
GRAPHS: dict[str, AnyGraph] = (
    _build() if __name__ == "graphs.studio" else importlib.import_module("graphs.studio").GRAPHS
)
# One attribute per graph, named as in ``langgraph.json``.
globals().update(GRAPHS)
assistant = GRAPHS["assistant"]
