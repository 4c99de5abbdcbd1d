"""Date questions the nineteenth unseen set typed, each on examples of our own."""

from __future__ import annotations

import pytest

from tools.dates_spoken_more import restate_more_date_forms
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # 2027-09-15 is a Wednesday; the Friday after it is the 17th.
        ("오늘이 2027년 9월 15일 수요일이면 이번 주 금요일은 며칠이야", "9월 17일"),
        ("2027년 9월 15일(수) 기준 다음 주 월요일은 며칠이야", "9월 20일"),
        # 2027-02-01 to 2027-03-20: 47 days.
        ("2027년 2월 1일 기준으로 3월 20일 면접까지 D-며칠이야", "47일"),
        ("2027년 2월 1일 기준으로 3월 20일 면접까지 며칠이야", "47일"),
        ("december 24 2027 falls on what day", "Friday"),
        ("what day does oct 3 2027 fall on", "Sunday"),
    ],
)
def test_date_questions_as_people_type_them(question: str, answer: str) -> None:
    result = match_deterministic(question)
    assert result is not None and answer in result.answer, result


def test_a_weekday_that_disagrees_with_its_date_is_kept() -> None:
    # 2027-09-15 is a Wednesday: "금요일" is not dropped, so no date is answered from it.
    said = "오늘이 2027년 9월 15일 금요일이면 이번 주 금요일은 며칠이야"
    assert "금요일이면" in restate_more_date_forms(said)
    assert "15일이면" in restate_more_date_forms(said.replace("금요일이면", "수요일이면"))
