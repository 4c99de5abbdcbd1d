"""First-start chores shared by the CLI and the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def ensure_sample_documents(services: Any) -> None:
    """Index ``data/samples`` into the default collection so a new user has something to ask.

    Re-running is cheap: unchanged files are recognised by their content hash.
    """
    from ui.samples import samples_folder, samples_wanted

    settings = services.settings
    samples = samples_folder(settings)
    # Once a user removed the samples, no start brings them back.
    if services.docs is None or not samples_wanted(settings):
        return
    marker = Path(settings.data_dir) / ".samples-ingested"
    if marker.exists():
        return
    services.docs.ingest_path(samples, collection=settings.rag.default_collection)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("data/samples ingested on first start; delete this file to re-ingest\n")
