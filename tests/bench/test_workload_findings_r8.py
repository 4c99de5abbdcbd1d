"""Findings of the third unseen set (turns3) that need the assistant, not only tools.

The tool-level mechanisms are pinned in ``tests/tools/test_unseen3_mechanisms.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.workload.runner import run_workload
from bench.workload.suite import SUITE_DIR
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tools.rag import DocumentStore

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    store.ingest_path(REPO / "data" / "samples")
    store.ingest_path(SUITE_DIR / "docs")
    return store


def test_a_korean_puzzle_with_no_model_that_writes_korean_names_what_to_configure(
    tmp_path: Path, docs: DocumentStore
) -> None:
    # No cloud tier, and the local model writes English only: the puzzle shares words with
    # the leave policy (연차, 휴가) but is no lookup, so the reply is the router's "which
    # model to configure", never "not in the documents".
    local = ScriptedChatModel(replies=[], model_name="test:local")
    settings = load_settings(
        data_dir=tmp_path / "data",
        tiers={"local": "test:local", "cloud": ""},
        models={"test:local": {"languages": ["en"]}},
        router={"difficulty_threshold": 1.0},
    )
    assistant = Assistant(build_services(settings, fakes={"local": local}, docs=docs, mcp=False))
    puzzle = (
        "연차가 15일인 직원 세 명이 휴가를 각각 다른 날 쓴다면 최소 며칠 동안 누군가는 "
        "휴가 중인지 단계별로 풀어서 설명해 주세요."
    )
    result = assistant.ask(puzzle).to_json()
    assert "exaone3.5" in result["answer"] and "OPENAI_API_KEY" in result["answer"]
    assert "문서에" not in result["answer"] and result["citations"] == []
    (step,) = result["steps"]
    assert step["tier"] == "deterministic"
    assert local.calls == []


# Cases known to fail, listed so the test fails when one starts passing, like a strict
# xfail. ("mileage rate", declined as "not in the documents: rate", passes since "rate"
# asks for an amount like "fee" and "price".)
KNOWN_OPEN: set[str] = set()


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_third_unseen_set_runs_on_the_real_servers(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    unseen = SUITE_DIR / "cases" / "unseen3_mixed.yaml"
    (tmp_path / "cases" / unseen.name).write_text(unseen.read_text(encoding="utf-8"))
    for name in ("docs", "servers", "mcp_servers.json"):
        (tmp_path / name).symlink_to(SUITE_DIR / name)
    summary = run_workload(tmp_path)
    assert summary["n"] >= 100
    assert summary["wrong_answers"] == 0 and summary["invented_tool_results"] == 0
    assert summary["personal_data_at_cloud"] == 0
    assert {f["id"] for f in summary["failures"]} == KNOWN_OPEN, summary["failures"]
