"""The dense model's offset between languages, taken out of a mixed collection's scores.

Why: multilingual-e5-small scores every chunk in the question's language above those in
another (measured on the samples: ``실손보험 청구에 필요한 서류는?`` scores the Korean
chunks 0.79-0.82, the English insurance FAQ 0.78), so in fusion an other-language passage
the lexical ranking puts second through its translated words ("which subway exit is
closest to the clinic": 지하철 ... 2번 출구) fell to dense rank 8 and out of the passages
read. Shifting each other language's scores so its mean meets the question language's
mean removes the offset and keeps every ranking within a language as it was; a
collection in one language is untouched. (:mod:`tools.rag.crosslingual_dense` centres
per language the same way to find a passage the word lists cannot reach.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from tools.rag.dense import FloatArray
from tools.rag.textutil import language_of

__all__ = ["ChunkLanguages", "without_language_offset"]

# A language needs this many chunks before its mean says anything.
_MIN_CHUNKS = 3
_CACHE_SIZE = 100_000


class ChunkLanguages:
    """Each chunk's language by id (a chunk's text never changes under its id)."""

    def __init__(self, texts: Callable[[Iterable[str]], dict[str, str]]) -> None:
        self._texts = texts
        self._known: dict[str, str] = {}

    def of(self, ids: Sequence[str]) -> list[str]:
        missing = [i for i in ids if i not in self._known]
        if missing:
            if len(self._known) + len(missing) > _CACHE_SIZE:
                self._known.clear()
            for cid, text in self._texts(missing).items():
                self._known[cid] = language_of(text)
        return [self._known.get(i, "") for i in ids]


def without_language_offset(
    sims: FloatArray, languages: Sequence[str], asked_in: str
) -> FloatArray:
    """``sims`` with each other language's mean moved onto the question language's mean."""
    langs = np.array(languages)
    own = langs == asked_in
    if int(own.sum()) < _MIN_CHUNKS:
        return sims
    target = float(sims[own].mean())
    out = sims.copy()
    for lang in set(languages) - {asked_in, ""}:
        group = langs == lang
        if int(group.sum()) >= _MIN_CHUNKS:
            out[group] = sims[group] - float(sims[group].mean()) + target
    return out
