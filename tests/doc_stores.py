"""Document stores the tests write themselves, in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import plan_document_step
from tools.rag.store import DocumentStore


@contextmanager
def written_store(
    tmp_path_factory: pytest.TempPathFactory, documents: Mapping[str, str], collection: str
) -> Iterator[DocumentStore]:
    """A lexical store holding ``documents`` (file name -> text) ingested as ``collection``.

    The files are written to a folder and ingested from it, as a user's upload is; the
    store is closed when the block ends.
    """
    folder = tmp_path_factory.mktemp("docs")
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    try:
        store.ingest_path(folder, collection)
        yield store
    finally:
        store.close()


def written_store_fixture(documents: Mapping[str, str], collection: str) -> object:
    """A module fixture named ``store``: :func:`written_store` of ``documents`` as
    ``collection``. Assign it to the fixture's name at module level
    (``store = written_store_fixture({"rink_en.md": _RINK_EN}, "notices")``)."""

    @pytest.fixture(scope="module")
    def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
        with written_store(tmp_path_factory, documents, collection) as written:
            yield written

    return store


def plain_chat(store: DocumentStore, text: str, collection: str = "notices") -> bool:
    """Whether ``text`` is planned as plain chat over ``collection``: left to the model with
    no note that the documents are silent (a question is the documents' to answer)."""
    plan = plan_document_step(store, text, collection=collection, pinned=False)
    return plan.kind == "generate" and GENERAL_KNOWLEDGE_REASON not in plan.reasons


@contextmanager
def dense_store(
    folder: Path, documents: Mapping[str, str] | None = None
) -> Iterator[DocumentStore]:
    """A store with dense retrieval in ``folder``, closed when the block ends.

    ``documents`` (name -> text), when given, are ingested into the ``default`` collection
    and embedded first.
    """
    store = DocumentStore(folder, dense=True)
    try:
        if documents:
            store.ingest_texts(list(documents.items()), collection="default")
            store.embed_pending()
        yield store
    finally:
        store.close()


def planned_over(store: DocumentStore, name: str, text: str, question: str) -> tuple[str, str]:
    """The kind and answer ("" for none) of a document step asking ``question``, after
    ``text`` is ingested as ``name`` into ``store``'s ``default`` collection and embedded."""
    store.ingest_texts([(name, text)], collection="default")
    store.embed_pending()
    plan = plan_document_step(store, question, collection="default", pinned=False)
    return plan.kind, plan.answer or ""
