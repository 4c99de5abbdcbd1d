"""The corpus suite fails when a detector rule of issue 10 is switched off.

Each test runs the generated corpus twice: as shipped (every new variant is
caught) and with one rule disabled (its variants are then missed), so a
regression that silently drops a rule cannot pass the suite.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

import core.privacy.scanner as scanner
from bench.privacy_corpus import evaluate, generate_corpus
from bench.privacy_corpus.spoken_forms import evaluate_split_turns, generate_split_turns
from core.privacy import scan, scan_recent_turns
from core.privacy.email_local_parts import detect_email_local_part
from core.privacy.frame_names_53p import detect_frame_names_53p
from core.privacy.intro_names import detect_introduced_names

N = 1600
SEED = 99
SPOKEN = ("ko_words", "native_words", "mixed_words", "lookalike", "spaced_digits", "dash_word")
SPOKEN_EN = ("en_words", "spaced_at", "spelled")
NAMES = ("self_intro", "running_text")


def _by_variant() -> dict[str, float]:
    report: dict[str, Any] = evaluate(generate_corpus(N, SEED), scan)
    by_variant: dict[str, float] = report["recall_by_variant"]
    return by_variant


def test_new_variants_are_caught_with_every_rule_on() -> None:
    by_variant = _by_variant()
    for variant in SPOKEN + SPOKEN_EN + NAMES:
        assert by_variant[variant] >= 0.97, (variant, by_variant)


def test_without_the_spoken_fold_number_words_and_spelled_emails_are_missed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scanner, "fold_spoken", lambda _norm: None)
    # redteam20's rule for an email's local part said alone ("my email starts jin.park")
    # also reads a spaced "jin.park @ mail.com": it is switched off with the fold.
    monkeypatch.setattr(
        scanner,
        "OTHER_DETECTORS",
        tuple(d for d in scanner.OTHER_DETECTORS if d is not detect_email_local_part),
    )
    by_variant = _by_variant()
    for variant in SPOKEN + SPOKEN_EN:
        assert by_variant[variant] < 0.5, (variant, by_variant)


def test_without_the_introduction_rules_names_are_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Round 53's frame names read introductions too ("이름이 …이야"): off with the rest.
    introductions = (detect_introduced_names, detect_frame_names_53p)
    kept = tuple(d for d in scanner.TEXT_DETECTORS if d not in introductions)
    assert len(kept) == len(scanner.TEXT_DETECTORS) - 2
    monkeypatch.setattr(scanner, "TEXT_DETECTORS", kept)
    by_variant = _by_variant()
    for variant in NAMES:
        assert by_variant[variant] < 0.5, (variant, by_variant)


def test_split_turns_need_the_joined_history() -> None:
    samples = generate_split_turns(150, SEED)
    joined = evaluate_split_turns(samples, scan_recent_turns)["recall"]
    assert min(joined.values()) >= 0.98, joined
    pairwise = evaluate_split_turns(samples, partial(scan_recent_turns, max_turns=1))
    assert pairwise["recall"]["phone"] < 0.5, pairwise
