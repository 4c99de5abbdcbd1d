"""Set 44's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and no longer with that rule switched off:

- a sum said wholly in English number words ("fourteen hundred divided by seven"), read
  by tools.calculator_readers_44.spoken_arithmetic_en (off: left to a model);
- a one-way fare ridden to work and back on days a week for weeks (commute_fare_weeks_ko;
  off: one ride a day), and the same fare in a form no reader doubles, declined
  (refuse_commute_fare_read_once; off: one ride a day answered);
- "그 다음해는?", "and the year after?" after a question about one dated year
  (tools.followup_rules_44.year_after_or_before; off: not read by code, and set 44's run
  quoted a leave-policy sentence about "다음 해" for it);
- "30은?", "하프 13.1은?", "and 800 grams?" after a unit conversion: the new quantity in the
  unit asked before (new_quantity_converted), and "2028년은요?" after a date question of one
  year: the same question of that year (other_year_of_dates); off: not read by code;
- a part as a percent of a whole ("what percent of 120 is 15", percent_of_whole_asked), an
  hourly rate from pay and hours (hourly_rate_from_pay_en), and "and 600?" after a currency
  conversion at a stated rate (new_amount_at_same_rate); off: not read by code;
- "둘이 반띵하면" (a split in half) and a question typed with no space at all
  (tools.calculator_said_plainly_44; off: not read);
- a hotel limit asked "if the trip isnt in seoul" picks the other rate of an answer
  stating two (tools.followup_rate_qualifier's contraction, set 44; off: Seoul's rate).

The readings around them that must stay are pinned too.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import tools.calculator as calculator
import tools.calculator_readers_44 as readers_44
import tools.followup_rate_qualifier as qualifier
import tools.handler_calculation as handler_calculation
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    answers_stay,
    never,
    off,
    turns_read_only_by_their_rule,
    without_change,
)
from tools.followup_answer_rate import count_of_answer_rate
from tools.followup_rules_44 import (
    new_amount_at_same_rate,
    new_quantity_converted,
    other_year_of_dates,
    year_after_or_before,
)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 1,400 / 7 = 200 (off: no figure read, a model's turn)
    (["fourteen hundred divided by seven"], "200", off(readers_44, "spoken_arithmetic_en", never)),
    # 2,500 + 375 = 2,875
    (
        ["what's two thousand five hundred plus three hundred seventy five"],
        "2,875",
        off(readers_44, "spoken_arithmetic_en", never),
    ),
    # 1,350 x 2 x 3 x 4 = 32,400원 (off: one ride a day, 16,200원, or declined)
    (
        ["지하철 1350원 출퇴근 왕복 주3일 4주 다니면 교통비 얼마"],
        "32,400원",
        off(readers_44, "commute_fare_weeks_ko", never),
    ),
    # the follow-up re-runs the reading at its fare: 1,250 x 2 x 3 x 4 = 30,000원
    (
        ["지하철 1350원 출퇴근 왕복 주3일 4주 다니면 교통비 얼마", "버스로 1250원이면?"],
        "30,000원",
        off(readers_44, "commute_fare_weeks_ko", never),
    ),
    # 2029-12-25 is a Tuesday; the year after, 2030-12-25, a Wednesday
    (
        ["2029년 크리스마스 무슨 요일이야", "그 다음해는?"],
        "수요일",
        without_change(year_after_or_before),
    ),
    # 2030-12-25 is a Wednesday; the year before, 2029-12-25, a Tuesday
    (
        ["what day of the week is christmas 2030", "and the year before?"],
        "Tuesday",
        without_change(year_after_or_before),
    ),
    # 2031-01-01 is a Wednesday; the following year's, 2032-01-01, a Thursday
    (
        ["what day of the week is new years day 2031", "what about the following year"],
        "Thursday",
        without_change(year_after_or_before),
    ),
]

UNREAD_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 30 C x 9/5 + 32 = 86 F: a bare figure keeps the conversion's unit (off: not read)
    (
        ["섭씨 25도면 화씨로 몇도야", "30은?"],
        "30 °C = 86 °F",
        without_change(new_quantity_converted),
    ),
    # a label before the figure: 13.1 mi = 21.0824 km
    (
        ["3마일은 몇 키로야", "하프 13.1은?"],
        "13.1 mi = 21.0824 km",
        without_change(new_quantity_converted),
    ),
    # another unit of the same kind: 1.5 kg = 52.9109 oz
    (
        ["how many ounces is 300 grams", "and 1.5 kilos?"],
        "1.5 kg = 52.9109 oz",
        without_change(new_quantity_converted),
    ),
    # Feb 1 -> Mar 1: 28 days in 2027, 29 in 2028 (off: not read)
    (
        ["2027년 2월 1일부터 3월 1일까지 며칠", "2028년은요?"],
        "29일",
        without_change(other_year_of_dates),
    ),
]

UNREAD_CASES += [
    # 15 / 120 x 100 = 12.5% (off: left to a model)
    (["what percent of 120 is 15"], "12.5%", off(readers_44, "percent_of_whole_asked", never)),
    (["15 is what percent of 120?"], "12.5%", off(readers_44, "percent_of_whole_asked", never)),
    (["200의 몇 퍼센트가 30이야"], "15%", off(readers_44, "percent_of_whole_asked", never)),
    # 1,150 / 46 = 25 an hour
    (
        ["made 1,150 for 46 hours last week, whats that per hour"],
        "25",
        off(readers_44, "hourly_rate_from_pay_en", never),
    ),
    # 600 x 1.35 = 810 dollars at the rate said before (off: not read)
    (
        ["how much is 200 pounds in dollars if 1 pound is 1.35 dollars", "and 600?"],
        "$810.00",
        without_change(new_amount_at_same_rate),
    ),
]


def _as_typed(text: str) -> str:
    return text


_PLAIN_OFF = off(calculator, "said_plainly_44", _as_typed)

UNREAD_CASES += [
    # 반띵 beside a group of two: (31,000 + 17,000) / 2 = 24,000원 (off: not read)
    (["통신비 31,000원 인터넷 17,000원 둘이 반띵하면 얼마"], "24,000원", _PLAIN_OFF),
    # no group said: half of 27,000원 = 13,500원
    (["택시비 27000원 반띵하자"], "13,500원", _PLAIN_OFF),
    # "a whole year" is a year: 85 x 12 = 1,020 (off: not read)
    (["parking pass is 85 a month, how much is that for a whole year"], "1,020", _PLAIN_OFF),
    # a sentence typed with no space: 1,850 x 6 = 11,100원 (off: not read)
    (["우유한팩1850원짜리6개사면얼마"], "11,100원", _PLAIN_OFF),
]

test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES + UNREAD_CASES)


def test_a_commute_fare_no_reader_doubles_is_declined(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fare said before 왕복 that no reader doubles: declined, never one ride a day."""
    # With the commute reader off, no reader reads the form: the guard must decline it.
    turns = ["지하철 1350원 출퇴근 왕복 주3일 4주 다니면 교통비 얼마"]
    monkeypatch.setattr(readers_44, "commute_fare_weeks_ko", never)
    assert answer_to(turns) is None
    # Off as well (where the calculator and its restatements check it): the general
    # reading counts one ride a day (1,350 x 3 x 4).
    monkeypatch.setattr(calculator, "refuse_commute_fare_read_once", never)
    monkeypatch.setattr(handler_calculation, "refuse_commute_fare_read_once", never)
    assert answer_to(turns) == "16,200원"


STAYS: list[tuple[list[str], str | None]] = [
    # a unit of another kind is no new quantity of the conversion
    (["how many pounds is 3 kilograms", "and 2 liters?"], None),
    # a fare ridden both ways on days said is read as before: 1,500 x 2 x 22 = 66,000원
    (["버스 1500원 출퇴근 왕복 매일 22일 타면 얼마"], "66,000원"),
    # figures in digits stay the calculator's general reading
    (["1400 divided by 7"], "200"),
    # a year-relative word that counts from today is left alone
    (["2029년 크리스마스 무슨 요일이야", "내년은?"], None),
]

test_the_readings_around_stay = answers_stay(STAYS)


def test_the_year_rule_needs_exactly_one_year() -> None:
    assert year_after_or_before("그 다음해는?", ["연차 며칠 남았어"]) is None
    assert year_after_or_before("그 다음해는?", ["2028년 3월 1일부터 2029년 3월 1일까지"]) is None


class _Message:
    def __init__(self, kind: str, content: str) -> None:
        self.type = kind
        self.content = content


_LIMITS = "Lodging is paid up to 150,000 won per night in Busan and 80,000 won per night elsewhere."


def _four_nights(question: str) -> Decimal | None:
    # (No city in the turn: a city the answer does not name now picks "elsewhere" by
    # itself, opens55e, so the question's "isnt in busan" is what is tested here.)
    turn = "so 4 nights is max how much"
    messages = [_Message("human", question), _Message("ai", _LIMITS), _Message("human", turn)]
    found = count_of_answer_rate(turn, [_LIMITS], messages)
    return None if found is None else Decimal(str(found.result.value))


def test_a_trip_that_isnt_in_a_place_picks_the_other_rate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "isnt in busan" asks outside Busan: 80,000 x 4, never Busan's 150,000 x 4."""
    question = "what can i spend on lodging per night if the trip isn't in busan"
    assert _four_nights(question) == Decimal(320000)
    assert _four_nights(question.replace("isn't", "isnt")) == Decimal(320000)
    # Off: the contraction unread, "busan" names Busan's rate.
    pattern = qualifier._ASKS_OUTSIDE.pattern
    without = re.sub(r"\|\\b\(\?:is\|are\|was\|were\)n\[’'\]\?t\\s\+in\\b", "", pattern)
    assert without != pattern
    monkeypatch.setattr(qualifier, "_ASKS_OUTSIDE", LazyPattern(without, re.IGNORECASE))
    assert _four_nights(question) == Decimal(600000)


def test_the_unit_word_of_the_question_is_its_own_unit() -> None:
    """ "95도는?" after "화씨 90도면 …": 95 °F, never 95 of 도 read afresh as °C.

    Set 44's run after the rule came in answered "104 °C = 104 °C" for "104도는?".
    """
    assert new_quantity_converted("95도는?", ["화씨 90도면 섭씨로 몇도야"]) == (
        ["95 °F in °C"],
        "90 °F → 95 °F",
    )
    assert answer_to(["화씨 90도면 섭씨로 몇도야", "95도는?"]) == "95 °F = 35 °C"
