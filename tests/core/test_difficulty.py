"""The difficulty score: range, determinism, the shipped model, sane orderings."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.difficulty import (
    MODEL_PATH,
    SIGNAL_NAMES,
    StepFacts,
    difficulty,
    difficulty_breakdown,
    difficulty_signals,
    load_model,
    prior_score,
)
from core.difficulty_embedding import EMBED_DIM, EMBED_TOKENS, truncate_for_embedding
from core.difficulty_length import english_equivalent_length
from core.difficulty_reasons import top_signals_in_words
from core.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parents[2]

EASY_EN = "Write one friendly sentence welcoming a new colleague."
HARD_EN = (
    "Prove that there are infinitely many primes and analyze the complexity of the "
    "sieve of Eratosthenes step by step"
)
EASY_KO = "안녕! 오늘 점심 뭐 먹을까?"
SUMMARIZE_EN = "Summarize this paragraph in two sentences."
SUMMARIZE_KO = "이 문단을 두 문장으로 요약해 주세요."
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
    # Korean is harder than English for the local model at equal content: the same
    # request in both languages. (This compared EASY_EN, a writing request three
    # times as long, with the Korean greeting: not equal content.)
    assert difficulty(SUMMARIZE_EN) < difficulty(SUMMARIZE_KO)


def test_korean_request_is_as_long_as_its_english_twin() -> None:
    # Hangul syllables carry about two Latin letters each, so the same request is not
    # "shorter" (easier) in Korean.
    pairs = [
        (
            "Please translate this email into a formal tone.",
            "이 이메일을 격식 있는 말투로 번역해 주세요.",
        ),
        ("What time does the library open tomorrow?", "내일 도서관은 몇 시에 열어요?"),
    ]
    for english, korean in pairs:
        assert english_equivalent_length(korean) > 0.6 * english_equivalent_length(english)
        assert english_equivalent_length(english) == len(english)


def test_reasoning_request_beats_its_plain_version() -> None:
    plain = "What is the capital of France?"
    reasoned = (
        "Explain why Paris became the capital of France, compare it with two other "
        "candidate cities and evaluate the economic consequences step by step."
    )
    assert difficulty(reasoned) > difficulty(plain) + 0.2
    assert prior_score(difficulty_signals(reasoned)) > prior_score(difficulty_signals(plain)) + 0.2


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
    assert parts.score == pytest.approx(1.0 / (1.0 + math.exp(-parts.logit)))
    assert not parts.used_embedding
    # The contributions are the whole logit: with the model's constant and calibration
    # they rebuild it exactly, so the reasons cannot name a push that is not there.
    model = load_model(MODEL_PATH)
    for text in (HARD_EN, MCQ, EASY_KO):
        p = difficulty_breakdown(text)
        z = model.z_text(dict(p.contributions))
        cal = model.calibration_text
        assert p.logit == pytest.approx(cal.slope * z + cal.intercept, abs=1e-9)
    # Exam-style text pushes the score by its own, fitted amount (the old blend's
    # exam-style weight): the multiple-choice contribution differs from free text's.
    mcq_push = difficulty_breakdown(MCQ).contributions["multiple_choice"]
    assert abs(mcq_push - parts.contributions["multiple_choice"]) > 0.01
    # Every named signal, the words and the prior have a contribution to explain.
    assert set(parts.contributions) >= {*SIGNAL_NAMES, "wording", "log_length"}
    top = parts.top_contributions(3)
    assert len(top) == 3
    assert abs(top[0][1]) >= abs(top[1][1]) >= abs(top[2][1])


def test_reasons_name_signals_in_words() -> None:
    words = top_signals_in_words(difficulty_breakdown(HARD_EN))
    assert "(" in words and "=" not in words
    assert any(w in words for w in ("maths", "reasoning", "step-by-step", "hand-set", "wording"))


def test_step_facts_shift_the_score_by_named_amounts() -> None:
    plain = difficulty_breakdown(EASY_EN)
    with_tools = difficulty_breakdown(EASY_EN, facts=StepFacts(needs_tools=True))
    grounded = difficulty_breakdown(EASY_EN, facts=StepFacts(kind="grounded"))
    assert with_tools.score > plain.score > grounded.score
    assert with_tools.contributions["tools"] == pytest.approx(with_tools.logit - plain.logit)
    deep = difficulty_breakdown(EASY_EN, facts=StepFacts(conversation_depth=9))
    assert 0 < deep.contributions["conversation_depth"] <= 0.4


def test_embedding_path_is_used_when_given() -> None:
    model = load_model(MODEL_PATH)
    # A unit vector along the largest fitted weight moves the score in that weight's direction.
    top = max(range(EMBED_DIM), key=lambda i: abs(model.embed_weights[i]))
    vector = [0.0] * EMBED_DIM
    vector[top] = 1.0
    parts = difficulty_breakdown(HARD_EN, embedding=vector)
    assert parts.used_embedding
    expected = model.embed_intercept + model.embed_weights[top]
    assert parts.contributions["embedding"] == pytest.approx(expected)
    assert 0.0 <= parts.score <= 1.0


def test_embedding_of_the_wrong_size_is_rejected() -> None:
    with pytest.raises(ValueError, match="dimensions"):
        difficulty(HARD_EN, embedding=[0.1] * 10)


def _toy_token_count(text: str) -> int:
    """A stand-in for the encoder's count: 5 for prefix and specials, a Hangul syllable one
    token, an English word one token (as multilingual-e5's tokenizer roughly does)."""
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in text)
    english = len([w for w in text.split() if w.isascii()])
    return 5 + hangul + english


def test_embedding_head_is_cut_by_tokens_for_korean_and_english_alike() -> None:
    korean = "가" * 10_000
    english = "word " * 10_000
    ko_head = truncate_for_embedding(korean, _toy_token_count, budget=20)
    en_head = truncate_for_embedding(english, _toy_token_count, budget=20)
    # Both heads use the whole budget and no more, although their lengths in
    # characters differ fourfold: a character cap would give one of them 4x the cost.
    assert _toy_token_count(ko_head) == _toy_token_count(en_head) == 20
    assert ko_head == "가" * 15
    assert en_head.startswith("word word") and len(en_head) > 3 * len(ko_head)
    assert truncate_for_embedding("short", _toy_token_count) == "short"
    # The shipped budget is the one the bench's latency and the cached fit both use.
    assert _toy_token_count(truncate_for_embedding(korean, _toy_token_count)) == EMBED_TOKENS


def test_shipped_model_is_small_and_loads() -> None:
    # The words' gate ships the training prompts' signatures (about 1 MB): 2 MB at most.
    assert MODEL_PATH.stat().st_size < 2_000_000
    model = load_model(MODEL_PATH)
    assert len(model.hash_weights) == model.n_buckets
    assert len(model.embed_weights) == EMBED_DIM
    # Calibration maps a larger logit to a larger probability on both paths.
    assert model.calibration_text.slope > 0 and model.calibration_embed.slope > 0
    assert 0.0 < model.quality_bar <= 1.0
    folds = model.meta["folds"]["leave_one_source_out"]
    assert {"mmlu", "llmrouter_mix", "routerarena", "arena_hard_v1", "ko_arena_hard"} <= set(folds)
    # Length is kept whole: it pushes longer prompts up, never down.
    assert model.dense_weights["log_length"] > 0


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="fit_difficulty"):
        load_model(tmp_path / "absent.json")


def test_foreign_model_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(ConfigError, match="format"):
        load_model(path)
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    raw["hash_weights"] = raw["hash_weights"][:10]
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed"):
        load_model(path)
