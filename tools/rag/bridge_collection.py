"""The words of a collection the dense bridge links to, read once per version of it.

:mod:`tools.rag.dense_bridge` compares a question's unknown word with every word of
the collection written in the other script. Those words, each document's index
tokens and the words' query vectors are computed once per version of the
collection's embedded chunks, kept in memory, and written to the collection's
bridge-word file so the next process reads them instead of embedding them again.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tools.rag.bridge_word_file import (
    BridgeWords,
    bridge_words_path,
    load_bridge_words,
    save_bridge_words,
)
from tools.rag.clipped_words import dense_version_of
from tools.rag.crosslingual_matches import DenseView
from tools.rag.dense import FloatArray
from tools.rag.sentence_match import VectorCache
from tools.rag.textutil import english_tokens, kiwi_tokenize

__all__ = [
    "ENGLISH_WORD",
    "WORD_VECTORS",
    "CollectionIndex",
    "collection_index",
    "rival_words",
    "vocabulary_of",
    "word_vectors",
]

ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")
_NOUN_TAGS = ("NNG", "NNP")
_CACHE_SIZE = 8192

# Single words, embedded as queries: the calibration compared query vectors.
WORD_VECTORS = VectorCache(_CACHE_SIZE, as_queries=True)


def vocabulary_of(texts: Iterable[str], script: str) -> dict[str, frozenset[str]]:
    """Words of ``texts`` written in ``script``, each with its index tokens."""
    words: dict[str, frozenset[str]] = {}
    for text in texts:
        if script == "en":
            for word in ENGLISH_WORD.findall(text):
                tokens = frozenset(english_tokens(word))
                if tokens:
                    words.setdefault(word.lower(), tokens)
        else:
            for tok in kiwi_tokenize(text):
                form = str(tok.form).strip()
                if str(tok.tag).startswith(_NOUN_TAGS) and len(form) > 1:
                    words.setdefault(form, frozenset({form}))
    return words


@dataclass(frozen=True)
class CollectionIndex:
    """What the bridge reads of a collection: its words by script and each document's tokens."""

    words: dict[str, frozenset[str]]
    document_tokens: dict[str, frozenset[str]]
    # Each script's words (sorted) and their query vectors, embedded on first use.
    rivals: dict[str, tuple[list[str], FloatArray]] = field(default_factory=dict)
    # The collection version (see ``_COLLECTIONS``) and the file keeping its words and
    # their vectors for the next process (None: the store has no data folder).
    version: str = ""
    word_file: Path | None = None
    # Word vectors read from that file or embedded here, reused before embedding.
    known_vectors: dict[str, FloatArray] = field(default_factory=dict)


# Keyed by a digest of the collection's chunk ids: an id is derived from the chunk's
# collection, document, position and text, so the same ids mean the same words (in any
# store), and an ingest, a deletion or a newly embedded chunk gives another key.
_COLLECTIONS: OrderedDict[str, CollectionIndex] = OrderedDict()
# The same indexes by the store's dense version, which is read without loading vectors.
# Both are needed: the version names one store instance's state (tools.rag.store puts its
# instance in it) and is None for a store naming none, so only the digest finds the same
# words through another store or a restarted one, and it is the version the word file is
# saved under; while the digest alone would load every chunk id on every question.
_BY_VERSION: OrderedDict[str, CollectionIndex] = OrderedDict()
_COLLECTIONS_KEPT = 16
_COLLECTIONS_LOCK = threading.Lock()
# One thread embeds and writes a version's missing words; the others wait for them.
_WORDS_LOCK = threading.RLock()


def _collection_key(ids: list[str]) -> str:
    return hashlib.sha256("\x00".join(ids).encode()).hexdigest()


def _word_file(store: DenseView, collection: str) -> Path | None:
    """The collection's bridge-word file under the store's data folder, if it has one."""
    root = getattr(store, "root", None)
    if not isinstance(root, Path):
        return None
    return bridge_words_path(root, collection, store.embedder.model_id)


def collection_index(store: DenseView, collection: str) -> CollectionIndex:
    """Every word of the collection by script, and each document's index tokens.

    Computed once per version of the collection's embedded chunks (see ``_COLLECTIONS``);
    the words of a version are read from its file when another process found them.
    """
    version = dense_version_of(store, collection)
    with _COLLECTIONS_LOCK:
        indexed = _BY_VERSION.get(version) if version is not None else None
    if indexed is not None:
        return indexed
    ids, _ = store.dense_vectors(collection)
    key = _collection_key(ids)
    with _COLLECTIONS_LOCK:
        cached = _COLLECTIONS.get(key)
        if cached is not None:
            _keep(key, version, cached)
            return cached
    rows = list(store.chunks(ids).values())
    word_file = _word_file(store, collection)
    model_id = store.embedder.model_id
    stored = load_bridge_words(word_file, model_id) if word_file is not None else None
    known = stored.vectors if stored is not None else {}
    if stored is not None and stored.version == key:
        words = stored.words
    else:
        texts = [row.text for row in rows]
        words = {script: frozenset(vocabulary_of(texts, script)) for script in ("ko", "en")}
        if word_file is not None:
            stored = BridgeWords(key, words, known)
            save_bridge_words(word_file, model_id, stored, width=store.embedder.dimension)
    tokens: dict[str, set[str]] = {}
    for row in rows:
        tokens.setdefault(row.source, set()).update(t for _, _, toks in row.sentences for t in toks)
    built = CollectionIndex(
        words,
        {source: frozenset(held) for source, held in tokens.items()},
        version=key,
        word_file=word_file,
        known_vectors=dict(known),
    )
    with _COLLECTIONS_LOCK:
        built = _COLLECTIONS.get(key, built)
        _keep(key, version, built)
    return built


def _keep(key: str, version: str | None, index: CollectionIndex) -> None:  # lock held
    for cache, name in ((_COLLECTIONS, key), (_BY_VERSION, version)):
        if name is not None:
            cache[name] = index
            cache.move_to_end(name)
            while len(cache) > _COLLECTIONS_KEPT:
                cache.popitem(last=False)


def word_vectors(store: DenseView, index: CollectionIndex, words: list[str]) -> FloatArray:
    """Query vectors of collection words, embedding only those no process embedded yet.

    Newly embedded words are written to the collection's file for the next process.
    """
    with _WORDS_LOCK:
        missing = [w for w in dict.fromkeys(words) if w not in index.known_vectors]
        if missing:
            fresh = WORD_VECTORS.vectors(store.embedder, missing)
            index.known_vectors.update(zip(missing, fresh, strict=True))
            if index.word_file is not None:
                stored = BridgeWords(index.version, index.words, index.known_vectors)
                embedder = store.embedder
                save_bridge_words(
                    index.word_file, embedder.model_id, stored, width=embedder.dimension
                )
        if not words:
            return np.zeros((0, store.embedder.dimension), dtype=np.float32)
        return np.vstack([index.known_vectors[w] for w in words])


def rival_words(
    store: DenseView, index: CollectionIndex, script: str
) -> tuple[list[str], FloatArray]:
    """The collection's words in ``script`` and their vectors, embedded once per version."""
    with _WORDS_LOCK:
        cached = index.rivals.get(script)
        if cached is None:
            words = sorted(index.words[script])
            cached = (words, word_vectors(store, index, words))
            index.rivals[script] = cached
        return cached
