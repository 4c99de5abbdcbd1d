"""Open markers of sets 30 to 41 closed in code (opens50b), pinned with inputs of their own.

Each rule: a Korean average speed of a distance and the time it took
(tools.calculator_average_speed_50b) and a new travel time after it
(tools.followup_travel_time_50b); simple interest asked as the amount held, compound interest
named in English (tools.calculator_interest_kinds_50b) and simple interest asked instead of
compound (tools.followup_interest_kind_50b); a price a period split N ways
(tools.calculator_split_ways_50b) and its months worked from the unrounded share
(tools.followup_unrounded); a charge with a cap a day (tools.calculator_day_cap_50b); an
add-on priced "추가하면 P원" counted in times (tools.calculator_add_on_counted_50b); a pool's
leftover (tools.calculator_pooled_left_50b) and more people giving to it
(tools.followup_more_chipped_in_50b); "how much will I have" at simple interest asks the
total (tools.calculator_interest_total_asked). Every case is answered with its rule on, and
otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator_interest_total_asked as total_asked
import tools.calculator_readers_50b as readers_50b
import tools.followup_unrounded as unrounded
import tools.followups as followups
import tools.handler_references as handler_references
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, both, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_add_on_counted_50b import add_on_counted_in_times
from tools.calculator_average_speed_50b import average_speed_ko
from tools.calculator_day_cap_50b import capped_a_day
from tools.calculator_interest_kinds_50b import compound_interest_named_en
from tools.calculator_pooled_left_50b import pooled_less_cost
from tools.calculator_split_ways_50b import period_price_split_ways
from tools.followup_change_rules import CHANGES
from tools.followup_interest_kind_50b import simple_interest_instead
from tools.followup_item_cancelled_50b import item_cancelled
from tools.followup_more_chipped_in_50b import more_chipped_in
from tools.followup_overtime_said_50b import overtime_said_anew
from tools.followup_said_otherwise_50b import (
    after_service_said_as_tip,
    list_cut_to,
)
from tools.followup_travel_time_50b import travel_time_changed
from tools.korean_numbers import normalize_numerals


def _reader_off(name: str) -> SwitchOff:
    """The calculator's early readers with ``name`` reading nothing."""
    return off(readers_50b, name, never)


def _rule_off(rule: object) -> SwitchOff:
    """The follow-up rules without ``rule`` (the table holds the function itself)."""
    return off(followups, "CHANGES", tuple(c for c in CHANGES if c is not rule))


_BUSAN = "부산까지 400km인데 5시간 걸렸으면 평균 시속 몇 km야"
_CYCLE = "we cycled 60 miles in 4 hours 30 minutes, what was our average speed"
_DEPOSIT_KO = "500만원을 연 4% 복리로 2년 두면 얼마야"
_DEPOSIT_EN = "8000 dollars at 3% compounded annually for 2 years, how much will I have"
_STORAGE = "the storage unit is 49.99 a month and we split it 3 ways, how much each"
_PARKING = "주차 10분에 500원이고 하루 최대 15000원이면 4시간 대면 얼마"
_PENSION = "펜션 1박 12만원이고 바베큐 추가하면 3만원인데 3박하고 바베큐 두번 하면 얼마야"
_CAKE = "we got 20 each from 6 of us for the cake, it was 95, how much is left"
_GYM = "헬스 월 6만원 수영 월 4만원 둘다 6개월 다니면 얼마"
_CLEANER = "the cleaner is 25 an hour for 4 hours plus a 20 supplies fee, how much"
_WALKER = (
    "the dog walker charges 3 dollars a mile and walks 8 miles, plus 5 for a treat bag, how much"
)
_OVERTIME = (
    "I earn 18 an hour, worked 38 hours plus 5 hours overtime at double time, what is my pay"
)
_PLANS = "my phone plans are 25, 18 and 12 a month, how much is that for a year"
_CATERER = "the caterer charges 40 a head for 30 people plus 15% service, what is the bill"
_VENUE = "the party venue charges 55 per guest and we have 80 guests, what is the bill"
_BIKE = "the bike is 300 and the helmet is 45 and the lock is 30, total?"
_FLOWERS = "동창 5명한테 2만원씩 걷었는데 화환이 8만5천원이면 남는 돈 얼마"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A distance and the time it took: 400 / 5; 90 / 1.5.
    ([_BUSAN], "80 km/h", _reader_off("average_speed_ko")),
    (
        ["집에서 공항까지 90km인데 1시간 30분 걸렸어 평균 속도는?"],
        "60 km/h",
        _reader_off("average_speed_ko"),
    ),
    # A new travel time, the span replaced whole: 400 / 4; 60 / 5 (never 60 / 5.5).
    ([_BUSAN, "돌아올 때는 4시간 걸렸어"], "100 km/h", _rule_off(travel_time_changed)),
    ([_CYCLE, "the return trip took 5 hours"], "12 mph", _rule_off(travel_time_changed)),
    # Simple interest asked as what the deposit becomes: 5,000,000 x (1 + 4% x 2).
    (
        ["500만원을 연 4% 단리로 2년 두면 얼마야"],
        "5,400,000원",
        _reader_off("simple_interest_held_ko"),
    ),
    # Compound interest named in English: grown (2,000 x 1.05^2), or its interest.
    (
        ["2000 dollars at 5% compound interest for 2 years, how much will I have"],
        "$2,205.00",
        _reader_off("compound_interest_named_en"),
    ),
    (
        ["2000 dollars at 5% compound interest for 2 years, how much interest do I get"],
        "$205.00",
        _reader_off("compound_interest_named_en"),
    ),
    # Simple interest instead of compound: 5,000,000 x 1.08; 8,000 x 1.06.
    ([_DEPOSIT_KO, "단리로 하면?"], "5,400,000원", _rule_off(simple_interest_instead)),
    ([_DEPOSIT_EN, "what about simple interest?"], "$8,480.00", _rule_off(simple_interest_instead)),
    # "how much will I have" at simple interest: the total, never the interest alone.
    (
        ["8000 dollars at 3% simple interest for 2 years, how much will we have"],
        "$8,480.00",
        off(total_asked, "_TOTAL_ASKED", NEVER),
    ),
    # A price a month split N ways: 59.96 / 4; a year of it from the share itself,
    # 49.99 x 12 / 3 = 199.96 (the shown 16.66 x 12 would be 199.92).
    (
        ["the gym family plan is 59.96 a month and we split it 4 ways, how much each"],
        "14.99",
        _reader_off("period_price_split_ways"),
    ),
    (
        [_STORAGE, "and for a year each?"],
        "199.96",
        # (The previous result carried exact reads it too, calc64: both switched off.)
        both(
            off(unrounded, "_words_left", lambda _expression: False),
            off(handler_references, "USE_EXACT_CARRY", False),
        ),
    ),
    # A charge with a cap a day: 24 x 500 = 12,000 under the cap; 10 hours capped at 15,000.
    ([_PARKING], "12,000원", _reader_off("capped_a_day")),
    ([_PARKING, "10시간이면?"], "15,000원", _reader_off("capped_a_day")),
    # An add-on priced "추가하면" and counted in times: 120,000 x 3 + 30,000 x 2.
    ([_PENSION], "420,000원", _reader_off("add_on_counted_in_times")),
    # A pool less what it bought: 20 x 6 - 95; 20,000 x 5 - 85,000.
    ([_CAKE], "25", _reader_off("pooled_less_cost")),
    ([_FLOWERS], "15,000원", _reader_off("pooled_less_cost")),
    # More people gave: 20 x 8 - 95; 20,000 x 7 - 85,000.
    ([_CAKE, "2 more people chipped in"], "65", _rule_off(more_chipped_in)),
    ([_FLOWERS, "2명 더 냈대"], "55,000원", _rule_off(more_chipped_in)),
    # One priced item cancelled or skipped, its price at 0 in the same reading:
    # (60,000 + 0) x 6; 3 x 8 + 0; 300 + 0 + 30.
    ([_GYM, "수영은 취소할래"], "360,000원", _rule_off(item_cancelled)),
    ([_WALKER, "skip the treat bag"], "$24.00", _rule_off(item_cancelled)),
    ([_BIKE, "what if we drop the helmet"], "330", _rule_off(item_cancelled)),
    # Regular plus overtime hours: 18 x 38 + 18 x 2 x 5; the overtime said anew: 7 hours.
    ([_OVERTIME], "864", _reader_off("overtime_hours_pay")),
    ([_OVERTIME, "actually the overtime was 7 hours"], "936", _rule_off(overtime_said_anew)),
    # A shared whole and "there are N of us": 63 / 7.
    (
        ["we're chipping in for a leaving cake, it's 63 and there are 7 of us, how much each"],
        "9",
        _reader_off("chipped_in_share"),
    ),
    # Amounts a month listed, a year asked: (25 + 18 + 12) x 12; one cancelled: (25 + 12) x 12.
    ([_PLANS], "660", _reader_off("monthly_list_for_a_year")),
    ([_PLANS, "I am cancelling the 18 one"], "444", _rule_off(item_cancelled)),
    # A service charge on top, worked as a tip: 40 x 30 x 1.15; 25 x 60 x 1.12.
    ([_CATERER], "1,380", _reader_off("service_charge_as_tip")),
    (
        ["the function room is 25 a head for 60 people plus 12% service, what's the bill"],
        "1,680",
        _reader_off("service_charge_as_tip"),
    ),
    # A new head count after it: 40 x 20 x 1.15.
    ([_CATERER, "we're down to 20 people"], "920", _rule_off(after_service_said_as_tip)),
    # The guest list cut: 55 x 60.
    ([_VENUE, "we trimmed the guest list to 60"], "3,300", _rule_off(list_cut_to)),
]

test_read_only_by_its_rule = _read_only(_CASES)


@pytest.mark.parametrize(
    "question",
    [
        # A rest stop beside the drive: another figure the distance over time leaves out.
        "100km인데 2시간 걸렸고 휴게소에서 30분 쉬었으면 평균 시속",
        # Two distances: which one was driven in the time is not said.
        "서울 160km 대전 140km인데 2시간 걸렸으면 평균 시속",
    ],
)
def test_average_speed_declines_other_figures(question: str) -> None:
    assert average_speed_ko(normalize_numerals(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        # Another period asked than the price's: a year of a monthly price is not price / N.
        "the plan is 20 a month and we split it 4 ways, how much each for a year",
        # A third figure (a fee) the share would leave out.
        "the plan is 20 a month plus a 5 fee and we split it 4 ways, how much each",
    ],
)
def test_split_ways_declines(question: str) -> None:
    assert period_price_split_ways(question) is None


def test_compound_named_declines_a_month_count() -> None:
    # "and 6 months": a figure after the years, which the yearly growth would drop.
    question = "1000 dollars at 5% compound interest for 2 years and 6 months, how much"
    assert compound_interest_named_en(question) is None


@pytest.mark.parametrize(
    "question",
    [
        # Days counted: the cap is owed for each day, not once.
        "주차 30분에 1500원이고 하루 최대 20000원이면 3일 대면 얼마",
        # More hours than a day holds.
        "주차 30분에 1500원이고 하루 최대 20000원이면 30시간 대면 얼마",
    ],
)
def test_day_cap_declines_more_than_a_day(question: str) -> None:
    assert capped_a_day(question) is None


def test_add_on_above_the_base_declines() -> None:
    # "목욕 추가하면 5만원" may be the night with a bath in all: not said which.
    question = "애견호텔 1박 35000원이고 목욕 추가하면 50000원인데 2박하고 목욕 1번 하면 얼마야"
    assert add_on_counted_in_times(question) is None


def test_pool_declines_a_shortfall_and_other_sums() -> None:
    assert (
        pooled_less_cost("we got 10 each from 6 of us, the cake was 95, how much is left") is None
    )
    assert answer_to([_CAKE, "2 more people chipped in 15"]) is None


def test_travel_time_needs_a_speed_asked() -> None:
    # A job's length is no leg of a drive: the rule leaves it to the others.
    steps = ["the plumber charges 60 an hour and took 3 hours, how much"]
    assert travel_time_changed("the second visit took 2 hours", steps) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "skip it",  # a pointer, no item named
        "skip the gloves",  # an item the question never named
    ],
)
def test_item_cancelled_needs_a_named_priced_item(follow_up: str) -> None:
    assert item_cancelled(follow_up, [_CLEANER]) is None


def test_chipped_share_needs_the_whole_said_shared() -> None:
    # "tickets are 45": perhaps the price of one ticket; no word says 45 is shared.
    assert answer_to(["tickets are 45 and there are 6 of us, how much each"]) is None


def test_monthly_list_declines_other_figures() -> None:
    # "for 2 people": a figure the yearly sum would leave out.
    question = "my phone plans are 25, 18 and 12 a month for 2 people, how much is that for a year"
    assert answer_to([question]) is None
