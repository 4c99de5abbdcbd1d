"""The mechanisms found on the seventh unseen set, pinned with inputs of their own."""

from __future__ import annotations

import pytest

from agents.mcp_dispatch import match_mcp_step
from tests.tools.followup_cases import assert_answered_in_code, assert_follow_up_resolves
from tools.calculator_rates import rate_expression
from tools.faq import FaqBook, spell_out_chat
from tools.handlers import match_deterministic
from tools.korean_numbers import normalize_numerals


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # A cut named before its rate moves the amount as one named after it does.
        ("노트북 120만원짜리 학생 할인 15% 받으면 얼마에 살수있어", "1,020,000원"),
        ("코트 18만원 세일 40%면 얼마야", "108,000원"),
        # A deduction moves the amount even where 이자 names what it is taken from.
        ("예금 이자가 60만원 나왔는데 이자소득세 15.4% 떼면 실제로 얼마야", "507,600원"),
        # One month of a yearly rate's interest.
        ("신용대출 2400만원 금리 연 5%면 한달 이자 얼마야", "100,000원"),
        # The price before a cut, asked of the price after it.
        ("20% 할인받아서 48,000원에 샀으면 원래 가격 얼마야", "60,000원"),
    ],
)
def test_rates_read_in_the_words_people_use(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


def test_rate_readings_that_stay_as_they_were() -> None:
    # A monthly rate is not divided again; a year's interest is not a month's.
    assert rate_expression("10000000 월 1% 이자면 한달 이자 얼마") == "10000000 * 1 / 100 * 1"
    assert rate_expression("200000000 연 3% 이자면 1년 이자") == "200000000 * 3 / 100 * 1"
    # The discount itself is still the share when it is what is asked.
    assert rate_expression("150000 할인 20% 받으면 얼마 할인돼") == "150000 * 20 / 100"


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("2027년 4월 10일이 결혼식인데 그 100일 전은 언제야", "2026년 12월 31일 (목)"),
        ("2026년 12월 24일이 발표인데 2주 뒤가 며칠이지", "2027년 1월 7일 (목)"),
    ],
)
def test_a_span_is_counted_from_the_event_date_it_follows(text: str, answer: str) -> None:
    assert_answered_in_code(text, answer)


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        (["2027년 4월 10일이 결혼식인데 100일 전은 언제야"], "50일 전은?", "2027년 2월 19일 (금)"),
        (["2027년 5월 2일 10일 전은 언제야"], "3주 뒤면?", "2027년 5월 23일 (일)"),
    ],
)
def test_another_span_is_counted_from_the_same_date(
    earlier: list[str], text: str, answer: str
) -> None:
    assert_follow_up_resolves(earlier, text, answer)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("its 30°C here today, whats that in fahrenheit", "30 °C = 86 °F"),
        ("my bag weighs 20 kg. how much is that in pounds?", "20 kg = 44.0925 lb"),
    ],
)
def test_a_measure_stated_then_asked_as_that(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer, (text, result)


def test_a_question_stating_its_own_clock_times_is_not_the_current_time() -> None:
    catalog = [("time", "get_current_time", True)]
    puzzle = "버스가 오전 8시에 떠나고 택시가 오전 8시 30분에 따라가면 몇 시에 만나?"
    assert match_mcp_step(puzzle, catalog) is None
    assert match_mcp_step("a train leaves at 2 pm, what time is it in Paris now", catalog)
    assert match_mcp_step("베를린 지금 몇 시야?", catalog) is not None


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("where r u guys located", "directions-en"),
        ("when r u open", "hours-en"),
    ],
)
def test_chat_shorthand_reaches_the_faq(text: str, entry: str) -> None:
    hit = FaqBook.load().lookup(text)
    assert hit is not None and hit.entry.id == entry, (text, hit)


def test_chat_shorthand_leaves_abbreviations_alone() -> None:
    assert spell_out_chat("U.S. hours? R. Kelly") == "U.S. hours? R. Kelly"


@pytest.mark.parametrize(
    ("text", "answer"),
    [("호박 두 관은 몇 kg", "2 관 = 7.5 kg"), ("감자 한관이면 몇 킬로그램이야", "1 관 = 3.75 kg")],
)
def test_gwan_counted_in_native_words(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer, (text, result)


def test_gwan_inside_a_word_is_not_a_measure() -> None:
    assert normalize_numerals("두 관광지와 한 관계") == "두 관광지와 한 관계"
