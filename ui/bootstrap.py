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
    settings = services.settings
    if services.docs is None or _marker(settings).exists():
        return
    _share_samples(services.docs, settings)


def ensure_samples_before_code_answers(settings: Any) -> bool:
    """The same first-start indexing for a turn plain code answers, without the graph.

    A code-answered ``ask`` builds no document store, so on a fresh data dir the
    samples would wait for the first question that reaches the graph; this indexes
    them on the first ``ask`` whichever track answers it. Decided from files alone,
    so every later start pays nothing for it (no RAG import, no store opened).

    Args:
        settings: Validated settings.

    Returns:
        Whether a document store was opened to index them now.
    """
    from ui.samples import samples_wanted

    if _marker(settings).exists() or not samples_wanted(settings):
        return False
    # The store the graph's services open, built the same way (graphs.services).
    from graphs.services import open_documents

    docs = open_documents(settings)
    if docs is None:
        return False
    _share_samples(docs, settings)
    return True


def _marker(settings: Any) -> Path:
    return Path(settings.data_dir) / SHARED_MARKER


def _share_samples(docs: Any, settings: Any) -> None:
    from ui.samples import ensure_samples, migrate_workspace, sample_sources, samples_removed

    migrate_workspace(docs, settings.rag.default_collection, settings)
    # Once a user removed the samples, no start brings them back (ensure_samples checks).
    ensure_samples(docs, settings)
    if sample_sources(docs) or samples_removed(settings):
        marker = _marker(settings)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("samples moved to the shared 'samples' collection\n")
