"""Rules found on blind set 12's wrong answers, each on examples of our own.

- a price question ("얼마예요?") is answered by a sum of money, not by a size or a
  headcount, and a discount rate answers only a question about a discount;
- a money noun right before 얼마나 ("보증금 얼마나 먼저") asks an amount, not how early;
- a price question's item must be named by the sentence quoted (or its heading or the
  sentence before it);
- "how long do I have to pay?" asks for a deadline: a period counted from the due date,
  or one stating no limit at all, does not answer it;
- a table row states the figures heading its columns ("| 화분 | 소 | 중 |").
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.deadlines import misses_deadline
from tools.rag.models import Passage
from tools.rag.prices import asks_price, states_price
from tools.rag.qualifiers import answers_another_question


def test_a_price_question_is_not_answered_by_a_size() -> None:
    question = "장미 꽃다발 큰 거 얼마예요?"
    assert asks_price(question)
    assert not has_answer_type(
        "꽃다발은 작은 것이 30cm, 큰 것이 50cm(장미 20송이)입니다.", "amount", question=question
    )
    assert has_answer_type("큰 꽃다발은 45,000원입니다.", "amount", question=question)
    # A measured quantity asked with 얼마 is still answered by its unit.
    assert not asks_price("하루 복용량 얼마예요?")


def test_a_discount_rate_answers_a_discount_question_only() -> None:
    coupon = "회원에게는 생일 달에 꽃다발 15% 할인 쿠폰을 드립니다."
    assert not states_price(coupon, "튤립 한 송이 얼마예요?")
    assert states_price(coupon, "회원 할인 얼마나 돼요?")
    # A share of a price that is no discount still states what is paid.
    assert states_price("주문할 때 꽃값의 30%를 먼저 내셔야 합니다.", "선금 얼마예요?")


def test_a_money_noun_before_eolmana_asks_an_amount() -> None:
    assert answer_type("헬스장 보증금 얼마나 먼저 내야 돼요?") == "amount"
    # Without a money noun, 얼마나 먼저 still asks how early.
    assert answer_type("수업 얼마나 먼저 와야 돼요?") == "duration"


def test_the_deposit_rule_of_the_asked_item_answers() -> None:
    rules = Passage(
        chunk_id="f1",
        source="flowers.md",
        heading="선금과 결제",
        text=(
            "웨딩 부케는 주문할 때 꽃값의 30%를 선금으로 보내 주셔야 합니다. "
            "행사 장식은 행사 5일 전까지 전액을 결제해 주세요."
        ),
    )
    answer = extractive_answer("웨딩 부케 선금 얼마나 먼저 보내요?", [rules])
    assert answer.covered
    assert answer.sentences[0].text.startswith("웨딩 부케는")
    assert all("행사" not in s.text for s in answer.sentences)


def test_a_sum_under_the_items_section_that_names_no_item_declines() -> None:
    stamps = Passage(
        chunk_id="s1",
        source="cafe.md",
        heading="도장",
        text=(
            "빵을 10,000원어치 살 때마다 도장을 하나 찍어 드립니다. "
            "도장 8개를 모으면 라떼 한 잔으로 바꿔 드립니다."
        ),
    )
    counts = {"라떼": 1, "잔": 2, "빵": 4, "도장": 1}
    answer = extractive_answer(
        "라떼 한 잔 얼마예요?", [stamps], frequency=lambda token: counts.get(token, 0)
    )
    assert not answer.covered


def test_a_deadline_question_is_not_answered_by_a_period_after_the_deadline() -> None:
    question = "how long do I have to pay the water bill once it arrives?"
    assert misses_deadline(
        question, "A reminder is posted if the bill is still open 7 days after its due date."
    )
    assert misses_deadline(question, "We read your meter again after 90 days.")
    assert not misses_deadline(question, "Each water bill is due 21 days after it is posted.")
    # A question about being late is answered by what follows the due date.
    assert not misses_deadline(
        "how long do I have to pay before a late fee?",
        "A late fee is added 7 days after its due date.",
    )
    # "How long do I have to wait" asks how long something lasts, not a deadline.
    assert not misses_deadline(
        "how long do I have to wait for a refund?", "Refunds are sent after 10 days."
    )


def test_a_table_row_states_the_figures_heading_its_columns() -> None:
    table = "| 화분 | 1호 | 2호 |\n|---|---|---|\n| 몬스테라 | 25,000원 | 40,000원 |\n"
    row = "| 몬스테라 | 25,000원 | 40,000원 |"
    assert not answers_another_question("몬스테라 2호 얼마예요?", row, row, table)
    assert answers_another_question("몬스테라 5호 얼마예요?", row, row, table)


def test_the_due_date_answers_how_long_one_has_to_pay() -> None:
    billing = Passage(
        chunk_id="w1",
        source="water.md",
        heading="Paying your water bill",
        text=(
            "A reminder fee of $5 is added if a water bill is still unpaid 7 days after "
            "its due date. Each water bill is due 21 days after it is posted."
        ),
    )
    answer = extractive_answer("how long do I have to pay my water bill?", [billing])
    assert answer.covered
    assert [s.text for s in answer.sentences] == [
        "Each water bill is due 21 days after it is posted."
    ]


def test_a_bill_that_comes_to_how_much_asks_a_price() -> None:
    question = "에어컨 다른 방으로 옮겨 달면 얼마 나와요?"
    assert asks_price(question)
    assert not has_answer_type(
        "에어컨 이전은 3일 전까지 고객센터에 신청해 주세요.", "amount", question=question
    )
    assert has_answer_type("에어컨 이전 설치비는 50,000원입니다.", "amount", question=question)
    # 얼마나 with a verb after it still asks a degree, not a price.
    assert not asks_price("에어컨 설치 얼마나 와요?")


def test_a_price_table_with_its_currency_said_above_states_prices() -> None:
    alley = Passage(
        chunk_id="a1",
        source="bowling.md",
        heading="Bowling > Prices",
        text=(
            "| Game | Adult | Child |\n|---|---|---|\n"
            "| Weekday game | 5,000 | 4,000 |\n"
            "| Weekend game | 6,500 | 5,000 |\n\n"
            "- Adult shoe rental costs 2,000 won."
        ),
    )
    question = "how much is a weekend game for an adult?"
    assert states_price("6,500 5,000", question)
    answer = extractive_answer(question, [alley], max_sentences=1)
    assert answer.covered and "6,500" in answer.text  # not the shoe rental
    # Sums beside other words are no price table's cells, nor a sum the question states.
    assert not states_price("1,200 seats", question)
    assert not states_price("6,500", "is a weekend game 6,500?")
