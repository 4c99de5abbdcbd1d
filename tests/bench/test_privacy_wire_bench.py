"""bench/privacy_wire.py: the wire screen's firing rate on public text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.privacy_wire import DEFAULT_ROUTING_DIR, faq_texts, firing_rate, main

REPO = Path(__file__).resolve().parents[2]


def test_firing_rate_counts_texts_with_any_finding() -> None:
    result = firing_rate(["What time is it?", "call 010-1234-5678", "ref 900101"])
    assert result["n"] == 3
    assert result["wire_screen_rate"] == round(2 / 3, 4)
    assert result["scanner_rate"] == round(1 / 3, 4)
    assert result["wire_screen_kinds"]["digits"] == 2


def test_faq_questions_pass_the_screen() -> None:
    questions, answers = faq_texts(REPO / "data" / "faq.yaml")
    assert len(questions) > 20 and answers
    assert firing_rate(questions)["wire_screen_rate"] == 0.0


@pytest.mark.skipif(not DEFAULT_ROUTING_DIR.is_dir(), reason="needs ../shared/data/routing")
def test_bench_reports_every_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--limit", "40"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"faq_questions", "faq_answers", "sample_documents"} <= set(out)
    replays = [k for k in out if k.startswith("replay:")]
    assert replays and all(out[k]["n"] == 40 for k in replays)
    overall = out["public_questions_overall"]
    assert overall["n"] == out["faq_questions"]["n"] + 40 * len(replays)
    assert 0.0 <= overall["wire_screen_rate"] < 0.5
