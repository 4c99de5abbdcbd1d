"""Question-to-sentence similarity from the multilingual dense model.

Why this exists: lexical coverage only sees a question's words in a passage when
both use the same words (or a word list links them). multilingual-e5 places a
Korean question and the English sentence that answers it close together with no
list at all, so the candidate sentences of the top few passages are embedded
(cached by text) and compared with the question directly. Whole passages are a
poor signal on their own (the model ranks by language before topic on short
texts, see :mod:`tools.rag.crosslingual`); single sentences are not, because a
sentence that answers is about one thing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tools.rag.dense import Embedder, FloatArray, vector_key
from tools.rag.models import Passage

# Sentences embedded per process (each e5 vector is 384 floats, 1.5 KB).
_CACHE_SIZE = 4096
# Shorter spans are headings or list fragments, not statements.
_MIN_SENTENCE_CHARS = 12


@dataclass(frozen=True)
class SentenceMatch:
    """One candidate sentence and its cosine similarity to the question."""

    rank: int  # the passage's position in the retrieved list (0-based)
    start: int
    end: int
    text: str
    similarity: float


class VectorCache:
    """A bounded least-recently-used cache of text vectors, keyed by model and text.

    Args:
        size: Most vectors kept.
        as_queries: Embed with the model's query prefix (single words compared with
            one another) instead of its passage prefix (sentences).
    """

    def __init__(self, size: int, *, as_queries: bool = False) -> None:
        self._size = size
        self._as_queries = as_queries
        self._rows: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()

    def _embed(self, embedder: Embedder, texts: list[str]) -> FloatArray:
        if self._as_queries:
            # One engine call for the lot when the model offers it (see E5Embedder).
            batched = getattr(embedder, "embed_queries", None)
            if callable(batched):
                return np.asarray(batched(texts), dtype=np.float32)
            return np.vstack([embedder.embed_query(t) for t in texts])
        return embedder.embed_passages(texts)

    def vectors(self, embedder: Embedder, texts: Sequence[str]) -> FloatArray:
        """One row per text, embedding only the texts not cached yet."""
        keys = [vector_key(embedder.model_id, t) for t in texts]
        with self._lock:
            missing = [(k, t) for k, t in zip(keys, texts, strict=True) if k not in self._rows]
        if missing:
            fresh = self._embed(embedder, [t for _, t in dict(missing).items()])
            with self._lock:
                for (key, _), row in zip(dict(missing).items(), fresh, strict=True):
                    self._rows[key] = np.asarray(row, dtype=np.float32)
        with self._lock:
            out = []
            for key in keys:
                self._rows.move_to_end(key)
                out.append(self._rows[key])
            while len(self._rows) > self._size:
                self._rows.popitem(last=False)
        return np.vstack(out) if out else np.zeros((0, embedder.dimension), dtype=np.float32)


_CACHE = VectorCache(_CACHE_SIZE)


def _candidates(passages: Sequence[Passage]) -> list[tuple[int, int, int, str, str]]:
    """(rank, start, end, sentence, text to embed) for every statement of the passages."""
    out: list[tuple[int, int, int, str, str]] = []
    for rank, p in enumerate(passages):
        spans = [(s, e) for s, e, _ in p.sentences] or [(0, len(p.text))]
        for start, end in spans:
            sentence = " ".join(p.text[start:end].split())
            if len(sentence) < _MIN_SENTENCE_CHARS:
                continue
            # The heading says what a sentence is about ("Insurance" above "Bring the
            # statement of charges"), as a reader sees it.
            embedded = f"{p.heading}: {sentence}" if p.heading else sentence
            out.append((rank, start, end, sentence, embedded))
    return out


def match_sentences(
    question: str, passages: Sequence[Passage], embedder: Embedder
) -> list[SentenceMatch]:
    """Every sentence of the passages with its similarity to the question, best first.

    Args:
        question: The user's question, in any language the model knows.
        passages: Retrieved passages (their ``sentences`` spans are used).
        embedder: The collection's dense model.

    Returns:
        Matches sorted by similarity, highest first (empty for no sentences).
    """
    candidates = _candidates(passages)
    if not candidates:
        return []
    matrix = _CACHE.vectors(embedder, [c[4] for c in candidates])
    sims = matrix @ embedder.embed_query(question)
    matches = [
        SentenceMatch(rank, start, end, sentence, float(sim))
        for (rank, start, end, sentence, _), sim in zip(candidates, sims, strict=True)
    ]
    return sorted(matches, key=lambda m: (-m.similarity, m.rank, m.start))
