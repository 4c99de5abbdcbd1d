"""BM25 (bm25s) over pre-tokenized chunks, persisted per collection.

Tokens come from :mod:`tools.rag.textutil` (Kiwi morphemes for Korean, the
normalizing tokenizer for English), so bm25s only scores; it never tokenizes.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

# bm25s sets its own logger to DEBUG at import; keep index-building chatter off terminals.
logging.getLogger("bm25s").setLevel(logging.WARNING)

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
_META = "switchyard_meta.json"
_LOAD_ERRORS = (OSError, ValueError, KeyError, json.JSONDecodeError)


class LexicalIndex:
    """A BM25 index over one collection's chunks at one revision."""

    def __init__(self, chunk_ids: list[str], model: bm25s.BM25 | None, revision: int) -> None:
        self.chunk_ids = chunk_ids
        self.revision = revision
        self._model = model
        self._df: dict[str, int] = {}
        if model is not None:
            indptr = np.asarray(model.scores["indptr"])
            # Document frequency per token falls out of the CSC matrix layout;
            # the extractive answer uses it to weight query terms.
            for tok, tid in model.vocab_dict.items():
                if tid + 1 < len(indptr):
                    self._df[tok] = int(indptr[tid + 1] - indptr[tid])

    @classmethod
    def build(
        cls, chunk_ids: list[str], tokens: Sequence[list[str]], revision: int
    ) -> LexicalIndex:
        """Index token lists (one per chunk)."""
        if not chunk_ids:
            return cls([], None, revision)
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index([list(t) or [""] for t in tokens], show_progress=False)
        return cls(chunk_ids, model, revision)

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def document_frequency(self, token: str) -> int:
        """How many chunks contain ``token`` (0: the collection never mentions it)."""
        return self._df.get(token, 0)

    def contains(self, token: str, chunk_index: int) -> bool:
        """True when the chunk at ``chunk_index`` holds ``token``."""
        if self._model is None or token not in self._model.vocab_dict:
            return False
        tid = self._model.vocab_dict[token]
        indptr = self._model.scores["indptr"]
        docs = self._model.scores["indices"][indptr[tid] : indptr[tid + 1]]
        return bool(np.any(docs == chunk_index))

    def idf(self, token: str) -> float:
        """BM25-style inverse document frequency (unknown tokens get the maximum)."""
        n = max(1, len(self.chunk_ids))
        df = self._df.get(token, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def scores(self, query_tokens: Sequence[str]) -> FloatArray:
        """BM25 score of every chunk for the query tokens."""
        if self._model is None:
            return np.zeros(0, dtype=np.float32)
        known = [t for t in query_tokens if t in self._model.vocab_dict and t]
        if not known:
            return np.zeros(len(self.chunk_ids), dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def save(self, directory: Path) -> None:
        """Persist the index with its revision, replacing any older copy."""
        tmp = directory.with_name(directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._model is not None:
            self._model.save(str(tmp))
        (tmp / _META).write_text(
            json.dumps({"revision": self.revision, "chunk_ids": self.chunk_ids}), "utf-8"
        )
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)

    @classmethod
    def load(cls, directory: Path, revision: int) -> LexicalIndex | None:
        """Load a saved index if it exists and matches ``revision``; else None."""
        meta_path = directory / _META
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            if int(meta["revision"]) != revision:
                return None
            chunk_ids = [str(c) for c in meta["chunk_ids"]]
            model = bm25s.BM25.load(str(directory)) if chunk_ids else None
        except _LOAD_ERRORS as exc:
            logger.info("rebuilding BM25 index at %s: %s", directory, exc)
            return None
        return cls(chunk_ids, model, revision)
