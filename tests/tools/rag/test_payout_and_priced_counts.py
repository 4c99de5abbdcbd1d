"""What is paid out is not answered by a fee; the price of N sessions only by N of them."""

from __future__ import annotations

from tools.rag.payout_questions import misses_payout
from tools.rag.priced_counts import misses_priced_count
from tools.rag.qualifiers import answers_another_question

_FEE = (
    "If you lose your locker key, we open the locker after checking your ID and charge 5,000 won."
)
_PAYS = "If a coat is stolen from our cloakroom, we pay up to 300,000 won."


def test_a_payout_question_needs_a_payment_to_someone() -> None:
    asked = "if my coat goes missing how much do you pay out"
    assert misses_payout(asked, _FEE)
    assert answers_another_question(asked, _FEE)
    assert misses_payout(
        "코트 잃어버리면 보상금은 얼마예요?", "열쇠를 잃어버리면 5,000원을 냅니다."
    )
    assert not misses_payout(asked, _PAYS)
    assert not misses_payout(
        "코트 잃어버리면 보상금은 얼마예요?", "분실 시 최대 30만 원까지 배상합니다."
    )


def test_a_fee_question_is_left_alone() -> None:
    assert not misses_payout("how much is a new locker key", _FEE)


def test_the_price_of_n_sessions_needs_n_sessions_priced() -> None:
    threshold = "그룹 요가는 1회 20,000원이며 10회 이상만 등록할 수 있습니다."
    assert misses_priced_count("요가 40회 가격 얼마예요?", threshold)
    assert answers_another_question("요가 40회 가격 얼마예요?", threshold)
    assert not misses_priced_count("요가 10회 가격 얼마예요?", "| 요가 10회 | 180,000원 |")
    assert misses_priced_count("price of 40 classes", "Classes cost 20,000 won each.")
    assert not misses_priced_count("price of 40 classes", "A pass of 40 classes costs 600,000 won.")


def test_one_session_or_no_count_is_left_alone() -> None:
    # A price per session is written "회당" or "each": one session names no package.
    assert not misses_priced_count("요가 1회 가격 얼마예요?", "요가는 회당 20,000원입니다.")
    assert not misses_priced_count("요가 가격 얼마예요?", "요가는 회당 20,000원입니다.")
