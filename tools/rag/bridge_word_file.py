"""The dense bridge's collection words and their vectors, kept on disk between processes.

Why this exists: the bridge (:mod:`tools.rag.dense_bridge`) compares a candidate
translation with every word of the collection, and embedding those ~200-550 words one
model pass each cost 3-7 s of CPU on the first document question of every process
(batching did not help), plus about 0.6 s of Kiwi over every chunk to find the words.
Both depend only on the collection's chunks and the model, so they are written next to
the BM25 files, one file per collection and model:

* ``version`` is the bridge's digest of the collection's embedded chunk ids (an id is
  derived from the chunk's collection, document, position and text), so the word lists
  of one version are never read for another;
* the vectors are keyed by word alone under the file's model (a word's query vector
  depends on nothing else), so after an ingest the words still held are reused and only
  the new ones are embedded; when the file is rewritten it keeps the current words only.

A missing, unreadable or other-model file is simply no cache: the bridge recomputes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from tools.rag.dense import FloatArray

_FOLDER = "bridge_words"
_SCRIPTS = ("ko", "en")


@dataclass
class BridgeWords:
    """What the file holds: one version's words by script, and known word vectors.

    Attributes:
        version: The collection version the word lists belong to.
        words: The collection's words by script (``"ko"``, ``"en"``) at ``version``.
        vectors: Query vectors by word under the file's model (any version's words).
    """

    version: str
    words: dict[str, frozenset[str]]
    vectors: dict[str, FloatArray] = field(default_factory=dict)


def bridge_words_path(root: Path, collection: str, model_id: str) -> Path:
    """The file of one collection under one model, inside the store's ``root``."""
    digest = hashlib.sha256(f"{collection}\x00{model_id}".encode()).hexdigest()[:24]
    return root / _FOLDER / f"{digest}.npz"


def load_bridge_words(path: Path, model_id: str) -> BridgeWords | None:
    """The stored words and vectors, or None when absent, unreadable or of another model."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model_id:
                return None
            words = {s: frozenset(str(w) for w in data[f"words_{s}"]) for s in _SCRIPTS}
            known = [str(w) for w in data["vector_words"]]
            matrix = np.asarray(data["vectors"], dtype=np.float32)
            version = str(data["version"])
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None
    if matrix.shape[0] != len(known):
        return None
    return BridgeWords(version, words, dict(zip(known, matrix, strict=True)))


def save_bridge_words(path: Path, model_id: str, stored: BridgeWords, *, width: int) -> bool:
    """Replace the file atomically (a reader in another process sees old or new, whole).

    Only vectors of the version's own words are written, so the file never outgrows
    the collection's vocabulary.

    Args:
        path: The file (see :func:`bridge_words_path`).
        model_id: The model the vectors are of.
        stored: The version's words and the vectors known so far.
        width: The model's vector width, the shape of an empty matrix of vectors.

    Returns:
        False when the folder cannot be written (a read-only data folder): the cache is
        an optimisation, so the question is still answered and the next process embeds.
    """
    current = set().union(*stored.words.values())
    kept = sorted(w for w in stored.vectors if w in current)
    matrix = (
        np.vstack([stored.vectors[w] for w in kept])
        if kept
        else np.zeros((0, width), dtype=np.float32)
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                model=np.str_(model_id),
                version=np.str_(stored.version),
                vector_words=np.array(kept, dtype=np.str_),
                vectors=matrix.astype(np.float32),
                words_ko=np.array(sorted(stored.words["ko"]), dtype=np.str_),
                words_en=np.array(sorted(stored.words["en"]), dtype=np.str_),
            )
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
