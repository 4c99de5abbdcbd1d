"""A follow-up span said with 반 / "and a half" ("2년 반", "4시간 반") is N.5, or no reading."""

from __future__ import annotations

import pytest

from tests.tools.followup_cases import NOW, assert_follow_up_resolves
from tools.followups import resolve_in_conversation

_DEPOSIT = "500만 원 연 3% 단리로 1년 맡기면 이자 얼마야"
_WAGE = "시급 10000원으로 2시간 일하면 얼마야"


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        (_DEPOSIT, "3년 반 두면?", "525,000원"),
        (_DEPOSIT, "4년반이면?", "675,000원"),
        (_WAGE, "5시간 반이면?", "55,000원"),
        # Read whole by the price reader since turns27: 1.5 hours, never 1 nor half of 2.
        (_WAGE, "an hour and a half?", "15,000원"),
        # The plain count is still read as before.
        (_DEPOSIT, "3년이면?", "450,000원"),
    ],
)
def test_a_span_and_a_half_is_read_whole(earlier: str, text: str, answer: str) -> None:
    assert_follow_up_resolves([earlier], text, answer)


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        # A half the plain form cannot join to its figure: no reading, never the count alone
        # nor half the result.
        (_DEPOSIT, "3 and a half years?"),
        ("매달 20만원씩 1년 모으면 얼마야", "세 달 반이면?"),
    ],
)
def test_a_half_that_cannot_be_joined_is_no_reading(earlier: str, text: str) -> None:
    assert resolve_in_conversation([earlier], text, NOW) is None


def test_half_of_the_result_is_still_half() -> None:
    assert_follow_up_resolves(["50000원의 30%는?"], "그 반은?", "7,500원")
