"""Every figure a turn states has a role in the reading that answers it (wrongs59b).

Five wrong calculator answers found this session, each declined by a general guard, with
wordings unlike them and near misses that keep their right answers:

1. "borrow 12000 at 5% simple interest for 2 years, monthly payment" (1,200, the interest):
   declined by calc59's span rule (tools/calculator_span_unread_59k.refuse_a_span_unread);
2. "87.60 every quarter … split between 4 of us monthly" (21.9, the quarter's share): a
   period said and another asked, no factor between them in the reading
   (refuse_a_period_unconverted, same module);
3. "pack of ten markers costs 8.50, how much is one marker" (9.5) and 4. "… 14.50 each. how
   much for five with my 10% card" (1.45): a count said in words left out of the reading
   (tools/calculator_unread_cues_50w_en._count_in_words);
5. "we want to add 18% tip to 2 of the shares" after a split (2.36): a tip put on a count of
   shares, no money (calculator_unread_cues_50w_en.percent_on_a_count, in the English and
   Korean guards).

Variants the guards take (wordings not in any case file): before the guards 0 of 9
declined (each read wrong), after 9 of 9.
"""

from __future__ import annotations

import pytest

import tools.calculator_guards_50w_ko as guards_ko
import tools.calculator_span_unread_59k as span_unread
import tools.calculator_unread_cues_50w_en as cues_en
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    answers_stay,
    both,
    guard_rule_off,
    never,
    off,
)

_PERIOD_OFF = off(span_unread, "refuse_a_period_unconverted", never)
_WORDS_OFF = guard_rule_off(cues_en, "ENGLISH_GUARD", "_count_in_words")
_percent_off = both(
    guard_rule_off(cues_en, "ENGLISH_GUARD", "percent_on_a_count"),
    guard_rule_off(guards_ko, "KOREAN_GUARD", "percent_on_a_count"),
)


DINNER = "dinner was 240 for six of us, what does everyone owe"

# (turns, switch_off): declined, and answered (wrongly) with the guard switched off.
DECLINED: list[tuple[list[str], SwitchOff]] = [
    (
        ["water bill is 87.60 every quarter, how much is that split between 4 of us monthly"],
        _PERIOD_OFF,
    ),
    (["수도세 분기마다 9만원 나오는데 4명이서 나누면 한달에 얼마"], _PERIOD_OFF),
    (["분기에 12만원 3명이 나누면 한달에 1인당"], _PERIOD_OFF),
    (["phone plan is 45 every quarter, monthly cost split 3 ways"], _PERIOD_OFF),
    (["pack of ten markers costs 8.50, how much is one marker"], _WORDS_OFF),
    (["a box of twelve pens costs 6, how much is one pen"], _WORDS_OFF),
    (
        ["candles are buy one get one free, 14.50 each. how much for five with my 10% card"],
        _WORDS_OFF,
    ),
    (["buy one get one free on candles at 14.50, i want five, 10% member discount"], _WORDS_OFF),
    (["shirts 20 each, bogo, how much for five with 15% off"], _WORDS_OFF),
    ([DINNER, "we want to add 18% tip to 2 of the shares"], _percent_off),
    (["lets put a 15% tip on 3 of the shares"], _percent_off),
    (["3명 몫에 팁 15% 얹으면"], _percent_off),
    (["그중 2명 몫에만 봉사료 10% 추가하면"], _percent_off),
]


@pytest.mark.parametrize(("turns", "switch_off"), DECLINED)
def test_declined_only_by_its_guard(
    turns: list[str], switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert answer_to(turns) is None
    switch_off(monkeypatch)
    assert answer_to(turns) is not None


@pytest.mark.parametrize(
    "question",
    [
        # (The English loans paid monthly are read since calc60, the interest with the
        # amount over the months: tests/tools/test_calc_60k.test_loans_once_declined.)
        "1200만원 연 5% 단리로 2년 빌리면 한달에 얼마씩 갚아",
        "insurance is 420 per quarter. split two ways, whats that a month",
        "gas bill quarterly 240, per month?",
        "markers are 0.85 each, how much for ten",
        "add 20% tip to two of the shares",
    ],
)
def test_other_wordings_get_no_wrong_figure(question: str) -> None:
    # Declined today by one rule or another; never the interest, a quarter or a count's tip.
    assert answer_to([question]) is None


# Near misses: the same words, another meaning; their right answers stay.
test_near_misses_keep_their_answers = answers_stay(
    [
        (["internet is 150 per quarter, what's that per month"], "50"),
        (["internet is 150 per quarter, split between 3 of us"], "50"),
        (["insurance 300 per quarter, what is that per year"], "1,200"),
        (["groceries 60 a week, per year?"], "3,120"),
        (
            ["classes are 6 per visit, 3 times a week, what's that a month if a month is 4 weeks"],
            "72",
        ),
        (["borrow 12000 at 5% simple interest for 2 years, total interest"], "1,200"),
        (["a case of 24 cans is 18, how much per can"], "0.75"),
        (["split 90 between three of us"], "30"),
        (["i have three subs at 12.99, 8.50 & 4.99 monthly, yearly total?"], "317.76"),
        (["I'm paid $1,800 every two weeks. what's my yearly income"], "$46,800.00"),
        (["buy two get one free, 5 each, how much for 6"], "20"),
        (["shampoo is buy 2 get 1 free, 7.50 each, im grabbing 6 bottles. cost?"], "$30.00"),
        (["add 18% tip to 240"], "283.2"),
        (["20% of 40 people are vegan, how many"], "8"),
        ([DINNER, "add 18% tip"], "47.2"),
        ([DINNER, "what about 8 of us"], "30"),
    ]
)
