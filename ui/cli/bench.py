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
        list[Path], typer.Option("--replay", help="JSONL rows {prompt, weak, strong}; repeatable.")
    ],
    extra: Annotated[
        list[Path] | None, typer.Argument(help="More replay files (shell glob after --replay).")
    ] = None,
    target: Annotated[
        float, typer.Option("--target", help="Quality share for threshold_at_target.")
    ] = 0.95,
    as_json: JsonFlag = True,
) -> None:
    """Router difficulty score against length, random and oracle routing on replay files."""
    from bench.router import main

    files = [str(p) for p in [*replay, *(extra or [])]]
    raise typer.Exit(main(["--replay", *files, "--target", str(target), "--json"]))


@bench_app.command("retrieval")
def bench_retrieval(
    squad: Annotated[Path, typer.Option("--squad", help="SQuAD v1.1 JSON file.")],
    no_dense: Annotated[bool, typer.Option("--no-dense", help="Lexical only.")] = False,
    as_json: JsonFlag = True,
) -> None:
    """Hybrid retrieval against a whitespace-BM25 baseline on a SQuAD file."""
    from bench.retrieval import main

    raise typer.Exit(main(["--squad", str(squad), "--json", *(["--no-dense"] if no_dense else [])]))


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
