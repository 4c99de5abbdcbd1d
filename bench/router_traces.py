"""Adapt the difficulty model to the user's rated traces, with the shipped model as prior.

A rated run says whether its answer was good. Each of its steps that the local
tier answered is one example: a bad answer means the local tier fell short on
that step's text (label 1), a good one that it did not (label 0). Steps that ran
in the cloud or in code say nothing about the local tier and are left out.

The adaptation is small on purpose (a user rates tens of answers, not
thousands): on top of the shipped model's logit it fits a new slope and offset
(recalibration) and a shift of each named dense weight, all with L2 penalties
that pull them back to the shipped values. The result is written in the shipped
file's format, so the router loads and explains it like the shipped model.
Before that, the newest quarter of the examples is held out and the log-loss of
the shipped and the adapted model on it is reported.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.logistic import Design, FloatArray, fit_logistic
from core.difficulty import (
    DENSE_NAMES,
    DifficultyModel,
    difficulty_breakdown,
    difficulty_signals,
    text_features,
)
from core.trace_store import RunRecord

# Fewer rated local steps than this cannot move the model honestly.
MIN_EXAMPLES = 8
HELDOUT_SHARE = 0.25
# Pull towards the shipped model: the weights of a logistic fit whose mean
# log-loss is penalised by lam * |delta|^2 (unit-scale features).
LAM_SHIFT = 0.05
LAM_OFFSET = 0.02


@dataclass(frozen=True)
class RatedStep:
    """One local step's text and whether the local answer fell short."""

    text: str
    fell_short: bool


def rated_steps(rated: Sequence[tuple[RunRecord, bool]]) -> list[RatedStep]:
    """The examples of rated runs: their local, scored steps with the run's verdict."""
    return [
        RatedStep(step.input_text, not good)
        for run, good in rated
        for step in run.steps
        if step.tier == "local" and step.score is not None and step.input_text.strip()
    ]


def _design(model: DifficultyModel, steps: Sequence[RatedStep]) -> tuple[FloatArray, FloatArray]:
    """The shipped logit of each step and its centred dense inputs."""
    base = np.array([difficulty_breakdown(s.text, model).logit for s in steps], dtype=float)
    dense = np.array(
        [
            [
                text_features(s.text, difficulty_signals(s.text))[k] - model.dense_means[k]
                for k in DENSE_NAMES
            ]
            for s in steps
        ],
        dtype=float,
    )
    return base, dense


@dataclass(frozen=True)
class Adaptation:
    """``logit' = (1 + slope) * logit + offset + shifts . (dense - means)``."""

    slope: float
    offset: float
    shifts: FloatArray

    def logit(self, base: FloatArray, dense: FloatArray) -> FloatArray:
        """The adapted logit of steps with shipped logit ``base`` and centred ``dense``."""
        return np.asarray((1.0 + self.slope) * base + self.offset + dense @ self.shifts)


def fit_adaptation(base: FloatArray, dense: FloatArray, fell_short: FloatArray) -> Adaptation:
    """The penalised correction of the shipped logit that fits the user's labels."""
    empty = np.zeros(0, dtype=np.int64)
    design = Design(np.c_[base, dense], empty, empty, np.zeros(0), 0)
    penalties = np.r_[LAM_OFFSET, np.full(dense.shape[1], LAM_SHIFT)]
    fit = fit_logistic(
        design,
        fell_short,
        weights=np.ones(len(base)),
        lam_dense=penalties,
        lam_hash=0.0,
        offset=base,
        lam_intercept=LAM_OFFSET,
    )
    return Adaptation(float(fit.w_dense[0]), fit.intercept, fit.w_dense[1:].copy())


def log_loss(logit: FloatArray, y: FloatArray) -> float:
    """Mean log-loss of probabilities ``sigmoid(logit)`` against labels ``y``."""
    p = np.clip(1.0 / (1.0 + np.exp(-logit)), 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def heldout_report(model: DifficultyModel, steps: Sequence[RatedStep]) -> dict[str, Any]:
    """Shipped vs adapted on the newest ``HELDOUT_SHARE`` of ``steps`` (fitted on the rest)."""
    n_held = max(1, math.ceil(HELDOUT_SHARE * len(steps)))
    train, held = steps[:-n_held], steps[-n_held:]
    base_t, dense_t = _design(model, train)
    base_h, dense_h = _design(model, held)
    y_t = np.array([float(s.fell_short) for s in train])
    y_h = np.array([float(s.fell_short) for s in held])
    adapted = fit_adaptation(base_t, dense_t, y_t).logit(base_h, dense_h)
    return {
        "n_train": len(train),
        "n_heldout": len(held),
        "heldout_log_loss_shipped": round(log_loss(base_h, y_h), 4),
        "heldout_log_loss_adapted": round(log_loss(adapted, y_h), 4),
        "heldout_accuracy_shipped": round(float(np.mean((base_h > 0) == (y_h > 0.5))), 4),
        "heldout_accuracy_adapted": round(float(np.mean((adapted > 0) == (y_h > 0.5))), 4),
    }


def adapted_model_json(model_path: Path, model: DifficultyModel, a: Adaptation) -> dict[str, Any]:
    """The shipped model file with the adaptation folded into its weights and calibration.

    On the text path the logit is ``c_s * z + c_i``; the adapted one is
    ``(1 + slope) * (c_s * z + c_i) + offset + shifts . (dense - means)``, which is
    again a calibrated linear model: each dense weight grows by ``shift / new c_s``
    and the intercept absorbs the centring. The embedding path gets the same
    recalibration.
    """
    raw = json.loads(model_path.read_text(encoding="utf-8"))
    scale = 1.0 + a.slope
    slope_text = scale * model.calibration_text.slope
    if slope_text <= 0:
        raise ValueError("the ratings reverse the shipped ranking; not adapting")
    shifts = dict(zip(DENSE_NAMES, (float(v) / slope_text for v in a.shifts), strict=True))
    raw["dense_weights"] = {k: model.dense_weights[k] + shifts[k] for k in DENSE_NAMES}
    raw["intercept"] = model.intercept - sum(shifts[k] * model.dense_means[k] for k in DENSE_NAMES)
    cal_t, cal_e = model.calibration_text, model.calibration_embed
    raw["calibration"] = {
        "text": [slope_text, scale * cal_t.intercept + a.offset],
        "embed": [scale * cal_e.slope, scale * cal_e.intercept + a.offset],
    }
    raw["meta"] = {**model.meta, "adapted": {"slope": a.slope, "offset": a.offset}}
    return dict(raw)


def fit_from_traces(
    model_path: Path, model: DifficultyModel, steps: Sequence[RatedStep], out: Path
) -> dict[str, Any]:
    """Report shipped vs adapted on held-out ratings, then fit on all and write ``out``.

    Raises:
        ValueError: Too few rated local steps, or only one kind of verdict.
    """
    labels = {s.fell_short for s in steps}
    if len(steps) < MIN_EXAMPLES or len(labels) < 2:
        kinds = "both verdicts" if len(labels) == 2 else "one verdict"
        raise ValueError(
            f"{len(steps)} rated local steps ({kinds}); "
            f"at least {MIN_EXAMPLES} with good and bad among them are needed"
        )
    report = heldout_report(model, steps)
    base, dense = _design(model, steps)
    adaptation = fit_adaptation(base, dense, np.array([float(s.fell_short) for s in steps]))
    raw = adapted_model_json(model_path, model, adaptation)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(raw, separators=(",", ":")) + "\n", encoding="utf-8")
    report.update(n_examples=len(steps), model_path=str(out), slope=round(adaptation.slope, 4))
    report["offset"] = round(adaptation.offset, 4)
    return report
