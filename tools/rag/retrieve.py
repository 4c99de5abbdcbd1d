"""Agent-facing retrieval tool: a plain typed function bound to one store."""

from __future__ import annotations

from collections.abc import Callable

from tools.rag.models import RetrievedDocuments
from tools.rag.store import DocumentStore


def retrieve_documents(
    query: str, collection: str = "default", k: int = 5, *, store: DocumentStore
) -> RetrievedDocuments:
    """Search the user's documents and return passages numbered as citations.

    Args:
        query: What to look for (a question or keywords).
        collection: The workspace's collection; others are never searched.
        k: How many passages to return.
        store: The document store built once from settings.

    Returns:
        Passages with citation ids ``[1]..[k]``.
    """
    return store.retrieve_documents(query, collection, k)


def make_retrieve_documents(store: DocumentStore) -> Callable[[str, str, int], RetrievedDocuments]:
    """Bind :func:`retrieve_documents` to a store, for the tool registry."""

    def retrieve_documents(
        query: str, collection: str = "default", k: int = 5
    ) -> RetrievedDocuments:
        """Search the user's documents and return passages with citation ids."""
        return store.retrieve_documents(query, collection, k)

    return retrieve_documents
