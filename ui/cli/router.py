"""``switchyard router fit --from-traces`` and ``switchyard trace rate RUN good|bad``.

Rating a run stores the user's verdict next to its trace; fitting adapts the
difficulty model to the verdicts on steps the local tier answered and writes the
adapted model into the data dir, where the router picks it up on its next start.
Both open only the trace store: no model is loaded.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer

from core.errors import ConfigError
from ui.cli.common import console, handle_errors, print_json
from ui.cli.trace import trace_app

router_app = typer.Typer(help="The router's difficulty model.", no_args_is_help=True)


def open_traces() -> Any:
    """The settings and a trace store for reading and writing verdicts."""
    from core import trace_store
    from core.settings import ensure_data_dir, load_settings
    from core.storage import open_store

    settings = load_settings()
    ensure_data_dir(settings)
    db = open_store(settings, trace_store.SCHEMA, foreign_keys=True)
    # Only verdicts are written here, never free text, so nothing needs masking.
    return settings, trace_store.TraceStore(db, mask=lambda text: text)


@trace_app.command("rate")
@handle_errors
def rate_run(
    run_id: Annotated[str, typer.Argument(help="Run id (a unique prefix is enough).")],
    rating: Annotated[Literal["good", "bad"], typer.Argument(help="Your verdict on the answer.")],
) -> None:
    """Mark a run's answer good or bad (the labels of `switchyard router fit --from-traces`)."""
    _, traces = open_traces()
    try:
        full_id = traces.rate_run(run_id, rating)
    except KeyError:
        raise ConfigError(f"no run {run_id!r}: see `switchyard trace list` for ids") from None
    console.print(f"rated {full_id} {rating}")


@router_app.command("fit")
@handle_errors
def fit_router(
    from_traces: Annotated[
        bool, typer.Option("--from-traces", help="Adapt to your rated traces (required).")
    ] = False,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's runs.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Refit the difficulty score on your rated traces, keeping the shipped model as prior."""
    from bench.router_traces import fit_from_traces, rated_steps
    from core.difficulty import MODEL_PATH, default_model
    from core.difficulty_user import user_model_path

    if not from_traces:
        raise ConfigError("say where to fit from: `switchyard router fit --from-traces`")
    settings, traces = open_traces()
    steps = rated_steps(traces.rated_runs(user_id=user))
    out = user_model_path(settings.data_dir)
    try:
        report = fit_from_traces(MODEL_PATH, default_model(), steps, out)
    except ValueError as exc:
        raise ConfigError(f"cannot fit from traces: {exc}") from exc
    if as_json:
        print_json(report)
        return
    for key, value in report.items():
        console.print(f"{key:28s} {value}")
