"""One pattern for a sum of money: a price and an amount read the same sums.

``tools.rag.prices`` (does a sentence state what something costs?) and
``tools.rag.answer_types``' amount evidence (does it hold how much?) had two near-copies
of the money pattern; each knew forms the other did not ("20 cents", "a 25.00 recovery
fee"). Sentences of our own; every one states a sum, so both must say so.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest

from tools.rag import prices
from tools.rag.answer_types import has_answer_type
from tools.rag.prices import money_spans, states_price

_SUMS = [
    "A replacement card is 20 cents at the front desk.",
    "Late returns carry a 12.00 overdue fee.",
    "분실 시 재발급은 공짜입니다.",
    "Members pay their co-payments at the counter.",
    "The locker deposit of 15.00 is refunded at the end of the month.",
    "주차는 30분에 1,500원입니다.",
    "Towels are 2.50 per visit.",
]


@pytest.mark.parametrize("sentence", _SUMS)
def test_a_sum_of_money_is_both_a_price_and_an_amount(sentence: str) -> None:
    assert states_price(sentence, "")
    assert has_answer_type(sentence, "amount")


@pytest.mark.parametrize(
    "sentence", ["The pool is 25 m long.", "하루 2알씩 드세요.", "Take 5 mg with water."]
)
def test_a_measure_is_an_amount_but_no_price(sentence: str) -> None:
    assert has_answer_type(sentence, "amount")
    assert not states_price(sentence, "")


def sign_and_one_digit() -> re.Pattern[str]:
    """The money pattern as it was: a currency sign and its first digit ("£1" of "£17.50")."""
    return re.compile(prices.MONEY.replace(r"[$₩€£]\s*" + prices._NUMBER, r"[$₩€£]\s*\d"), re.I)


def test_a_currency_sign_takes_its_whole_number() -> None:
    text = "Rabbits £9, cats £17.50, dogs $1,200.00 and ₩ 15,000"
    assert [text[a:b] for a, b in money_spans(text)] == ["£9", "£17.50", "$1,200.00", "₩ 15,000"]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Cats join for £12 a month.", "is it £10 a month for cats?"),
        ("A day pass is $25.", "is a day pass still $2?"),
    ],
)
def test_a_sum_sharing_its_first_digit_with_the_question_still_prices(
    sentence: str, question: str
) -> None:
    # "£1" of "£12" was in the question ("£10"), so the sentence's sum counted as the
    # question's own figure and the sentence stated no price.
    assert states_price(sentence, question)
    with mock.patch.object(prices, "_MONEY", sign_and_one_digit()):
        assert not states_price(sentence, question)
