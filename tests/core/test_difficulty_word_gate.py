"""The words' gate at decision time: the hashed words count only near a training prompt."""

from __future__ import annotations

import json
from pathlib import Path

from core.difficulty import MODEL_PATH, difficulty_breakdown, load_model
from core.difficulty_nearness import encode_index, signature

TRAINING = [
    "Write a Python function that merges two sorted lists into one sorted list.",
    "Summarize the causes of the French Revolution in three short paragraphs.",
]
NEAR = "Write a Python function that merges two sorted lists into one sorted array."
FAR = "Plan a two-day hiking trip around a mountain lake with a small budget."


def _model_file(tmp_path: Path, gate: bool) -> Path:
    """The shipped model's weights, with every hash bucket weighted and a gate over TRAINING."""
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    raw["hash_weights"] = [0.05] * int(raw["n_buckets"])
    raw.pop("word_gate", None)
    if gate:
        sigs = [s for s in (signature(t) for t in TRAINING) if s is not None]
        raw["word_gate"] = {"tau": 0.43, "index": encode_index(sigs)}
    path = tmp_path / ("gated.json" if gate else "open.json")
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_words_count_near_a_training_prompt_and_not_far_from_all(tmp_path: Path) -> None:
    gated = load_model(_model_file(tmp_path, gate=True))
    assert gated.words_apply(TRAINING[0]) and gated.words_apply(NEAR)
    assert not gated.words_apply(FAR)
    assert difficulty_breakdown(NEAR, gated).contributions["wording"] > 0.1
    assert difficulty_breakdown(FAR, gated).contributions["wording"] == 0.0


def test_without_a_gate_the_words_count_everywhere(tmp_path: Path) -> None:
    # Model files fitted before the gate keep scoring as they were fitted.
    open_model = load_model(_model_file(tmp_path, gate=False))
    assert open_model.nearness_index is None
    assert difficulty_breakdown(FAR, open_model).contributions["wording"] > 0.1


def test_the_shipped_model_gates_its_words() -> None:
    model = load_model(MODEL_PATH)
    assert model.nearness_index is not None and model.nearness_index.n_prompts > 10_000
    assert 0.0 < model.word_gate_tau < 1.0
    assert model.prior_scoped
