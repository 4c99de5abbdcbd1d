"""Follow-up forms the eighteenth unseen set found, each on examples of our own.

"하루 늦게 반납하면?" (days more, in words), "한 명은 안 내면?" (one payer fewer), "for two
of us" (the price of one, times the people), "before tax?" (the stated tax taken out),
"회사가 반만 내주면?" (a share paid by someone else), "cut it by a quarter" (a fraction off).
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
        # 42,000 a day for 3 days = 126,000; one day more, 168,000; two more, 210,000.
        ("캠핑장 하루 42,000원인데 3일 빌리면 얼마야", "하루 늦게 반납하면?", "168,000"),
        ("캠핑장 하루 42,000원인데 3일 빌리면 얼마야", "이틀 더 쓰면?", "210,000"),
        ("캠핑장 하루 42,000원인데 3일 빌리면 얼마야", "1일 더 빌리면?", "168,000"),
        (
            "캠핑장 하루 42,000원인데 3일 빌리면 얼마야",
            "what if i keep it one more day?",
            "168,000",
        ),
        # 52,500 among 3 = 17,500; one does not pay: among 2, 26,250.
        ("저녁값 52,500원을 3명이서 나누면 얼마씩이야", "한 명은 안 내면?", "26,250"),
        # 45,000 with a 10% fee = 49,500; for three people, 148,500.
        (
            "a museum pass is 45,000 won, how much with a 10% booking fee",
            "and for 3 people?",
            "148,500",
        ),
        # 4 x 9,000 = 36,000 with 10% tax, 39,600; before the tax, 36,000.
        ("4 salads at 9,000 won each plus 10% tax, what's the total", "before tax?", "36,000"),
        # 120,000: the company pays half, 60,000 left; insurance pays 30%, 84,000 left;
        # the writer pays 40% of it, 48,000.
        ("안경 렌즈 80,000원에 테 40,000원이면 총 얼마야", "회사가 반만 내주면?", "60,000"),
        ("안경 렌즈 80,000원에 테 40,000원이면 총 얼마야", "보험에서 30% 내주면?", "84,000"),
        ("안경 렌즈 80,000원에 테 40,000원이면 총 얼마야", "what if I only pay 40%?", "48,000"),
        # 250 kWh at 100 won = 25,000; a quarter less, 18,750; 20% less, 20,000.
        (
            "250 kWh at 100 won per kWh, how much is the bill",
            "what if we cut it by a quarter?",
            "18,750",
        ),
        ("250 kWh at 100 won per kWh, how much is the bill", "20% 줄이면?", "20,000"),
    ],
)
def test_one_figure_changed_in_new_words(first: str, then: str, figure: str) -> None:
    answer = _answer(first, then)
    assert answer is not None and figure in answer, answer


@pytest.mark.parametrize(
    ("first", "then", "guess"),
    [
        # A count of things already in the price: three people's share of it is unclear.
        (
            "4 salads at 9,000 won each plus 10% tax, what's the total",
            "and for 3 people?",
            "118,800",
        ),
        # Who pays the half is not said: not guessed.
        ("안경 렌즈 80,000원에 테 40,000원이면 총 얼마야", "반만 내주면?", "60,000"),
    ],
)
def test_what_the_words_do_not_settle_is_not_guessed(first: str, then: str, guess: str) -> None:
    answer = _answer(first, then)
    assert answer is None or guess not in answer, answer
