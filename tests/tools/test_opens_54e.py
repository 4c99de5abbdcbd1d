"""Open markers of set 45's English turns closed in code (opens54e), pinned with inputs of
their own (none is a case file's wording).

Readers: a salary by the paycheck, weeks of saving to a target, a price per square foot
over a room's sides (tools.calculator_readers_54e); bills shared "with 3 roommates" and a
pack's price per 100 g (restatements in tools.calculator_restated_forms); an amount said
first and split 60/40 (tools.ratio_split); an ounce beside a volume and "a 750 ml bottle"
(tools.units); a year's first weekday, a span's year said after it, hours after a weekday
and a time, a ride between two 24-hour times (tools.dates_forms_54e), a weekday from a
supposed one (tools.dates_weekday_if_54e); a turns puzzle (tools.facing_turns_54e).
Follow-ups: a race named at that pace, a name-first list's item dropped, a bill added
before the split, another room's sides. Every case is answered with its rule on, and
otherwise with it switched off.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import tools.calculator_readers_54e as readers_54e
import tools.calculator_restated_forms as restated_forms
import tools.dates as dates
import tools.followup_added_and_shared as added_and_shared
import tools.followup_item_cancelled_50b as item_cancelled
import tools.followup_pace_distance as pace_distance
import tools.handlers as handlers
import tools.planner as planner
import tools.ratio_split as ratio_split
import tools.units as units
from tests.tools.rule_switch import SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_price_per_count_54e import price_per_count_of_measure
from tools.calculator_restated_sharers_54e import share_with_sharers
from tools.followup_added_before_split_54e import bill_added_before_split
from tools.followup_other_room_54e import other_room_sides
from tools.handlers import match_deterministic
from tools.planner import split_steps


def _same(text: str, *_args: Any) -> str:
    return text


def _pair(a: str, b: str) -> tuple[str, str]:
    return a, b


def _reader_off(name: str) -> SwitchOff:
    return off(readers_54e, name, never)


def _restatement_off(rule: Any) -> SwitchOff:
    rules = tuple(r for r in restated_forms._RULES if r is not rule)
    return off(restated_forms, "_RULES", rules)


_BILLS = "gas 80, electric 60 and internet 55, whats each of us owe with 3 flatmates"
_TILES = "tiles are 28 per square meter, the kitchen is 4 x 3.5 m, whats the total"
_GYM = "gym 40 phone 65 internet 55 a month, how much a year"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A salary by the paycheck: 62,400 / 52; 96,000 / 24.
    (
        ["my salary is 62,400, how much per paycheck if i get paid weekly"],
        "1,200",
        _reader_off("salary_per_paycheck"),
    ),
    (
        ["96k salary, what is each paycheck if im paid semi-monthly"],
        "4,000",
        _reader_off("salary_per_paycheck"),
    ),
    # Periods of saving to a target: 9,000 / 600 months; 1,000 / 40 days.
    (
        ["how many months will it take to save 9000 if i put away 600 a month"],
        "15 months",
        _reader_off("periods_to_save"),
    ),
    (
        ["if we save 40 a day how many days until we have 1000"],
        "25 d",
        _reader_off("periods_to_save"),
    ),
    # A price per square unit over a room's sides: 4 x 3.5 x 28; then 2 x 2.5 x 28.
    ([_TILES], "392", _reader_off("priced_area_cost")),
    (
        ["flooring is 4.10 a square foot, living room is 20 by 15 feet, how much will it cost"],
        "1,230",
        _reader_off("priced_area_cost"),
    ),
    ([_TILES, "and the bathroom, 2 x 2.5?"], "140", without_change(other_room_sides)),
    (
        ["carpet runs 2.75 per sq ft and the den is 10 by 11 ft, how much", "what about 9 by 12"],
        "297",
        without_change(other_room_sides),
    ),
    # Bills shared "with N flatmates": 195 / 3; one more bill before the split: 240 / 3.
    ([_BILLS], "65", _restatement_off(share_with_sharers)),
    (
        ["rent 1800 utilities 240, how much does each person pay with 4 housemates"],
        "510",
        _restatement_off(share_with_sharers),
    ),
    ([_BILLS, "plus 45 for the water bill"], "80", without_change(bill_added_before_split)),
    (
        ["gas 80, electric 60 and internet 55, split 3 ways whats each", "oh and add 15 for wifi"],
        "70",
        without_change(bill_added_before_split),
    ),
    # A pack's price per a count of its measure: 11.25 / 750 x 100; 6.50 / 250 x 10.
    (
        ["a 750ml bottle of olive oil costs 11.25, whats that per 100 ml"],
        "1.5",
        _restatement_off(price_per_count_of_measure),
    ),
    (
        ["a 250 ml bottle of hot sauce is 6.50, whats it per 10 ml"],
        "0.26",
        _restatement_off(price_per_count_of_measure),
    ),
    # An amount said first, split by percent shares.
    (
        ["our $2,500 bonus pool split 70/30 between me and my partner"],
        "$1,750, $750",
        off(ratio_split, "percent_split_said_first", never),
    ),
    (
        ["the 900 prize split 50/25/25 among the three of us, what does each get"],
        "450, 225, 225",
        off(ratio_split, "percent_split_said_first", never),
    ),
    # An ounce beside a volume is a fluid ounce; a container after the measure is dropped.
    (["16 oz to ml"], "16 floz = 473.1765 ml", off(units, "fluid_ounce_beside_volume", _pair)),
    (
        ["how many oz in 2 liters"],
        "2 L = 67.628 floz",
        off(units, "fluid_ounce_beside_volume", _pair),
    ),
    (
        ["how many ml in a 12 floz can"],
        "12 floz = 354.8824 ml",
        off(units, "without_container_named", _same),
    ),
    (
        ["how many cups in a 2 liter bottle"],
        "2 L = 8.4535 cup",
        off(units, "without_container_named", _same),
    ),
    # A race named at the pace just worked out: 5 min/km x 42.195; 9 min/mile x 13.1.
    (
        ["ran a 5k in 25 min, whats my pace per km", "and a marathon at that pace, how long?"],
        "210.975 min",
        off(pace_distance, "race_named_as_distance", _same),
    ),
    (
        [
            "i ran 3 miles in 27 minutes whats my pace per mile",
            "how long would a half marathon take at the same pace",
        ],
        "117.9 min",
        off(pace_distance, "race_named_as_distance", _same),
    ),
    # The pace of a run said as "a 5k" is per 5 km (never 5000): 5 min/km x 8.
    (
        ["ran a 5k in 25 min, whats my pace per km", "how long would 8 km take at that pace"],
        "40 min",
        off(pace_distance, "race_k_as_km", _same),
    ),
    # An item dropped from a list written name first: 40 + 55 a month for a year.
    (
        [_GYM, "what if i cancel the phone"],
        "1,140",
        off(item_cancelled, "price_after_name_in_list", never),
    ),
    (
        [_GYM, "if we drop internet?"],
        "1,260",
        off(item_cancelled, "price_after_name_in_list", never),
    ),
    # The turns puzzle: east, left twice, right; south, 90 degrees left.
    (
        ["you are facing east, turn left twice, then turn right. what direction are you facing?"],
        "North",
        off(handlers, "read_facing", never),
    ),
    (
        ["i'm facing south and turn 90 degrees to the left, which way am i facing"],
        "East",
        off(handlers, "read_facing", never),
    ),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)

_NOW = datetime(2026, 12, 6, 12, 0, tzinfo=ZoneInfo("Asia/Seoul"))


def _date_answer(question: str) -> str | None:
    found = match_deterministic(question, now=_NOW)
    return None if found is None else found.answer


@pytest.mark.parametrize(
    ("question", "expected", "name", "value"),
    [
        # 2029-01-01 is a Monday; 2020-12-31 a Thursday.
        ("which weekday does 2029 begin on?", "Monday", "year_start_weekday", never),
        ("what day of the week did 2020 end on", "Thursday", "year_start_weekday", never),
        # The year said after the span: 2029-03-03 to 2029-12-25; 2031-01-05 to 2031-07-04.
        (
            "how many days from march 3 to christmas in 2029?",
            "297 days",
            "year_said_after_span",
            _same,
        ),
        (
            "how many weeks between jan 5 and july 4 in 2031",
            "25 weeks 5 days (180 days)",
            "year_said_after_span",
            _same,
        ),
        # Hours after a weekday and a time.
        (
            "what day is it 36 hours after friday 10pm",
            "Sunday 10:00 AM",
            "clock_moved_from_weekday",
            never,
        ),
        ("tuesday 11pm plus 5 hours", "Wednesday 4:00 AM", "clock_moved_from_weekday", never),
        # A ride between two 24-hour times.
        (
            "bus departs 08:50 and arrives 11:05, how long is the trip",
            "2 hours 15 minutes (135 min)",
            "span_between_24h_times",
            never,
        ),
        (
            "the ferry leaves at 14:10 and gets in at 17:55, how long is that",
            "3 hours 45 minutes (225 min)",
            "span_between_24h_times",
            never,
        ),
        # A weekday from a supposed one, in English and in Korean.
        (
            "if yesterday was monday, what day is the day after tomorrow?",
            "Thursday",
            "weekday_supposed",
            never,
        ),
        ("내일이 토요일이면 어제는 무슨 요일이야", "목요일", "weekday_supposed", never),
    ],
)
def test_date_forms_read_only_by_their_rule(
    question: str, expected: str, name: str, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _date_answer(question) == expected
    monkeypatch.setattr(dates, name, value)
    assert _date_answer(question) != expected


def test_an_amount_added_after_a_split_is_never_one_share_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "plus 45 for the water bill" after a split: never 45 on the share (65 + 45)."""
    turns = [_BILLS, "plus 45 for the water bill"]
    monkeypatch.setattr(added_and_shared, "is_split", lambda _step: False)
    assert answer_to(turns) == "110"  # the wrong reading the guard keeps out
    monkeypatch.undo()
    # With the guard on and the rule that adds the bill before the split off: no reading.
    without_change(bill_added_before_split)(monkeypatch)
    assert answer_to(turns) is None


@pytest.mark.parametrize(
    "turns",
    [
        # Sides in metres priced by the square foot: a conversion not read.
        ["flooring 4.50 a sq ft, room 10 by 12 m, how much"],
        # A third figure beside the price and the room.
        ["carpet is 3.25 a sq ft, 2 rooms of 12 by 14 ft, how much"],
        # "i live with 3 roommates": the asker may be a fourth sharer.
        ["i live with 3 roommates, rent 1800 how much each"],
        # A slash whose parts do not make a hundred is a fraction, not shares.
        ["the 1200 bonus split 3/4 between us"],
        # Saving asked in another period than the one saved by.
        ["if i save 250 a week how many months till i have 6000"],
        # A salary by the paycheck with no pay period said.
        ["85k salary, how much is each paycheck"],
        # Ounces asked of grams stay ounces of weight, with a mass.
        ["how many oz in a 500 ml bag of 200 g"],
        # A turn of no known kind in the puzzle.
        ["im facing north, i walk forward and turn right, which way am i facing"],
        ["im facing west, i turn 90 degrees. which way am i facing"],
        # A 12-hour ride over noon: 11:00 to 1:30 could be either half of the day.
        ["train leaves 11:00 gets in 1:30 how long is the ride"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_a_turns_puzzle_is_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "…, turn left and then turn around. which way …" is not split at its "and then"."""
    puzzle = "you're facing west, you turn left and then turn around. which way are you facing"
    assert split_steps(puzzle) == [puzzle]
    assert answer_to([puzzle]) == "North"
    monkeypatch.setattr(planner, "is_turns_puzzle", lambda _text: False)
    assert split_steps(puzzle) != [puzzle]


@pytest.mark.parametrize("question", ["8 oz of flour in ml", "convert 8 oz sugar to cups"])
def test_ounces_of_a_solid_are_no_fluid_ounces(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ounce of flour is a weight: its volume depends on the flour, so no reading."""
    assert answer_to([question]) is None
    monkeypatch.setattr(units, "ounce_of_a_solid", lambda *_args: False)
    assert answer_to([question]) is not None  # the fluid-ounce reading the guard keeps out
