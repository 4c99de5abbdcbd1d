"""``switchyard trace list|show|replay``: the run view from the terminal."""

from __future__ import annotations

import time
from typing import Annotated, Literal

import typer
from rich.table import Table

from core.errors import ConfigError
from ui.cli.common import console, handle_errors, print_json, services, trace_store

trace_app = typer.Typer(help="Local traces of past runs.", no_args_is_help=True)


@trace_app.command("list")
@handle_errors
def list_runs(
    limit: Annotated[int, typer.Option(help="How many runs.")] = 20,
    thread: Annotated[str | None, typer.Option("--thread")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Newest runs first."""
    runs = trace_store().list_runs(limit=limit, thread_id=thread)
    if as_json:
        print_json(
            [
                {
                    "run_id": r.run_id,
                    "thread_id": r.thread_id,
                    "created_at": r.created_at,
                    "question": r.question,
                    "steps": len(r.steps),
                    "cost": r.cost,
                    "tokens_in": r.tokens_in,
                    "tokens_out": r.tokens_out,
                    "latency_ms": r.latency_ms,
                }
                for r in runs
            ]
        )
        return
    table = Table()
    for col in ("run", "thread", "when", "question", "steps", "tiers", "cost $", "ms"):
        table.add_column(col, overflow="fold")
    for r in runs:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.created_at))
        tiers = ",".join(s.tier for s in r.steps)
        table.add_row(
            r.run_id[:12],
            r.thread_id,
            when,
            r.question[:60],
            str(len(r.steps)),
            tiers,
            f"{r.cost:.6f}",
            f"{r.latency_ms:.0f}",
        )
    console.print(table)


@trace_app.command("show")
@handle_errors
def show_run(
    run_id: Annotated[str, typer.Argument(help="Run id (a unique prefix is enough).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Every step of one run: tier, score, reasons, tokens, cost, latency."""
    run = trace_store().get_run(run_id)
    if run is None:
        raise ConfigError(f"no run {run_id!r}: see `switchyard trace list` for ids")
    data = run.model_dump(mode="json")
    data.update(tokens_in=run.tokens_in, tokens_out=run.tokens_out, cost=run.cost)
    if as_json:
        print_json(data)
        return
    console.print(f"[bold]{run.question}[/]\n{run.answer}\n")
    console.print(f"path: {' → '.join(run.path)}")
    from ui.cli import steps_table

    console.print(steps_table([s.model_dump() for s in run.steps]))
    console.print(
        f"total ${run.cost:.6f} vs all-cloud estimate ${run.cloud_estimate:.6f}; "
        f"{run.latency_ms:.0f} ms"
    )


@trace_app.command("replay")
@handle_errors
def replay_run(
    run_id: Annotated[str, typer.Argument(help="Run id to replay.")],
    step: Annotated[int, typer.Option("--step", help="1-based step number to pin.")],
    tier: Annotated[str, typer.Option("--tier", help="local or cloud.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Re-run a recorded question with one step pinned to another tier (original untouched)."""
    from graphs.replay import replay

    if tier not in ("local", "cloud"):
        raise ConfigError(f"--tier {tier!r}: use local or cloud")
    pinned: Literal["local", "cloud"] = "local" if tier == "local" else "cloud"
    comparison = replay(services(), run_id, step_number=step, tier=pinned)
    if as_json:
        print_json(comparison)
        return
    if comparison.get("warning"):
        # Up front: a re-run elsewhere is never presented as the asked tier's answer.
        console.print(f"[bold yellow]warning:[/] {comparison['warning']}")
    for side in ("original", "replay"):
        row = comparison[side]
        if row is None:
            continue
        console.print(
            f"[bold]{side}[/] ({row['run_id'][:12]}): ${row['cost']:.6f}, "
            f"{row['latency_ms']:.0f} ms, tiers {row['tiers']}"
        )
        console.print(row["answer"])
