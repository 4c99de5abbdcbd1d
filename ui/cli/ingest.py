"""``switchyard ingest``: progress bar and a per-file report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.progress import Progress
from rich.table import Table

from core.errors import ConfigError
from ui.cli.common import console, print_json


def run_ingest(services: Any, path: Path, collection: str, *, as_json: bool) -> None:
    """Ingest a path and print what happened to every file."""
    if services.docs is None:
        raise ConfigError("documents are switched off in this configuration")
    if not path.exists():
        raise ConfigError(f"{path} does not exist: pass a file or a folder")
    with Progress(console=console, transient=True, disable=as_json) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_progress(done: int, total: int, name: str = "") -> None:
            progress.update(task, completed=done, total=total, description=f"ingesting {name}")

        report = services.docs.ingest_path(path, collection=collection, progress=on_progress)
    files = [
        f.model_dump(mode="json") if hasattr(f, "model_dump") else dict(vars(f))
        for f in report.files
    ]
    if as_json:
        print_json({"collection": collection, "files": files})
        return
    table = Table(title=f"ingest into {collection!r}")
    for col in ("file", "status", "chunks", "reason"):
        table.add_column(col, overflow="fold")
    for f in files:
        table.add_row(
            str(f.get("path") or f.get("source")),
            f["status"],
            str(f.get("chunks", "")),
            f.get("reason") or "",
        )
    console.print(table)
