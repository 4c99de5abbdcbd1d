"""Follow-up edits in code: what each changes, and where it must leave the turn alone."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools import followup_number_edits
from tools.followups import about_previous_result, resolve_follow_up, resolve_in_conversation
from tools.references import is_ellipsis, is_follow_up

NOW = datetime(2026, 11, 30, 12, 0)


@pytest.mark.parametrize(
    ("earlier", "follow_up", "answer"),
    [
        (["90,000원을 3명이 나누면?"], "그거 반으로 나누면?", "15,000원"),
        (["90,000원을 3명이 나누면?"], "그 금액의 절반은?", "15,000원"),
        (["90,000원을 3명이 나누면?"], "네 배면?", "120,000원"),
        (["90,000원을 3명이 나누면?"], "부가세 10% 포함하면?", "33,000원"),
        (["90,000원을 3명이 나누면?"], "그럼 6명이면 1인당은?", "15,000원"),
        (["90,000원을 3명이 나누면?"], "거기서 2,000원을 빼면?", "28,000원"),
        (["What is 20% of 450?"], "What if it were 600?", "120"),
        (["What is 20% of 450?"], "halve it", "45"),
        (["What is 20% of 450?"], "plus 10%?", "99"),
        (["What is 640 divided by 8?"], "and times 3?", "240"),
        (
            ["How much is 40 dollars in won at 1,300 won per dollar?"],
            "and with a 10% tip?",
            "57,200원",
        ),
        (
            ["How much is 40 dollars in won at 1,300 won per dollar?"],
            "What if the rate were 1,450?",
            "58,000원",
        ),
        (["2,500원짜리 커피 4잔이면 얼마?"], "그럼 7잔은?", "17,500원"),
        (["2026년 1월 5일부터 30일 뒤는 며칠?"], "그럼 60일 뒤는?", "3월 6일"),
        (["How many km is 3 miles?"], "What about 13.1 miles?", "21.0824"),
        # Spaced verbs, a supposition without "what", a decimal after 그럼.
        (["64,000원을 4명이 나누면?"], "5% 할인 받으면?", "15,200원"),
        (["64,000원을 4명이 나누면?"], "봉사료 10% 추가 하면?", "17,600원"),
        (["What is 30% of 250?"], "and if it were 500?", "150"),
        (["20 km는 몇 마일이야?"], "그럼 42.195 km는?", "26.218"),
    ],
)
def test_a_follow_up_edit_re_runs_the_steps(
    earlier: list[str], follow_up: str, answer: str
) -> None:
    resolved = resolve_in_conversation(earlier, follow_up, NOW)
    assert resolved is not None, follow_up
    assert answer in resolved.result.answer, resolved


@pytest.mark.parametrize(
    ("earlier", "follow_up"),
    [
        # Which of two amounts "it" means is not clear: a model reads the thread instead.
        (["120,000원을 4명이 나누면?"], "What if it were 300?"),
        # No head count to share out among, no euro rate to convert with.
        (["환율 1,350원일 때 300달러는 원화로 얼마?"], "1인당은?"),
        (["환율 1,350원일 때 300달러는 원화로 얼마?"], "유로로는?"),
    ],
)
def test_an_edit_code_cannot_make_is_left_to_a_model(earlier: list[str], follow_up: str) -> None:
    assert resolve_in_conversation(earlier, follow_up, NOW) is None
    assert about_previous_result(follow_up)


def test_the_previous_per_person_share_is_not_divided_again() -> None:
    steps = ["150,000원을 5명이 나누면?", "그 금액에 15% 더하면"]
    resolved = resolve_follow_up("and per person?", steps)
    assert resolved is not None and resolved[0] == steps


def test_calendar_dates_and_longer_units_are_not_mistaken_for_quantities() -> None:
    # "3월 2일" is a date, not 2 days; "6개월" is months, not 6 items; "2인분" is portions.
    dated = resolve_follow_up("그럼 10일 뒤는?", ["2026년 3월 2일부터 5일 뒤는 며칠?"])
    assert dated is not None and dated[0] == ["2026년 3월 2일부터 10일 뒤는 며칠?"]
    assert resolve_follow_up("그럼 3개면?", ["월 35,000원씩 6개월 내면 총 얼마?"]) is None
    portions = resolve_follow_up("그럼 3명이면?", ["2인분 24,000원을 4명이 나누면?"])
    assert portions is not None and portions[0] == ["2인분 24,000원을 3명이 나누면?"]


@pytest.mark.parametrize(
    "turn",
    [
        "여기 주차 되나요?",
        "Is a double room available on Friday?",
        "세금은 언제까지 내야 하나요?",
        "What time does each clinic open?",
        "반납은 어디서 하나요?",
        "If I take 2 pills, is it safe?",
    ],
)
def test_questions_that_merely_share_a_word_are_not_follow_ups(turn: str) -> None:
    assert not is_ellipsis(turn) and not is_follow_up(turn) and not about_previous_result(turn)


@pytest.mark.parametrize(
    ("earlier", "follow_up", "wrong"),
    [
        # An operation the previous turn did not do, with a figure of a kind it holds: one
        # more step on the result, never that figure replaced.
        ("what is 3 hours 20 minutes plus 1 hour 5 minutes", "and minus 20 minutes?", "265 min"),
        ("1시간 40분 + 2시간 25분은 몇시간 몇분이야?", "40분 빼면?", "245 min"),
        ("사과 3,000원짜리 4개면 얼마야", "2개 추가하면?", "6,000원"),
    ],
)
def test_a_new_operation_is_not_a_replaced_figure(earlier: str, follow_up: str, wrong: str) -> None:
    resolved = resolve_in_conversation([earlier], follow_up, NOW)
    assert resolved is None or not resolved.result.answer.startswith(wrong), resolved


@pytest.mark.parametrize(
    ("earlier", "follow_up"),
    [
        (["pizzas are 12.50 each, we want 4 and delivery is 3.99, total?"], "make it 5"),
        (["books are 8.50 each, I want 3 and shipping is 2.99, total?"], "and with 5?"),
    ],
)
def test_a_bare_number_never_replaces_an_add_on_named_after_the_counts(
    earlier: list[str], follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "make it 5" may mean 5 pizzas as well as a 5.00 delivery: the fee a noun names after
    # the other figures is no subject, so code declines instead of answering 55.
    assert resolve_in_conversation(earlier, follow_up, NOW) is None
    monkeypatch.setattr(followup_number_edits, "_named_after_others", lambda *_: False)
    assert resolve_in_conversation(earlier, follow_up, NOW) is not None


def test_the_figure_named_first_is_still_the_subject() -> None:
    changed = resolve_in_conversation(["the bill is 84, split 4 ways"], "what if it was 96?", NOW)
    assert changed is not None and changed.result is not None and changed.result.answer == "24"
