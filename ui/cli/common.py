"""Shared CLI plumbing: one services object per process, errors turned into exit codes."""

from __future__ import annotations

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


def services() -> Any:
    """Build the services once (lazily: `--help` never loads a model or opens a file)."""
    global _services
    if _services is None:
        from graphs.services import build_services

        # MCP deferred: a one-shot command imports the SDK only if a step needs a server.
        _services = build_services(mcp_deferred=True)
    return _services


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
