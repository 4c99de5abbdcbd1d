"""The difficulty score: range, determinism, the shipped model, sane orderings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.difficulty import (
    MODEL_PATH,
    SIGNAL_NAMES,
    difficulty,
    difficulty_breakdown,
    difficulty_signals,
    load_model,
)
from core.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parents[2]

EASY_EN = "Write one friendly sentence welcoming a new colleague."
HARD_EN = (
    "Prove that there are infinitely many primes and analyze the complexity of the "
    "sieve of Eratosthenes step by step"
)
EASY_KO = "안녕! 오늘 점심 뭐 먹을까?"
HARD_KO = (
    "한국 반도체 산업의 공급망 리스크를 분석하고, 미중 갈등이 향후 5년간 수출에 미칠 "
    "영향을 단계별로 추론해 주세요. 각 시나리오의 근거를 비교해서 설명해 주세요."
)
MCQ = (
    "Find the degree for the given field extension Q(sqrt(2), sqrt(3)) over Q.\n"
    "A. 0\nB. 4\nC. 2\nD. 6\nAnswer:"
)
ODD_INPUTS = [
    "",
    " ",
    "?",
    "12345",
    "🙂🙂🙂",
    "x" * 50_000,
    "def f(x):\n    return x ** 2;\n" * 200,
    "가" * 10_000,
    MCQ,
    EASY_EN,
    HARD_EN,
    EASY_KO,
    HARD_KO,
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_score_is_a_probability(text: str) -> None:
    score = difficulty(text)
    assert isinstance(score, float)
    assert 0.0 <= score <= 1.0


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_signals_are_named_and_bounded(text: str) -> None:
    signals = difficulty_signals(text)
    assert tuple(signals) == SIGNAL_NAMES
    assert all(0.0 <= v <= 1.0 for v in signals.values()), signals


def test_deterministic_within_a_process() -> None:
    assert [difficulty(t) for t in ODD_INPUTS] == [difficulty(t) for t in ODD_INPUTS]


def test_deterministic_across_processes_with_hash_seeds() -> None:
    """Hashed words must not depend on Python's salted hash()."""
    code = (
        "import json, sys; from core.difficulty import difficulty; "
        "print(json.dumps([difficulty(t) for t in json.loads(sys.argv[1])]))"
    )
    texts = [MCQ, HARD_EN, EASY_KO]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code, json.dumps(texts)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(out.stdout) == [difficulty(t) for t in texts]


def test_english_sanity_ordering() -> None:
    easy, hard = difficulty(EASY_EN), difficulty(HARD_EN)
    assert easy < 0.35
    assert hard > 0.65
    assert hard - easy > 0.4


def test_korean_sanity_ordering() -> None:
    easy, hard = difficulty(EASY_KO), difficulty(HARD_KO)
    assert easy < 0.35
    assert hard > 0.5
    assert hard - easy > 0.25


def test_reasoning_request_beats_its_plain_version() -> None:
    plain = "What is the capital of France?"
    reasoned = (
        "Explain why Paris became the capital of France, compare it with two other "
        "candidate cities and evaluate the economic consequences step by step."
    )
    assert difficulty(reasoned) > difficulty(plain) + 0.2


def test_signals_explain_the_hard_examples() -> None:
    en = difficulty_signals(HARD_EN)
    assert en["reasoning"] > 0.4 and en["math"] > 0.4 and en["stepwise"] == 1.0
    ko = difficulty_signals(HARD_KO)
    assert ko["korean"] > 0.9 and ko["reasoning"] > 0.4 and ko["domain"] > 0.4
    assert difficulty_signals(EASY_KO)["simple_task"] > 0.4
    assert difficulty_signals(MCQ)["multiple_choice"] == 1.0
    assert difficulty_signals(HARD_EN)["multiple_choice"] == 0.0


def test_breakdown_is_consistent_with_score() -> None:
    parts = difficulty_breakdown(HARD_EN)
    assert parts.score == difficulty(HARD_EN)
    expected = parts.fitted_weight * parts.fitted + (1 - parts.fitted_weight) * parts.prior
    assert parts.score == pytest.approx(expected)
    # The fitted part is trusted more on exam-style text, like the data it was fitted on.
    assert difficulty_breakdown(MCQ).fitted_weight > parts.fitted_weight


def test_shipped_model_is_small_and_loads() -> None:
    assert MODEL_PATH.stat().st_size < 200_000
    model = load_model(MODEL_PATH)
    assert len(model.weak.hash_weights) == model.n_buckets
    assert 0.0 <= model.blend_free_text <= model.blend_multiple_choice <= 1.0
    assert model.gain_scale > 0


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="fit_difficulty"):
        load_model(tmp_path / "absent.json")


def test_foreign_model_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(ConfigError, match="format"):
        load_model(path)
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    raw["heads"]["weak"]["hash_weights"] = raw["heads"]["weak"]["hash_weights"][:10]
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed"):
        load_model(path)
