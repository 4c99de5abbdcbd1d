"""``switchyard eval``: run the checked workload and print what it found."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer

from ui.cli.common import console, err_console, handle_errors, print_json, quiet_logs

eval_app = typer.Typer(help="Checked workloads: task success, wrong answers, tiers, cost.")


def _print_summary(summary: dict[str, Any]) -> None:
    console.print(
        f"n={summary['n']} success={summary['success']:.1%} "
        f"wrong_answers={summary['wrong_answers']} "
        f"invented_tool_results={summary['invented_tool_results']} "
        f"personal_data_at_cloud={summary['personal_data_at_cloud']} B",
        markup=False,
    )
    for category, entry in summary["per_category"].items():
        console.print(f"  {category:<18} {entry['success']:.1%} of {entry['n']}", markup=False)
    console.print(f"tiers {summary['tiers']}", markup=False)
    console.print(
        f"cost ${summary['cost_usd']:.6f} vs all-cloud ${summary['all_cloud_cost_usd']:.6f}",
        markup=False,
    )
    for failure in summary["failures"]:
        console.print(f"FAIL {failure['id']}: {failure['why']}", markup=False)


@eval_app.command("workload")
@handle_errors
def workload(
    suite: Annotated[
        Path | None, typer.Option("--suite", help="Suite folder (default: bench/workload).")
    ] = None,
    slice_cases: Annotated[
        int | None,
        typer.Option("--slice", min=1, help="Run about N cases, spread over every category."),
    ] = None,
    category: Annotated[
        str | None, typer.Option("--category", help="Conversations of one category only.")
    ] = None,
    cloud: Annotated[
        str, typer.Option("--cloud", help="standin (loopback recorder) or off.")
    ] = "standin",
    local: Annotated[
        str | None, typer.Option("--local", help="Local tier model id (default: settings).")
    ] = None,
    docqa: Annotated[
        Path | None,
        typer.Option(
            "--docqa",
            help="A document-question file (bench/docqa_*.json) run end to end as the suite.",
        ),
    ] = None,
    docs: Annotated[
        list[Path] | None,
        typer.Option("--docs", help="With --docqa: a document to ingest too (repeatable)."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per case.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON summary.")] = False,
) -> None:
    """Run the checked workload on the assistant (embedded model; cloud off or a stand-in)."""
    from bench.workload.runner import run_workload
    from bench.workload.suite import CATEGORIES, SUITE_DIR

    quiet_logs()
    if cloud not in ("standin", "off"):
        raise typer.BadParameter("--cloud must be 'standin' or 'off'")
    if category is not None and category not in CATEGORIES:
        raise typer.BadParameter(f"--category must be one of {', '.join(CATEGORIES)}")

    def progress(line: str) -> None:
        if verbose:
            err_console.print(line, markup=False)

    if docqa is not None and suite is not None:
        raise typer.BadParameter("--docqa builds its own suite: give --suite or --docqa, not both")
    if docs and docqa is None:
        raise typer.BadParameter("--docs goes with --docqa")
    with tempfile.TemporaryDirectory(prefix="docqa-suite-") as scratch:
        if docqa is not None:
            from bench.workload.docqa_suite import build_docqa_suite

            suite = build_docqa_suite(docqa, Path(scratch), list(docs or []))
        summary = run_workload(
            suite or SUITE_DIR,
            category=category,
            slice_cases=slice_cases,
            cloud="off" if cloud == "off" else "standin",
            local_model=local,
            progress=progress,
        )
    if as_json:
        print_json(summary)
    else:
        _print_summary(summary)
