"""Deterministic step splitting."""

from __future__ import annotations

import re

import pytest

from tools import planner
from tools.planner import has_reference, split_steps


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?",
            ["환율 1350원일 때 250달러는 원화로 얼마", "그걸 3명이 나누면?"],
        ),
        ("3만 5천원의 15%는 얼마야?", ["3만 5천원의 15%는 얼마야?"]),
        ("Calculate 12*7 and then divide it by 2", ["Calculate 12*7", "divide it by 2"]),
        (
            "Translate this to English, then summarize it",
            ["Translate this to English", "summarize it"],
        ),
        ("문서를 요약하고, 영어로 번역해줘", ["문서를 요약하고", "영어로 번역해줘"]),
        (
            "100 km는 몇 마일이야? 그리고 30평은 몇 제곱미터야?",
            ["100 km는 몇 마일이야?", "30평은 몇 제곱미터야?"],
        ),
        (
            "12 곱하기 3을 계산하고 그 결과를 4로 나눠줘",
            ["12 곱하기 3을 계산하고", "그 결과를 4로 나눠줘"],
        ),
        ("A를 계산한 다음 그 값을 2로 나눠줘", ["A를 계산하기", "그 값을 2로 나눠줘"]),
        ("먼저 요약해줘. 그 다음에 번역해줘", ["먼저 요약해줘", "번역해줘"]),
        ("1. 진료 시간 알려줘\n2. 주차 되나요", ["진료 시간 알려줘", "주차 되나요"]),
    ],
)
def test_split_steps(text: str, steps: list[str]) -> None:
    assert split_steps(text) == steps


@pytest.mark.parametrize(
    "text",
    [
        "사과와 배를 비교해줘",
        "밥을 먹고 싶어",
        "Write one friendly sentence welcoming a new colleague.",
        "I want rock and roll music",
        "오늘부터 100일 뒤는?",
        "3일 뒤 날씨",
        "Compare A and B",
        # Premises joined by 고 and the question after them are one problem: split, the
        # premise "A는 B보다 키가 크고" went to the documents and the question lost it.
        "A는 B보다 키가 크고, C는 A보다 크다. D는 B보다 작다. 가장 키가 작은 사람은 누구인지 "
        "이유와 함께 설명해 주세요.",
        "모든 간호사는 응급처치를 할 수 있고, 일부 약사는 간호사입니다. 그렇다면 일부 약사는 "
        "응급처치를 할 수 있다는 결론은 타당한가요?",
        "대기 환자가 10분마다 3명 오고, 의사는 15분마다 4명을 진료합니다. 1시간 뒤 대기 "
        "인원이 어떻게 변하는지 단계별로 설명해 주세요.",
    ],
)
def test_single_requests_stay_whole(text: str) -> None:
    assert split_steps(text) == [text]


def test_empty() -> None:
    assert split_steps("   ") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("그걸 3명이 나누면?", True),
        ("그 금액에 10%를 더하면", True),
        ("divide it by 2", True),
        ("3 나누기 2", False),
        ("그림을 그려줘", False),
    ],
)
def test_has_reference(text: str, expected: bool) -> None:
    assert has_reference(text) is expected


# A step after "then" that opens with a figure named by a money noun and no verb of its own
# is a part of the first sum (probes58_para: split, "a 50000 won coupon. how much do i end up
# paying" was answered alone by a document sentence naming 50,000 won).
_PARTS_OF_ONE_SUM = [
    "laptop costs 1.2 million won, 10 percent off first and then a 50000 won coupon. how much"
    " do i end up paying",
    "the fridge was 900, 20% off and then another 50 dollar voucher, what do i pay",
    "shoes are 80, they take 10% off and then a $5 fee for delivery. total?",
    "room is 120 a night, and then a 15 dollar cleaning fee, how much in total",
    "the bill is 64 and then a 12 dollar tip, what did we spend",
]


@pytest.mark.parametrize("text", _PARTS_OF_ONE_SUM)
def test_a_figure_part_after_then_keeps_the_sum_whole(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert split_steps(text) == [text]
    monkeypatch.setattr(planner, "_BARE_FIGURE_PART", re.compile(r"(?!)"))
    # (cal58e3's coupon reader by slots keeps a price, a percent and a coupon whole too.)
    monkeypatch.setattr(planner, "coupon_order_en_slots", lambda _text: None)
    assert len(split_steps(text)) == 2  # the rule is what keeps it whole


@pytest.mark.parametrize(
    "text",
    [
        "what is 12 times 8 and then a 10% tip on that",  # a reference: its own step
        "add 5 and 7 and then multiply it by 3",
        "book the room and then a 20 minute taxi to the venue",  # no money noun
    ],
)
def test_steps_that_are_requests_still_split(text: str) -> None:
    assert len(split_steps(text)) == 2
