"""The shipped sample workflows: valid, and their own cases pass against their real MCP servers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.workflow.loader import load_folder
from core.workflow.validate import Known
from tests.workflow.sample_env import REPO, sample_config, switchyard
from tools.builtin import builtin_tools

SAMPLES = REPO / "workflows"


def test_every_sample_is_valid_and_has_cases() -> None:
    known = Known(
        tools=frozenset({*builtin_tools().names(), "outbox.*", "sales.*", "review.*"}),
        collections=frozenset({"default"}),
        workflows=None,
    )
    folder = load_folder(SAMPLES, known)
    assert folder.problems == {}
    assert {"support_triage", "document_review", "sales_report"} <= set(folder.workflows)
    for loaded in folder.workflows.values():
        assert loaded.workflow.cases, f"{loaded.name} ships without cases"


@pytest.mark.slow
def test_support_triage_cases_pass_and_send_only_the_approved_reply(tmp_path: Path) -> None:
    done = switchyard(sample_config(tmp_path), "workflow", "test", "support_triage", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert (report["cases"], report["failed"]) == (3, 0)
    assert "cloud" not in report["tiers"]
    # Three cases: one approved send, one rejected, one FAQ; exactly one message left.
    outbox = tmp_path / "outbox.jsonl"
    sent = [json.loads(line) for line in outbox.read_text(encoding="utf-8").splitlines()]
    assert [m["body"] for m in sent] == [
        "안녕하세요. 예약 변경을 도와드리겠습니다. 곧 연락드리겠습니다."
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "cases"), [("sales_report", 2), ("document_review", 2)])
def test_sample_cases_pass_on_their_servers(tmp_path: Path, name: str, cases: int) -> None:
    done = switchyard(sample_config(tmp_path), "workflow", "test", name, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert (report["cases"], report["failed"]) == (cases, 0)
    assert "cloud" not in report["tiers"]
    # Most of the work is code: the model writes one summary or fills one document's parties.
    assert report["tiers"]["deterministic"] > 0.7


@pytest.mark.slow
def test_document_review_maps_over_an_ingested_collection(tmp_path: Path) -> None:
    from tools.rag import DocumentStore

    contracts = [
        ("임대차.txt", "임대인: 이철수, 임차인: 최영수\n계약일 2026년 2월 1일, 보증금 5천만 원"),
        ("납품확인서.txt", "(주)서울약품은 2026.10.01 에 3,450,000원어치를 납품했다."),
        ("견적서.txt", "㈜한빛메디 견적. 유효기간 2026-12-31, 합계 1,200만원. 담당 010-2345-6789"),
    ]
    store = DocumentStore(tmp_path / "data", dense=False, background_embedding=False)
    store.ingest_texts(contracts, "contracts")
    store.close()
    env = sample_config(tmp_path)
    done = switchyard(
        env, "workflow", "run", "document_review", "-i", "collection=contracts", "--json"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "done", result["error"]
    assert result["outputs"]["documents"] == 3
    rows = result["outputs"]["table"].splitlines()[2:]
    by_source = {row.split("|")[1].strip(): row for row in rows}
    assert set(by_source) == {source for source, _ in contracts}
    assert "이철수, 최영수" in by_source["임대차.txt"]
    assert "2026-02-01" in by_source["임대차.txt"]
    assert "3,450,000원" in by_source["납품확인서.txt"]
    assert "있음: phone" in by_source["견적서.txt"]
    assert "없음" in by_source["납품확인서.txt"]
    # Every party had a pattern: no model ran, and each document has its own records.
    assert {s["tier"] for s in result["steps"]} == {"deterministic"}
    assert sum(s["node"].endswith("/fields") for s in result["steps"]) == 3
