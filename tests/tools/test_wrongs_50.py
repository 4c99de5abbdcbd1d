"""Set 50's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences); each form has variants in other
wordings and near misses that must not be read. Every case is answered as expected with
its rule on, and otherwise with that rule switched off:

- days said as the days NOT spent on what was counted ("주2일 재택이면?", "2 days off?")
  are the complement of the count, never the count (tools.followup_days_away_58t; off:
  the new count swapped in, set 50's "주3일 재택하면" gave 37,200원 for 24,800원);
- a per-unit rate held over a new count ("and for a 30 day month at that rate") is the
  rate times the count (tools.followup_rate_held_58t; off: the divisor swapped, 4.62);
- days an organisation grants asked as what it gives ("형 결혼식은 며칠 줘요") are its
  own leave rule (tools.rag.organisation_rules._DAYS_GRANTED; off: a model's answer);
- a room of the place named bare before a thing of it, or the wifi password asked for,
  is a fact of the organisation (agents.own_facts_55o._PLACE_THING; off: a model's
  wifi password under the general-knowledge notice);
- a person named by age in a follow-up of a cited answer ("and for my 6 year old") asks
  something new, never a sum with the figure (graphs.stated_condition_56r._AGE; off: a
  model's dose with no notice, read as arithmetic on the cited maximum).
"""

from __future__ import annotations

import pytest

import agents.own_facts_55o as own_facts
import graphs.stated_condition_56r as stated_condition
import tools.followups as followups
import tools.rag.organisation_rules as organisation_rules
from agents.own_facts_55o import asks_own_fact
from graphs.cited_followups import asks_something_new
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    never,
    off,
    read_only_by_its_rule,
    turns_read_only_by_their_rule,
)
from tools.rag.organisation_rules import asks_about_organisation_rule

_AWAY_OFF = off(followups, "days_away_as_days_spent", never)
_RATE_HELD_OFF = off(followups, "rate_held_over_count", never)

_BUS = "버스 편도 1,500원 주5일 출근하면 한달 4주 교통비 얼마"  # read as 30,000원
_PARKING = "주차비 하루 8천원 주5일 출근 4주면 얼마"  # 160,000원
_TRAIN = "train is 4.50 each way, 5 days a week for 4 weeks, how much"  # 180
_BILL = "electric bill was 138.60 for 31 days, whats that per day"  # 4.47
_PARKED = "8시간 주차에 9600원이면 시간당 얼마"  # 1,200원
_FUEL = "drove 420 km on 35 litres, how many km per litre"  # 12

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 5 - 2 days at home = 3 commuting days (off: 2 days, 12,000원)
    ([_BUS, "주2일 재택이면?"], "18,000원", _AWAY_OFF),
    ([_BUS, "재택을 주 1일 하면"], "24,000원", _AWAY_OFF),
    ([_BUS, "이틀 쉬면"], "18,000원", _AWAY_OFF),
    ([_PARKING, "하루는 결근하면?"], "128,000원", _AWAY_OFF),
    ([_PARKING, "주3일재택"], "64,000원", _AWAY_OFF),
    # 4.50 x 2 x 3 x 4 = 108; 4 days = 144; 2 days = 72
    ([_TRAIN, "what if i wfh 2 days"], "108", _AWAY_OFF),
    ([_TRAIN, "and with 1 day remote?"], "144", _AWAY_OFF),
    ([_TRAIN, "2 days off?"], "108", _AWAY_OFF),
    ([_TRAIN, "if i work from home for 3 days"], "72", _AWAY_OFF),
    # 138.60 / 31 x 30 = 134.13 (off: the divisor swapped, 4.62, or declined)
    ([_BILL, "and for a 30 day month at that rate"], "$134.13", _RATE_HELD_OFF),
    ([_BILL, "what about 30 days at the same rate"], "$134.13", _RATE_HELD_OFF),
    # 9,600 / 8 x 5 = 6,000원; x 12 = 14,400원
    ([_PARKED, "그 비율로 5시간이면?"], "6,000원", _RATE_HELD_OFF),
    ([_PARKED, "같은 요금으로 하루 12시간 세우면?"], "14,400원", _RATE_HELD_OFF),
    # 420 / 35 x 50 = 600 km
    ([_FUEL, "at that rate how far on 50 litres"], "600", _RATE_HELD_OFF),
]

test_set_50_wrongs_read_only_by_their_rule = turns_read_only_by_their_rule(CASES)


test_near_misses_are_not_read_so = answers_stay(
    [
        # The usual days off are no days taken from the count: declined.
        ([_BUS, "주말 이틀 쉬면"], None),
        # Working from home is still paid work: declined, never fewer days of pay.
        (["알바 시급 1만원 하루 6시간 주5일 하면 한주에 얼마", "주2일 재택하면"], None),
        # The days spent said as such stay a plain swap.
        ([_BUS, "주3일 출근하면"], "18,000원"),
        ([_TRAIN, "what about 3 days a week"], "108"),
        # An amount of its own beside the held rate, or no count: not this reading.
        ([_BILL, "at that rate what about a 28 day bill for 120"], None),
        ([_BILL, "and at that rate for a year?"], None),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "형 결혼식은 며칠 줘요",
        "동생 결혼하면 몇일 쉬게 해줘요?",
        "이사하면 며칠 줘?",
        "how many days off do i get for my sister's wedding",
        "days off for a funeral?",
    ],
)
def test_days_granted_are_the_organisation_rule(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: asks_about_organisation_rule(question),
        True,
        off(organisation_rules, "_DAYS_GRANTED", NEVER),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "김치 며칠 숙성시켜야돼",
        "택배 며칠 걸려요",
        "how many days does shipping take",
        "how many days do i get to return a shirt at zara",
    ],
)
def test_days_asked_of_anything_else_are_no_rule(question: str) -> None:
    assert not asks_about_organisation_rule(question)


@pytest.mark.parametrize(
    "question",
    [
        "대기실 와이파이 비번 뭐야",
        "로비 화장실 어디야",
        "진료실 몇층이에요",
        "whats the wifi password",
        "wifi password pls",
        "what's the waiting room wifi password",
    ],
)
def test_a_thing_of_the_place_is_its_own_fact(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: asks_own_fact(question),
        True,
        off(own_facts, "_PLACE_THING", NEVER),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "와이파이 비번 바꾸는 법",
        "how do i change my wifi password",
        "대기실이 뭐야",
        "i forgot my wifi password how do i find it",
    ],
)
def test_anyones_wifi_is_no_fact_of_the_place(question: str) -> None:
    assert not asks_own_fact(question)


@pytest.mark.parametrize(
    "text",
    [
        "and for my 6 year old",
        "what about a 9-year-old",
        "6살 딸은요?",
        "여섯 살 아이도 똑같이 먹여요?",
        "my son is ten years old, same?",
        "7세 어린이는?",
    ],
)
def test_an_age_asks_something_new(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: asks_something_new(text),
        True,
        off(stated_condition, "_AGE", NEVER),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "text", ["4명이면?", "and for 4 days?", "6살이면 얼마", "3세트면?", "and for 6 people"]
)
def test_counts_and_sets_stay_sums(text: str) -> None:
    assert not asks_something_new(text)
