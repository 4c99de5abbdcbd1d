"""Everyday word problems read as arithmetic (tools/calculator_everyday_forms.py)."""

from __future__ import annotations

import pytest

from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Overtime at a multiple of the hourly wage.
        ("시급 12,000원인데 야근은 1.5배, 4시간 야근하면 얼마 더 받아", "72,000원"),
        (
            "i make $30 an hour, overtime is 2x. i worked 5 hours of overtime, how much is that",
            "$300.00",
        ),
        # A price per unit from a pack.
        ("감자 5kg 한 상자에 17,500원이면 1kg에 얼마야", "3,500원"),
        ("2kg에 9,000원이라는데 kg당 얼마", "4,500원"),
        # A share of a share of a head count.
        ("학생 200명 중에 60%가 버스 타고 그 중 25%는 환승하면 몇 명이야", "30"),
        ("of 500 members, 40% voted and 30% of those voted yes. how many voted yes", "60"),
        # A tip on top, then split.
        ("dinner was $90, add a 20% tip and split it 4 ways", "$27.00"),
        ("120,000원에 봉사료 10% 붙여서 4명이 나누면", "33,000원"),
        # A daily price over a number of days.
        ("점심 하루 9,000원씩 평일만 먹으면 한달 20일 기준 얼마 들어?", "180,000원"),
        ("parking is $12 a day. how much for 15 working days", "$180.00"),
        # A yearly plan against a monthly one.
        (
            "streaming is $15/month or $150 for a year, how much do i save with the annual plan",
            "$30.00",
        ),
        ("헬스장 월 50,000원 아니면 1년 500,000원인데 1년권으로 하면 얼마 아껴", "100,000원"),
    ],
)
def test_everyday_word_problems(text: str, expected: str) -> None:
    result = match_deterministic(text)
    assert result is not None, text
    assert result.answer == expected


@pytest.mark.parametrize(
    ("whole", "partial"),
    [
        # Per a different unit than the pack's: not the same quantity divided.
        (
            "감자 5kg 한 상자에 17,500원이면 1kg에 얼마야",
            "감자 5kg 한 상자에 17,500원이면 1개에 얼마야",
        ),
        # Savings asked without saying which plan saves: the direction is not stated.
        (
            "gym is $45/month or $480 for a year, how much do i save with the yearly one",
            "gym is $45/month or $480 for a year, which is cheaper",
        ),
    ],
)
def test_no_reading_without_the_whole_shape(whole: str, partial: str) -> None:
    read = match_deterministic(whole)
    assert read is not None
    result = match_deterministic(partial)
    assert result is None or result.detail != read.detail, result


def test_a_new_count_of_overtime_hours() -> None:
    earlier = "my hourly wage is $25 and overtime pays 1.5x. worked 4 hrs overtime, how much extra"
    resolved = resolve_in_conversation([earlier], "what if it was 7 hrs")
    assert resolved is not None
    assert resolved.result.answer == "$262.50"
