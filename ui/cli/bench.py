"""``switchyard bench ...``: each benchmark prints JSON and compares against a same-run baseline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

bench_app = typer.Typer(help="Benchmarks (JSON output).", no_args_is_help=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (the only output format).")]


@bench_app.command("router")
def bench_router(
    replay: Annotated[
        list[Path] | None,
        typer.Option("--replay", help="JSONL rows {prompt, weak, strong}; repeatable."),
    ] = None,
    extra: Annotated[
        list[Path] | None, typer.Argument(help="More replay files (shell glob after --replay).")
    ] = None,
    target: Annotated[
        float, typer.Option("--target", help="Quality share for threshold_at_target.")
    ] = 0.95,
    from_traces: Annotated[
        bool,
        typer.Option(
            "--from-traces",
            help="Shipped vs adapted score on the newest quarter of your rated traces.",
        ),
    ] = False,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's runs.")] = None,
    embed_latency: Annotated[
        int,
        typer.Option(
            "--embed-latency", help="Also time N decisions that compute the e5 embedding."
        ),
    ] = 0,
    as_json: JsonFlag = True,
) -> None:
    """Router difficulty score against length, random and oracle routing on replay files."""
    if from_traces:
        _bench_router_on_traces(user)
        return
    if not replay:
        raise typer.BadParameter("give --replay FILE... (or --from-traces)")
    from bench.router import main

    files = [str(p) for p in [*replay, *(extra or [])]]
    latency = ["--embed-latency", str(embed_latency)] if embed_latency else []
    raise typer.Exit(main(["--replay", *files, "--target", str(target), *latency, "--json"]))


def _bench_router_on_traces(user: str | None) -> None:
    """What `router fit --from-traces` would change, measured on ratings it did not fit."""
    from bench.router_traces import MIN_EXAMPLES, heldout_report, rated_steps
    from core.difficulty import default_model
    from ui.cli.common import print_json
    from ui.cli.router import open_traces

    _, traces = open_traces()
    steps = rated_steps(traces.rated_runs(user_id=user))
    if len(steps) < MIN_EXAMPLES or len({s.fell_short for s in steps}) < 2:
        raise typer.BadParameter(
            f"{len(steps)} rated local steps: at least {MIN_EXAMPLES}, good and bad among "
            "them, are needed (`switchyard trace rate RUN good|bad`)"
        )
    print_json({"from_traces": heldout_report(default_model(), steps)})


@bench_app.command("retrieval")
def bench_retrieval(
    squad: Annotated[Path, typer.Option("--squad", help="SQuAD v1.1 JSON file.")],
    no_dense: Annotated[bool, typer.Option("--no-dense", help="Lexical only.")] = False,
    storage_url: Annotated[
        str | None, typer.Option("--storage-url", help="Index in PostgreSQL (a temp schema).")
    ] = None,
    as_json: JsonFlag = True,
) -> None:
    """Hybrid retrieval against a whitespace-BM25 baseline on a SQuAD file."""
    from bench.retrieval import main

    args = ["--squad", str(squad), "--json", *(["--no-dense"] if no_dense else [])]
    raise typer.Exit(main(args + (["--storage-url", storage_url] if storage_url else [])))


@bench_app.command("mcp")
def bench_mcp(
    config: Annotated[
        Path | None, typer.Option("--config", help="mcp_servers.json to time start-up.")
    ] = None,
    as_json: JsonFlag = True,
) -> None:
    """One trivial tool over each MCP path, against a plain function call."""
    from bench.mcp import main

    raise typer.Exit(main(["--json", *(["--config", str(config)] if config else [])]))


@bench_app.command("cli")
def bench_cli(
    runs: Annotated[int, typer.Option(help="Timed rounds of every command.")] = 3,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="Time only these commands.")
    ] = None,
    as_json: JsonFlag = True,
) -> None:
    """CLI start-up (`ask "3+4"`, `doctor`, `trace list`, `--help`) against `python -c pass`."""
    from bench.cli import main

    raise typer.Exit(main(["--runs", str(runs), *(["--only", *only] if only else [])]))


@bench_app.command("graph")
def bench_graph(
    runs: Annotated[int, typer.Option(help="Questions per variant.")] = 30,
    as_json: JsonFlag = True,
) -> None:
    """Per-step overhead of the assistant graph against a bare graph of the same shape."""
    from bench.graph_overhead import main

    raise typer.Exit(main(["--runs", str(runs)]))


@bench_app.command("privacy")
def bench_privacy(
    n: Annotated[int, typer.Option(help="Generated strings.")] = 2000,
    as_json: JsonFlag = True,
) -> None:
    """Detector recall per type and decoy false-positive rate on a generated corpus."""
    from bench.privacy import main

    raise typer.Exit(main(["--n", str(n)]))


@bench_app.command("embedded")
def bench_embedded(as_json: JsonFlag = True) -> None:
    """Embedded model load time and tokens/s, in process and over its HTTP server."""
    from bench.embedded_model import main

    raise typer.Exit(main([]))


@bench_app.command("load")
def bench_load(
    sessions: Annotated[int, typer.Option(help="Concurrent conversations.")] = 100,
    turns: Annotated[int, typer.Option(min=1, max=5, help="Turns per conversation.")] = 5,
    storage_url: Annotated[
        str | None,
        typer.Option("--storage-url", help="Also measure this backend (postgresql://...)."),
    ] = None,
    model_every: Annotated[
        int, typer.Option(help="Every n-th conversation opens with a local-model turn (0: none).")
    ] = 5,
    time_limit_s: Annotated[
        float, typer.Option(help="Turns not started by then are skipped.")
    ] = 1800.0,
    as_json: JsonFlag = True,
) -> None:
    """Concurrent conversations through the assistant: throughput, p50/p95, errors, cross-talk."""
    from bench.load import main

    argv = ["--sessions", str(sessions), "--turns", str(turns), "--model-every", str(model_every)]
    argv += ["--time-limit-s", str(time_limit_s)]
    raise typer.Exit(main(argv + (["--storage-url", storage_url] if storage_url else [])))
