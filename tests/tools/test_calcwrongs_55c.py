"""Three wrong calculation answers of set 46 (brief calcwrongs55), pinned with inputs of their
own (none is a case file's or the brief's wording), in Korean and English.

1. Whose part of a percent a person pays is asked ("룸메가 55% 내면 내 몫" is the rest, 832,500원,
   never the roommate's 1,017,500원); no part named is declined.
2. A split said as a ratio that makes no hundred after a share ("what about 70/40") is
   declined, never a division (1.75); "50/50" is half each.
3. An amount per one period with a rate, asked per another ("28 an hour … with 20% tax, what
   per year" was 33.6) is declined by the rate reader; a full-time hourly wage by the year
   takes a tax said as taken off (28 x 40 x 52 x 0.8).

Every case is answered (or declined) with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_expression as expression
import tools.calculator_hourly_to_yearly_en as hourly
import tools.calculator_rates as rates
import tools.calculator_span_unread_59k as span_unread
import tools.calculator_word_problems as word_problems
import tools.followups as followups
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    answers_stay,
    both,
    never,
    off,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_share_restated import share_said_as_ratio


def _not_unread(*_args: object) -> bool:
    return False


_WHOSE_OFF = off(rates, "whose_share", never)
_PERIOD_OFF = off(expression, "other_period_asked", _not_unread)
_RATIO_OFF = off(followups, "ratio_unread_after_share", _not_unread)
# "share" read as sharing out again, whoever's share it names (the pattern before the fix).
_SHARE_WORD_OFF = off(
    rates, "_OTHER_OPERATION", re.compile(r"나누|나눠|split|divid|shared?\b|per\s+person|인당|각자")
)

_RENT_EN = "the flat is 2400 a month total and my partner pays 65%, what's my share"
_UTIL_KO = "공과금 24만원인데 동생이 35% 내면 내 몫은 얼마야"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 1. A person pays the percent; the asker's part is the rest: 300,000 x 0.6; 1.2M x 0.4.
    (["관리비 30만원인데 동생이 40% 내면 내가 낼 돈은"], "180,000원", _WHOSE_OFF),
    (["월세 120만원 중에 친구가 60% 내기로 했으면 나는 얼마 내"], "480,000원", _WHOSE_OFF),
    ([_UTIL_KO], "156,000원", _WHOSE_OFF),
    # ... the payer's own part asked is the percent; the asker pays it, another's is the rest.
    (["rent is 2000 and my roommate pays 60%, whats her share"], "1,200", _SHARE_WORD_OFF),
    (["월세 185만원인데 내가 45% 내면 룸메 몫은 얼마"], "1,017,500원", _WHOSE_OFF),
    # ... "my share" names one part, no sharing out: 2400 x 0.35.
    ([_RENT_EN], "840", _SHARE_WORD_OFF),
    # ... no part named when another pays it: which one is unsaid.
    (["월세 185만원인데 룸메가 55% 내면 얼마"], None, _WHOSE_OFF),
    (["rent is 2000 and my roommate pays 60%, how much is that"], None, _WHOSE_OFF),
    # 2. A ratio that makes no hundred after a share: never a division.
    ([_RENT_EN, "what about 70/40"], None, _RATIO_OFF),
    ([_UTIL_KO, "what about 30/40"], None, _RATIO_OFF),
    # ... "50/50" is half each: 2400 x 0.5.
    ([_RENT_EN, "how about 50/50"], "1,200", without_change(share_said_as_ratio)),
    # 3. A full-time hourly wage by the year, a tax taken off: 30 x 40 x 52 x 0.75 and so on.
    (
        ["i make 30 an hour full time, after 25% tax whats that a year"],
        "46,800",
        off(hourly, "_TAX_TAKEN", NEVER),
    ),
    (
        ["I earn 22 an hour, 40 hours a week, 15% taxes taken out, how much a year"],
        "38,896",
        off(hourly, "_TAX_TAKEN", NEVER),
    ),
    # ... an amount per one period moved by a rate, asked per another: declined.
    (["28 an hour full time with a 5% raise, what per year"], None, _PERIOD_OFF),
    (["시급 12000원에 3.3% 떼면 한달에 얼마"], None, _PERIOD_OFF),
    (["일당 12만원인데 3.3% 떼면 한달에 얼마"], None, _PERIOD_OFF),
    # (Also declined by wrongs59b's week and month unlinked: both switched off.)
    (
        ["i pay 80 a week for daycare and it goes up 5%, how much a month"],
        None,
        both(_PERIOD_OFF, off(span_unread, "refuse_a_period_unconverted", never)),
    ),
]

test_wrong_answers_closed_by_their_rules = _read_only(_CASES)

# The readings beside the rules, unchanged: the asker pays the percent and names no part
# (theirs); a payer that is no person; a wage by the year with no tax; a ratio of 100.
test_readings_beside_stay = answers_stay(
    [
        (["dinner was 80 and i pay 35%, how much is that"], "28"),
        (["저녁값 8만원인데 내가 35% 내면 얼마야"], "28,000원"),
        (["the vet bill is 400 and insurance covers 70%, what do i owe"], "120"),
        (["25 an hour full time, whats that a year"], "52,000"),
        ([_RENT_EN, "what if we do 70/30 instead"], "720"),
    ]
)


def test_a_named_payer_is_no_part_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "룸메가 55% 내면" is no "계약금 30% 먼저 내면": the word form no longer takes the payer."""
    turn = ["관리비 40만원인데 누나가 30% 내면 얼마"]
    assert answer_to(turn) is None
    first, *others = word_problems.WORD_PROBLEM_FORMS
    before = re.compile(first[0].pattern.replace("(?<!가)", ""))
    monkeypatch.setattr(expression, "WORD_PROBLEM_FORMS", ((before, first[1]), *others))
    assert answer_to(turn) == "120,000원"
