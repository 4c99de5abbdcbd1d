"""First-start chores shared by the CLI and the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Written once the samples live in their shared collection (or were removed) and the
# default collection's old copy is gone: later starts then touch no document store.
SHARED_MARKER = ".samples-shared"


def ensure_sample_documents(services: Any) -> None:
    """Index ``data/samples`` into the shared ``samples`` collection so a new user has
    something to ask, and drop the copy older data dirs kept in the default collection.
    """
    from ui.samples import ensure_samples, migrate_workspace, sample_sources, samples_removed

    docs, settings = services.docs, services.settings
    marker = Path(settings.data_dir) / SHARED_MARKER
    if docs is None or marker.exists():
        return
    migrate_workspace(docs, settings.rag.default_collection, settings)
    # Once a user removed the samples, no start brings them back (ensure_samples checks).
    ensure_samples(docs, settings)
    if sample_sources(docs) or samples_removed(settings):
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("samples moved to the shared 'samples' collection\n")
