"""Fit the difficulty model on the union of the routing replays and write its file.

Usage: ``python -m bench.fit_difficulty ../shared/data/routing/*.jsonl [--out PATH]``

The score is anchored on prompt length, with two bounded corrections on top
(``bench.router_fit_parts``): ``z = length + s * signals + h * words``. The
strengths ``s`` (named signals and the hand-set prior) and ``h`` (hashed words)
are chosen on a small grid, every setting judged two ways:

* held out by whole source: each replay file is left out of the fit in turn and
  scored on all its rows (the worst fold's gap to the length baseline decides);
* in the acceptance run's terms: the model fitted on the whole union, scored on
  every row of every file (two MMLU rows in three are never fitted on); the
  setting must beat both length and random by ``ACCEPT_MARGIN`` on every file.

Among settings that pass the second, the one with the best worst held-out fold
wins (then the mean held-out APGR); the report lists every fold of every
setting. Words help on prompts of a source they have seen (MMLU's unseen rows)
and hurt on a source they have not, so the chosen setting is in effect the
smallest word strength that passes the margin and keeps the sanity orderings
(2026-11-30: prior 1, signals 0.5, words 0.2; worst held-out fold MMLU, .565
strong calls against .526 for length; words 0.3 made it .568 and llmrouter_mix
.430). The prior's band (10th-90th percentile) was compared with 5th-95th, where
only words 0.3 kept the sanity orderings. Prior weight 0.5 (router16) won the
worst fold (MMLU .559) but scored a short English request above a shorter
Korean greeting, which tests/core/test_difficulty.py then forbade; it was not
kept. That test and ``SANITY_ORDERINGS`` now compare the same request in both
languages (router17), and prior .5 still fails the orderings.

Because the folds above also chose the setting, they are optimistic; the
nested folds (``bench.router_nested``) hold each source out around the whole
choice and are the honest figure, printed in the report and written to the
model's ``meta.folds`` (which ``bench router`` prints; the model shipped on
2026-12-01 carries them, earlier runs are in ``bench.router_fit_parts``).
Platt calibration maps the logit onto P(weak < quality bar). The e5 part is
fitted on top of the text logit on the cached embedding subset
(``bench.router_embeddings``); zero when not cached.
Deterministic: fixed folds, full-batch fits.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from bench.logistic import Design, FloatArray, sparse_design
from bench.router_data import ReplayRow, in_training_union, read_rows
from bench.router_fit_embedding import fit_embedding
from bench.router_fit_parts import (
    QUALITY_BAR,
    SIGNAL_NAMES,
    PartWeights,
    calibrate_within_sources,
    file_weights,
    fit_parts,
)
from bench.router_metrics import fold_metrics
from bench.router_nested import nested_leave_one_source_out
from core.difficulty import (
    DENSE_NAMES,
    MODEL_FORMAT,
    MODEL_PATH,
    prior_logit,
    prior_outside_band,
    text_features,
)
from core.difficulty_signals import difficulty_signals, hashed_features

N_BUCKETS = 4096
PRIOR_WEIGHTS = (1.0, 2.0)
SIGNAL_STRENGTHS = (0.5,)
# The prior counts only outside this band of percentiles of the training prompts.
PRIOR_BAND_PERCENTILES = (10.0, 90.0)
WORD_STRENGTHS = (0.0, 0.1, 0.15, 0.2, 0.3)
# "Below length and below random" must hold by this much on every file, not by .001.
ACCEPT_MARGIN = 0.015


@dataclass(frozen=True)
class Setting:
    """The prior's weight in the anchor and the strengths of the two corrections."""

    prior: float
    signals: float
    words: float

    def label(self) -> str:
        """The key of this setting in the report."""
        return f"prior={self.prior:g},signals={self.signals:g},words={self.words:g}"


def featurise(rows: Sequence[ReplayRow]) -> Design:
    """Featurise prompts exactly as ``core.difficulty`` does at decision time."""
    features = (text_features(r.prompt, difficulty_signals(r.prompt)) for r in rows)
    dense = np.array([[f[k] for k in DENSE_NAMES] for f in features], dtype=float)
    return sparse_design(dense, [hashed_features(r.prompt, N_BUCKETS) for r in rows], N_BUCKETS)


def prior_column(rows: Sequence[ReplayRow], band: tuple[float, float] | None = None) -> FloatArray:
    """The hand-set prior's logit of every row, outside ``band`` only when one is given."""
    return np.array(
        [prior_outside_band(prior_logit(difficulty_signals(r.prompt)), band) for r in rows],
        dtype=float,
    )


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


def sanity_orderings_hold(
    parts: PartWeights, setting: Setting, platt: tuple[float, float], band: tuple[float, float]
) -> bool:
    """Whether the calibrated score of ``parts`` at ``setting`` keeps ``SANITY_ORDERINGS``."""
    texts = [t for pair in SANITY_ORDERINGS for t in pair[:2]]
    rows = [ReplayRow(t, 0.0, 1.0, file="", source="", domain="", lang="") for t in texts]
    z = parts.logits(featurise(rows), prior_column(rows, band), setting.signals, setting.words)
    p = 1.0 / (1.0 + np.exp(-np.clip(platt[0] * z + platt[1], -30.0, 30.0)))
    return all(
        p[2 * i + 1] > p[2 * i] + gap and p[2 * i] < ceiling and p[2 * i + 1] > floor
        for i, (_, _, gap, ceiling, floor) in enumerate(SANITY_ORDERINGS)
    )


def worst_gap(figures: dict[str, Any], against: Sequence[str]) -> float:
    """Largest ``strong_share_at_95`` minus the best of the ``against`` references, over folds."""
    return max(
        float(f["strong_share_at_95"])
        - min(float(f[f"{ref}_strong_share_at_95"]) for ref in against)
        for f in figures.values()
    )


class Union:
    """The replays as one table: features, prior, which rows are fitted on, per-file rows."""

    def __init__(self, replays: Sequence[Path]) -> None:
        self.rows = [row for replay in replays for row in read_rows(replay)]
        self.x = featurise(self.rows)
        self.train = np.array([in_training_union(r) for r in self.rows])
        raw_prior = prior_column(self.rows)
        low, high = np.percentile(raw_prior[self.train], PRIOR_BAND_PERCENTILES)
        self.prior_band = (round(float(low), 4), round(float(high), 4))
        self.prior = np.array([prior_outside_band(p, self.prior_band) for p in raw_prior])
        self.train_rows = [r for r, t in zip(self.rows, self.train, strict=True) if t]
        files = sorted({r.file for r in self.rows})
        self.by_file = {
            f: np.array([i for i, r in enumerate(self.rows) if r.file == f]) for f in files
        }
        self.x_file = {f: self.x.take(idx) for f, idx in self.by_file.items()}
        # The nested folds hold out pairs of sources, each pair twice: fit once.
        self._fits: dict[tuple[frozenset[str], tuple[float, float]], PartWeights] = {}

    def training_mask(self, held: frozenset[str]) -> NDArray[np.bool_]:
        """The training rows of every file not in ``held``."""
        mask = self.train.copy()
        for name in held:
            mask[self.by_file[name]] = False
        return mask

    def fit(self, held: frozenset[str], anchor: tuple[float, float]) -> PartWeights:
        """The parts fitted on the training rows of the files not in ``held``, at (prior,
        signals); each (held, anchor) is fitted once."""
        key = (held, anchor)
        if key not in self._fits:
            mask = np.flatnonzero(self.training_mask(held))
            self._fits[key] = fit_parts(self.x, self.prior, self.rows, mask, *anchor)
        return self._fits[key]

    def figures(self, parts: PartWeights, setting: Setting, name: str) -> dict[str, Any]:
        """Routing figures of ``parts`` on every row of file ``name``."""
        idx = self.by_file[name]
        z = parts.logits(self.x_file[name], self.prior[idx], setting.signals, setting.words)
        return fold_metrics(z, [self.rows[i] for i in idx])


def compare_settings(
    data: Union,
    sources: Sequence[str] | None = None,
    outer: frozenset[str] = frozenset(),
    log: bool = True,
) -> tuple[
    Setting,
    dict[str, Any],
    dict[tuple[float, float], PartWeights],
    dict[tuple[str, tuple[float, float]], PartWeights],
]:
    """Every setting's held-out folds and acceptance figures; returns the chosen one and fits.

    Args:
        data: The union of the replays.
        sources: The files the choice may look at (all when omitted).
        outer: Files never fitted on nor looked at (a source held out around this
            whole choice, see ``bench.router_nested``); none when omitted.
        log: Print one line per setting on stderr.
    """
    names = [f for f in (data.by_file if sources is None else sources) if f not in outer]
    anchors = [(b, s) for b in PRIOR_WEIGHTS for s in SIGNAL_STRENGTHS]
    final = {a: data.fit(outer, a) for a in anchors}
    held = {(f, a): data.fit(outer | {f}, a) for f in names for a in anchors}
    tr = data.training_mask(outer)
    train_rows = [r for r, t in zip(data.rows, tr, strict=True) if t]
    table: dict[str, Any] = {}
    best: tuple[tuple[bool, float, float], Setting] | None = None
    for a in anchors:
        for h in WORD_STRENGTHS:
            setting = Setting(a[0], a[1], h)
            loso = {f: data.figures(held[(f, a)], setting, f) for f in names}
            seen = {f: data.figures(final[a], setting, f) for f in names}
            z = final[a].logits(data.x, data.prior, a[1], h)
            platt = calibrate_within_sources(z[tr], train_rows)
            sane = sanity_orderings_hold(final[a], setting, platt, data.prior_band)
            accept_gap = worst_gap(seen, ("length", "random"))
            loso_gap = worst_gap(loso, ("length",))
            mean_apgr = float(np.mean([f["apgr"] for f in loso.values()]))
            accepted = sane and accept_gap <= -ACCEPT_MARGIN
            table[setting.label()] = {
                "leave_one_source_out": loso,
                "whole_files": seen,
                "worst_heldout_gap_to_length": round(loso_gap, 4),
                "worst_whole_file_gap_to_length_or_random": round(accept_gap, 4),
                "sanity_orderings_hold": sane,
                "accepted": accepted,
            }
            if log:
                print(
                    f"{setting.label()}: accepted={accepted} loso_gap={loso_gap:+.3f} "
                    f"accept_gap={accept_gap:+.3f}",
                    file=sys.stderr,
                    flush=True,
                )
            key = (accepted, -loso_gap, mean_apgr)
            if best is None or key > best[0]:
                best = (key, setting)
    assert best is not None
    return best[1], table, final, held


def run(replays: Sequence[Path], out: Path) -> dict[str, Any]:
    """Compare the settings, fit the chosen one on the whole union, write the model.

    Returns:
        The report: every setting's folds, the chosen setting, the model file's size.
    """
    data = Union(replays)
    setting, table, final, held = compare_settings(data)
    nested = nested_leave_one_source_out(data)
    anchor = (setting.prior, setting.signals)
    parts = final[anchor]
    tr = np.flatnonzero(data.train)
    w = file_weights(data.train_rows)
    z = parts.logits(data.x, data.prior, setting.signals, setting.words)
    cal_text = calibrate_within_sources(z[tr], data.train_rows)
    fold_logits = {
        f: held[(f, anchor)].logits(data.x, data.prior, setting.signals, setting.words)
        for f in data.by_file
    }
    embed = fit_embedding(replays, data.rows, z, fold_logits)
    weights = dict(zip(SIGNAL_NAMES, setting.signals * parts.signals[:-1], strict=True))
    weights["log_length"] = parts.length
    means = np.average(data.x.dense[tr], axis=0, weights=w)
    chosen = table[setting.label()]
    model = {
        "format": MODEL_FORMAT,
        "n_buckets": N_BUCKETS,
        "quality_bar": QUALITY_BAR,
        "intercept": 0.0,
        "dense_weights": {k: round(float(weights[k]), 5) for k in DENSE_NAMES},
        "dense_means": {k: round(float(v), 5) for k, v in zip(DENSE_NAMES, means, strict=True)},
        "hash_weights": [round(float(v) * setting.words, 4) for v in parts.words],
        "prior_weight": round(float(setting.prior + setting.signals * parts.signals[-1]), 5),
        "prior_mean": round(float(np.average(data.prior[tr], weights=w)), 5),
        "prior_band": list(data.prior_band),
        "embed_intercept": round(embed.intercept, 5),
        "embed_weights": [round(float(v), 4) for v in embed.weights],
        "calibration": {
            "text": [round(v, 5) for v in cal_text],
            "embed": [round(v, 5) for v in (embed.calibration or cal_text)],
        },
        "meta": {
            "target": "length anchor + bounded signal and word corrections; Platt onto "
            "P(weak < quality_bar)",
            "trained_on": [p.name for p in replays],
            "n_train": int(data.train.sum()),
            "setting": setting.label(),
            "settings": {
                k: {
                    "worst_heldout_gap_to_length": v["worst_heldout_gap_to_length"],
                    "worst_whole_file_gap": v["worst_whole_file_gap_to_length_or_random"],
                    "accepted": v["accepted"],
                }
                for k, v in table.items()
            },
            "folds": {
                "leave_one_source_out": chosen["leave_one_source_out"],
                "leave_one_source_out_nested": nested,
                **embed.report,
            },
        },
    }
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return {
        "setting": setting.label(),
        "settings": table,
        "leave_one_source_out_nested": nested,
        **embed.report,
        "model_path": str(out),
        "model_bytes": out.stat().st_size,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Fit and print the cross-validated report as JSON; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.fit_difficulty")
    parser.add_argument("replays", type=Path, nargs="+", help="replay JSONL files")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.replays, args.out), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
