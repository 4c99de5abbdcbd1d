"""Korean chat follow-ups read from their figure and cue (tools/followup_korean_chat_*.py).

Conversations of our own (other items, counters, numbers than any case file); each rule
also has turns it must leave to a model or a decline (``None``): two figures it could
change, a part of the order named, a new subject with a figure of another kind, a figure
said again.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followup_chain import run_chain
from tools.followup_korean_chat_counts import (
    count_changed,
    people_changed,
    period_worth,
    result_scaled,
)
from tools.followup_korean_chat_rates import (
    exchange_rate_told,
    percent_told,
    rest_of_share,
    vat_part_asked,
    weighed_item_swapped,
)
from tools.followup_korean_chat_targets import date_counted_to, distance_told
from tools.followups import resolve_in_conversation

NOW = datetime(2026, 12, 3, 10, 0)


def _answer(first: str, follow: str) -> str | None:
    resolved = resolve_in_conversation([first], follow, NOW)
    return resolved.result.answer if resolved else None


@pytest.mark.parametrize(
    ("first", "follow", "answer"),
    [
        (
            "붕어빵 한 봉지 3,000원인데 다섯 봉지 사 가면 얼마야",
            "아 두 봉지 더 사 오래",
            "21,000원",
        ),
        ("배추 한 포기 4,200원인데 세 포기 사면 얼마야", "걍 두 포기만 살게", "8,400원"),
        ("호떡 1개에 1,500원이면 여덟 개 먹으면 얼마야", "세 개 빼줘", "7,500원"),
        (
            "피자 84,000원 나왔는데 여섯 명이 나눠 내면 인당 얼마?",
            "후배 합류함ㅋㅋ 다시 나눠줘",
            "12,000원",
        ),
        (
            "숙소비 300,000원 다섯 명이 나눠 내면 1인당 얼마야",
            "두 명 빠졌어 다시 계산해줘",
            "100,000원",
        ),
        ("교통비 한 달 6만 원이면 1년이면 얼마야", "내년엔 두 배래", "1,440,000원"),
        ("시급 12,000원 주 10시간 일하면 일주일에 얼마 벌어", "5주 치로 치면?", "600,000원"),
        ("셔츠 60,000원 10% 할인하면 얼마야", "회원은 10% 말고 35% 빠진대", "39,000원"),
        ("셔츠 60,000원 10% 할인하면 얼마야", "주말엔 15%래", "51,000원"),
        ("300파운드를 1,750원에 환전하면 원화로 얼마야", "은행은 1,780원 부르던데", "534,000원"),
        ("용돈 40만 원 받았는데 25%는 저축하면 얼마야", "나머지는?", "300,000원"),
        (
            "정수기 렌탈 부가세 포함 220,000원인데 공급가 얼마야",
            "부가세는 그럼 얼마야?",
            "20,000원",
        ),
        (
            "오리고기 800g에 24,000원이면 100g당 얼마야",
            "닭다리는 1kg에 9,000원이던데 그건?",
            "900원",
        ),
    ],
)
def test_the_change_is_read(first: str, follow: str, answer: str) -> None:
    assert _answer(first, follow) == answer


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        # Two priced items bought so many each: which one changes is unsaid.
        ("우동 6,500원 돈가스 9,000원 세 그릇씩 시키면 얼마야", "하나는 네 그릇으로 해줘"),
        # A count of another counter than the order's: no slot to change.
        ("배추 한 포기 4,200원인데 세 포기 사면 얼마야", "두 박스만 살게"),
        # A split's people asked about, not told: a model's question.
        ("숙소비 300,000원 다섯 명이 나눠 내면 1인당 얼마야", "몇 명 더 오면 3만원 돼?"),
        # A factor on one figure of a difference is no factor on the result.
        ("월급 300만 원에서 월세 70만 원 내면 얼마 남아", "두 배래"),
        # A rate moved by, not to; a charge of its own is no new discount.
        ("셔츠 60,000원 10% 할인하면 얼마야", "5% 더 빠진대"),
        ("셔츠 60,000원 10% 할인하면 얼마야", "부가세 10%래"),
        # A rate said again changes nothing.
        ("300파운드를 1,750원에 환전하면 원화로 얼마야", "1,750원이래"),
        # No share taken: no rest of it.
        ("용돈 40만 원의 25%는 얼마야", "나머지는?"),
        # Two weighed prices: which item the new one stands for is unsaid.
        (
            "오리고기 800g에 24,000원 닭다리 1kg에 9,000원이면 합계 얼마야",
            "목살은 500g에 13,000원이던데 그건?",
        ),
    ],
)
def test_doubtful_turns_are_left(first: str, follow: str) -> None:
    steps = [first]
    for rule in (
        count_changed,
        people_changed,
        result_scaled,
        period_worth,
        percent_told,
        exchange_rate_told,
        rest_of_share,
        vat_part_asked,
        weighed_item_swapped,
    ):
        assert rule(follow, steps, NOW) is None, rule.__name__


def test_each_rule_is_what_answers() -> None:
    # With the rules off these turns had no reading: the chain of the old steps is not it.
    steps = ["배추 한 포기 4,200원인데 세 포기 사면 얼마야"]
    changed = count_changed("걍 두 포기만 살게", steps, NOW)
    assert changed is not None
    result = run_chain(changed[0], NOW)
    assert result is not None and result.answer == "8,400원"


@pytest.mark.parametrize(
    ("first", "follow", "answer"),
    [
        ("오늘 2027년 9월 1일인데 12월 24일 발표까지 며칠 남았어?", "10월 3일 면접은?", "32일"),
        ("대전까지 150km 시속 75km로 달리면 몇 시간 걸려", "전주는 225km래", "3 시간"),
    ],
)
def test_another_target_is_read(first: str, follow: str, answer: str) -> None:
    got = _answer(first, follow)
    assert got is not None and answer in got


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        # Two dates counted to: which one the new date stands for is unsaid.
        (
            "오늘 2027년 9월 1일인데 10월 1일 중간까지랑 12월 1일 기말까지 며칠이야?",
            "11월 3일 면접은?",
        ),
        # No days asked: a date alone after a sum is no D-day.
        ("배추 한 포기 4,200원인데 세 포기 사면 얼마야", "10월 3일은?"),
        # No speed in the request: a distance alone changes no drive.
        ("택시 기본요금 4,800원이면 세 번 타면 얼마야", "전주는 225km래"),
    ],
)
def test_doubtful_targets_are_left(first: str, follow: str) -> None:
    assert date_counted_to(follow, [first], NOW) is None
    assert distance_told(follow, [first], NOW) is None


def test_a_bare_date_or_a_bare_won_what_if_is_left() -> None:
    # "5월 3일은?": today moved, or the date counted to: unsaid without an event named.
    first = "오늘 2027년 9월 1일인데 12월 24일 발표까지 며칠 남았어?"
    assert date_counted_to("10월 3일은?", [first], NOW) is None
    # "1,300원이면?" may be an amount to convert as well as a rate: only news or 환율 say.
    first = "300파운드를 1750원에 환전하면 원화로 얼마야"  # as the slot reader hands steps on
    assert exchange_rate_told("1,800원이면?", [first], NOW) is None
    assert exchange_rate_told("환율 1,800원이면?", [first], NOW) is not None
