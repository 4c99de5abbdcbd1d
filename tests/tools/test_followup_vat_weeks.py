"""Follow-ups that take the VAT out of a sum in won, or ask a count of nights in weeks."""

from __future__ import annotations

from tools.followup_vat_out import vat_taken_out
from tools.followup_weeks_as_days import weeks_as_days
from tools.followups import resolve_in_conversation

_CHAIRS = "의자 4개에 하나 27,500원이면 총 얼마야"


def test_vat_out_divides_by_one_point_one() -> None:
    follow_up = resolve_in_conversation([_CHAIRS], "부가세 빼면?")
    assert follow_up is not None
    # 110,000 with 10% VAT in it is 100,000 before it, not 99,000 (10% taken off).
    assert follow_up.result.answer.startswith("100,000원")
    assert "부가세 10%" in follow_up.result.answer


def test_vat_out_takes_a_named_rate_and_only_won() -> None:
    steps = ["what is 300 dollars times 2"]
    assert vat_taken_out("부가세 빼면?", steps) is None
    changed = vat_taken_out("거기서 부가세 5% 빼면 얼마야", [_CHAIRS])
    assert changed is not None and changed[0][-1] == "그걸 1.05로 나누면"


def test_weeks_replace_a_count_of_nights() -> None:
    rate = "a room is 80,000 won a night, how much for 3 nights"
    follow_up = resolve_in_conversation([rate], "what about for 2 weeks")
    assert follow_up is not None
    # A week of nights is a reading: the answer says it.
    assert follow_up.result.answer == "1,120,000원 (assuming 7 nights a week: 2 weeks = 14 nights)"
    korean = resolve_in_conversation(["펜션 1박에 120,000원이면 2박은 얼마야"], "일주일이면?")
    assert korean is not None and korean.result.answer.startswith("840,000원 (가정: 1주 = 7박")


def test_weeks_decline_without_one_count_of_nights() -> None:
    assert weeks_as_days("what about for 2 weeks", ["what is 15 times 4"]) is None
    assert weeks_as_days("2주면?", ["3월 5일부터 10일까지 며칠이야"]) is None


def test_weeks_said_in_words_count_as_their_number() -> None:
    # The number words are read from core.text's shared tables (one owner of their values).
    step = ["a room is 80,000 won a night, how much for 3 nights"]
    for turn, days in [("what about a week", "7"), ("and for an week?", "7"),
                       ("what about one week", "7"), ("how about two weeks", "14"),
                       ("for three weeks", "21"), ("four weeks?", "28"),
                       ("한 주면?", "7"), ("그럼 두 주는?", "14"), ("세주면?", "21")]:  # fmt: skip
        changed = weeks_as_days(turn, step)
        assert changed is not None and changed[0][-1].endswith(f"for {days} nights"), turn
