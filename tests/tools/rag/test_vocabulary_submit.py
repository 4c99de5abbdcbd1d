"""내다 is both 'pay' and 'hand in': the everyday vocabulary must not read it as pay."""

from __future__ import annotations

from agents.documents import plan_document_step
from tools.rag import DocumentStore
from tools.rag.crosslingual import everyday_vocabulary

_RULES = (
    "# 결석\n\n결석은 한 학기에 최대 10일까지 할 수 있습니다. "
    "결석이 3일 이상이면 진단서를 제출해야 합니다."
)
# An English page where "pay" and a certificate meet: read as pay, 내야 draws it in.
_FEES = (
    "# Fees\n\nA medical certificate costs 5,000 won. "
    "You pay for it at the front desk before you leave."
)


def test_handing_in_a_form_is_not_read_as_a_payment(lexical_store: DocumentStore) -> None:
    lexical_store.ingest_texts(
        [("school_rules_ko.md", _RULES), ("clinic_fees_en.md", _FEES)], "school", markdown=True
    )
    question = "결석 며칠부터 진단서 내야 돼요?"
    with everyday_vocabulary(True):
        plan = plan_document_step(lexical_store, question, collection="school", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "3일 이상" in plan.answer
