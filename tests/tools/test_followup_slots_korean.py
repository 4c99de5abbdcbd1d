"""Closed Korean follow-up forms of the slot reader: people leaving, shares, fees, dates.

Every positive case is a conversation of its own (none of the blind sets' sentences) that
no rule read before ``tools/followup_slots_korean.py`` (each gives ``None`` or another
figure with ``KOREAN_SLOT_RULES`` emptied, checked below); the negatives must stay
``None``: two counts of people, a halving with two counts and no noun, a new subject.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_slots_korean as korean_rules
import tools.followups as followups
from tests.tools.priced_swap_off import without_priced_swap
from tools.followups import resolve_in_conversation

# (first turn, follow-up, expected answer)
READ = [
    # A person named by role (or counted) leaves the split.
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "근데 과장님이 못 오신대", "80,000원"),
    ("펜션비 600,000원 5명이 n빵하면 얼마씩이야", "동생이 빠졌어", "150,000원"),
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "과장님도 오신대", "48,000원"),
    # The person is only the reason; the change said is of the counted thing.
    ("맥주 한 병 5,000원인데 여섯 병 사면 얼마야", "한 명 안 마신대 한 병 빼줘", "25,000원"),
    ("택시비 24,000원 나왔는데 넷이 나누면?", "동생이 안 탄대", "8,000원"),
    ("커피 한 잔 4,000원인데 다섯 잔 사면 얼마야", "부장님도 드신대 한 잔 추가", "24,000원"),
    ("회비 360,000원 6명이서 나누면 얼마씩이야", "대리님이랑 과장님 빠지면?", "90,000원"),
    ("떡볶이 1인분 5,000원인데 4인분 시키면 얼마야", "애들이 안 먹는대 1인분 빼", "15,000원"),
    # A charge on the total, a coupon off it.
    ("떡볶이 1인분 5,000원인데 4인분 시키면 얼마야", "배달비 2,000원 붙으면?", "22,000원"),
    ("떡볶이 1인분 5,000원인데 4인분 시키면 얼마야", "5% 할인 쿠폰 쓰면?", "19,000원"),
    # A rate told with its base.
    ("3만 엔을 100엔당 900원에 바꾸면 얼마야", "오늘은 100엔에 880원이래", "264,000원"),
    ("회비 360,000원 6명이서 나누면 얼마씩이야", "후배 둘이 빠졌어", "90,000원"),
    # My part is that many shares of the split.
    ("식비 45,000원 세 명이 나누면 얼마씩이야", "내가 두 명 몫 내면 얼마야", "30,000원"),
    ("식비 45,000원 세 명이 나누면 얼마씩이야", "제가 두 명 몫 낼게요", "30,000원"),
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "부장님 빼고 나누면?", "80,000원"),
    # A second amount on the same split.
    (
        "숙소비 300,000원 4명이서 나누면 얼마씩이야",
        "식비 100,000원도 합쳐서 다시 나누면?",
        "100,000원",
    ),
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "2차 비용 120,000원도 같이 나누면?", "90,000원"),
    # A fee off a result in won.
    ("100달러를 환율 1,400원으로 바꾸면 얼마야", "수수료 2% 떼면?", "137,200원"),
    (
        "시급 10,000원에 하루 5시간씩 주 2일 일하면 4주에 얼마야",
        "세금 3.3% 떼면 실수령액은?",
        "386,800원",
    ),
    (
        "셔츠 39,000원이랑 바지 59,000원 하나씩 사면 얼마야",
        "셔츠를 29,000원짜리로 바꾸면?",
        "88,000원",
    ),
    # The one date that is not today, moved.
    ("오늘 2027년 3월 2일인데 4월 20일 출장까지 며칠 남았어", "출장이 사흘 당겨졌어", "46일"),
    ("오늘 2027년 3월 2일인데 4월 20일 시험까지 며칠 남았어", "시험을 일주일 늦추면?", "56일"),
    ("오늘 2027년 3월 2일인데 4월 20일 시험까지 며칠 남았어", "시험 하루 당겨졌어", "48일"),
    # Into the next year, written with its year.
    ("오늘 2027년 12월 3일인데 12월 28일 여행까지 며칠 남았어", "여행이 일주일 밀렸어", "32일"),
    # A date set anew: the one its noun names, or today.
    ("오늘 2027년 3월 2일인데 4월 20일 시험까지 며칠 남았어", "시험이 4월 27일로 밀렸어", "56일"),
    ("오늘 2027년 3월 2일인데 4월 20일 시험까지 며칠 남았어", "오늘이 3월 9일이면?", "42일"),
    # The one count of the order halved (the "한 판" prices one).
    ("만두 한 판 6,000원인데 여덟 판 시키면 얼마야", "반으로 줄이자", "24,000원"),
    # The price named by an item, swapped for another item's.
    (
        "모자 25,000원이랑 장갑 18,000원 하나씩 사면 얼마야",
        "장갑 말고 22,000원짜리 목도리로 바꾸면?",
        "47,000원",
    ),
    # One of the people paying equal shares pays half.
    ("2만 원씩 다섯 명이 내면 다 합쳐서 얼마야", "그중 한 명은 반만 낸대", "90,000원"),
    ("2만 원씩 다섯 명이 내면 다 합쳐서 얼마야", "그중 두 명은 반만 낸대", "80,000원"),
    ("만두 한 판 6,000원인데 여덟 판 시키면 얼마야", "반만 살게", "24,000원"),
    # An exchange rate told as news.
    ("300달러를 환율 1,350원으로 바꾸면 얼마야", "내일은 1,400원 한다던데 그럼?", "420,000원"),
]

DECLINED = [
    # Two counts of people: which one lost a person is unsaid.
    ("어른 2명 아이 3명인데 1인당 10,000원이면 총 얼마야", "부장님이 빠지셨어"),
    # A new subject after the change.
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "부장님이 빠지셨어 그럼 택시 몇 대 불러?"),
    # People counted in the split too: the cups or the split, unsaid.
    ("커피값 20,000원 4명이 나누면 얼마씩이야", "한 명 안 마신대 한 잔 빼줘"),
    # No split to take shares of.
    ("치킨 한 마리 19,000원인데 네 마리 시키면 얼마야", "내가 두 명 몫 내면"),
    ("노트북 1,000,000원 10% 할인이면 얼마야", "150,000원까지 합쳐서 다시 나누면?"),
    ("택시비 27,600원 나왔는데 셋이 나누면?", "그중 한 명은 반만 낸대"),
    # A fee off a count of days is no fee.
    ("오늘 2027년 5월 3일인데 7월 24일 여행까지 며칠 남았어", "수수료 1% 떼면?"),
    # Two dates either of which could have moved.
    ("2027년 3월 2일부터 4월 20일까지 며칠이야", "일주일 밀렸어"),
    # Two counts and no noun: the order halved is unsaid.
    ("5000원짜리 4개랑 2300원짜리 6개 사면 모두 얼마야", "반으로 줄이자"),
    # An item the request never priced.
    (
        "모자 25,000원이랑 장갑 18,000원 하나씩 사면 얼마야",
        "양말 말고 22,000원짜리 목도리로 바꾸면?",
    ),
    # My half of a split: what the others then pay is unsaid.
    ("저녁값 240,000원 4명이서 나누면 얼마씩이야", "나는 반만 낼게"),
    # All of them paying half is no part of the total.
    ("2만 원씩 다섯 명이 내면 다 합쳐서 얼마야", "다섯 명 다 반만 낸대"),
    # A date set with no noun naming which of two.
    ("2027년 3월 2일부터 4월 20일까지 며칠이야", "5월 1일로 밀렸어"),
    # (A charge after a split is shared: set 42's tools.followup_added_amount_ko_42 adds it to
    # the amount split, 62,500원 each; tests/tools/test_wrongs_42.py.)
    # A coupon after a discount: stacked or instead, unsaid.
    ("운동화 한 켤레 80,000원인데 두 켤레 사고 10% 할인받으면 얼마야", "5% 할인 쿠폰 쓰면?"),
    # A rate told per another base than the request's.
    ("3만 엔을 100엔당 900원에 바꾸면 얼마야", "1엔에 9원이래"),
    # A role word beside a price: that person's own thing, never the bill's total.
    ("회비 360,000원 6명이서 나누면 얼마씩이야", "팀장님 거 100,000원이면?"),
    # The named item's own price, not the first one whose name ends alike.
    ("전기요금 45,000원 가스요금 32,000원 합치면 얼마야", "수도요금이 20,000원이면?"),
    # Two items priced side by side: a bare new price may be either's.
    ("모자 25,000원이랑 장갑 18,000원 하나씩 사면 얼마야", "20,000원이면?"),
    ("모자 25,000원이랑 장갑 18,000원 하나씩 사면 얼마야", "30,000원으로 바뀌면?"),
    ("커피 4,500원 케이크 6,000원 하나씩 시키면 얼마야", "5,000원이면?"),
    # A figure far from the rate is no new rate.
    ("300달러를 환율 1,350원으로 바꾸면 얼마야", "내일은 50원 한대"),
]


@pytest.mark.parametrize(("first", "follow_up", "expected"), READ)
def test_a_closed_korean_form_is_read(first: str, follow_up: str, expected: str) -> None:
    answered = resolve_in_conversation([first], follow_up)
    assert answered is not None
    assert answered.result.answer == expected


@pytest.mark.parametrize(("first", "follow_up", "expected"), READ)
def test_without_the_korean_rules_none_is_read_right(
    monkeypatch: pytest.MonkeyPatch, first: str, follow_up: str, expected: str
) -> None:
    monkeypatch.setattr(followups, "CHANGES", without_priced_swap())  # reads them too
    monkeypatch.setattr(korean_rules, "KOREAN_SLOT_RULES", ())
    monkeypatch.setattr(korean_rules, "KOREAN_CHAT_RULES", ())
    monkeypatch.setattr(korean_rules, "plain_korean", lambda text, steps: text)
    monkeypatch.setattr("tools.followup_slots.plain_korean", lambda text, steps: text)
    answered = resolve_in_conversation([first], follow_up)
    assert answered is None or answered.result.answer != expected


@pytest.mark.parametrize(("first", "follow_up"), DECLINED)
def test_an_unsure_change_is_declined(first: str, follow_up: str) -> None:
    assert resolve_in_conversation([first], follow_up) is None


def test_a_chain_of_two_korean_changes() -> None:
    turns = ["회비 360,000원 6명이서 n빵하면 얼마씩이야", "근데 막내가 빠졌어"]
    second = resolve_in_conversation(turns[:1], turns[1])
    assert second is not None and second.result.answer == "72,000원"
    third = resolve_in_conversation(turns, "뒤풀이 90,000원까지 합쳐서 다시 나누면?")
    assert third is not None and third.result.answer == "90,000원"


def test_days_a_week_said_in_words() -> None:
    first = "시급 12,000원에 하루 4시간씩 주 2일 일하면 4주에 얼마야"
    answered = resolve_in_conversation([first], "일주일에 이틀 더 나가면?")
    assert answered is not None and answered.result.answer == "768,000원"


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [("케이크가 5,000원이면?", "9,500원"), ("커피가 5,000원이면?", "11,000원")],
)
def test_an_item_named_before_its_price_is_the_one_changed(follow_up: str, expected: str) -> None:
    # The cake's word also stands right after the coffee's price: the word before wins.
    first = "커피 4,500원 케이크 6,000원 하나씩 시키면 얼마야"
    answered = resolve_in_conversation([first], follow_up)
    assert answered is not None and answered.result.answer == expected


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [("가스요금이 40,000원이면?", "85,000원"), ("전기요금이 50,000원이면?", "82,000원")],
)
def test_a_whole_name_picks_its_own_price(follow_up: str, expected: str) -> None:
    # "가스요금이" cut to "요금" also named the 전기요금 before it (72,000원).
    first = "전기요금 45,000원 가스요금 32,000원 합치면 얼마야"
    answered = resolve_in_conversation([first], follow_up)
    assert answered is not None and answered.result.answer == expected


# A role word is a known word of the generic slot reader when a count changes.
ROLE_WORDS_READ = [
    ("만두 한 판 6,000원인데 세 판 시키면 얼마야", "조카들 몫으로 두 판 더", "30,000원"),
    ("녹차 한 잔 3,000원인데 네 잔 사면 얼마야", "선배님 거 한 잔 더", "15,000원"),
]


@pytest.mark.parametrize(("first", "follow_up", "expected"), ROLE_WORDS_READ)
def test_a_role_word_is_known_to_the_slot_reader(first: str, follow_up: str, expected: str) -> None:
    answered = resolve_in_conversation([first], follow_up)
    assert answered is not None and answered.result.answer == expected


@pytest.mark.parametrize(("first", "follow_up", "expected"), ROLE_WORDS_READ)
def test_without_role_words_they_are_unknown(
    monkeypatch: pytest.MonkeyPatch, first: str, follow_up: str, expected: str
) -> None:
    monkeypatch.setattr(followups, "CHANGES", without_priced_swap())  # reads them too
    monkeypatch.setattr("tools.followup_slots._PEOPLE_ROLE_WORD", re.compile(r"(?!)"))
    answered = resolve_in_conversation([first], follow_up)
    assert answered is None or answered.result.answer != expected
