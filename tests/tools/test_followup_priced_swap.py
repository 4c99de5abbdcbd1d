"""Follow-ups of everyday price questions: one figure given anew, re-run the same way.

Examples of their own (not blind set 25's sentences). Each new value's role and unit must
match exactly one figure of the first turn; otherwise the follow-up is not read here.
"""

from __future__ import annotations

import pytest

from tools.followup_priced_swap import priced_figure_swapped
from tools.followups import resolve_in_conversation

_ELECTRICIAN = (
    "the electrician has a 60 dollar callout fee plus 80 an hour and she worked 1.5 hours, "
    "what's the bill"
)
_TILES = "tiling is 5.50 a square foot and the kitchen is 10 ft by 8 ft, how much"
_COPIES = "copying is 8 cents a page and I need 200 copies of a 15-page handout, what's the cost"
_FERRY = "the ferry is 3.25 each way and I commute 20 days, what does it cost me"
_HEAT_PUMP = (
    "the heat pump cost 9,000 and saves about 150 a month, how many months until it pays off"
)
_VILLA = "the villa is 2,400 for 4 nights split between 6 of us, what's each person's share"


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        (_ELECTRICIAN, "hm, she actually stayed 2 and a half hours", "$260.00"),
        (_TILES, "what about the cheaper one at 4.25", "340"),
        (_COPIES, "we're making the handout 20 pages", "$320.00"),
        (_FERRY, "next month has 22 workdays", "143"),
        # Each new figure for its one match.
        (_FERRY, "22 days and 5 each way", "220"),
        (
            "수영장 한 달 9만 원인데 6개월 한 번에 끊으면 5% 할인이래 얼마야",
            "1년 끊으면 20% 깎아준대",
            None,
        ),
        (
            "수영장 한 달 9만 원인데 6개월 한 번에 끊으면 5% 할인이래 얼마야",
            "12개월 끊으면 20% 깎아준대",
            "864,000원",
        ),
        (_HEAT_PUMP, "what if it saves more like 200 a month", "45"),
        (_VILLA, "what's that per person per night", "100"),
        (
            "the tutor charges 30 per lesson, twice a week, what's that a week",
            "and for 4 weeks",
            "240",
        ),
        (
            "I had 3 coffees at 4.50 and a muffin at 3, what do I owe",
            "they add a 10% tip on top",
            "18.15",
        ),
        ("코인노래방 10분당 500원인데 1시간 20분 부르면 얼마야", "2시간 부를 건데", "6,000원"),
        (
            "피아노 레슨 시급 40,000원 주1회 1시간씩 하면 4주에 얼마야",
            "주2회로 바꾸면?",
            "320,000원",
        ),
        (
            "친구 넷이서 펜션비 36만 원 내기로 했는데 인당 얼마야",
            "하나 빠져서 셋이서 내면?",
            "120,000원",
        ),
        (
            "the caterer charges 40 per head and 30 guests are coming, what's that",
            "5 more people",
            "1,400",
        ),
        # A counter of the first turn's own, in native numerals; a share asked afresh.
        ("무 한 개 1,500원짜리 여덟 개 사면 얼마", "생각해보니 열 개는 사야겠다", "15,000원"),
        (
            "삼겹살 1인분 14,000원인데 5인분 시키면 얼마야",
            "넷이 먹었으니까 1인당 얼마씩 내면 돼",
            "17,500원",
        ),
        ("치킨 1마리 18,000원인데 3마리 시키면 얼마야", "아 두 마리 추가요", "90,000원"),
        # More of a counted thing adds to its count.
        ("생맥주 한 잔 육천 원인데 세 잔 마시면 얼마 나와", "2잔 더 시키면?", "30,000원"),
    ],
)
def test_one_new_figure_reruns_the_first_turn(
    first: str, follow_up: str, answer: str | None
) -> None:
    resolved = resolve_in_conversation([first], follow_up)
    if answer is None:  # a unit the first turn does not count in ("1년" of months): no swap
        assert priced_figure_swapped(follow_up, [first]) is None
        return
    assert resolved is not None and resolved.result is not None
    assert resolved.result.answer == answer


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        # A bare amount after a fee and a rate: either could be meant.
        (_ELECTRICIAN, "what about 120"),
        # Two new figures, one of them matching nothing; a percent off one of several items.
        (_FERRY, "22 days and 2 kids"),
        (
            "the painter quoted 2,200 for the kitchen and 900 for the hall, what's the total",
            "he'll take 10% off one of them",
        ),
        # A head count that does not agree with the ones who left.
        ("친구 넷이서 펜션비 36만 원 내기로 했는데 인당 얼마야", "둘이 빠져서 셋이서 내면?"),
        # Fewer by the figure: other rules' work, never the figure as the new count.
        ("삼겹살 1인분 14,000원인데 5인분 시키면 얼마야", "2인분 취소하면?"),
        # A head count that only says what the first turn was, no question asked again.
        ("친구 넷이서 펜션비 36만 원 내기로 했는데 인당 얼마야", "그거 작년에 셋이서 간 거야"),
        # "one moves out": one fewer, never a head count of one.
        ("친구 넷이서 펜션비 36만 원 내기로 했는데 인당 얼마야", "한명 이사가면 얼마씩 내야됨?"),
        # "per night" of an amount not said to be for nights.
        (
            "the tutor charges 30 per lesson, twice a week, what's that a week",
            "what's that per night",
        ),
    ],
)
def test_a_figure_matching_no_single_slot_is_not_read(first: str, follow_up: str) -> None:
    assert priced_figure_swapped(follow_up, [first]) is None
