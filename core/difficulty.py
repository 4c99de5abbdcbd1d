"""Difficulty score: the calibrated probability that the local tier's answer falls short.

``difficulty(text)`` returns a probability in [0, 1]; the router compares it
with ``router.difficulty_threshold`` (itself a probability) to prefer the
``local`` tier (below) or the ``cloud`` tier. No model is ever called.

The score is one logistic model, fitted by ``bench/fit_difficulty.py`` on the
union of the routing replays with folds that hold out a whole source:

* ``z_text``: anchored on prompt length (``log_length``, non-negative), with
  two bounded corrections fitted on top of it in turn (``bench.router_fit_parts``):
  the named signals (``core.difficulty_signals``) with the hand-set prior's
  logit (counted only outside the band of ordinary prompts, where the hand-set
  prior is sure, and only where ``core.difficulty_prior_scope`` trusts it), and
  hashed English word uni/bigrams. Their strengths (at most one) are chosen by
  the worst held-out source, so where nothing else is known the score ranks
  like the length baseline and weak features cannot out-vote it.
* The words count only on prompts near a training prompt (``word_gate``:
  estimated Jaccard to the nearest of the training prompts' MinHash signatures,
  stored in the model file, at least ``tau``; ``core.difficulty_nearness``):
  fitted words do not carry to a source they never saw.
* ``z_embed`` (only when the caller passes the step's e5 query embedding, e.g.
  the one document search already computed): a linear term over the 384
  dimensions, fitted on top of ``z_text``. It carries Korean and English alike.
  The router never computes one itself (why, with the figures:
  ``core.difficulty_embedding``); currently shipped at zero.
* step facts the replays do not have (tools needed, conversation depth, step
  kind) shift the logit by small hand-set amounts.

Each path has its own Platt calibration, fitted on out-of-fold predictions, onto
P(weak model's quality < the quality bar): the probability that the local
answer falls short. The shipped weights live in ``core/difficulty_model.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.difficulty_embedding import EMBED_DIM
from core.difficulty_facts import StepFacts, fact_contributions
from core.difficulty_length import LENGTH_FEATURE_NAMES, length_features
from core.difficulty_nearness import NearnessIndex, decode_index
from core.difficulty_prior_scope import scoped_prior
from core.difficulty_signals import (
    SIGNAL_NAMES,
    difficulty_signals,
    hashed_features,
    prior_score,
)
from core.errors import ConfigError

__all__ = [
    "MODEL_FORMAT",
    "MODEL_PATH",
    "SIGNAL_NAMES",
    "DifficultyBreakdown",
    "DifficultyModel",
    "StepFacts",
    "default_model",
    "difficulty",
    "difficulty_breakdown",
    "difficulty_signals",
    "hashed_features",
    "load_model",
    "prior_logit",
    "prior_outside_band",
    "prior_score",
    "text_features",
]

MODEL_PATH = Path(__file__).with_name("difficulty_model.json")
MODEL_FORMAT = "switchyard-difficulty/5"

# Dense inputs of z_text, in order: the named signals, then length.
DENSE_NAMES: tuple[str, ...] = (*SIGNAL_NAMES, *LENGTH_FEATURE_NAMES)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def prior_logit(signals: dict[str, float]) -> float:
    """The hand-set prior (``core.difficulty_signals.prior_score``) as a logit."""
    p = min(1.0 - 1e-6, max(1e-6, prior_score(signals)))
    return math.log(p / (1.0 - p))


def prior_outside_band(prior: float, band: tuple[float, float] | None) -> float:
    """How far the prior's logit lies outside ``band`` (negative below it; 0 inside).

    Why a band: on the replays the hand-set prior ranks prompts worse than length
    does, except where it is sure (a greeting, a proof asked for step by step),
    which is where it lies outside the band of ordinary prompts. ``None``: no band.
    """
    if band is None:
        return prior
    low, high = band
    return max(0.0, prior - high) + min(0.0, prior - low)


def text_features(text: str, signals: dict[str, float]) -> dict[str, float]:
    """The dense inputs of ``z_text``: the signals and length."""
    return {**signals, **length_features(text)}


@dataclass(frozen=True)
class Platt:
    """A monotone map from a logit onto a calibrated probability."""

    slope: float
    intercept: float

    def __call__(self, z: float) -> float:
        return _sigmoid(self.slope * z + self.intercept)


@dataclass(frozen=True)
class DifficultyModel:
    """Fitted weights, as written by ``bench/fit_difficulty.py``."""

    n_buckets: int
    intercept: float
    dense_weights: dict[str, float]
    dense_means: dict[str, float]
    hash_weights: tuple[float, ...]
    # The hand-set prior's logit enters with a fixed weight chosen by
    # leave-one-source-out, not fitted: it encodes no source, so it cannot overfit one.
    prior_weight: float
    prior_mean: float
    embed_weights: tuple[float, ...]
    embed_intercept: float
    calibration_text: Platt
    calibration_embed: Platt
    quality_bar: float
    meta: dict[str, Any]
    # Where the prior's logit counts (``prior_outside_band``); None: everywhere, linearly.
    prior_band: tuple[float, float] | None = None
    # Whether ``core.difficulty_prior_scope`` restricts the prior further (files since router33).
    prior_scoped: bool = False
    # The words count only where ``nearness_index`` finds a training prompt at least this
    # near; None: everywhere (files fitted before router33).
    nearness_index: NearnessIndex | None = None
    word_gate_tau: float = 0.0

    def words_apply(self, text: str) -> bool:
        """Whether the hashed words count for ``text`` (it is near a training prompt)."""
        if self.nearness_index is None:
            return True
        return self.nearness_index.nearness(text) >= self.word_gate_tau

    def text_contributions(self, text: str, dense: dict[str, float]) -> dict[str, float]:
        """Each dense input's push on the logit relative to an average prompt, and the words'."""
        parts = {k: w * (dense[k] - self.dense_means[k]) for k, w in self.dense_weights.items()}
        hw = self.hash_weights
        parts["wording"] = (
            sum(hw[i] * v for i, v in hashed_features(text, self.n_buckets).items())
            if self.words_apply(text)
            else 0.0
        )
        if self.prior_weight:
            prior = prior_outside_band(prior_logit(dense), self.prior_band)
            if self.prior_scoped:
                prior = scoped_prior(prior, dense["multiple_choice"], text)
            parts["prior_logit"] = self.prior_weight * (prior - self.prior_mean)
        return parts

    def z_text(self, contributions: dict[str, float]) -> float:
        """The text logit from its contributions (means folded back into the intercept)."""
        centered = sum(self.dense_weights[k] * self.dense_means[k] for k in self.dense_weights)
        centered += self.prior_weight * self.prior_mean
        return self.intercept + centered + sum(contributions.values())

    def z_embed(self, embedding: Sequence[float]) -> float:
        """The embedding's correction to the text logit."""
        if len(embedding) != EMBED_DIM:
            raise ValueError(f"embedding has {len(embedding)} dimensions, expected {EMBED_DIM}")
        return self.embed_intercept + math.fsum(
            w * float(x) for w, x in zip(self.embed_weights, embedding, strict=True)
        )


def _floats(raw: Any, n: int, what: str) -> tuple[float, ...]:
    values = tuple(float(w) for w in raw)
    if len(values) != n:
        raise ValueError(f"{what}: {len(values)} weights, expected {n}")
    return values


def load_model(path: Path = MODEL_PATH) -> DifficultyModel:
    """Read a model file, checking its format.

    Raises:
        ConfigError: The file is missing, unreadable, malformed or of another format.
    """
    refit = "regenerate it with: python -m bench.fit_difficulty ../shared/data/routing/*.jsonl"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"difficulty model {path} cannot be read ({exc}); {refit}") from exc
    if not isinstance(raw, dict) or raw.get("format") != MODEL_FORMAT:
        raise ConfigError(f"difficulty model {path} is not in format {MODEL_FORMAT}; {refit}")
    try:
        n_buckets = int(raw["n_buckets"])
        dense = {str(k): float(v) for k, v in raw["dense_weights"].items()}
        means = {str(k): float(v) for k, v in raw["dense_means"].items()}
        if set(dense) != set(DENSE_NAMES) or set(means) != set(DENSE_NAMES):
            raise ValueError("dense weights do not match this code's signals")
        cal = raw["calibration"]
        band = raw.get("prior_band")
        gate = raw.get("word_gate")
        return DifficultyModel(
            n_buckets=n_buckets,
            intercept=float(raw["intercept"]),
            dense_weights=dense,
            dense_means=means,
            hash_weights=_floats(raw["hash_weights"], n_buckets, "hash_weights"),
            prior_weight=float(raw["prior_weight"]),
            prior_mean=float(raw["prior_mean"]),
            embed_weights=_floats(raw["embed_weights"], EMBED_DIM, "embed_weights"),
            embed_intercept=float(raw["embed_intercept"]),
            calibration_text=Platt(float(cal["text"][0]), float(cal["text"][1])),
            calibration_embed=Platt(float(cal["embed"][0]), float(cal["embed"][1])),
            quality_bar=float(raw["quality_bar"]),
            meta=dict(raw.get("meta", {})),
            prior_band=None if band is None else (float(band[0]), float(band[1])),
            prior_scoped=bool(raw.get("prior_scoped", False)),
            nearness_index=None if gate is None else decode_index(str(gate["index"])),
            word_gate_tau=0.0 if gate is None else float(gate["tau"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise ConfigError(f"difficulty model {path} is malformed ({exc}); {refit}") from exc


@lru_cache(maxsize=1)
def default_model() -> DifficultyModel:
    """The shipped model, loaded on first use and kept for the process."""
    return load_model(MODEL_PATH)


@dataclass(frozen=True)
class DifficultyBreakdown:
    """A score with the parts it was built from, for the router's reasons and the trace.

    ``contributions`` are pushes on the logit (positive: harder for the local
    model) relative to an average training prompt, keyed by signal name plus
    ``wording``, ``embedding`` and the step facts.
    """

    score: float
    logit: float
    used_embedding: bool
    signals: dict[str, float]
    contributions: dict[str, float]
    # Whether each dense input is above its training average (how to word it).
    above_average: dict[str, bool]

    def top_contributions(self, k: int = 3) -> list[tuple[str, float]]:
        """The ``k`` largest pushes by size, largest first (ties broken by name)."""
        return sorted(self.contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:k]


def difficulty_breakdown(
    text: str,
    model: DifficultyModel | None = None,
    *,
    embedding: Sequence[float] | None = None,
    facts: StepFacts | None = None,
) -> DifficultyBreakdown:
    """Score ``text`` and return the parts the score was built from.

    Args:
        text: The step's text (English, Korean or mixed).
        model: Fitted weights; the shipped model when omitted.
        embedding: The step's e5 query embedding if already computed (never computed here).
        facts: What the router knows about the step besides its text.

    Raises:
        ValueError: ``embedding`` has the wrong number of dimensions.
    """
    m = model if model is not None else default_model()
    signals = difficulty_signals(text)
    dense = text_features(text, signals)
    contributions = m.text_contributions(text, dense)
    z = m.z_text(contributions)
    if embedding is not None:
        z_embed = m.z_embed(embedding)
        contributions["embedding"] = z_embed
        logit = m.calibration_embed.slope * (z + z_embed) + m.calibration_embed.intercept
    else:
        logit = m.calibration_text.slope * z + m.calibration_text.intercept
    for name, shift in fact_contributions(facts or StepFacts()).items():
        contributions[name] = shift
        logit += shift
    return DifficultyBreakdown(
        score=_sigmoid(logit),
        logit=logit,
        used_embedding=embedding is not None,
        signals=signals,
        contributions=contributions,
        above_average={k: dense[k] > m.dense_means[k] for k in m.dense_weights},
    )


def difficulty(
    text: str,
    model: DifficultyModel | None = None,
    *,
    embedding: Sequence[float] | None = None,
    facts: StepFacts | None = None,
) -> float:
    """Calibrated probability that the local tier's answer to ``text`` falls short.

    Args:
        text: The step's text (English, Korean or mixed).
        model: Fitted weights; the shipped ``core/difficulty_model.json`` when omitted.
        embedding: The step's e5 query embedding, when document search already computed it.
        facts: Tools needed, conversation depth and step kind, when known.

    Returns:
        A probability in [0, 1]; deterministic for given inputs.

    Raises:
        ConfigError: The shipped model file is missing or malformed.
    """
    return difficulty_breakdown(text, model, embedding=embedding, facts=facts).score
