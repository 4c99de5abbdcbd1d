"""Document stores the tests write themselves: lexical only, in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import pytest

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
