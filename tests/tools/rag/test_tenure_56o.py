"""owndocs56: years of service (근속) are the years a rule counts as worked (근무한).

"근속 길어지면 연차 몇년마다 하루씩 늘어요" was declined ("문서에 없는 내용: 근속") over a
leave rule "3년 이상 근무하면 2년마다 1일씩 연차가 늘어나며". The word group is data
(tools/rag/vocabulary.tsv, [documents]); our own rule texts, not the case file's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore

_RULES = """# 복리후생 규정

## 안식휴가
10년 이상 근무한 직원은 한 번에 한 달의 안식휴가를 받을 수 있습니다.

## 교육비
업무 관련 교육비는 연 100만 원까지 지원합니다.
"""


def test_tenure_is_time_worked() -> None:
    assert "근무" in equivalents("근속")
    assert "근속" in equivalents("근무")


@pytest.mark.parametrize(
    "question",
    ["근속 10년 넘으면 안식휴가 있어요?", "근속 10년 차면 안식휴가 받을 수 있나요?"],
)
def test_a_rule_counting_years_worked_answers_a_tenure_question(
    tmp_path: Path, question: str
) -> None:
    doc = tmp_path / "welfare.md"
    doc.write_text(_RULES, encoding="utf-8")
    store = DocumentStore(tmp_path / "data", dense=False)
    try:
        store.ingest_path(doc, "w")
        plan = plan_document_step(store, question, collection="w", pinned=False)
    finally:
        store.close()
    assert plan.kind == "extractive", plan.reasons
    assert "안식휴가" in plan.answer
