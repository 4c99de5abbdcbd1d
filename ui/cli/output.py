"""What the CLI prints with Rich: the consoles, the steps table, an answer, an error.

No Typer here, so the code-only ``ask`` (``ui.cli.fast_ask``) prints exactly what the
``ask`` command prints without building the Typer app.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

console = Console()
err_console = Console(stderr=True)


def steps_table(steps: list[dict[str, object]]) -> Table:
    """One row per step: where it went, why, and what it cost."""
    table = Table(show_lines=False)
    for column in ("#", "node", "tier", "model", "tokens in/out", "cost $", "ms", "reasons"):
        table.add_column(column, overflow="fold")
    for i, step in enumerate(steps, start=1):
        tier = str(step["tier"]) + (" (degraded)" if step.get("degraded") else "")
        reasons = step.get("reasons")
        reason_list = reasons if isinstance(reasons, list) else []
        table.add_row(
            str(i),
            str(step["node"]),
            tier,
            str(step.get("model") or "—"),
            f"{step['tokens_in']}/{step['tokens_out']}",
            f"{float(str(step['cost'])):.6f}",
            f"{float(str(step['latency_ms'])):.0f}",
            "; ".join(str(r) for r in reason_list),
        )
    return table


def print_answer(result: dict[str, Any]) -> None:
    """An ``ask`` result for a person: the answer, its citations, its steps, its ids.

    Args:
        result: The ``ask --json`` payload.
    """
    console.print(result["answer"])
    for citation in result["citations"]:
        console.print(
            f"[dim][{citation['id']}] {citation['source']} {citation.get('locator', '')}[/]"
        )
    console.print(steps_table(result["steps"]))
    console.print(f"[dim]thread {result['thread_id']} · run {result['run_id']}[/]")


def print_refusal(answer: str) -> None:
    """Why nothing was kept, on stderr (the caller exits 2 so scripts notice)."""
    err_console.print(f"error: {answer}", markup=False)


def print_error(exc: Exception) -> None:
    """One of Switchyard's typed errors as a one-paragraph message on stderr."""
    # The message is plain text: "[privacy]" or "[1]" in it must print as written,
    # not as Rich markup, and a long line must stay one line for scripts and logs.
    message = Text("error:", style="bold red")
    message.append(f" {exc}")
    err_console.print(message, soft_wrap=True)
