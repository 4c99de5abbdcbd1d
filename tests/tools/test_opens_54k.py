"""Open markers of set 45's Korean turns closed in code (opens54k), pinned with inputs of
their own.

Readers (spliced in by tools.calculator_readers_54k): an amount scaled by a count of
another thing (tools.calculator_scaled_by_count_54k), what is left after a percent spent
(tools.calculator_left_after_spent_54k), a distance from a stride and steps
(tools.calculator_stride_distance_54k); 키로 beside a price per weight as kg
(tools.calculator_kilo_as_kg_54k); priced lines asked with no verb (the widened ask of
tools.calculator_forms_ko_52a). Dates: a length said before its start
(tools.dates_length_said_first_54k, and the start-first reading's lead word), the days of
a month (tools.dates_days_in_month_54k). Follow-up rules: tools.followup_rules_54k, the
past "한명 더 있었으면" of tools.followup_changes, a noun's 면 in
tools.followup_other_question_41. Every case is answered with its rule on, and otherwise
with it switched off.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_clock_start_and_length as clock_start
import tools.calculator_forms_ko_52a as forms_ko_52a
import tools.calculator_korean_counted as korean_counted
import tools.calculator_readers_54k as readers_54k
import tools.dates as dates
import tools.dates_said_after as dates_said_after
import tools.followup_changes as followup_changes
import tools.followup_other_question_41 as other_question
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_amounts_54k import (
    daily_spend_over_year,
    share_spent_corrected,
    weight_bought_changed,
)
from tools.followup_counts_54k import (
    count_of_scaled_thing,
    line_item_more_ko,
    steps_walked_changed,
)
from tools.followup_holiday_same_year_54k import holiday_of_same_year


def _reader_off(name: str) -> SwitchOff:
    return off(readers_54k, name, never)


def _with_slots_off(switch_off: SwitchOff) -> SwitchOff:
    """``switch_off`` with slot58t's slot reading of a clock and a span off too (it reads these)."""

    def both(monkeypatch: pytest.MonkeyPatch) -> None:
        switch_off(monkeypatch)
        monkeypatch.setattr(dates, "slots_restated", _unchanged)

    return both


def _unchanged(text: str) -> str:
    return text


def _without(module: object, name: str, said: str, flags: int = 0) -> SwitchOff:
    """``module.name`` as it was before ``said`` was added to its pattern."""
    current: LazyPattern = getattr(module, name)
    return off(module, name, LazyPattern(current.pattern.replace(said, ""), flags))


# The priced lines' ask as it was: a verb of buying required.
_ASKS_WITH_VERB = LazyPattern(
    forms_ko_52a._ASKS_TOTAL.pattern.replace("|샀는데|샀으면)?", "|샀는데|샀으면)")
)
# The start-first clock reading as it was: any lead word, the part of the day too.
_LEAD_ANY_WORD = re.compile(
    clock_start._FORM.pattern.replace("(?!오전|오후|아침|저녁|밤|낮)", ""), clock_start._FORM.flags
)
_FISH = "고등어 2마리에 간장 60ml 넣으면 5마리는 몇ml"
_BUDGET = "예산 80만원인데 25% 썼으면 얼마 남아"
_BEEF = "소고기 100g당 8900원인데 1.5kg 사면 얼마"
_SNACKS = "떡볶이 4000원 2인분이랑 순대 3000원 1개 얼마였지"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # An amount for a count of a thing, at another count: 2 x 10 / 4 kg; 60 x 5 / 2 ml.
    (
        ["김장 배추 4포기에 소금 2kg 쓰면 10포기는 몇키로 필요해"],
        "5 kg",
        _reader_off("amount_scaled_by_count"),
    ),
    ([_FISH], "150 ml", _reader_off("amount_scaled_by_count")),
    # What is left after a percent spent: 2,500,000 x 70%; 800,000 x 75%.
    (
        ["월급 250만원 중에 30% 써버렸으면 남은 돈은?"],
        "1,750,000원",
        _reader_off("left_after_share_spent"),
    ),
    ([_BUDGET], "600,000원", _reader_off("left_after_share_spent")),
    (
        ["budget was $1,200 and we spent 65% already, whats left"],
        "$420.00",
        _reader_off("left_after_share_spent_en"),
    ),
    # A stride times the steps: 65 cm x 12,000 = 7.8 km; 0.75 m x 8,000 = 6,000 m.
    (
        ["보폭이 65센치인데 1만2천 걸음 걸으면 몇 km야"],
        "7.8 km",
        _reader_off("distance_from_stride"),
    ),
    (["하루 8000보 걷는데 보폭 0.75m면 몇미터"], "6,000 m", _reader_off("distance_from_stride")),
    (
        ["my stride length is 0.8 m, how far in km is 12,500 steps"],
        "10 km",
        _reader_off("distance_from_stride_en"),
    ),
    # 키로 beside a price per 100g: 1,980 x 25.
    (
        ["돼지고기 100g당 1980원인데 2.5키로 사면 얼마"],
        "49,500원",
        off(korean_counted, "kilo_as_kg", _unchanged),
    ),
    # Priced lines asked with no verb: 4,000 x 2 + 3,000; 4,500 x 2 + 6,000.
    ([_SNACKS], "11,000원", off(forms_ko_52a, "_ASKS_TOTAL", _ASKS_WITH_VERB)),
    (
        ["아메리카노 4500원 2잔, 케이크 6000원 1개 얼마지"],
        "15,000원",
        off(forms_ko_52a, "_ASKS_TOTAL", _ASKS_WITH_VERB),
    ),
    # Another count of the thing scaled: 60 x 8 / 2 ml.
    ([_FISH, "8마리는?"], "240 ml", without_change(count_of_scaled_thing)),
    # Another count of steps: 65 cm x 12,000.
    (
        ["보폭 65cm인데 8천보 걸으면 몇키로야", "만2천보면?"],
        "7.8 km",
        without_change(steps_walked_changed),
    ),
    # One more of a priced line: 4,000 x 2 + 3,000 x 2; 3,000 x 2 + 4,000 x 2.
    (
        ["떡볶이 4000원 2인분이랑 순대 3000원 1개 사면 얼마", "순대 하나 더 사면?"],
        "14,000원",
        without_change(line_item_more_ko),
    ),
    (
        ["김밥 3000원 2줄이랑 라면 4000원 1개 얼마야", "라면 하나 더 시키면"],
        "14,000원",
        without_change(line_item_more_ko),
    ),
    # The noun 라면 holds no condition before another question.
    (
        ["김밥 3000원 2줄이랑 라면 4000원 1개 얼마야", "라면 하나 더 시키면"],
        "14,000원",
        off(other_question, "_ENDS_IN_CONDITION", NEVER),
    ),
    # The weight bought, never the 100g the price is per: 8,900 x 8; 8,900 x 20.
    ([_BEEF, "800g만 사면?"], "71,200원", without_change(weight_bought_changed)),
    ([_BEEF, "2키로면?"], "178,000원", without_change(weight_bought_changed)),
    (
        ["돼지고기 1.5kg인데 100g당 2000원이면 얼마야", "2키로면?"],
        "40,000원",
        without_change(weight_bought_changed),
    ),
    # A spent share corrected with a doubt: 800,000 x 70%.
    ([_BUDGET, "아니 30% 썼던가? 그럼?"], "560,000원", without_change(share_spent_corrected)),
    # A year of a daily spend first asked over 30 days: 3,000 x 365; 4,500 x 365.
    (
        ["매일 아이스티 3000원짜리 사 먹는데 한달(30일)이면 얼마 쓰는거야", "1년이면?"],
        "1,095,000원",
        without_change(daily_spend_over_year),
    ),
    (
        ["하루에 담배값 4500원 나가는데 30일이면 얼마", "1년 동안이면?"],
        "1,642,500원",
        without_change(daily_spend_over_year),
    ),
    # Another holiday of that year: 2030-10-09 a Wednesday; 2031-08-15 a Friday.
    (
        ["2030년 어린이날 무슨요일이야", "그해 한글날은?"],
        "수요일",
        without_change(holiday_of_same_year),
    ),
    (
        ["2031년 5월 5일 무슨요일이야", "같은 해 광복절은?"],
        "금요일",
        without_change(holiday_of_same_year),
    ),
    # More sharers, said of the past: 24,000 / 5.
    (
        ["택시비 24000원 3명이서 나누면 1인당 얼마", "두명 더 있었으면?"],
        "4,800원",
        _without(followup_changes, "_BY_AMOUNT", "|있었으면|있었다면|왔으면|왔다면"),
    ),
    # A length said before its start: 10:00 + 90 min; 19:30 + 160 min (저녁 kept).
    (
        ["회의 90분짜리 오전 10시 시작이면 언제 끝나"],
        "11:30 (오전 11시 30분)",
        _with_slots_off(off(dates_said_after, "length_said_first", _unchanged)),
    ),
    (
        ["뮤지컬 2시간 40분짜리 저녁 7시 반에 시작하면 몇시에 끝나"],
        "22:10 (오후 10시 10분)",
        _with_slots_off(off(dates_said_after, "length_said_first", _unchanged)),
    ),
    (
        ["뮤지컬 2시간 40분짜리 저녁 7시 반에 시작하면 몇시에 끝나"],
        "22:10 (오후 10시 10분)",
        _with_slots_off(off(clock_start, "_FORM", _LEAD_ANY_WORD)),
    ),
    # The days of a month: 2028 is a leap year; 2031 is not.
    (
        ["2028년 2월 며칠까지야"],
        "2028년 2월은 29일까지 있어요 (윤년)",
        off(dates, "days_in_month", never),
    ),
    (
        ["how many days are in february 2031"],
        "February 2031 has 28 days",
        off(dates, "days_in_month", never),
    ),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # A date in February asked, not its length; February with no year.
        ["2030년 2월 며칠이야"],
        ["2월은 며칠까지야"],
        # A month with no year in Korean: until when something runs in it, maybe.
        ["4월은 며칠까지 있어?"],
        ["how many days in february"],
        # The amount asked in another unit than said: not converted.
        ["배추 3포기에 고춧가루 600g 들어가면 5포기는 몇키로"],
        # A figure beside the stride and the steps.
        ["보폭 70cm면 만보 걸으면 3시간이면 몇키로"],
        ["stride is 75 cm and i walked 9000 steps in 2 hours how many km"],
        # The share is of an amount said after it: not this form.
        ["i spent 40% of 350 how much is left"],
        # Another counter than the thing counted.
        [_FISH, "8포기는?"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None
