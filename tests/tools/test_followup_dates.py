"""Follow-ups of a date answer, counted from that answer (tools/followup_dates.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followup_dates import answer_from_date, date_step
from tools.followups import resolve_in_conversation
from tools.handlers import HandlerResult

NOW = datetime(2026, 11, 30, 12, 0)


def _answer(earlier: str, text: str) -> str:
    resolved = resolve_in_conversation([earlier], text, now=NOW)
    assert resolved is not None, text
    return resolved.result.answer


@pytest.mark.parametrize(
    ("earlier", "text", "expected"),
    [
        # A span moved from the date just answered, not from today.
        ("2027년 4월 10일에서 3일 뒤는 며칠이야", "거기서 10일 뒤는", "2027년 4월 23일"),
        ("2027년 4월 10일에서 3일 뒤는 며칠이야", "그로부터 한 달 전은?", "2027년 3월 13일"),
        (
            "what is the date 5 days after March 3, 2027",
            "and 3 weeks before that?",
            "February 15, 2027",
        ),
        # A day of the month next to the date's month.
        ("2027년 6월 말일이 무슨 요일이야", "다음달 말일은?", "2027년 7월 31일"),
        ("2027년 6월 말일이 무슨 요일이야", "그 전달 1일은?", "2027년 5월 1일"),
        ("2028년 1월 15일은 무슨 요일이야", "다음 달 말일은 무슨 요일?", "2028년 2월 29일"),
        # A countdown: D-N is N days before the day counted to; another end, the same start.
        ("2027년 3월 2일부터 2027년 7월 20일까지 며칠", "그럼 D-30은 언제야", "2027년 6월 20일"),
        ("how many days from Jan 10 2027 until Feb 14 2027", "and till christmas?", "349 days"),
        ("2027년 1월 10일부터 2027년 2월 14일까지 며칠", "그럼 크리스마스까지는?", "349일"),
    ],
)
def test_a_date_follow_up_counts_from_the_previous_answer(
    earlier: str, text: str, expected: str
) -> None:
    assert expected in _answer(earlier, text)


def test_a_day_the_next_month_lacks_is_no_date() -> None:
    previous = HandlerResult(handler="dates", answer="", value="2027-08-31", detail="2027-08-31")
    assert date_step("다음달 30일은?", previous) is not None
    assert date_step("다음달 31일은?", previous) is None  # September has 30 days


def test_a_count_to_another_end_with_its_own_start_is_a_new_question() -> None:
    previous = HandlerResult(
        handler="dates", answer="30일", value=30.0, detail="2027-01-01 → 2027-01-31"
    )
    assert date_step("그럼 크리스마스까지는?", previous) is not None
    assert date_step("그럼 3월 1일부터 크리스마스까지는?", previous) is None


def test_no_date_follow_up_after_an_amount() -> None:
    on_a_date = HandlerResult(handler="dates", answer="", value="2027-05-01", detail="2027-05-01")
    assert date_step("거기서 2주 뒤는", on_a_date) is not None
    amount = HandlerResult(handler="calculator", answer="300", value=300.0, detail="100 * 3")
    assert date_step("거기서 2주 뒤는", amount) is None


def test_a_follow_up_of_a_date_follow_up_counts_from_its_answer() -> None:
    earlier = ["2027년 4월 10일에서 3일 뒤는 며칠이야", "거기서 10일 뒤는"]
    resolved = resolve_in_conversation(earlier, "거기서 일주일 뒤는?", now=NOW)
    assert resolved is not None
    assert "2027년 4월 30일" in resolved.result.answer


def test_a_new_end_that_turns_the_count_around_is_declined() -> None:
    # Christmas read in the start's year falls before a start of 28 December.
    late = HandlerResult(handler="dates", answer="8일", value=8.0, detail="2027-12-28 → 2028-01-05")
    assert answer_from_date("그럼 크리스마스까지는?", late, NOW) is None
    early = HandlerResult(
        handler="dates", answer="8일", value=8.0, detail="2027-12-01 → 2027-12-09"
    )
    answered = answer_from_date("그럼 크리스마스까지는?", early, NOW)
    assert answered is not None and answered[1].answer == "24일"
