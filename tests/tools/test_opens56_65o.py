"""Set 55/56's open follow-ups (opens65), read by their words' roles.

- tools.followups._difference_of_change (tools.followup_opens_65o.difference_asked): a change
  then the difference it makes ("금리 5.4%로 오르면 한달에 얼마 더 내는거야", "how much more is
  that"): the condition read less the previous answer; a direction against the figures, a
  period the previous turn did not say, or no condition declines (never the new figure).
- tools.followup_item_cancelled_50b: what cancelling an item saves ("티빙 해지하면 1년에 얼마
  아끼는거야"; "얼마 아껴" was the remaining total, a wrong answer).
- tools.followup_changes.same_change_again: the same percent again after a step read as a
  percent change ("내년에도 같은 비율로 오르면 얼마 나와"); a direction said against the figures
  declines ("goes down by the same percent" after a rise was 105.8).
- tools.followup_opens_65o.amount_at_unit_weight: the amount in cups at one cup's weight.
- tools.followup_opens_65o.bigger_one_counted: a count of the bigger (smaller) of two sizes.
- tools.followup_item_count_en_41.priced_item_added: an item added to a bill of one line,
  the total asked after it ("plus 2 sodas at 2.49, in total then?").
- tools.followup_opens_62o.tax_part_asked: "how much of that was tax" (past tense).
- tools.followup_correction: a correction of figures said with 만/천 ("10만8천이 아니라 9만8천").

Each rule: wordings unlike the set's, near misses that stay unread, and the rule switched off.
"""

from __future__ import annotations

import pytest

import tools.followup_changes as changes
import tools.followup_correction as correction
import tools.followup_item_cancelled_50b as cancelled
import tools.followup_item_count_en_41 as item41
import tools.followup_opens_62o as opens62
import tools.followup_opens_65o as opens65
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    both,
    narrowed,
    off,
    read_only_by_its_rule,
    workload_answer,
)

_DIFF = off(opens65, "USE_DIFFERENCE_ASKED", False)
_SAVED = both(off(cancelled, "_SAVED_KO", NEVER), off(cancelled, "_SAVED_EN", NEVER))
_SAME = off(changes, "_SAME_AGAIN_TURN", NEVER)
_WEIGHT = off(opens65, "USE_AMOUNT_AT_UNIT_WEIGHT", False)
_BIG = off(opens65, "USE_BIGGER_ONE_COUNTED", False)
_ADD = off(item41, "ADD_TO_LEAST", 2)
_TAX = narrowed(opens62, "_TAX_PART_ASKED", r"(?:is|was)", "is")
_CORR = off(correction, "_MIXED_NUMERAL", NEVER)

_LOAN = "전세대출 2천만원 연 4.8%면 한달 이자 얼마 나가"
_NIGHTS = "3 nights at 120 a night, total?"
_TAXI = "택시비 24,000원 3명이 나누면 1인당 얼마"
_SUBS = "와우멤버십 7,890원이랑 티빙 13,900원 매달 나가는데 1년이면 총 얼마"
_STREAMS = "넷플릭스 월 13,500원 유튜브프리미엄 14,900원 둘다 1년 쓰면 얼마"
_APPS = "netflix 15.49 and spotify 11.99 a month, what do i pay in a year"
_POWER = "작년 겨울 전기요금 4만2천원이었는데 올해 5만400원 나왔어 몇% 오른거야"
_MILK = "recipe needs 3 cups of milk for 4 servings. how much milk for 10 servings"
_COOKIES = "recipe uses 2 cups of flour for 12 cookies. how much flour for 30 cookies"
_CEREAL = "시리얼 500g 6,900원짜리랑 1.2kg 15,400원짜리 있는데 100g당 어느게 더 싸?"
_COFFEE = "coffee 250g for 7.50 or 1kg for 24.00, which is cheaper per 100g?"
_PAID = "paid 59.40 including 8% sales tax, what was the price before tax"
_GAS = "가스비 1월 12만4천 2월 10만8천 3월 7만2천 나왔는데 평균 얼마"

_READ: list[tuple[list[str], str, SwitchOff]] = [
    # The difference a change makes.
    ([_LOAN, "금리 4.2%로 내리면 얼마 덜 내"], "10,000원", _DIFF),
    ([_NIGHTS, "what if we stay 5 nights, how much more is that"], "240", _DIFF),
    ([_NIGHTS, "and with 5 nights how much more would we pay"], "240", _DIFF),
    ([_NIGHTS, "5 nights, how much more would we pay"], "240", _DIFF),
    ([_TAXI, "4명이면 얼마 덜 내"], "2,000원", _DIFF),
    ([_TAXI, "4명이면 차이는 얼마"], "2,000원", _DIFF),
    (
        ["헬스장 월 55,000원 1년 다니면 얼마", "월 6만원으로 오르면 1년에 얼마 더 내"],
        "60,000원",
        _DIFF,
    ),
    (
        ["주차비 시간당 3,000원인데 4시간 세우면 얼마", "6시간 세우면 얼마 더 내야돼"],
        "6,000원",
        _DIFF,
    ),
    # What cancelling an item saves.
    ([_SUBS, "티빙 해지하면 얼마 아껴?"], "166,800원", _SAVED),
    ([_STREAMS, "유튜브프리미엄 끊으면 일년에 얼마 절약돼"], "178,800원", _SAVED),
    ([_STREAMS, "넷플릭스를 해지하면 아끼는 돈은 얼마야"], "162,000원", _SAVED),
    (
        [
            "헬스장 월 55,000원이랑 필라테스 월 120,000원 1년 다니면 총 얼마",
            "필라테스 취소하면 1년에 얼마 덜 나가",
        ],
        "1,440,000원",
        both(_SAVED, _DIFF),  # (also the difference the cancelling makes: the same figure)
    ),
    ([_APPS, "if we cancel spotify how much do we save a year"], "143.88", _SAVED),
    ([_APPS, "drop netflix, how much would i save"], "185.88", _SAVED),
    (
        [
            "the hotel is 210 a night plus a 35 resort fee per night, 3 nights total?",
            "skip the resort fee, how much do we save",
        ],
        "105",
        _SAVED,
    ),
    # The same percent change again.
    (
        ["월세가 50만원에서 55만원 됐는데 몇퍼 오른거야", "다음해에도 같은 비율로 인상되면?"],
        "605,000",
        _SAME,
    ),
    (
        [
            "보험료 12만원이었는데 9만6천원으로 내렸어 몇% 내린거야",
            "내년에도 같은 비율로 내리면 얼마야",
        ],
        "76,800",
        _SAME,
    ),
    (
        [
            "가스요금 지난달 6만원 이번달 6만9천원이면 몇% 오른거야",
            "다음달에도 같은 비율로 오르면?",
        ],
        "79,350",
        _SAME,
    ),
    (
        ["전기요금 3만원에서 3만6천원 됐는데 몇% 오른거야", "다음달에도 같은 비율로 오르면 얼마야"],
        "43,200",
        _SAME,
    ),
    (
        ["주유비 지난달 25만원 이번달 22만원이면 몇% 줄은거야", "다음달에도 같은 비율로 줄면?"],
        "193,600",
        _SAME,
    ),
    # An amount at one unit's weight.
    (
        [
            "recipe uses 2 cups of flour for 8 pancakes, how much flour for 20 pancakes",
            "and in grams, if one cup weighs 120 g?",
        ],
        "600 g",
        _WEIGHT,
    ),
    ([_MILK, "how many ml is that if 1 cup is 240 ml"], "1,800 ml", _WEIGHT),
    (
        [
            "3 tbsp of sugar for 2 cakes. how much sugar for 5 cakes",
            "how many grams is that if a tablespoon is 12.5 g",
        ],
        "93.75 g",
        _WEIGHT,
    ),
    (
        [
            "recipe needs 3 cups of milk for 4 servings. how much milk for 6 servings",
            "so how many ml would that be, if a cup holds 250 ml",
        ],
        "1,125 ml",
        _WEIGHT,
    ),
    (
        [
            "recipe uses 4 cups of rice for 6 people, how much rice for 9 people",
            "how many grams is that if one cup of rice is 180 g",
        ],
        "1,080 g",
        _WEIGHT,
    ),
    # A count of the bigger (smaller) of two sizes.
    ([_CEREAL, "작은거 3개 사면?"], "20,700원", _BIG),
    (
        ["우유 900ml 2,980원이랑 2.3L 6,480원 중에 뭐가 더 싸", "큰 거 2통 사면 총 얼마"],
        "12,960원",
        _BIG,
    ),
    ([_COFFEE, "what if i buy 3 of the big bags"], "72", _BIG),
    ([_COFFEE, "we get 2 of the smaller ones, how much"], "15", _BIG),
    (
        ["쌀 4kg 18,900원이랑 10kg 42,000원 중에 어느게 싸", "그럼 큰걸로 3개 주문하면 얼마"],
        "126,000원",
        _BIG,
    ),
    # An item added to a bill of one line.
    (
        ["whats 4 hoodies at 32.50 each", "add 3 caps at 12.25, whats the total now?"],
        "166.75",
        _ADD,
    ),
    (["2 tickets at 18.75 each, how much", "and add a popcorn for 7.40 altogether"], "44.9", _ADD),
    (
        ["5 notebooks at 2.35 each what do i pay", "throw in 2 pens at 1.10 each, total?"],
        "13.95",
        _ADD,
    ),
    (
        ["how much for 4 coffees at 3.75 each", "plus 2 muffins at 2.90, whats the total?"],
        "20.8",
        _ADD,
    ),
    (["how much for 6 donuts at 1.75 each", "also add 2 lattes at 4.25, in total?"], "19", _ADD),
    # The tax part asked in the past.
    (
        [
            "i paid 108 and that included 8% tax, what was the price before tax",
            "and how much of the 108 was tax",
        ],
        "8",
        _TAX,
    ),
    (
        [
            "the bill was 230 including 15% vat, what was the amount before vat",
            "how much of it was vat",
        ],
        "30",
        _TAX,
    ),
    (
        [
            "total is 84.80 including 6% sales tax, whats the price before tax",
            "ok how much of the total was tax then",
        ],
        "4.8",
        _TAX,
    ),
    (
        [
            "a 126 invoice including 5% vat, what was the cost before vat",
            "so how much of that was vat?",
        ],
        "6",
        _TAX,
    ),
    (
        [
            "bought a chair for 64.80 including 8% tax, what was the price before tax",
            "how much of the tag was tax",
        ],
        "4.8",
        _TAX,
    ),
    # A correction of figures said with 만/천.
    ([_GAS, "아 3월이 7만2천이 아니라 8만2천이었네"], "104,666.6666666667 (≈ 104,666.67)", _CORR),
    (
        ["전기요금 4월 5만3천 5월 4만8천 6월 6만1천 평균 얼마야", "5월 4만8천 아니고 4만2천이야"],
        "52,000",
        _CORR,
    ),
    (["회비 3만5천원씩 12명이면 총 얼마", "3만5천 말고 4만5천이었네"], "540,000원", _CORR),
    (
        [
            "수도요금 1월 3만2천 2월 2만8천 3월 3만5천 평균 얼마",
            "아 2월이 2만8천이 아니라 2만6천이었어",
        ],
        "31,000",
        _CORR,
    ),
    (["용돈 5만2천원씩 3명이면 총 얼마", "아니다 5만2천 말고 6만2천이었네"], "186,000원", _CORR),
]

# The set's own turns, each read by its rule.
_SET: list[tuple[list[str], str, SwitchOff]] = [
    ([_LOAN, "금리 5.4%로 오르면 한달에 얼마 더 내는거야"], "10,000원", _DIFF),
    ([_SUBS, "티빙 해지하면 1년에 얼마 아끼는거야"], "166,800원", _SAVED),
    ([_POWER, "내년에도 같은 비율로 오르면 얼마 나와"], "60,480", _SAME),
    ([_COOKIES, "how many grams is that if a cup of flour is 125 g"], "625 g", _WEIGHT),
    ([_CEREAL, "큰거 두개 사면 얼마야"], "30,800원", _BIG),
    (
        ["how much for 3 large pizzas at 14.99 each", "plus 2 sodas at 2.49, in total then?"],
        "49.95",
        _ADD,
    ),
    ([_PAID, "so how much of that was tax"], "4.4", _TAX),
    ([_GAS, "아 2월이 10만8천이 아니라 9만8천이었네"], "98,000", _CORR),
]

# Near misses: each stays unread.
_UNREAD: list[list[str]] = [
    [_LOAN, "금리 4.2%로 내리면 얼마 더 내"],
    [_LOAN, "금리 5.4%로 오르면 1년에 얼마 더 내"],
    [_TAXI, "얼마 더 내야돼"],
    [_TAXI, "4명이면 얼마 더 내"],
    ["월 관리비 20만원인데 5% 오르면 얼마야", "1년이면 얼마 더 내"],
    [
        "넷플릭스 월 13,500원 유튜브프리미엄 14,900원 매달 내면 한달에 얼마",
        "유튜브프리미엄 해지하면 1년에 얼마 아껴",
    ],
    [_SUBS, "티빙 해지하면 2년에 얼마 아껴"],
    [_SUBS, "왓챠 해지하면 얼마 아껴"],
    [_POWER, "내년에도 같은 비율로 내리면 얼마 나와"],
    [_POWER, "같은 비율로 오르면 월급은 얼마"],
    [
        "the price went up from 80 to 92, by what percent",
        "and if it goes down by the same percent next year?",
    ],
    [_MILK, "how many ml is that if 1 cup is 240 g"],
    [_MILK, "how many grams is that"],
    [_COOKIES, "how many grams is that if a tbsp is 8 g"],
    [_CEREAL, "싼거 두개 사면 얼마야"],
    [_CEREAL, "큰거 두개면 100g당 얼마야"],
    ["how much for 3 large pizzas at 14.99 each", "plus 2 sodas, in total then?"],
    ["a 3 night stay is 360", "plus 2 breakfasts at 15"],
    [_PAID, "so how much of the 60 was tax"],
    [_PAID, "so how much of that was tip"],
    [_GAS, "아 2월이 11만8천이 아니라 9만8천이었네"],
    [_GAS, "아 1월이 아니라 2월이었네"],
]


@pytest.mark.parametrize(("turns", "expected", "switch_off"), _READ + _SET)
def test_read_only_by_its_rule(
    turns: list[str], expected: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: workload_answer(turns), expected, switch_off, monkeypatch)


@pytest.mark.parametrize("turns", _UNREAD)
def test_near_misses_stay_unread(turns: list[str]) -> None:
    assert workload_answer(turns) is None


def test_a_direction_against_the_figures_declines(monkeypatch: pytest.MonkeyPatch) -> None:
    """'goes down by the same percent' after a rise: 105.8 (the rise again) without the check."""
    turns = [
        "the price went up from 80 to 92, by what percent",
        "and if it goes down by the same percent next year?",
    ]
    assert workload_answer(turns) is None
    monkeypatch.setattr(changes, "_SAID_DOWN", NEVER)
    assert workload_answer(turns) == "105.8"


def test_how_much_more_is_never_the_new_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """'what if we stay 5 nights, how much more is that' was 600 (five nights), not 240."""
    turns = [_NIGHTS, "what if we stay 5 nights, how much more is that"]
    assert workload_answer(turns) == "240"
    monkeypatch.setattr(opens65, "USE_DIFFERENCE_ASKED", False)
    assert workload_answer(turns) == "600"
