"""Wrong figures found by the coordinator's probes of landing 46, each now declined.

All were answered on main: the amount before a percent change asked and the amount after it
computed ("작년엔 얼마", "원래 얼마", "before tax"); weeks off work read as the weeks worked; the
fuel already in a tank dropped; two prices compared read as one bill; a raise asked with 몇
answered with the new salary; a count from which another unit price holds read as a
second purchase; the time to reach a target answered with a sum. The step goes on to a tier
that reads the words. A further percent ("거기서 3% 더 오르면") replaced the first one.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.calculator_unread_cues_52w import unread_cue_52w
from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.planner import split_steps

_NOW = datetime(2026, 12, 5, 9, 0)


@pytest.mark.parametrize(
    "text",
    [
        # The amount before the change asked (was: the amount after it, or the change alone).
        "도시가스비 월 9만원인데 작년보다 20% 올랐대 작년엔 얼마였어",
        "지금 금값 한돈 48만원인데 지난달보다 6% 오른거면 지난달엔 얼마",
        "세일해서 4만8천원인데 20% 할인된 가격이래 원래 얼마야",
        "my take-home is 2,400 a month after 25% tax, what is it before tax",
        # Weeks off work come off the year (was: the rate times the weeks off).
        "i earn 19 an hour and work 35 hours a week, what's that a year with 4 weeks unpaid leave",
        "I make 31 an hour and 38 hours a week, what's that a year if I take 2 weeks off",
        # What is already in the tank (was: the whole tank).
        "diesel is 1.62 a litre and my tank is 70 litres, how much to fill it from a quarter full",
        # Two prices compared (was: the two added).
        "한 캔에 1,500원 맥주 6캔 묶음이 8,000원이면 낱개로 사는 게 얼마 더 비싸",
        "한 개에 2,000원 휴지 12개 묶음이 19,000원이면 묶음이 얼마나 싸",
        # The raise asked with 몇 (was: the new salary).
        "연봉 4천만원에서 5% 인상되면 월급 몇 오르는거야",
        # A count from which a unit price holds (was: a second purchase of that count).
        "볼펜 한자루 1200원인데 10자루 이상 사면 자루당 1000원 12자루 사면",
        "마스크 한장 500원 50장 넘으면 장당 400원이래 60장 사면",
        # The time to reach a target asked (was: the target and the step added).
        "자전거 80만원 사려고 한달에 15만원씩 모으면 몇달 걸려",
        "a yearly parking permit is 480 and a day ticket is 6.50, how many days to break even",
    ],
)
def test_a_figure_whose_role_is_unread_is_declined(text: str) -> None:
    assert run_chain(split_steps(text), _NOW) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # The amount after the change asked: still read forward.
        ("작년 월세가 60만원이었고 올해 5% 올랐어 올해 월세 얼마", "630,000원"),
        # A discounted price read back to the original where a form reads it.
        ("the jacket is 90 after a 25% discount, what was the original price", "120"),
        # A plain product with no time off, no tank, no comparison.
        ("점심 9천원씩 주 5일 4주 먹으면 한달 식비", "180,000원"),
    ],
)
def test_the_same_figures_with_their_roles_said_are_still_read(text: str, answer: str) -> None:
    result = run_chain(split_steps(text), _NOW)
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    ("question", "expression"),
    [
        # The change compared with the past ("작년보다 얼마 더") asks the change, not the past.
        ("월세 60만원인데 5% 올리면 작년보다 얼마 더 내", "600000 * 5 / 100"),
        # Time off already taken off the year.
        ("25 an hour, 40 hours a week, 50 weeks with 2 weeks unpaid leave", "25 * 40 * (52 - 2)"),
        # The rest of a half-full tank read.
        ("tank 60 litres half full at 1.70", "1.70 * 60 * 0.5"),
        # A difference of two prices.
        ("1,800원 24병 vs 묶음 32,000원 얼마 더 비싸", "1800 * 24 - 32000"),
    ],
)
def test_readings_that_use_the_cue_are_let_through(question: str, expression: str) -> None:
    assert unread_cue_52w(question, expression) is None


def _follow_up_answer(first: str, turn: str) -> str | None:
    followed = resolve_in_conversation([first], turn, _NOW)
    return None if followed is None else followed.result.answer


def test_a_further_percent_from_the_result_compounds() -> None:
    # "거기서 5% 더 오르면" after a 20% rise: 5% of the risen amount (was: 5% of the first).
    assert _follow_up_answer("연봉 4000만원에서 20% 오르면 얼마", "거기서 5% 더 오르면?") == (
        "50,400,000원"
    )


def test_a_further_percent_never_replaces_the_first() -> None:
    # "5% 더 오르면" says by how much more, never that the 20% was 5% (was: 42,000,000원).
    assert _follow_up_answer("연봉 4000만원에서 20% 오르면 얼마", "5% 더 오르면?") != (
        "42,000,000원"
    )
