"""CLI helpers that import neither Typer nor Rich: the code-only ``ask`` path uses them.

``switchyard ask "3+4" --json`` answers before the Typer app is built
(``ui.cli.fast_ask``), so what it needs lives here; ``ui.cli.common`` re-exports it
for the commands.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import sys
from typing import Any

# Test hook: when set, the CLI writes the sorted names in ``sys.modules`` to this file at
# exit, so a test can check what a command imported (tests/ui/test_cli_fast.py).
MODULES_DUMP_ENV = "SWITCHYARD_CLI_DUMP_MODULES"


def _dump_modules(path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(sorted(sys.modules), out)


if os.environ.get(MODULES_DUMP_ENV):
    atexit.register(_dump_modules, os.environ[MODULES_DUMP_ENV])


# Questions the code path already handed to the graph in this process: when
# ``ui.cli.fast_ask`` falls through to the ``ask`` command, it is not tried twice.
_declined: set[str] = set()


def answer_in_code(question: str, thread: str | None) -> dict[str, Any] | None:
    """The ``ask --json`` payload when plain code answers a new conversation's question.

    ``None`` when the graph must answer (see ``graphs.fast_turn``); nothing is written then.
    A continued conversation (``thread``) always goes to the graph: its history lives in
    the graph's checkpoint.
    """
    if thread is not None or question in _declined:
        return None
    from core.settings import load_settings
    from graphs.fast_turn import answer_in_code as code_answer
    from graphs.fast_turn import open_code_services
    from ui.bootstrap import ensure_samples_before_code_answers

    settings = load_settings()
    # A fresh data dir's first ask indexes the samples whichever track answers it.
    ensure_samples_before_code_answers(settings)
    result = code_answer(open_code_services(settings), question)
    if result is None:
        _declined.add(question)
        return None
    return result.to_json()


def quiet_logs() -> None:
    """Keep library chatter off the terminal unless SWITCHYARD_LOG asks for it."""
    level = os.environ.get("SWITCHYARD_LOG", "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING), stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "mcp", "openai"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


def print_json(data: object) -> None:
    """Machine-readable output on stdout, nothing else."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
