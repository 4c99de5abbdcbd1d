"""Follow-up forms the seventeenth unseen set found, each on examples of our own.

"tax included?" (VAT on top), "40% 말고 반값이면?" (the discount made 50%), "연봉으로는?"
(a monthly figure times 12), "one more person" (a singular head), "and 3 years?" (a span
with no preposition of its own).
"""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation


def _answer(first: str, then: str) -> str | None:
    resolved = resolve_in_conversation([first], then)
    return None if resolved is None else resolved.result.answer


@pytest.mark.parametrize(
    ("first", "then", "figure"),
    [
        # 3 x 15,000 = 45,000; with 10% VAT 49,500 (the reading said with it).
        ("3 tickets at 15,000 won each, total?", "tax included?", "49,500"),
        ("택배비 8,000원짜리 5개면 얼마야", "부가세 붙이면?", "44,000"),
        ("2 shirts at 30,000 won each, total?", "plus 8% tax?", "64,800"),
    ],
)
def test_vat_is_added_on_top_of_an_amount_in_won(first: str, then: str, figure: str) -> None:
    answer = _answer(first, then)
    assert answer is not None and figure in answer


def test_tax_on_dollars_is_not_guessed() -> None:
    assert _answer("what is 40 dollars times 3", "tax included?") is None


@pytest.mark.parametrize(
    ("first", "then", "figure"),
    [
        # Half price of the 86,000 listed: 43,000 (not half of the 40%-off 51,600).
        ("가방 86,000원인데 40% 할인하면 얼마야", "40% 말고 반값이면?", "43,000"),
        ("a jacket is 90,000 won with 20% off, how much", "half price instead?", "45,000"),
    ],
)
def test_half_price_replaces_the_discount(first: str, then: str, figure: str) -> None:
    answer = _answer(first, then)
    assert answer is not None and figure in answer


def test_half_price_after_no_discount_still_halves() -> None:
    answer = _answer("정가 52,000원짜리 신발 2켤레 사면 얼마?", "그럼 반값이면?")
    assert answer is not None and "52,000" in answer


@pytest.mark.parametrize("then", ["연봉으로는?", "annually?"])
def test_a_monthly_figure_asked_for_a_year(then: str) -> None:
    # 2,750,000 a month x 12 = 33,000,000.
    answer = _answer("월급 2,500,000원에서 10% 오르면 얼마야", then)
    assert answer is not None and "33,000,000" in answer


def test_an_hourly_wage_is_not_made_yearly() -> None:
    assert _answer("시급 12,000원으로 하루 6시간 일하면", "연봉으로는?") is None


def test_one_more_person_in_the_singular_joins_the_split() -> None:
    # 84,000 split 4 ways = 21,000; one more person: 5 ways, 16,800.
    answer = _answer(
        "dinner was 84,000 won split 4 ways, how much each", "what if one more person joins?"
    )
    assert answer is not None and "16,800" in answer


def test_a_span_without_its_preposition_keeps_the_steps_own() -> None:
    # 420,000 a month for 3 years = 15,120,000.
    answer = _answer("a lease is 420,000 won a month, how much for 10 months", "and 3 years?")
    assert answer is not None and "15,120,000" in answer


def test_a_day_count_replaces_the_days_a_step_already_counts() -> None:
    # 3,200 x 2 a day x 30 days = 192,000; for 20 days 128,000 (not 192,000 x 20).
    first = "3,200원짜리 우유를 하루 2개씩 30일 마시면 얼마야"
    assert _answer(first, "주말 빼고 20일이면?") == "128,000원"


def test_a_figure_for_one_day_is_still_multiplied_by_the_days() -> None:
    # 11,000 x 6 hours = 66,000 a day; 4 days 264,000.
    answer = _answer("시급 11,000원으로 하루 6시간 일하면 얼마야", "4일이면?")
    assert answer is not None and "264,000" in answer


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("매달 15만 원씩 2년 동안 모으면 얼마야?", "연봉으로는?"),
        ("$50 a month for 18 months?", "annually?"),
    ],
)
def test_a_total_over_a_span_is_not_made_yearly(first: str, then: str) -> None:
    resolved = resolve_in_conversation([first], then)
    assert resolved is None or resolved.how != "a monthly figure for a year (× 12)"
