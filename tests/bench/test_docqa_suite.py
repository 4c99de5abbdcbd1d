"""Document questions run end to end: a docqa question file as a checked workload suite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.workload.checks import check_turn
from bench.workload.docqa_suite import build_docqa_suite
from bench.workload.runner import run_workload
from bench.workload.suite import load_suite

DATA = Path(__file__).resolve().parent / "data"
QUESTIONS = DATA / "docqa_mini.json"
BAKERY = DATA / "bakery_ko.md"


def _expectations(tmp_path: Path) -> dict[str, dict[str, object]]:
    suite = build_docqa_suite(QUESTIONS, tmp_path / "suite", [BAKERY])
    assert (suite / "docs" / BAKERY.name).is_file()
    assert json.loads((suite / "mcp_servers.json").read_text()) == {"mcpServers": {}}
    return {
        turn.ask: dict(turn.expect or {})
        for conversation in load_suite(suite)
        for _, _, turn in conversation.cases()
    }


def test_each_kind_of_question_gets_its_expectation(tmp_path: Path) -> None:
    expect = _expectations(tmp_path)
    assert expect["단풍 빵집은 몇 시에 문을 열어요?"] == {
        "cites_any": ["bakery_ko.md"],
        "contains_any": ["07:00"],
    }
    # Any file of the 'also' alternatives may be cited.
    assert expect["약국은 토요일 몇 시까지 열어요?"]["cites_any"] == [
        "pharmacy_guide.md",
        "visitor_info_en.md",
    ]
    assert expect["단풍 빵집 사장님 이름이 뭐예요?"] == {
        "not_in_documents": True,
        "no_citation": True,
    }
    # General knowledge: a model's uncited answer is right, "not in the documents" is not asked.
    assert expect["What is the tallest mountain in the world?"] == {"no_citation": True}


def test_a_citation_of_any_alternative_file_counts() -> None:
    expect = {"cites_any": ["pharmacy_guide.md", "visitor_info_en.md"], "contains_any": ["13:00"]}
    english = {
        "answer": "Saturday: 09:00–13:00 [1]",
        "citations": [{"source": "data/samples/visitor_info_en.md"}],
        "steps": [{"tier": "deterministic"}],
    }
    assert check_turn(english, expect).ok
    other = {**english, "citations": [{"source": "data/samples/directions.md"}]}
    verdict = check_turn(other, expect)
    assert not verdict.ok and verdict.wrong_citation


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_questions_run_end_to_end(tmp_path: Path) -> None:
    suite = build_docqa_suite(QUESTIONS, tmp_path / "suite", [BAKERY])
    summary = run_workload(suite)
    assert summary["n"] == 4
    assert summary["wrong_document_answers"] == 0, summary["failures"]
    assert summary["per_category"]["doc_unanswerable"]["success"] == 1.0, summary["failures"]
    assert summary["personal_data_at_cloud"] == 0
