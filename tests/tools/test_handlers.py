"""Deterministic step handlers: what plain code answers, and what it must not."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.dates import DEFAULT_TZ
from tools.faq import FaqBook
from tools.handlers import HandlerResult, match_deterministic
from tools.planner import split_steps

NOW = datetime(2025, 3, 5, 10, 0, tzinfo=DEFAULT_TZ)


@pytest.fixture(scope="module")
def faq() -> FaqBook:
    return FaqBook.load()


def test_percentage_of_korean_amount() -> None:
    result = match_deterministic("3만 5천원의 15%는 얼마야?")
    assert result is not None
    assert result.handler == "calculator"
    assert "5,250원" in result.answer
    assert result.value == 5250
    assert result.detail == "35000 * 15 / 100"
    assert result.unit == "원"


def test_two_step_currency_then_reference() -> None:
    steps = split_steps("환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?")
    assert len(steps) == 2
    first = match_deterministic(steps[0], now=NOW)
    assert first is not None
    assert (first.handler, first.answer, first.value) == ("currency", "337,500원", 337500)
    second = match_deterministic(steps[1], previous=first, now=NOW)
    assert second is not None
    assert (second.handler, second.answer, second.value) == ("calculator", "112,500원", 112500)
    assert second.detail == "337500 / 3"


@pytest.mark.parametrize(
    ("text", "handler", "answer"),
    [
        ("100 km는 몇 마일?", "units", "62.1371 mi"),
        ("오늘부터 100일 뒤는?", "dates", "2025년 6월 13일 (금)"),
        ("what is 17% of 2,300?", "calculator", "391"),
        ("10 나누기 4", "calculator", "2.5"),
        ("next Friday", "dates", "Friday, March 7, 2025"),
        ("섭씨 30도는 화씨로 몇 도?", "units", "86 °F"),
        ("convert 250 USD to KRW at 1350", "currency", "337,500원"),
    ],
)
def test_matches(text: str, handler: str, answer: str) -> None:
    result = match_deterministic(text, now=NOW)
    assert result is not None
    assert result.handler == handler
    assert answer in result.answer


def test_faq_is_checked_first(faq: FaqBook) -> None:
    result = match_deterministic("진료 시간이 어떻게 되나요?", faq=faq)
    assert result is not None and result.handler == "faq"
    assert result.value == "hours-ko"
    assert "09:00–18:00" in result.answer
    assert match_deterministic("진료 시간이 어떻게 되나요?") is None  # no FAQ given


@pytest.mark.parametrize(
    "text",
    [
        "Write one friendly sentence welcoming a new colleague.",
        "Explain quantum entanglement",
        "주민번호 900101-1234567 인 환자의 검사 결과를 자세히 분석해줘",
        "What year was the Eiffel tower built?",
        "2024",
        "-5",
        "Tell me about the year 2024 and 3 events",
        "It costs 30,000원, is that expensive?",
        "10 km 달리기 팁 알려줘",
        "3 apples and 4 oranges",
        "환율 1350원일 때 250달러짜리 노트북 살까?",
        "어제 먹은 음식 추천해줘",
        "연락처 010-1234-5678로 문자 보내줘",
        "1+1은 왜 2인지 철학적으로 설명해줘",
        "3/0",  # a fixable input error goes to a track that can explain it
        "",
        "1 + " * 200,
    ],
)
def test_non_matches(text: str, faq: FaqBook) -> None:
    assert match_deterministic(text, now=NOW, faq=faq) is None


def test_reference_without_previous_is_not_answered() -> None:
    assert match_deterministic("그걸 3명이 나누면?") is None


def test_reference_to_non_numeric_previous() -> None:
    previous = HandlerResult(handler="dates", answer="x", value="2025-03-05", detail="2025-03-05")
    assert match_deterministic("그걸 3으로 나누면?", previous=previous) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("divide it by 2", "42"),
        ("그 결과에 2를 곱하면?", "168"),
        ("그 값에서 4를 빼면", "80"),
    ],
)
def test_english_and_korean_references(text: str, answer: str) -> None:
    previous = match_deterministic("what is 12*7")
    assert previous is not None and previous.answer == "84"
    result = match_deterministic(text, previous=previous)
    assert result is not None and result.answer == answer


def test_reference_to_units_result() -> None:
    previous = match_deterministic("100 km는 몇 마일?")
    assert previous is not None
    result = match_deterministic("그걸 미터로 바꾸면?", previous=previous)
    assert result is not None and result.handler == "units"
    assert result.answer.endswith("= 100,000 m")
