"""사이즈 is the loanword for 크기 (size): a question asking a 사이즈 is answered by a 크기."""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore

_SHOP = (
    "# 운동화 세탁\n\n운동화 세탁은 한 켤레에 6,000원입니다. 3일 뒤에 찾아가세요.\n\n"
    "# 이불 세탁\n\n이불은 크기가 퀸 이하이면 15,000원, 킹이면 20,000원입니다."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("이불 사이즈가 킹이면 얼마예요?", "20,000원")],
)
def test_a_size_asked_as_saijeu_is_the_documents_keugi(
    lexical_store: DocumentStore, question: str, expected: str
) -> None:
    lexical_store.ingest_texts([("laundry_prices.md", _SHOP)], "shop", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="shop", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer
