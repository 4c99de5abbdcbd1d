"""몇 번 after 전화 asks for a number to call, in the documents' reader and the FAQ's."""

from __future__ import annotations

import pytest

from tools.faq_reading import read_question
from tools.rag.answer_types import answer_type


@pytest.mark.parametrize(
    "question",
    ["상담 전화 몇번으로 하면 돼요", "매장 전화번호는 몇 번인가요", "전화번호 몇번이야"],
)
def test_a_phone_number_asked_with_몇번_is_no_count(question: str) -> None:
    assert answer_type(question) is None
    assert read_question(question).kind is None


@pytest.mark.parametrize("question", ["이 약 하루에 몇 번 먹어요?", "전화 몇 번 해야 돼요?"])
def test_how_many_times_is_still_a_count(question: str) -> None:
    assert answer_type(question) == "count"
