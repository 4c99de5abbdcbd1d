"""The words' gate at fit time: how near each replay row comes to each file's training prompts.

The runtime (``core.difficulty``) counts the hashed words only on a prompt whose
nearest training prompt (``core.difficulty_nearness``) is at least ``tau`` near.
The fit scores every setting exactly so, but with some files held out: a row's
nearness is then its largest over the files still fitted on. So nearness is kept
per (row, file) and the maximum is taken over the files a fit saw. A training
row is at nearness 1 to its own file (its own signature is there), so the fits
themselves are the same with or without the gate; tau only moves rows of a
source a fit never saw (and MMLU's rows outside the training union).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np

from bench.logistic import Design, FloatArray
from bench.router_fit_parts import PartWeights
from core.difficulty_nearness import build_index, signature

# Estimated Jaccard to the nearest training prompt from which the words count.
TAUS = (0.33, 0.43, 0.67, 0.98)


class NearnessTable:
    """Per text, its nearness to the training prompts of each file."""

    def __init__(self, texts: Sequence[str], training: dict[str, Sequence[int]]) -> None:
        """Args:
        texts: Every text to measure (replay rows, then any others).
        training: Per file, the indices into ``texts`` of its training prompts.
        """
        self.signatures = [signature(t) for t in texts]
        self.files = sorted(training)
        self.near = np.zeros((len(texts), len(self.files)))
        for j, name in enumerate(self.files):
            index = build_index(
                [s for s in (self.signatures[i] for i in training[name]) if s is not None]
            )
            self.near[:, j] = [0.0 if s is None else index.nearness_of(s) for s in self.signatures]

    def nearness(self, idx: Sequence[int] | np.ndarray, held: Collection[str]) -> FloatArray:
        """The nearness of texts ``idx`` to the training prompts of the files not in ``held``."""
        cols = [j for j, name in enumerate(self.files) if name not in held]
        if not cols:
            return np.zeros(len(idx))
        return np.asarray(self.near[np.asarray(idx)][:, cols].max(axis=1), dtype=float)


def gated_logits(
    parts: PartWeights,
    x: Design,
    prior: FloatArray,
    signals: float,
    words: float,
    near: FloatArray | None,
    tau: float,
) -> FloatArray:
    """The anchored logit with the words only where ``near >= tau`` (everywhere if None)."""
    with_words = parts.logits(x, prior, signals, words)
    if near is None or words == 0.0:
        return with_words
    return np.asarray(np.where(near >= tau, with_words, parts.logits(x, prior, signals, 0.0)))
