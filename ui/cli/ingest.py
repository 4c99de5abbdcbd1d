"""``switchyard ingest``: progress bars and a per-file report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.progress import Progress
from rich.table import Table

from core.errors import ConfigError
from ui.cli.common import console, print_json


def open_store() -> Any:
    """The configured document store alone (no models, MCP servers or graph)."""
    from core.settings import load_settings
    from graphs.services import open_documents

    return open_documents(load_settings())


def run_ingest(docs: Any, path: Path, collection: str, *, as_json: bool) -> None:
    """Ingest a path, fill in dense vectors, and print what happened to every file.

    Every file gets a row (symlink loops and refused links included); rejected
    files do not make the command fail: the exit code is 0 when the batch ran.
    """
    if docs is None:
        raise ConfigError("documents are switched off in this configuration")
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"{path} does not exist: pass a file or a folder")
    with Progress(console=console, transient=True, disable=as_json) as progress:
        task = progress.add_task("reading files", total=None)

        def on_file(done: int, total: int, name: str = "") -> None:
            progress.update(task, completed=done, total=total, description=f"reading {name}")

        report = docs.ingest_path(path, collection=collection, progress=on_file)
        # Lexical search already works; dense vectors fill in now, with their own bar.
        embedded = 0
        if docs.pending_count():
            vectors = progress.add_task("embedding passages", total=docs.pending_count())

            def on_vector(done: int, total: int) -> None:
                progress.update(vectors, completed=done, total=total)

            embedded = docs.embed_pending(progress=on_vector)
    docs.close()  # stops the parser worker process
    files = [f.model_dump(mode="json") for f in report.files]
    if as_json:
        print_json({"collection": collection, "files": files, "embedded_passages": embedded})
        return
    table = Table(title=f"ingest into {collection!r}: {report.summary()}")
    for col in ("file", "status", "chunks", "reason"):
        table.add_column(col, overflow="fold")
    for f in files:
        table.add_row(f["source"], f["status"], str(f["chunks"]), f["reason"])
    console.print(table)
    console.print(f"embedded {embedded} passage(s)")
