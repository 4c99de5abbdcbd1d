"""``switchyard audit tail``: the append-only audit log (no raw personal data in it)."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.table import Table

from ui.cli.common import console, handle_errors, print_json, services

audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)


@audit_app.command("tail")
@handle_errors
def tail_command(
    n: Annotated[int, typer.Option("-n", help="How many events.")] = 50,
    thread: Annotated[str | None, typer.Option("--thread")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Routing decisions, tool calls, denials and privacy blocks, oldest first."""
    events = services().audit.tail(n, thread_id=thread)
    if as_json:
        print_json([e.to_dict() for e in events])
        return
    table = Table()
    for col in ("when", "kind", "who", "thread", "tool", "decision", "tier", "detail"):
        table.add_column(col, overflow="fold")
    for e in events:
        when = time.strftime("%m-%d %H:%M:%S", time.localtime(e.ts))
        table.add_row(
            when,
            e.kind,
            f"{e.user_id} ({e.role})",
            e.thread_id or "",
            e.tool or "",
            e.decision,
            e.tier or "",
            e.detail,
        )
    console.print(table)
