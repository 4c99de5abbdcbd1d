"""The ``switchyard`` Typer app: every command (``ui.cli.main`` runs it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ui.cli.audit import audit_app
from ui.cli.bench import bench_app
from ui.cli.cache import cache_app
from ui.cli.common import (
    answer_in_code,
    console,
    handle_errors,
    print_json,
    quiet_logs,
    services,
)
from ui.cli.db import db_app
from ui.cli.doctor import doctor_report, print_doctor
from ui.cli.doctor_services import DoctorServices
from ui.cli.eval import eval_app
from ui.cli.mcp import mcp_app
from ui.cli.models import models_app
from ui.cli.output import print_answer, print_refusal, steps_table
from ui.cli.privacy import privacy_app
from ui.cli.router import router_app
from ui.cli.trace import trace_app
from ui.cli.users import users_app
from ui.cli.workflow import workflow_app

app = typer.Typer(
    name="switchyard",
    help="Route every step down the cheapest track that can carry it; keep personal data local.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(bench_app, name="bench")
app.add_typer(privacy_app, name="privacy")
app.add_typer(mcp_app, name="mcp")
app.add_typer(trace_app, name="trace")
app.add_typer(audit_app, name="audit")
app.add_typer(models_app, name="models")
app.add_typer(cache_app, name="cache")
app.add_typer(workflow_app, name="workflow")
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(eval_app, name="eval")
app.add_typer(router_app, name="router")


def _ensure_samples() -> None:
    from ui.bootstrap import ensure_sample_documents

    ensure_sample_documents(services())


@app.command()
@handle_errors
def ask(
    text: Annotated[str | None, typer.Argument(help="The question.")] = None,
    thread: Annotated[
        str | None, typer.Option("--thread", help="Continue this conversation.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    answer: Annotated[
        str | None,
        typer.Option("--answer", help="Answer the MCP server's question: a JSON object."),
    ] = None,
    decline: Annotated[bool, typer.Option("--decline", help="Decline its question.")] = False,
    cancel: Annotated[bool, typer.Option("--cancel", help="Cancel its question.")] = False,
    approve: Annotated[
        bool, typer.Option("--approve", help="Run the tool that waits for confirmation.")
    ] = False,
) -> None:
    """Ask one question and print the answer with its steps.

    When a tool waits for confirmation or an MCP tool asks the user something, a
    terminal prompts for it; otherwise it is printed with the ``--thread T`` form
    (``--approve``, ``--answer JSON``, ``--decline``, ``--cancel``) that answers it.
    """
    from ui.cli.elicit import reply_from_options

    quiet_logs()
    reply = reply_from_options(answer, decline, cancel, approve)
    if reply is None and text is None:
        raise typer.BadParameter("give a question (or --thread with --answer)")
    if reply is not None and thread is None:
        raise typer.BadParameter("--approve/--answer/--decline/--cancel need --thread")
    # Plain code answers a calculator or FAQ question without building the graph.
    result = answer_in_code(text, thread) if reply is None and text is not None else None
    if result is None:
        result = _ask_the_graph(text, thread, reply, interactive=sys.stdin.isatty() and not as_json)
        from ui.cli.elicit import how_to_answer, waiting_of

        question = waiting_of(result["pending"])
        if question is not None and not as_json:
            console.print(how_to_answer(question, result["thread_id"]), markup=False)
            return
    if as_json:
        print_json(result)
    if result["refused"]:
        # Nothing was kept: say why on stderr and fail, so scripts notice.
        print_refusal(result["answer"])
        raise typer.Exit(2)
    if not as_json:
        print_answer(result)


def _ask_the_graph(
    text: str | None, thread: str | None, reply: dict[str, Any] | None, *, interactive: bool
) -> dict[str, Any]:
    """Ask (or resume with ``reply``) through the graph; prompt on a terminal while it waits."""
    from graphs.fast_turn import carry_code_turn
    from graphs.runner import Assistant
    from ui.cli.elicit import prompt_pending, waiting_of

    _ensure_samples()
    assistant = Assistant(services())
    if reply is not None and thread is not None:
        outcome = assistant.resume(thread, answer=reply)
    else:
        if thread is not None:
            carry_code_turn(services(), thread)  # a thread the code path began
        outcome = assistant.ask(text or "", thread_id=thread)
    while interactive and (waiting := waiting_of(outcome.pending)) is not None:
        outcome = assistant.resume(outcome.thread_id, answer=prompt_pending(waiting))
    return outcome.to_json()


@app.command()
@handle_errors
def chat(
    thread: Annotated[
        str | None, typer.Option("--thread", help="Resume this conversation.")
    ] = None,
) -> None:
    """A terminal conversation (empty line or Ctrl-D to quit)."""
    from graphs.fast_turn import carry_code_turn
    from graphs.runner import Assistant

    quiet_logs()
    _ensure_samples()
    if thread is not None:
        carry_code_turn(services(), thread)  # a thread the code path began
    assistant = Assistant(services())
    console.print("[dim]Switchyard chat — an empty line quits.[/]")
    while True:
        try:
            text = console.input("[bold]you>[/] ").strip()
        except EOFError:
            break
        if not text:
            break
        for event in assistant.stream(text, thread_id=thread):
            if event.kind == "token":
                console.print(event.text, end="")
            elif event.kind == "done" and event.result is not None:
                thread = event.result.thread_id
                console.print()
                console.print(event.result.answer)
                console.print(steps_table(event.result.to_json()["steps"]))
    console.print(f"[dim]thread {thread}[/]")


@app.command()
@handle_errors
def doctor(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Which tiers are available and why not; memory and which local models fit."""
    quiet_logs()
    # Only what it checks (settings, models, MCP): the graph would cost ~3 s of imports.
    report = doctor_report(DoctorServices())
    if as_json:
        print_json(report)
    else:
        print_doctor(report)


@app.command()
@handle_errors
def ingest(
    path: Annotated[Path, typer.Argument(help="A file or folder to index.")],
    collection: Annotated[str, typer.Option(help="Workspace collection.")] = "default",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Index documents; reports added, updated, unchanged and rejected files."""
    from ui.cli.ingest import open_store, run_ingest

    quiet_logs()
    # Only the document store: building every service (models, MCP, graph) for an
    # ingest cost ~400 MB of resident memory and seconds of start-up.
    run_ingest(open_store(), path, collection, as_json=as_json)


@app.command()
def ui(
    host: Annotated[str, typer.Option(help="Bind address.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8501,
) -> None:
    """Start the Streamlit chat app."""
    # serve.py wraps app.py with the session-cookie layer (login, logout, HttpOnly cookie).
    app_path = Path(__file__).resolve().parent.parent / "serve.py"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
    ]
    env = {**os.environ, "SWITCHYARD_UI_HOST": host}
    # Replace this process rather than spawn a child, so a stop signal reaches Streamlit
    # itself and no orphaned server keeps the port.
    os.execve(sys.executable, command, env)
