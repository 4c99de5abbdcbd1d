"""The nearest-training-prompt measure that gates the difficulty model's words."""

from __future__ import annotations

import random
import statistics
import time

import pytest

from core.difficulty_nearness import (
    N_BINS,
    build_index,
    decode_index,
    encode_index,
    shingles,
    signature,
)

TRAINING = [
    "Which gas do plants take in from the air to make their food?",
    "List three reasons why the Roman Empire declined in the west.",
    "어제 본 영화의 줄거리를 세 문장으로 요약해 주세요. 주인공이 왜 마지막에 고향으로 돌아갔는지도 "
    "설명해 주세요.",
    "Write a Python function that reverses a linked list in place.",
]


def test_a_training_prompt_is_at_full_nearness() -> None:
    index = build_index([s for s in (signature(t) for t in TRAINING) if s is not None])
    assert all(index.nearness(t) == 1.0 for t in TRAINING)


def test_a_light_rewording_is_near_and_an_unrelated_prompt_is_far() -> None:
    index = build_index([s for s in (signature(t) for t in TRAINING) if s is not None])
    reworded = "List three reasons why the Roman Empire declined in the east."
    unrelated = "Plan a two-day hiking trip around a mountain lake with a small budget."
    assert index.nearness(reworded) > 0.4
    assert index.nearness(unrelated) < 0.2


def test_korean_words_are_measured_too() -> None:
    index = build_index([s for s in (signature(t) for t in TRAINING) if s is not None])
    assert shingles("영화의 줄거리") == {"영화의", "줄거리", "영화의 줄거리"}
    assert (
        index.nearness(
            "어제 본 영화의 줄거리를 두 문장으로 요약해 주세요. 주인공이 왜 마지막에 고향으로 "
            "돌아갔는지도 설명해 주세요."
        )
        > 0.4
    )
    assert index.nearness("내일 서울 날씨가 어떨지 알려 주세요.") < 0.2


def test_no_words_is_no_signature_and_far() -> None:
    index = build_index([s for s in (signature(t) for t in TRAINING) if s is not None])
    assert signature("?!  ...") is None
    assert index.nearness("?!  ...") == 0.0
    assert build_index([]).nearness(TRAINING[0]) == 0.0


def test_signatures_are_fixed_size_and_deterministic() -> None:
    sig = signature(TRAINING[1])
    assert sig is not None and len(sig) == N_BINS
    assert sig == signature(TRAINING[1])


def test_the_encoded_index_scans_as_the_built_one() -> None:
    sigs = [s for s in (signature(t) for t in TRAINING) if s is not None]
    built, decoded = build_index(sigs), decode_index(encode_index(sigs))
    assert decoded == built
    probe = "Write a Python function that reverses a string."
    assert decoded.nearness(probe) == built.nearness(probe)


def test_a_truncated_index_is_refused() -> None:
    sigs = [s for s in (signature(t) for t in TRAINING) if s is not None]
    with pytest.raises(ValueError):
        decode_index(encode_index(sigs)[:-8] + "AAAAAAAA"[: len(encode_index(sigs)) % 4 or 0])
    with pytest.raises(ValueError):
        build_index([b"short"])


def test_scanning_a_shipped_size_index_is_fast() -> None:
    rng = random.Random(7)
    sigs = [bytes(rng.randrange(256) for _ in range(N_BINS)) for _ in range(12_000)]
    index = build_index(sigs)
    probe = "Explain how a hash table resolves collisions, with an example in Python."
    times = []
    for _ in range(30):
        start = time.perf_counter()
        index.nearness(probe)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.005
