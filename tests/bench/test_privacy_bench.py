"""bench/privacy.py prints the evaluation JSON."""

from __future__ import annotations

import json

import pytest

from bench.privacy import main, naive_scan


def test_bench_prints_evaluation_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--n", "300", "--seed", "5", "--no-ko-pii"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 300
    ours, naive = out["switchyard"], out["baseline_naive_regex"]
    assert set(ours["recall"]) == set(naive["recall"])
    assert ours["structured_recall_min"] >= naive["structured_recall_min"]
    assert {"p50_ms", "p95_ms", "n"} <= set(ours["scan_500_chars"])
    assert out["ko_pii"] == {"available": False}
    # The wire screen flags at least what the scanner finds, on every type.
    for ptype, recall in ours["recall"].items():
        assert out["wire_screen"]["recall"][ptype] >= recall, ptype
    split = out["split_turns"]
    assert min(split["scan_recent_turns"]["recall"].values()) >= 0.98
    assert split["scan_recent_turns"]["n"] == split["baseline_scan_conversation"]["n"] >= 30


def test_naive_baseline_finds_only_plain_forms() -> None:
    assert [s.type for s in naive_scan("900101-1234568")] == ["kr_rrn"]
    assert naive_scan("９００１０１－１２３４５６８") == []
