"""Forms found by the ninth unseen set, resolved in code, and the near misses that are not.

The workload's threads are replayed by ``tests/bench/test_workload_followups.py``; these
pin each mechanism with the team's own wordings (Korean and English).
"""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import NOW, assert_answered_in_code, assert_follow_up_resolves
from tools.followups import about_previous_result, resolve_in_conversation


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        # A bare figure in the previous amount's 만 scale (bare_figure_in_scale).
        (["월급 300만원이면 연봉 얼마야"], "350이면?", "42,000,000원"),
        (["연봉 6천만원이면 월급 얼마야"], "그럼 7이면?", "5,833,333원"),
        # A share kept of the previous result, with no percentage of its own before.
        (["월급 250만원이면 연봉으로 얼마야"], "세후 85%면?", "25,500,000원"),
        (["월급 250만원이면 연봉으로 얼마야"], "실수령 80%면", "24,000,000원"),
        # After a share taken off, the share kept says how much is taken: 100 less it
        # (the percentage replaced by 85 had taken 85% off).
        (["월급 400만원에서 세금 10% 떼면"], "세후 85%면?", "3,400,000원"),
        # Without the words of keeping, a new percentage replaces the one taken off.
        (["월급 400만원에서 세금 10% 떼면"], "15%면?", "3,400,000원"),
        (["What's 4,000 times 12?"], "and at 90% after tax?", "43,200"),
        # A new price for the unit the previous question priced (new_unit_price).
        (
            ["my car does 12 km per litre, trip is 240 km, fuel is 1,800 won a litre. fuel cost?"],
            "what if it was 1,700 per liter?",
            "34,000원",
        ),
        (["gas is $4.00 a gallon, how much for 12 gallons"], "and at $4.50 a gallon?", "$54.00"),
        (
            ["연비 12km/L인데 240km 가면 기름값 얼마야? 리터당 1,800원"],
            "리터당 1,650원이면?",
            "33,000원",
        ),
        # The days a week of a wage chain, replaced (days_a_week_changed).
        (["시급 12,000원 하루 4시간 주3일 2주 동안 일하면"], "주 2일만 하면?", "192,000원"),
        (["시급 10,030원 하루 6시간 주 4일 알바하면 일주일에 얼마"], "주 2일이면?", "120,360원"),
        (
            ["I earn 15 an hour, 8 hours a day, 5 days a week for 4 weeks, how much"],
            "what if i only work 3 days a week?",
            "1,440",
        ),
        # The day a count is taken on (기준), moved by a span.
        (["2000년 3월 1일생이면 2026년 2월 28일 기준 만나이 몇살"], "하루 뒤면?", "만 26세"),
        (["2000년 3월 1일생이면 2026년 3월 2일 기준 만나이 몇살"], "이틀 전이면", "만 25세"),
        (["2000년 3월 1일생이면 2026년 2월 28일 기준 만나이 몇살"], "a day later?", "만 26세"),
        (
            ["시험이 2027년 6월 3일인데 2027년 4월 20일 기준으로 며칠 남았어"],
            "일주일 뒤면?",
            "37일",
        ),
    ],
)
def test_set9_follow_up_forms_resolve_in_code(earlier: list[str], text: str, answer: str) -> None:
    assert_follow_up_resolves(earlier, text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("시급 12,000원 하루 4시간 주3일 2주 동안 일하면", "288,000원"),
        ("시급 10000원 하루 5시간 주 3일 4주면 얼마", "600,000원"),
        ("I earn 15 an hour, 8 hours a day, 5 days a week for 4 weeks, how much", "2,400"),
    ],
)
def test_an_hourly_wage_over_weeks_is_read_in_code(text: str, answer: str) -> None:
    # The weeks worked after the days a week ("주5일 4주") left a figure unread.
    assert_answered_in_code(text, answer)


def test_a_figure_of_another_size_is_not_read_in_the_scale() -> None:
    # 3 after 300만 is no restatement of that amount (3만? 3 won?): not read in its scale.
    assert resolve_in_conversation(["월급 300만원이면 연봉 얼마야"], "3이면?", NOW) is None


def test_no_day_counted_on_means_nothing_to_move() -> None:
    # The question has no 기준 day: "하루 뒤면?" moves nothing here.
    assert (
        resolve_in_conversation(["2027년 1월 1일에서 100일 후는 언제야"], "하루 뒤면?", NOW) is None
    )


@pytest.mark.parametrize(
    "text", ["가장 큰 건?", "제일 적은 값은 뭐야", "and the largest one?", "what's the cheapest?"]
)
def test_a_superlative_with_no_subject_is_about_the_previous_answer(text: str) -> None:
    # It picks among what the last answer gave: a model with that answer, not a search.
    assert about_previous_result(text)


@pytest.mark.parametrize("text", ["가장 가까운 약국은?", "제일 싼 요금제는?", "the cheapest plan?"])
def test_a_superlative_naming_its_own_subject_may_be_looked_up(text: str) -> None:
    assert not about_previous_result(text)
