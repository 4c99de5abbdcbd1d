"""The generated corpus: recall per type and the decoy false-positive rate."""

from __future__ import annotations

from typing import Any

import pytest
from stdnum import luhn
from stdnum.kr import rrn as stdnum_rrn

from bench.privacy_corpus import LabeledSample, evaluate, generate_corpus
from bench.privacy_corpus.spoken_forms import plain_digits
from core.privacy.common import digits_of
from core.privacy.types import STRUCTURED_TYPES
from core.privacy.validators import brn_checksum_ok, frn_checksum_ok

SEED = 20240115
SPOKEN_VARIANTS = {
    "ko_words",
    "native_words",
    "mixed_words",
    "lookalike",
    "spaced_digits",
    "dash_word",
    "en_words",
}
N = 2400


@pytest.fixture(scope="module")
def corpus() -> list[LabeledSample]:
    return generate_corpus(N, seed=SEED)


@pytest.fixture(scope="module")
def report(corpus: list[LabeledSample]) -> dict[str, Any]:
    return evaluate(corpus)


def test_corpus_is_large_mixed_and_deterministic(corpus: list[LabeledSample]) -> None:
    assert len(corpus) == N
    assert corpus == generate_corpus(N, seed=SEED)
    assert corpus != generate_corpus(N, seed=SEED + 1)
    assert {s.lang for s in corpus} == {"ko", "en"}
    decoys = sum(s.is_decoy for s in corpus)
    assert 0.15 * N < decoys < 0.35 * N
    variants = {s.variant for s in corpus if not s.is_decoy}
    assert {"plain", "nosep", "space_sep", "dot_sep", "fullwidth", "zero_width"} <= variants


def test_planted_values_are_valid(corpus: list[LabeledSample]) -> None:
    checked = 0
    for sample in corpus:
        for span in sample.spans:
            value = sample.text[span.start : span.end]
            digits = (
                plain_digits(value)
                if sample.variant in SPOKEN_VARIANTS
                else digits_of(_fold(value))
            )
            if span.type == "kr_rrn" and digits[6] in "12" and stdnum_rrn.is_valid(digits):
                checked += 1
            elif span.type == "kr_frn":
                assert frn_checksum_ok(digits)
            elif span.type == "kr_brn":
                assert brn_checksum_ok(digits)
            elif span.type == "card":
                assert luhn.is_valid(digits)
    assert checked > 20  # checksum-carrying RRNs validated by python-stdnum itself


def _fold(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in s)


def test_recall_per_type(report: dict[str, Any]) -> None:
    recall: dict[str, float] = report["recall"]
    assert set(recall) >= STRUCTURED_TYPES | {"address", "person_name"}
    for ptype, value in recall.items():
        floor = 0.98 if ptype in STRUCTURED_TYPES else 0.9
        assert value >= floor, (ptype, value, report)


def test_decoy_false_positive_rate(report: dict[str, Any]) -> None:
    assert report["n_decoys"] > 300
    assert report["decoy_fp_rate"] <= 0.02, report["decoy_false_positives"]
    # Decoys that resemble number words, names and spelled e-mails (issue 10).
    assert report["decoy_fp_rate_by_variant"]["lookalike"] <= 0.02, report


def test_every_obfuscation_variant_is_caught(report: dict[str, Any]) -> None:
    for variant, value in report["recall_by_variant"].items():
        assert value >= 0.97, (variant, value)


def test_evaluate_counts_misses_and_false_positives() -> None:
    samples = generate_corpus(200, seed=3)
    blind = evaluate(samples, scanner=lambda text: [])
    assert all(v == 0.0 for v in blind["recall"].values())
    assert blind["decoy_fp_rate"] == 0.0
