"""Calculator and follow-up readings the tenth unseen set needed (its mechanisms, own inputs).

Each test fails with its rule switched off: a rate set in a sentence before the question,
then the result asked in dollars; a native count written against its counter ("두박스");
"다 해서 얼마" as the total asked; "whats the % increase"; a monthly rent and a monthly
charge over a year; and a from-to change asked again with a new end figure.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tools.calculator import calculate
from tools.followup_chain import run_chain
from tools.followups import resolve_follow_up, resolve_in_conversation
from tools.handlers import match_deterministic
from tools.stated_rate import question_after_stated_rate

_NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _answer(text: str) -> str | None:
    result = match_deterministic(text, now=_NOW)
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("1달러=1,300원 기준으로 계산해줘. 이만오천원짜리 6개 사면 얼마야", "150,000원"),
        ("환율 1달러 1,250원이라고 치고. 귤 한박스 2만원인데 두박스면 얼마", "40,000원"),
        ("assume 1 dollar = 1,300 won. 26,000 won x 5", "130,000원"),
    ],
)
def test_a_rate_set_first_leaves_the_sum_in_won(text: str, total: str) -> None:
    assert _answer(text) == total


@pytest.mark.parametrize(
    "text",
    [
        # The question names dollars: converting is part of it, won would answer another.
        "1달러=1,300원 기준으로 계산해줘. 이만오천원짜리 6개 사면 몇 달러야",
        # No currency on the rate: "1,300원 기준" is no exchange rate.
        "1,300원 기준으로 계산해줘. 이만오천원짜리 6개 사면 얼마야",
    ],
)
def test_a_rate_sentence_that_does_not_fit_is_not_split_off(text: str) -> None:
    assert question_after_stated_rate(text) is None
    assert _answer(text) != "150,000원"


@pytest.mark.parametrize(
    ("first", "follow_up", "dollars"),
    [
        ("1달러=1,300원 기준으로 계산해줘. 이만오천원짜리 6개 사면 얼마야", "달러로는?", "$115.38"),
        (
            "환율 1달러 1,250원이라고 치고. 귤 한박스 2만원인데 두박스면 얼마",
            "그거 달러로 얼마야",
            "$32.00",
        ),
    ],
)
def test_the_result_in_dollars_at_the_rate_set_earlier(
    first: str, follow_up: str, dollars: str
) -> None:
    resolved = resolve_in_conversation([first], follow_up, _NOW)
    assert resolved is not None
    assert resolved.result.answer == dollars


def test_the_result_in_dollars_needs_a_rate() -> None:
    # No rate anywhere: nothing to convert with.
    assert (
        resolve_in_conversation(["이만오천원짜리 6개 사면 얼마야"], "그거 달러로 얼마야", _NOW)
        is None
    )


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("귤 한박스 2만원인데 두박스면 얼마", "20000 * 2"),
        ("한세트 9000원인데 다섯세트면", "9000 * 5"),
        ("양말 한팩에 6000원이면 네팩은 얼마", "6000 * 4"),
    ],
)
def test_a_native_count_written_against_its_counter(text: str, expression: str) -> None:
    assert calculate(text).expression == expression


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("오천원짜리 2개랑 만오천원짜리 3개 사면 다 해서 얼마", "55,000원"),
        ("4000원짜리 5개하고 9000원짜리 1개 다 합쳐서 얼마야", "29,000원"),
    ],
)
def test_everything_together_asks_the_total(text: str, total: str) -> None:
    assert _answer(text) == total


def test_a_percent_increase_asked_in_chat_words() -> None:
    assert _answer("visitors went from 800 to 920, whats the % increase") == "15%"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("월세 55만원에 관리비 10만원이면 1년에 총 얼마 나가", "7,800,000원"),
        ("월세 40만원이랑 인터넷 3만원, 1년이면 얼마", "5,160,000원"),
    ],
)
def test_a_monthly_rent_and_charge_over_a_year(text: str, total: str) -> None:
    assert _answer(text) == total


def test_a_one_off_payment_is_not_counted_twelve_times() -> None:
    assert _answer("월세 55만원에 보증금 500만원이면 1년에 총 얼마") is None


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        ("visitors went from 800 to 920, whats the % increase", "and if it went to 1,000?", "25%"),
        ("매출이 50000에서 60000 됐으면 몇 퍼센트 오른거야", "70000이 됐으면?", "40%"),
    ],
)
def test_a_change_asked_again_with_a_new_end(first: str, follow_up: str, answer: str) -> None:
    assert _answer(first) is not None
    resolved = resolve_follow_up(follow_up, [first])
    assert resolved is not None
    result = run_chain(resolved[0], _NOW)
    assert result is not None
    assert result.answer == answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("lunch was 90,000 won plus 10% tip split between 5 ppl how much each", "19,800원"),
        ("bill is 80,000 won plus 15% service charge", "92,000원"),
    ],
)
def test_a_charge_added_with_plus_then_split(text: str, answer: str) -> None:
    assert _answer(text) == answer


def test_a_new_head_count_said_in_chat_words() -> None:
    first = "lunch was 90,000 won plus 10% tip split between 5 ppl how much each"
    resolved = resolve_in_conversation([first], "4 ppl?", _NOW)
    assert resolved is not None
    assert resolved.result.answer == "24,750원"


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        (
            "internet is 60,000 won split 2 ways, how much each",
            "what if a 3rd roommate moves in",
            "20,000원",
        ),
        ("관리비 90만원 3명이서 나누면 얼마", "네번째 룸메이트가 들어오면?", "225,000원"),
    ],
)
def test_the_next_sharer_named_by_place(first: str, follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([first], follow_up, _NOW)
    assert resolved is not None
    assert resolved.result.answer == answer


def test_a_sharer_place_that_skips_a_count_is_not_read() -> None:
    first = "internet is 60,000 won split 2 ways, how much each"
    assert resolve_in_conversation([first], "what if a 5th roommate moves in", _NOW) is None


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        ("9am london time on march 10 2027, what time is it in seoul", "and in tokyo?", "18:00"),
        ("서울 2027년 3월 2일 오후 3시면 런던은 몇 시야", "그럼 파리는?", "07:00"),
    ],
)
def test_a_stated_time_read_in_another_place(first: str, follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([first], follow_up, _NOW)
    assert resolved is not None
    assert resolved.result.answer.startswith(answer)


def test_a_new_date_with_a_new_place_is_not_read_as_the_date_alone() -> None:
    first = "9am london time on march 10 2027, what time is it in seoul"
    assert resolve_in_conversation([first], "and in tokyo on march 12?", _NOW) is None


def test_a_new_rate_replaces_the_rate_set_first_not_its_one_dollar() -> None:
    turns = ["1달러=1,300원 기준으로 계산해줘. 이만오천원짜리 6개 사면 얼마야", "달러로는?"]
    resolved = resolve_in_conversation(turns, "환율이 1,250원이면?", _NOW)
    assert resolved is not None
    assert resolved.result.answer == "$120.00"
