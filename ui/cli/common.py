"""Shared CLI plumbing: one services object per process, errors turned into exit codes.

A command imports only what it uses: the graph, the models and the document store
are imported inside the functions that need them, so ``--help`` and ``trace list``
start in a fraction of a second and a calculator ``ask`` never loads LangGraph.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import typer

from core.errors import SwitchyardError
from ui.cli.output import console as console
from ui.cli.output import err_console as err_console
from ui.cli.output import print_error
from ui.cli.plain import MODULES_DUMP_ENV as MODULES_DUMP_ENV
from ui.cli.plain import answer_in_code as answer_in_code
from ui.cli.plain import print_json as print_json
from ui.cli.plain import quiet_logs as quiet_logs

P = ParamSpec("P")
R = TypeVar("R")

_services: Any = None
_traces: Any = None


def services() -> Any:
    """Build the services once (lazily: `--help` never loads a model or opens a file)."""
    global _services
    if _services is None:
        from graphs.services import build_services

        # MCP deferred: a one-shot command imports the SDK only if a step needs a server.
        _services = build_services(mcp_deferred=True)
    return _services


def trace_store() -> Any:
    """The trace store alone: reading traces needs no model, graph or document store.

    The built services' store when they exist, so one process never opens two.
    """
    global _traces
    if _services is not None:
        return _services.traces
    if _traces is None:
        from core import trace_store as trace_schema
        from core.privacy import mask
        from core.settings import ensure_data_dir, load_settings
        from core.storage import open_store
        from core.trace_store import TraceStore

        # Opened as ``graphs.services.build_services`` opens it.
        settings = load_settings()
        ensure_data_dir(settings)
        db = open_store(settings, trace_schema.SCHEMA, foreign_keys=True)
        _traces = TraceStore(db, mask=mask)
    return _traces


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn Switchyard's typed errors into a one-paragraph message and exit code 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except SwitchyardError as exc:
            print_error(exc)
            raise typer.Exit(2) from exc

    return wrapper
