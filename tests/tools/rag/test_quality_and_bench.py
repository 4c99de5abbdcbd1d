"""Retrieval quality on the Korean fixture, and the SQuAD benchmark command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.retrieval import main, run_retrieval_bench
from tests.tools.rag.ko_fixture import write_squad

RECALL_KEYS = ("recall_at_1", "recall_at_5", "recall_at_10", "mrr")
CONTRACT_KEYS = (
    "n_questions",
    "n_passages",
    *RECALL_KEYS,
    "answer_in_top_sentence",
    "query_p50_ms",
    "query_p95_ms",
    "ingest_passages_per_s",
    "baseline_bm25_whitespace",
)


def _check_contract(result: dict[str, object]) -> None:
    for key in CONTRACT_KEYS:
        assert key in result, key
    baseline = result["baseline_bm25_whitespace"]
    assert isinstance(baseline, dict)
    assert set(RECALL_KEYS) <= set(baseline)


@pytest.mark.parametrize("dense", [False, True])
def test_korean_fixture_quality(tmp_path: Path, dense: bool) -> None:
    result = run_retrieval_bench(write_squad(tmp_path / "ko.json"), dense=dense)
    _check_contract(result)
    assert result["n_passages"] == 24 and result["n_questions"] == 48
    # Measured: lexical 0.958 / hybrid 0.979 recall@1, recall@5 1.0, answer in
    # top sentence 0.75; the whitespace baseline stays far below.
    assert float(str(result["recall_at_1"])) >= 0.9
    assert float(str(result["recall_at_5"])) >= 0.97
    assert float(str(result["answer_in_top_sentence"])) >= 0.65
    baseline = result["baseline_bm25_whitespace"]
    assert isinstance(baseline, dict)
    assert float(str(result["recall_at_1"])) > baseline["recall_at_1"]


def test_squad_bench_lexical(shared_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    squad = shared_data / "squad" / "squad_v1.1_dev_superbowl50.json"
    assert main(["--squad", str(squad), "--json", "--no-dense"]) == 0
    result = json.loads(capsys.readouterr().out)
    _check_contract(result)
    assert result["n_passages"] == 54 and result["n_questions"] == 810
    assert result["recall_at_1"] > result["baseline_bm25_whitespace"]["recall_at_1"]
    assert result["recall_at_5"] > result["baseline_bm25_whitespace"]["recall_at_5"]


@pytest.mark.slow
def test_squad_bench_hybrid(shared_data: Path) -> None:
    squad = shared_data / "squad" / "squad_v1.1_dev_superbowl50.json"
    result = run_retrieval_bench(squad, dense=True)
    _check_contract(result)
    assert result["embed_chunks"] == result["n_chunks"]
    assert result["recall_at_1"] > result["baseline_bm25_whitespace"]["recall_at_1"]  # type: ignore[index]
    assert float(str(result["recall_at_5"])) >= 0.93
