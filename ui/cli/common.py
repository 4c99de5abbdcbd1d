"""Shared CLI plumbing: one services object per process, errors turned into exit codes.

A command imports only what it uses: the graph, the models and the document store
are imported inside the functions that need them, so ``--help`` and ``trace list``
start in a fraction of a second and a calculator ``ask`` never loads LangGraph.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from core.errors import SwitchyardError

console = Console()
err_console = Console(stderr=True)
P = ParamSpec("P")
R = TypeVar("R")

_services: Any = None
_traces: Any = None
# Test hook: when set, the CLI writes the sorted names in ``sys.modules`` to this file at
# exit, so a test can check what a command imported (tests/ui/test_cli_fast.py).
MODULES_DUMP_ENV = "SWITCHYARD_CLI_DUMP_MODULES"


def _dump_modules(path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(sorted(sys.modules), out)


if os.environ.get(MODULES_DUMP_ENV):
    atexit.register(_dump_modules, os.environ[MODULES_DUMP_ENV])


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


def answer_in_code(question: str, thread: str | None) -> dict[str, Any] | None:
    """The ``ask --json`` payload when plain code answers a new conversation's question.

    ``None`` when the graph must answer (see ``graphs.fast_turn``); nothing is written then.
    A continued conversation (``thread``) always goes to the graph: its history lives in
    the graph's checkpoint.
    """
    if thread is not None:
        return None
    from core.settings import load_settings
    from graphs.fast_turn import answer_in_code as code_answer
    from graphs.fast_turn import open_code_services

    result = code_answer(open_code_services(load_settings()), question)
    return None if result is None else result.to_json()


def quiet_logs() -> None:
    """Keep library chatter off the terminal unless SWITCHYARD_LOG asks for it."""
    level = os.environ.get("SWITCHYARD_LOG", "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING), stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "mcp", "openai"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


def print_json(data: object) -> None:
    """Machine-readable output on stdout, nothing else."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn Switchyard's typed errors into a one-paragraph message and exit code 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except SwitchyardError as exc:
            # The message is plain text: "[privacy]" or "[1]" in it must print as written,
            # not as Rich markup, and a long line must stay one line for scripts and logs.
            message = Text("error:", style="bold red")
            message.append(f" {exc}")
            err_console.print(message, soft_wrap=True)
            raise typer.Exit(2) from exc

    return wrapper
