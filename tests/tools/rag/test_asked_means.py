"""A Korean question whether one may pay by a means is answered only where that means is named.

Our own examples (a swimming pool's locker fee and a café's payment note), not the
unseen set's. The rule-off half shows the fee sentence quoted for a question about cards.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.asked_means import paying_means
from tools.rag.models import Passage

_LOCKER = Passage(
    chunk_id="l1",
    source="pool.md",
    heading="사물함 요금",
    text=(
        "사물함은 하루 1,000원의 요금을 냅니다. 한 달 사물함 요금은 15,000원이며 "
        "안내 데스크에서 냅니다."
    ),
)
_PAYING = Passage(
    chunk_id="p1",
    source="cafe.md",
    heading="결제",
    text="음료값은 카드와 현금 모두 받습니다. 모바일 상품권은 받지 않습니다.",
)


def test_a_fee_sentence_naming_no_card_does_not_answer_paying_by_card() -> None:
    answer = extractive_answer("사물함 요금은 카드로 내도 돼요?", [_LOCKER])
    assert not answer.covered
    # The rule off (and tools.rag.payment_means, which screens the same sentences for
    # naming no way to pay at all): the fee sentence is quoted, and it says nothing of cards.
    with (
        mock.patch("tools.rag.answer.means_unstated", return_value=False),
        mock.patch("tools.rag.subject_screens.names_no_payment_means", return_value=False),
    ):
        assert extractive_answer("사물함 요금은 카드로 내도 돼요?", [_LOCKER]).covered


def test_a_sentence_naming_the_means_still_answers() -> None:
    answer = extractive_answer("음료값 카드로 결제해도 되나요?", [_PAYING])
    assert answer.covered
    assert "카드" in answer.text


def test_only_a_means_of_paying_is_read() -> None:
    assert paying_means("현금으로 결제할 수 있나요?") == "현금"
    assert paying_means("뭐로 결제할 수 있어요?") is None  # a question word
    assert paying_means("반으로 나눠서 내도 돼요?") is None  # an amount
    assert paying_means("2층으로 가도 돼요?") is None  # no verb of paying
