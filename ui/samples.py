"""The sample documents: one shared ``samples`` collection every workspace searches.

The samples are the files under ``samples_dir``, indexed once into the ``samples``
collection (see :mod:`tools.rag.shared_collection`), never into a workspace. Removing
them empties that collection and leaves a marker in the data dir, after which no
start ingests them again until someone restores them. Data dirs from before held a
copy in each workspace; :func:`migrate_workspace` drops those copies (only files
under ``samples_dir``; uploads are never touched).

Whether the samples are wanted is read from files alone: the code-answered ``ask``
asks it on every start, and the RAG stack (``tools.rag``) loads only to index them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REMOVED_MARKER = "samples-removed"


def _samples_collection() -> str:
    # Imported on use: anything in tools.rag loads the whole RAG stack.
    from tools.rag.shared_collection import SAMPLES_COLLECTION

    return SAMPLES_COLLECTION


def samples_folder(settings: Any) -> Path:
    """Where the sample documents live (``samples_dir``), resolved."""
    return Path(settings.samples_dir).expanduser().resolve()


def samples_removed(settings: Any) -> bool:
    """Whether someone removed the samples, so no start may ingest them again."""
    return (Path(settings.data_dir) / REMOVED_MARKER).exists()


def samples_wanted(settings: Any) -> bool:
    """Whether the samples collection should hold the samples now."""
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


def sample_sources(docs: Any) -> list[str]:
    """The sources of the documents in the shared samples collection."""
    if docs is None:
        return []
    return [d.source for d in docs.list_documents(_samples_collection())]


def ensure_samples(docs: Any, settings: Any) -> bool:
    """Index the samples into their collection unless it holds them or they were removed.

    Returns:
        Whether it ingested them now.
    """
    if docs is None or not samples_wanted(settings) or sample_sources(docs):
        return False
    docs.ingest_path(samples_folder(settings), collection=_samples_collection())
    return True


def migrate_workspace(docs: Any, collection: str, settings: Any) -> int:
    """Drop the per-workspace copies of the samples older data dirs hold; returns how many.

    Only documents whose source lies under ``samples_dir`` go: the shared collection
    serves them now (or they were removed), and nothing a user uploaded lives there.
    """
    if docs is None or collection == _samples_collection():
        return 0
    copies = [d.source for d in docs.list_documents(collection) if is_sample(d.source, settings)]
    return sum(bool(docs.delete_document(source, collection)) for source in copies)


def remove_samples(docs: Any, settings: Any) -> int:
    """Empty the samples collection and keep it empty across restarts; returns how many went."""
    removed = sum(
        bool(docs.delete_document(source, _samples_collection())) for source in sample_sources(docs)
    )
    marker = Path(settings.data_dir) / REMOVED_MARKER
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("the sample documents were removed; restore them from the documents page\n")
    return removed


def restore_samples(docs: Any, settings: Any) -> int:
    """Bring removed samples back (the marker goes, the files are indexed); returns how many."""
    (Path(settings.data_dir) / REMOVED_MARKER).unlink(missing_ok=True)
    ensure_samples(docs, settings)
    return len(sample_sources(docs))
