"""Who (or when) explains something is a lookup; asking to explain it is not."""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore
from tools.rag.synthesis import asks_to_compose, needs_synthesis

_GUIDE = (
    "# 성적 확인\n\n기말 성적은 학기 말 일주일 안에 공개됩니다. "
    "성적은 담임 선생님이 면담에서 설명해 드리며, 문자로는 알려 드리지 않습니다."
)


@pytest.mark.parametrize(
    "question",
    [
        "성적은 누가 설명해줘요?",
        "이의 신청 절차는 누구한테 설명해 달라고 해야 하나요?",
        "언제 설명해 주나요?",
        "who will explain the grades to us?",
        "when does the teacher explain the marks",
    ],
)
def test_asking_who_or_when_explains_is_a_lookup(question: str) -> None:
    assert needs_synthesis(question)[0] is False
    assert asks_to_compose(question) is False


@pytest.mark.parametrize(
    "question",
    [
        "성적 기준을 설명해 주세요",
        "이 규정 설명해줘. 누가 만든 거야?",
        "who decides the grades? please explain the rule",
        "who will explain why my grade dropped",
    ],
)
def test_a_request_to_explain_still_asks_to_compose(question: str) -> None:
    assert needs_synthesis(question)[0] is True


def test_who_explains_is_answered_by_the_role_the_sentence_names(
    lexical_store: DocumentStore,
) -> None:
    lexical_store.ingest_texts([("school_guide.md", _GUIDE)], "school", markdown=True)
    question = "성적은 누가 설명해줘요? 문자로도 알려주나요"
    plan = plan_document_step(lexical_store, question, collection="school", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "담임 선생님" in plan.answer
