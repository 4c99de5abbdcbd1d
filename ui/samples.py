"""The sample documents: seeded into new workspaces until someone removes them.

The samples are the files under ``samples_dir``. A workspace holds them as documents
whose source lies in that folder, so they can be told apart from uploads and removed
in one click. Removing them leaves a marker in the data dir, after which no new
workspace (and no CLI start) gets them again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REMOVED_MARKER = "samples-removed"


def samples_folder(settings: Any) -> Path:
    """Where the sample documents live (``samples_dir``), resolved."""
    return Path(settings.samples_dir).expanduser().resolve()


def samples_removed(settings: Any) -> bool:
    """Whether someone removed the samples, so new workspaces must not get them."""
    return (Path(settings.data_dir) / REMOVED_MARKER).exists()


def samples_wanted(settings: Any) -> bool:
    """Whether new workspaces should get the samples now."""
    return (
        settings.rag.ingest_samples_on_start
        and samples_folder(settings).is_dir()
        and not samples_removed(settings)
    )


def is_sample(source: str, settings: Any) -> bool:
    """Whether a document's source path is one of the sample files."""
    try:
        return Path(source).resolve().is_relative_to(samples_folder(settings))
    except (OSError, ValueError):
        return False


def sample_sources(docs: Any, collection: str, settings: Any) -> list[str]:
    """The sources of the sample documents in ``collection``."""
    return [d.source for d in docs.list_documents(collection) if is_sample(d.source, settings)]


def seed_workspace(docs: Any, collection: str, settings: Any) -> bool:
    """Give an empty workspace the samples; returns whether it did.

    Args:
        docs: the document store.
        collection: the workspace's collection.
        settings: validated settings (``samples_dir``, ``data_dir``, ``rag``).
    """
    if docs is None or not samples_wanted(settings) or docs.list_documents(collection):
        return False
    docs.ingest_path(samples_folder(settings), collection=collection)
    return True


def remove_samples(docs: Any, collections: list[str], settings: Any) -> int:
    """Delete the samples from ``collections`` and stop seeding them; returns how many went."""
    removed = 0
    for collection in collections:
        for source in sample_sources(docs, collection, settings):
            removed += bool(docs.delete_document(source, collection))
    marker = Path(settings.data_dir) / REMOVED_MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("the sample documents were removed; delete this file to seed them again\n")
    return removed
