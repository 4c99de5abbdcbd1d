"""The difficulty fit's inputs: featurising rows as the runtime does, the prior's column,
the setting that is chosen, and the sanity orderings every chosen setting must keep.

Split out of ``bench.fit_difficulty`` (which re-exports these names) to keep each
module small.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bench.logistic import Design, FloatArray, sparse_design
from bench.router_data import ReplayRow
from bench.router_fit_parts import PartWeights
from bench.router_word_gate import gated_logits
from core.difficulty import DENSE_NAMES, prior_logit, prior_outside_band, text_features
from core.difficulty_prior_scope import scoped_prior
from core.difficulty_signals import difficulty_signals, hashed_features

N_BUCKETS = 4096


@dataclass(frozen=True)
class Setting:
    """The prior's weight in the anchor, the strengths of the two corrections, and the
    nearness from which the words count (``bench.router_word_gate``; 0: everywhere)."""

    prior: float
    signals: float
    words: float
    tau: float = 0.0

    def label(self) -> str:
        """The key of this setting in the report."""
        label = f"prior={self.prior:g},signals={self.signals:g},words={self.words:g}"
        return f"{label},tau={self.tau:g}" if self.words and self.tau else label


def featurise(rows: Sequence[ReplayRow]) -> Design:
    """Featurise prompts exactly as ``core.difficulty`` does at decision time."""
    features = (text_features(r.prompt, difficulty_signals(r.prompt)) for r in rows)
    dense = np.array([[f[k] for k in DENSE_NAMES] for f in features], dtype=float)
    return sparse_design(dense, [hashed_features(r.prompt, N_BUCKETS) for r in rows], N_BUCKETS)


def raw_prior_column(rows: Sequence[ReplayRow]) -> FloatArray:
    """The hand-set prior's logit of every row, as the rules give it (for the band)."""
    return np.array([prior_logit(difficulty_signals(r.prompt)) for r in rows], dtype=float)


def scoped_prior_row(raw: float, band: tuple[float, float] | None, row: ReplayRow) -> float:
    """One row's prior as the runtime counts it: outside ``band``, where it is trusted."""
    multiple_choice = difficulty_signals(row.prompt)["multiple_choice"]
    return scoped_prior(prior_outside_band(raw, band), multiple_choice, row.prompt)


def prior_column(rows: Sequence[ReplayRow], band: tuple[float, float] | None = None) -> FloatArray:
    """The hand-set prior's logit of every row as it enters the score: outside ``band``
    (when one is given) and only where ``core.difficulty_prior_scope`` trusts it."""
    raw = raw_prior_column(rows)
    return np.array([scoped_prior_row(p, band, r) for p, r in zip(raw, rows, strict=True)])


# Orderings any difficulty score must keep (the core tests check them on the
# shipped model): (easier text, harder text, least probability gap,
# easier text's ceiling, harder text's floor).
SANITY_ORDERINGS: tuple[tuple[str, str, float, float, float], ...] = (
    (
        "Write one friendly sentence welcoming a new colleague.",
        "Prove that there are infinitely many primes and analyze the complexity of the "
        "sieve of Eratosthenes step by step",
        0.4,
        0.35,
        0.65,
    ),
    (
        "안녕! 오늘 점심 뭐 먹을까?",
        "한국 반도체 산업의 공급망 리스크를 분석하고, 미중 갈등이 향후 5년간 수출에 미칠 "
        "영향을 단계별로 추론해 주세요. 각 시나리오의 근거를 비교해서 설명해 주세요.",
        0.25,
        0.35,
        0.5,
    ),
    # The same request in English and in Korean: Korean is the harder for the local
    # model at equal content. (The check used to compare an English writing request
    # with a shorter Korean greeting, which asked the Korean bonus to outweigh a
    # threefold length gap rather than to hold at equal content.)
    (
        "Summarize this paragraph in two sentences.",
        "이 문단을 두 문장으로 요약해 주세요.",
        0.0,
        1.0,
        0.0,
    ),
    (
        "What is the capital of France?",
        "Explain why Paris became the capital of France, compare it with two other "
        "candidate cities and evaluate the economic consequences step by step.",
        0.2,
        1.0,
        0.0,
    ),
)


SANITY_TEXTS: tuple[str, ...] = tuple(t for pair in SANITY_ORDERINGS for t in pair[:2])


def sanity_orderings_hold(
    parts: PartWeights,
    setting: Setting,
    platt: tuple[float, float],
    band: tuple[float, float],
    near: FloatArray | None = None,
) -> bool:
    """Whether the calibrated score of ``parts`` at ``setting`` keeps ``SANITY_ORDERINGS``.

    Args:
        near: Each of ``SANITY_TEXTS``' nearness to the training prompts, for the
            words' gate (None: the words count on every text).
    """
    rows = [ReplayRow(t, 0.0, 1.0, file="", source="", domain="", lang="") for t in SANITY_TEXTS]
    z = gated_logits(
        parts,
        featurise(rows),
        prior_column(rows, band),
        setting.signals,
        setting.words,
        near,
        setting.tau,
    )
    p = 1.0 / (1.0 + np.exp(-np.clip(platt[0] * z + platt[1], -30.0, 30.0)))
    return all(
        p[2 * i + 1] > p[2 * i] + gap and p[2 * i] < ceiling and p[2 * i + 1] > floor
        for i, (_, _, gap, ceiling, floor) in enumerate(SANITY_ORDERINGS)
    )
