"""The ``switchyard`` command line.

``main`` first tries the code-only ``ask`` (``ui.cli.fast_ask``), which needs neither
Typer nor the commands' modules, then runs the Typer app (``ui.cli.commands``).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.table import Table


def main() -> None:
    """Console-script entry point."""
    from ui.cli.fast_ask import run_fast_ask

    code = run_fast_ask(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    from ui.cli.commands import app

    app()


def steps_table(steps: list[dict[str, object]]) -> Table:
    """One row per step (``ui.cli.output.steps_table``; Rich is imported on the call)."""
    from ui.cli.output import steps_table as table

    return table(steps)


def __getattr__(name: str) -> Any:
    """``ui.cli.app``, the Typer app, imported only when asked for.

    Importing the package must stay cheap: ``python -m ui.cli`` imports it before
    ``main`` can take the code-only path.
    """
    if name == "app":
        from ui.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
