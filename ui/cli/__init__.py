"""The ``switchyard`` command line.

``main`` first tries the code-only ``ask`` (``ui.cli.fast_ask``), which needs neither
Typer nor the commands' modules, then runs the Typer app (``ui.cli.commands``).
"""

from __future__ import annotations

import sys
from typing import Any


def main() -> None:
    """Console-script entry point."""
    from ui.cli.fast_ask import run_fast_ask

    code = run_fast_ask(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    from ui.cli.commands import app

    app()


def __getattr__(name: str) -> Any:
    """``ui.cli.app`` and ``ui.cli.steps_table``, imported only when asked for.

    Importing the package must stay cheap: ``python -m ui.cli`` imports it before
    ``main`` can take the code-only path.
    """
    if name == "app":
        from ui.cli.commands import app

        return app
    if name == "steps_table":
        from ui.cli.output import steps_table

        return steps_table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
