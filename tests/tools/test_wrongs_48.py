"""Set 48's wrong answers, each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and otherwise with that rule switched off:

- a won figure named as the exchange rate ("환율 1,390원") is not the amount a follow-up's
  new won amount replaces (tools.followup_rate_role_56t; off: the rate replaced, "$0.60");
- a day count said per week ("주5일", "5 days a week") is no count of days a number of
  weeks replaces (tools.followup_per_week_56t; off: "주28일", every day of four weeks);
- a break taken off a clock span, in a Korean question or said after the span's answer in
  either language (tools.followup_break_off_span_56t; off: not read, and set 48's turn was
  answered with the clinic's lunch hours);
- a new serving count replaces the servings asked, not the servings the amount is for
  (tools.followup_servings_target_56t; off: "3인분만 하면" gave 240 / 3 × 6);
- a trip's fuel cost by litres per 100 km asked with a bare "cost?" or "how much"
  (tools.calculator_fuel_asked_56t; off: declined), then "both ways?" as a round trip
  (tools.followup_both_ways_56t; off: the local model's "both ways are possible").

Set 48's turns sent to the cloud and now read, each by its rule:

- a split in a ratio with the sharers said between the amount and the ratio, and the parts
  joined by "to" (tools.ratio_split_between_56t), then a new ratio alone
  (tools.followup_ratio_changed_56t);
- one ingredient scaled between two serving counts (N인분) without the word 레시피
  (tools.calculator_scaled_by_count_54k.servings_scaled_ko);
- "that's what % increase", and bills listed as a name and an amount ("gas 40, groceries
  120, …") said plainly (tools.calculator_said_plainly_56t);
- a 24-hour departure and an arrival said to be the next day
  (tools.dates_overnight_24h_56t);
- a date counted from an event's date said around it ("… june 8 2030 … 30 days before.
  what date is that") (tools.dates_event_offset_56t);
- a new head count said as who turns up, "and if only 3 show up"
  (tools.followup_headcount_said_56t);
- a price for a weight asked at another weight, what a percent saved leaves, a score out
  of 100 (tools.calculator_readers_56t);
- today's date said in chat, "its sept 1 2029 rn, …" (tools.dates_today_said_56t);
- a Korean span between two clock times said without 오전/오후, the second later on the
  dial, asked in minutes too (tools.dates_clock_span_same_half_56t).
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator_module
import tools.calculator_expression as calculator_expression
import tools.calculator_fuel_per_100km as fuel_per_100km
import tools.calculator_readers_56t as readers_56t_module
import tools.calculator_scaled_by_count_54k as scaled_by_count
import tools.dates as dates_module
import tools.followup_changes_42 as changes_42
import tools.followup_chat_forms as chat_forms
import tools.followup_edits as followup_edits
import tools.followup_round_trip as round_trip
import tools.followup_weeks_as_days as weeks_as_days
import tools.ratio_split as ratio_split
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    answers_stay,
    both,
    never,
    off,
    percent_change_slots_off,
    turns_read_only_by_their_rule,
    without_change,
)
from tools.followup_break_off_span_56t import break_off_span
from tools.followup_change_rules import CHANGES
from tools.followup_ratio_changed_56t import ratio_changed


def _never(*_args: object) -> bool:
    return False


_RATE_OFF = off(followup_edits, "other_than_named_rate", lambda _step, c, _text: list(c))
_WEEK_OFF = [
    off(weeks_as_days, "said_per_week", _never),
    off(changes_42, "said_per_week", _never),
]


def _weeks_off(monkeypatch: pytest.MonkeyPatch) -> None:
    for switch in _WEEK_OFF:
        switch(monkeypatch)


def _break_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.followups as followups

    monkeypatch.setattr(followups, "CHANGES", tuple(c for c in CHANGES if c is not break_off_span))
    monkeypatch.setattr(dates_module, "span_less_break_ko", lambda _s: None)


_SERVINGS_OFF_ALONE = off(
    followup_edits, "servings_asked_not_base", lambda _step, c, _text: list(c)
)


def _SERVINGS_OFF(monkeypatch: pytest.MonkeyPatch) -> None:
    # Set 47's helper taught the servings reader (calculator_scaled_by_count_54k) 인분 at
    # the same time, and its step re-run reads "4인분은?" too: both are switched off.
    _SERVINGS_OFF_ALONE(monkeypatch)
    form = scaled_by_count._FORM
    monkeypatch.setattr(scaled_by_count, "_FORM", re.compile(form.pattern.replace("인분|", "")))


def _SERVINGS_READERS_OFF(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both servings readers of this round (set 48's and set 47's 인분 in the scaled reader).
    monkeypatch.setattr(calculator_expression, "servings_scaled_ko", never)
    form = scaled_by_count._FORM
    monkeypatch.setattr(scaled_by_count, "_FORM", re.compile(form.pattern.replace("인분|", "")))


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 450 g / 3 servings x 5 = 750 g; then 2 servings: 300 g (off: 450 / 2 x 5 = 1,125 g)
    (
        ["카레 3인분에 감자 450g인데 5인분 하려면 감자 몇그램 사야돼", "2인분만 하면"],
        "300 g",
        _SERVINGS_OFF,
    ),
    # 150 g / 2 x 7 = 525 g; 4인분: 300 g (off: 150 / 4 x 7 = 262.5 g)
    (
        ["미역국 2인분에 소고기 150그램 넣는데 7인분이면 얼마나 넣어", "4인분은?"],
        "300 g",
        _SERVINGS_OFF,
    ),
    # 2,000,000 / 1,350 = 1,481.48 (off: 1,500,000 at 2,000,000 won a dollar, "$0.75")
    (["환율 1,350원이래 150만원 환전하면 몇달러", "200만원 하면?"], "$1,481.48", _RATE_OFF),
    # 1,800,000 / 1,280 = 1,406.25 (off: "$0.56")
    (["환율 1,280원이래 100만원 환전하면 몇달러", "180만원 하면?"], "$1,406.25", _RATE_OFF),
    # 5,000,000 / 1,510 = 3,311.26 euros (off: "€0.60")
    (["유로 환율 1,510원이래 300만원 환전하면 몇유로", "500만원 하면?"], "€3,311.26", _RATE_OFF),
    # 9,800 x 4 h x 3 days = 117,600 a week; two weeks 235,200 (off: "주14일", 548,800)
    (["시급 9800 하루4시간 주3일 뛰면 일주일에 얼마", "2주 꽉 채우면"], "235,200", _weeks_off),
    # 6 h x 4 days x 18 = 432 a week; "what about for 3 weeks" is not read (off: "21 days
    # a week", 2,268)
    (
        [
            "i work 6 hours a day 4 days a week at 18 an hour, how much a week",
            "what about for 3 weeks",
        ],
        None,
        _weeks_off,
    ),
    # 08:00 -> 17:30 = 9 h 30 min, less 30 min = 9 h
    (
        ["오전 8시부터 오후 5시 반까지 근무하면 몇시간이야", "휴게시간 30분 빼면?"],
        "9시간",
        _break_off,
    ),
    # 8:30am -> 5pm = 8.5 h, less 1 h = 7.5 h
    (
        ["from 8:30am to 5pm how many hours is that", "minus an hour for lunch"],
        "7 hours 30 minutes (7.5 h)",
        _break_off,
    ),
    # 09:00 -> 18:00 less a 1 h lunch = 8 h, said in the question
    (["오전 9시부터 오후 6시까지 점심 1시간 빼고 일하면 몇시간"], "8시간", _break_off),
    # 420 x 7 / 100 x 1.75 = 51.45
    (
        ["7 L per 100 km, 420 km trip, fuel 1.75 a litre, how much"],
        "51.45",
        off(fuel_per_100km, "asks_cost_plainly", _never),
    ),
    # 300 x 7.5 / 100 x 1,700 = 38,250원
    (
        ["100km당 7.5리터 먹는 차로 300km 가면 리터당 1700원이면 얼마"],
        "38,250원",
        off(fuel_per_100km, "asks_cost_plainly", _never),
    ),
    # 360 / 12 x 1,650 = 49,500원 both ways 99,000원
    (
        ["연비 12km/L 차로 360km 가는데 기름값 리터당 1650원이면 얼마 들어", "갔다 오면?"],
        "99,000원",
        off(round_trip, "said_both_ways", _never),
    ),
    # 200 / 25 x 3.50 = 28 both ways 56
    (
        ["trip is 200 miles, car gets 25 mpg, gas 3.50 a gallon, fuel cost?", "and both ways"],
        "56",
        off(round_trip, "said_both_ways", _never),
    ),
]


CLOUD_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 600,000 x 2/3, x 1/3
    (
        ["보너스 60만원 나랑 형이랑 2대1로 나누면"],
        "400,000원, 200,000원",
        off(ratio_split, "ratio_split_between", never),
    ),
    (
        ["split 1200 with my partner 3 to 1"],
        "900, 300",
        off(ratio_split, "ratio_split_between", never),
    ),
    # 500,000 at 7:3 after 3:2
    (
        ["상금 50만원 나랑 동생이랑 3대2로 나누면 각자 얼마", "7대3이면?"],
        "350,000원, 150,000원",
        without_change(ratio_changed),
    ),
    (
        ["split 1200 with my partner 3:1", "what about 2:1"],
        "800, 400",
        without_change(ratio_changed),
    ),
    # 450 g / 3 x 5 = 750 g; 150 g / 2 x 7 = 525 g
    (
        ["카레 3인분에 감자 450g인데 5인분 하려면 감자 몇그램 사야돼"],
        "750 g",
        off(calculator_expression, "servings_scaled_ko", never),
    ),
    (
        ["미역국 2인분에 소고기 150그램 넣는데 7인분이면 얼마나 넣어"],
        "525 g",
        _SERVINGS_READERS_OFF,
    ),
    # (23 - 20) / 20 = 15%
    (
        ["price rose from 20 to 23, that's what percent increase"],
        "15%",
        # (Round 59's percent-change slots read it the same: both off.)
        both(
            off(calculator_module, "said_plainly_56t", lambda text: text),
            percent_change_slots_off(),
        ),
    ),
    # (150 - 120) / 120 = 25%
    (
        ["my bill went from 120 to 150 which is what % increase"],
        "25%",
        both(
            off(calculator_module, "said_plainly_56t", lambda text: text),
            percent_change_slots_off(),
        ),
    ),
    # 2031-03-03 - 42 days = 2031-01-20
    (
        ["my visa expires march 3 2031 and i must renew 6 weeks before, what date is that"],
        "Monday, January 20, 2031",
        off(dates_module, "event_offset_said_plainly", lambda s: s),
    ),
    # 2029-11-01 + 30 days = 2029-12-01
    (
        ["warranty claim window is 30 days from nov 1 2029, whats the last day?"],
        "Saturday, December 1, 2029",
        off(dates_module, "event_offset_said_plainly", lambda s: s),
    ),
    # 240 / 6 = 40 after 8 people
    (
        ["dinner is 240 split between 8 people, how much each", "and if 6 turn up"],
        "40",
        off(chat_forms, "showed_up_as_people", lambda text: text),
    ),
    # 200 g / 2 servings x 3 people = 300 g after 5 people
    (
        [
            "recipe serves 2 and uses 200g rice. cooking for 5 ppl how much rice",
            "what if only 3 show up",
        ],
        "300 g",
        off(chat_forms, "showed_up_as_people", lambda text: text),
    ),
    # 12,000 / 500 g x 1,000 g = 24,000원
    (
        ["돼지고기 500g에 12000원이면 1키로는 얼마꼴"],
        "24,000원",
        off(readers_56t_module, "price_at_other_weight", never),
    ),
    # 3,200,000 x (1 - 0.25) = 2,400,000원 left
    (
        ["월급 320만원인데 25% 적금 넣으면 남는돈 얼마"],
        "2,400,000원",
        off(readers_56t_module, "left_after_percent_saved", never),
    ),
    # 45 / 50 x 100 = 90
    (
        ["50문제 중에 45개 맞았으면 100점 만점에 몇점임"],
        "90",
        off(readers_56t_module, "score_out_of_100", never),
    ),
    (
        ["i got 27 out of 30 on the quiz, what is that out of 100"],
        "90",
        off(readers_56t_module, "score_out_of_100", never),
    ),
    # 2030-03-03 -> 2030-04-01 = 29 days
    (
        ["it's march 3 2030 now, how many days until april 1 2030"],
        "29 days",
        off(dates_module, "today_said_plainly", lambda s: s),
    ),
    # 40 + 120 + 2 x 15 = 190
    (
        ["gas 40, groceries 120, and 2 tickets at 15 each, what's the total"],
        "190",
        off(calculator_module, "said_plainly_56t", lambda text: text),
    ),
    # 23:40 -> 05:05 next day = 5 h 25 min
    (
        ["night bus departs 23:40 and arrives 5:05 next day, how long is the ride"],
        "5 hours 25 minutes (325 min)",
        off(dates_module, "overnight_24h_span", never),
    ),
    # 10:15 -> 12:40 = 2 h 25 min either half of the day
    (
        ["기차 10시 15분 출발 12시 40분 도착이면 몇시간 몇분이야"],
        "2시간 25분 (145분)",
        off(dates_module, "span_same_half_ko", never),
    ),
    (
        ["2시부터 5시반까지 몇시간이야"],
        "3시간 30분 (210분)",
        off(dates_module, "span_same_half_ko", never),
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "11시 출발 1시 도착이면 몇시간",  # over noon or midnight: not known
        "train leaves 10:45 gets in 9:20 how long is the ride",  # earlier, no next day said
    ],
)
def test_a_span_whose_length_is_not_known_is_not_read(question: str) -> None:
    assert answer_to([question]) is None


test_each_cloud_form_is_read_only_by_its_rule = turns_read_only_by_their_rule(CLOUD_CASES)


test_each_wrong_form_is_read_right_only_by_its_rule = turns_read_only_by_their_rule(CASES)


test_the_readings_around_the_rules_stay = answers_stay(
    [
        # The rate named again is still the rate changed.
        (["환율 1,350원이래 150만원 환전하면 몇달러", "환율 1400원이면?"], "$1,071.43"),
        # A stay counted in days is still turned into weeks (7 days a week).
        (["펜션 1박 12만원 3일 묵으면", "2주면?"], "1,680,000원"),
        # A count per week changed as a count per week.
        (
            [
                "i work 8 hours a day 5 days a week at 20 an hour, how much a week",
                "what about 4 days a week",
            ],
            "640",
        ),
    ]
)


@pytest.mark.parametrize(
    "turns",
    [
        # A break as long as the span is no reading.
        ["오전 9시부터 오전 10시까지 몇시간", "점심 1시간 빼면?"],
        # No span before: nothing to take the break off.
        ["시급 10030원 하루 6시간이면 얼마", "점심 1시간 빼면?"],
    ],
)
def test_a_break_off_no_span_or_all_of_it_is_not_read(turns: list[str]) -> None:
    assert break_off_span(turns[-1], turns[:-1]) is None


_CLAIM_SECTION = (
    "Submit every claim within 30 days of returning from the trip, with the original receipts "
    "attached. Claims are paid with the next monthly salary. Claims above 500,000 won need the "
    "approval of a department head. [1]"
)


@pytest.mark.parametrize(
    ("follow_up", "stated"),
    [
        ("what if my claim is like 650k won", True),  # above 500,000 won: stated
        ("and if the total comes to 700000 won?", True),
        # Below the threshold: the sentence still states the rule that decides it (the
        # condition screen, graphs.condition_cover_56c, takes any threshold on the unit).
        ("what if my claim is 300,000 won", True),
    ],
)
def test_an_amount_condition_is_stated_by_a_threshold_covering_it(
    follow_up: str, stated: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.condition_figure_en_56t as figure_en
    from graphs.condition_follow_up_55w import condition_head, states_condition

    def answered() -> bool:
        head = condition_head(follow_up)
        return head is not None and states_condition(_CLAIM_SECTION, head, ["when are claims paid"])

    assert answered() is stated
    if stated:
        # cond56's threshold reading (graphs.condition_cover_56c.meets_threshold) reads
        # the plain figures too, so both are switched off.
        import graphs.condition_follow_up_55w as screen

        monkeypatch.setattr(figure_en, "figure_condition_head", lambda _text: None)
        monkeypatch.setattr(screen, "meets_threshold", lambda _sentence, _figure: False)
        assert not answered()
