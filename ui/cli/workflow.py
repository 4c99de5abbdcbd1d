"""``switchyard workflow ...``: list, show, validate, run, runs, resume and test workflows."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ui.cli.common import console, err_console, handle_errors, print_json, quiet_logs, services

workflow_app = typer.Typer(help="Workflows users define, version and test.", no_args_is_help=True)


def _runner() -> Any:
    from graphs.workflow.runner import WorkflowRunner
    from ui.bootstrap import ensure_sample_documents

    built = services()
    # A workflow's document steps search the samples as ``ask`` does: a fresh data dir's
    # first run indexes them.
    ensure_sample_documents(built)
    return WorkflowRunner(built.engine, built.checkpointer)


def _settings() -> Any:
    from core.settings import load_settings

    return load_settings()


@workflow_app.command("list")
@handle_errors
def list_workflows(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every workflow file (and Python graph) with its version; invalid files with why."""
    from core.workflow.loader import load_folder
    from graphs.registry import registered
    from graphs.workflow.registry import known_names

    settings = _settings()
    folder = load_folder(settings.workflows_dir, known_names(settings))
    rows = [
        {"name": e.name, "version": "", "kind": "python", "description": e.description}
        for e in registered()
        if e.name not in folder.workflows
    ] + [
        {
            "name": w.name,
            "version": w.version,
            "kind": "file",
            "hash": w.content_hash,
            "file": w.file,
            "description": w.workflow.description,
        }
        for w in folder.workflows.values()
    ]
    invalid = {file: [str(p) for p in problems] for file, problems in folder.problems.items()}
    if as_json:
        print_json({"workflows": rows, "invalid": invalid})
        return
    table = Table()
    for column in ("name", "version", "kind", "description"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(row["name"], str(row["version"]), row["kind"], row["description"])
    console.print(table)
    for file, problems in invalid.items():
        err_console.print(f"[red]invalid[/] {file}: {len(problems)} problem(s); run validate")


@workflow_app.command()
@handle_errors
def show(name: Annotated[str, typer.Argument(help="Workflow name.")]) -> None:
    """Print the workflow's graph as a mermaid diagram."""
    from graphs.workflow.compile import compile_workflow
    from graphs.workflow.registry import loaded_workflow

    quiet_logs()
    built = services()
    loaded = loaded_workflow(built.settings, name, built.engine.tools)
    graph = compile_workflow(loaded, built.engine, None)
    console.print(f"%% {loaded.name} v{loaded.version} ({loaded.content_hash})", markup=False)
    console.print(graph.get_graph().draw_mermaid(), markup=False)


@workflow_app.command()
@handle_errors
def validate(
    file: Annotated[Path, typer.Argument(help="A workflow YAML file.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Report every problem with file, line, step and field; exit 1 when there is one."""
    from core.workflow.validate import validate_text
    from graphs.workflow.registry import known_names

    text = file.read_text(encoding="utf-8")
    workflow, problems = validate_text(text, str(file), known_names(_settings()))
    if as_json:
        print_json(
            {
                "valid": workflow is not None,
                "problems": [
                    {
                        "file": p.file,
                        "line": p.line,
                        "step": p.step,
                        "field": p.field,
                        "message": p.message,
                        "code": p.code,
                    }
                    for p in problems
                ],
            }
        )
    else:
        for problem in problems:
            console.print(str(problem), markup=False, soft_wrap=True)
        if workflow is not None:
            console.print(f"{file}: valid ({workflow.name} v{workflow.version})", markup=False)
    if problems:
        raise typer.Exit(1)


def _parse_inputs(pairs: list[str]) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"--input {pair!r}: use key=value")
        inputs[key.strip()] = value
    return inputs


def _print_result(result: Any, as_json: bool) -> None:
    from ui.cli import steps_table

    data = result.to_json()
    if as_json:
        print_json(data)
    else:
        console.print(f"[bold]{data['workflow']}[/] v{data['version']} · {data['status']}")
        for key, value in data["outputs"].items():
            console.print(f"{key}: {value}", markup=False)
        if data["pending"]:
            console.print(
                f"[yellow]waiting:[/] {data['pending'].get('question') or data['pending']}"
            )
            console.print(f"resume: switchyard workflow resume {data['run_id']} --approve|--reject")
        if data["error"]:
            err_console.print(f"[red]error:[/] {data['error']}")
        if data["steps"]:
            console.print(steps_table(data["steps"]))
        console.print(f"[dim]run {data['run_id']} · hash {data['hash']}[/]")
    if data["status"] == "failed":
        raise typer.Exit(1)


@workflow_app.command()
@handle_errors
def run(
    name: Annotated[str, typer.Argument(help="Workflow name.")],
    inputs: Annotated[
        list[str] | None, typer.Option("--input", "-i", help="An input as key=value.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
) -> None:
    """Run a workflow until it is done or waits for a human."""
    quiet_logs()
    _print_result(_runner().run(name, _parse_inputs(inputs or [])), as_json)


@workflow_app.command()
@handle_errors
def resume(
    run_id: Annotated[str, typer.Argument(help="The run id.")],
    approve: Annotated[bool, typer.Option("--approve")] = False,
    reject: Annotated[bool, typer.Option("--reject")] = False,
    edit: Annotated[str | None, typer.Option("--edit", help="JSON value to use instead.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Answer a paused run, or continue one that was interrupted (crash, kill)."""
    quiet_logs()
    if sum([approve, reject, edit is not None]) > 1:
        raise typer.BadParameter("choose one of --approve, --reject, --edit")
    value = None
    if edit is not None:
        try:
            value = json.loads(edit)
        except json.JSONDecodeError as exc:
            raise typer.BadParameter(f"--edit is not JSON: {exc.msg}") from exc
    action = "reject" if reject else "edit" if edit is not None else "approve"
    _print_result(_runner().resume(run_id, action, value), as_json)


@workflow_app.command()
@handle_errors
def runs(
    name: Annotated[str | None, typer.Argument(help="Only this workflow's runs.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """The latest runs with their version, hash and status."""
    from graphs.workflow.nodes import run_store

    rows = run_store(_settings()).list(name)
    data = [
        {
            "run_id": r.run_id,
            "workflow": r.workflow,
            "version": r.version,
            "hash": r.hash,
            "status": r.status,
            "created_at": r.created_at,
            "pending": r.pending,
            "error": r.error,
        }
        for r in rows
    ]
    if as_json:
        print_json({"runs": data})
        return
    table = Table()
    for column in ("run", "workflow", "version", "hash", "status"):
        table.add_column(column)
    for r in rows:
        table.add_row(r.run_id, r.workflow, r.version, r.hash, r.status)
    console.print(table)


@workflow_app.command()
@handle_errors
def test(
    name: Annotated[str, typer.Argument(help="Workflow name.")],
    live: Annotated[bool, typer.Option("--live", help="Use the configured tiers.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Run the workflow's cases (scripted models unless --live); exit 1 on a failure."""
    from graphs.workflow.cases import run_cases, summary
    from graphs.workflow.registry import loaded_workflow

    quiet_logs()
    if live:
        runner = _runner()
        loaded = loaded_workflow(runner.engine.settings, name, runner.engine.tools)
        outcomes = run_cases(loaded, lambda _replies: runner, live=True)
    else:
        with tempfile.TemporaryDirectory(prefix="switchyard-cases-") as scratch:
            factory = _scripted_runner_factory(Path(scratch))
            loaded = loaded_workflow(factory.settings, name, factory.runner.engine.tools)
            outcomes = run_cases(loaded, factory)
    totals = summary(outcomes)
    if as_json:
        print_json(
            {
                "workflow": name,
                **totals,
                "results": [
                    {
                        "case": o.name,
                        "passed": o.passed,
                        "status": o.result.status if o.result else None,
                        "failures": o.failures,
                        "tiers": [s["tier"] for s in o.result.steps] if o.result else [],
                    }
                    for o in outcomes
                ],
            }
        )
    else:
        table = Table(title=f"{name}: {totals['passed']}/{totals['cases']} cases pass")
        for column in ("case", "result", "status", "tiers", "failures"):
            table.add_column(column, overflow="fold")
        for o in outcomes:
            table.add_row(
                o.name,
                "[green]pass[/]" if o.passed else "[red]FAIL[/]",
                o.result.status if o.result else "—",
                " ".join(s["tier"] for s in o.result.steps) if o.result else "",
                "; ".join(o.failures),
            )
        console.print(table)
    if totals["failed"] or not outcomes:
        raise typer.Exit(1)


class _ScriptedFactory:
    """One set of services whose two tiers answer from the current case's replies."""

    def __init__(self, scratch: Path) -> None:
        from langgraph.checkpoint.memory import InMemorySaver

        from core.models.fake import ScriptedChatModel
        from core.settings import load_settings
        from graphs.services import build_services, open_documents
        from graphs.workflow.runner import WorkflowRunner

        real = load_settings()
        self.settings = load_settings(
            data_dir=scratch,
            tiers={"local": "test:case_local", "cloud": "test:case_cloud"},
        )
        self.current: Any = None
        # Plenty of delegating replies: each forwards to the current case's queue, which
        # is the strict one (it fails on a reply the case did not script).
        relay = [self._reply] * 10_000
        fakes = {
            "case_local": ScriptedChatModel(replies=list(relay), model_name="test:case_local"),
            "case_cloud": ScriptedChatModel(replies=list(relay), model_name="test:case_cloud"),
        }
        built = build_services(
            self.settings, fakes=dict(fakes), docs=open_documents(real), checkpointer=None
        )
        if built.engine is None:
            raise RuntimeError("build_services returned services without an engine")
        self.runner = WorkflowRunner(built.engine, InMemorySaver())

    def _reply(self, messages: list[Any]) -> str:
        if self.current is None:
            raise AssertionError("a live model step ran in a scripted case")
        return str(self.current(messages))

    def __call__(self, replies: Any) -> Any:
        self.current = replies
        return self.runner


def _scripted_runner_factory(scratch: Path) -> _ScriptedFactory:
    return _ScriptedFactory(scratch)
