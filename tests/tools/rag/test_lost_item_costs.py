"""A lost thing's cost, stated right after the sentence about its return (tools.rag.answer).

Probe 28's "사물함 키 분실하면 비용 얼마 내요" was answered with the locker's rent: the
sentence before the cost ("사물함 열쇠 보증금 … 반납하면 돌려드립니다") is screened as a return,
not a loss, and its words were dropped, so the cost sentence ("열쇠를 잃어버리면 … 교체 비용
15,000원") no longer named the locker the question prices. A return is the same thing in
the other case: its words still carry. A document of our own.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage

_GYM = """## 개인 락커
- 개인 락커는 한 달에 8,000원입니다.
- 락커 열쇠 보증금 3,000원은 열쇠를 반납하면 돌려드립니다.
- 열쇠를 잃어버리면 보증금은 돌려드리지 않고 재발급 비용 12,000원을 받습니다.
"""


def _answer(question: str) -> str:
    passage = Passage(chunk_id="c1", source="gym.md", heading="개인 락커", text=_GYM)
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        # The collection holds the document's words only: "키" is no word of it.
        frequency=lambda term: 3 if term in _GYM else 0,
        document_text=lambda _: _GYM,
    ).text


def test_the_cost_of_a_lost_key_follows_its_return_sentence() -> None:
    quoted = _answer("락커 키 분실하면 비용 얼마 내요")
    assert "12,000원" in quoted and "8,000원" not in quoted
    # With the return sentence's words dropped, the monthly rent answered.
    with mock.patch("tools.rag.answer.names_no_loss", return_value=False):
        dropped = _answer("락커 키 분실하면 비용 얼마 내요")
    assert "12,000원" not in dropped


def test_a_question_about_the_return_is_still_answered_by_it() -> None:
    assert "3,000원" in _answer("락커 열쇠 반납하면 보증금 돌려줘요?")
