"""A web address pasted into a question asks nothing: its words set no answer type.

Examples written for this test (a shop's pages, a clinic's FAQ).
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import answer_type


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "price" in the query string is no question for an amount: 어디서 asks a place.
        ("주문 https://shop.example/order?id=88&price=12000 물건은 어디서 받아요?", "place"),
        ("www.shop.example/item?when=today 에 나온 상품은 얼마예요?", "amount"),
        ("What does the page at https://clinic.example/faq?topic=cost say?", None),
    ],
)
def test_a_web_address_in_a_question_sets_no_answer_type(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind
