"""Set 52's wrong answers (blind52m), each read right by its rule and only by it.

Inputs are our own (not the blind set's sentences); each form has variants in other
wordings and near misses that must not be read. Every case is answered as expected with
its rule on, and otherwise with that rule switched off:

- of two stacked percents the one a follow-up points at ("the second one", "the other",
  "for the second discount"), and no reading of a bare new percent that says not which
  (tools.followup_percent_pointed_60m, one hook in tools.followup_edits and one guard in
  tools.followups; off: set 52's "what if the second one was only 10%" changed the 30%,
  50.40 for 44.10);
- "that already includes 8% tax": the verb "includes" says the amount holds the rate
  (tools.calculator_rate_included; off: 8% of the 45, 3.60 for the 41.67 asked);
- a month and a day with no year, asked for its weekday after a turn that dated the
  conversation: that turn's year, said with the answer (tools.followup_year_carried_60m,
  hooked in tools.followups and graphs.step_routing; off: "9월15일은 무슨 요일이야" after
  2031 was read in the current year, 화요일 for 월요일);
- the turns a local model answered in the run, read by code instead: subscriptions named
  each before its figure over whole years (tools.calculator_monthly_list_yearly_50b), a
  price each workday over the workdays of a month (tools.calculator_per_workday_60m), and
  "and for a whole year of 250 workdays" (tools.followup_changes_42.named_count_changed).
"""

from __future__ import annotations

from datetime import datetime

import pytest

import tools.calculator_monthly_list_yearly_50b as monthly_list
import tools.calculator_rate_included as rate_included
import tools.calculator_readers_50b as readers_50b
import tools.followup_changes_42 as changes_42
import tools.followup_edits as followup_edits
import tools.followups as followups
from tests.tools.rule_switch import (
    NEVER,
    answer_to,
    answers_stay,
    both,
    narrowed,
    never,
    off,
    read_only_by_its_rule,
)
from tools.followups import resolve_in_conversation

_NOW = datetime(2026, 12, 6, 12, 0)


def _follow_up(turns: list[str]) -> str | None:
    found = resolve_in_conversation(turns[:-1], turns[-1], _NOW)
    return None if found is None else found.result.answer


# --- of two stacked percents, the one pointed at ----------------------------------------------

_JACKET = "a jacket is 200, 25% off and then another 10% off at checkout"
_LAMP = "a lamp is 120, 25% off then an extra 10% off with the store card"
_BOOTS = "boots 150, 30% off and another 10% off with a coupon"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        ([_JACKET, "what if the second one was 20%"], "120"),  # 200 x 0.75 x 0.8
        ([_LAMP, "what if the other one was 5%"], "85.5"),  # 120 x 0.75 x 0.95
        ([_BOOTS, "what about 20% for the second discount"], "84"),  # 150 x 0.7 x 0.8
    ],
)
def test_the_later_percent_pointed_at_changes(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Off, the first percent changes (or nothing reads it): never the later one's figure.
    read_only_by_its_rule(
        lambda: answer_to(turns),
        expected,
        both(
            off(followup_edits, "_percent_pointed_at", never),
            off(followup_edits, "percent_pointed", lambda _step, found, _text: list(found)),
        ),
        monkeypatch,
    )


test_the_earlier_percent_pointed_at_changes = answers_stay(
    [
        ([_JACKET, "what if the first one was 50%"], "90"),  # 200 x 0.5 x 0.9
        ([_LAMP, "what if the original discount was 40%"], "64.8"),  # 120 x 0.6 x 0.9
        ([_BOOTS, "and if the first was 40%"], "81"),  # 150 x 0.6 x 0.9
    ]
)


@pytest.mark.parametrize(
    "turns",
    [
        [_JACKET, "what if it was 20%"],
        [_LAMP, "make it 30%"],
        ["노트북 150만원 10%할인 받고 추가로 5%더 깎아주면", "20%면?"],
        ["운동화 12만원인데 20%할인 받고 거기서 추가로 10%더 깎아준대", "그럼 15%면?"],
        ["sweater was 90, marked 30% off and then another 20% off", "what if it was only 10%"],
    ],
)
def test_a_bare_percent_after_two_stacked_is_not_read(
    turns: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert answer_to(turns) is None
    monkeypatch.setattr(followups, "stacked_percent_unsaid", lambda *_: False)
    assert answer_to(turns) is not None  # some figure swapped: which, the turn never said


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # One percent only: the bare new one replaces it, as before.
        (["a jacket is 200 with 25% off", "what if it was 20%"], "160"),
        # Named by its noun: the coupon's percent (set 1's form), not guarded.
        (["셔츠 5만원 30%할인에 쿠폰으로 10%더 깎으면", "쿠폰이 20%면?"], "28,000원"),
    ],
)
def test_near_misses_of_the_stacked_percents_keep_their_reading(
    turns: list[str], expected: str
) -> None:
    assert answer_to(turns) == expected


# --- "includes" a rate ------------------------------------------------------------------------

_INCLUDES_OFF = narrowed(rate_included, "_INCLUDED", "|udes?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("tag says 90 and that already includes 8% tax, whats the price before tax", "83.33"),
        ("the hotel bill was 230 and that includes 15% service charge, what was it before", "200"),
        ("my 88 dinner already includes an 10% tip, whats the price without the tip", "80"),
        ("a 66,000 won jacket price includes 10% VAT, price before VAT?", "60,000원"),
        ("the ticket was 54 and it includes 8% tax, how much is the tax", "4"),
    ],
)
def test_an_amount_that_includes_a_rate(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: (
            (answer_to([question]) or "")
            .split(" (")[0]
            .split(" ≈")[0]
            .replace("83.3333333333", "83.33")
        ),
        expected,
        _INCLUDES_OFF,
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "the bill is 60, what is it including 15% tip",  # the total asked: 69, not 52.17
        "whats the total including a 15% tip on 80",
    ],
)
def test_including_that_qualifies_the_asked_total_is_no_share_inside(question: str) -> None:
    assert answer_to([question]) in (None, "69")


# --- a year-less weekday in a dated conversation ----------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ["2031년 6월1일부터 9월15일까지 며칠이야", "9월15일은 무슨 요일이야"],
            "월요일 (2031년 기준)",
        ),
        (
            ["how many days from march 3 2031 to june 18 2031", "what day of the week is june 18"],
            "Wednesday (in 2031)",
        ),
        (
            ["2030년 11월 14일 수능이면 며칠 남았어", "그럼 12월 25일은 무슨요일"],
            "수요일 (2030년 기준)",
        ),
        (["2032년 2월 3일에 입사해", "3월 1일은 무슨 요일?"], "월요일 (2032년 기준)"),
        (["my lease starts jan 10 2033", "what weekday is feb 14"], "Monday (in 2033)"),
    ],
)
def test_a_yearless_weekday_takes_the_conversations_year(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: _follow_up(turns), expected, off(followups, "year_carried", never), monkeypatch
    )


@pytest.mark.parametrize(
    "turns",
    [
        # Two years named: which is unsaid.
        ["2031년 3월 2일 개강인데 2032년 1월1일까지 며칠", "5월 5일은 무슨요일"],
        # No dated turn before.
        ["점심 뭐먹지", "9월15일은 무슨 요일이야"],
        # Not a weekday asked: a count from today keeps its own reading.
        ["2031년 6월1일부터 9월15일까지 며칠이야", "오늘부터 9월15일까지는?"],
    ],
)
def test_a_yearless_date_without_one_dated_turn_is_not_given_a_year(turns: list[str]) -> None:
    found = resolve_in_conversation(turns[:-1], turns[-1], _NOW)
    assert found is None or "기준" not in found.result.answer


# --- subscriptions named each, over whole years -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hulu 7.99 and disney 13.99 a month, over 4 years?", "1,055.04"),
        ("icloud 2.99 and youtube 13.99 every month, what do i spend in 2 years", "407.52"),
        ("netflix 15.49 and spotify 11.99 a month, how much over 2 years", "659.52"),
        ("paramount at 5.99 and peacock 7.99 a month, what do i pay for a whole year", "167.76"),
        ("gym is 30 and phone is 45 per month, over 3 years how much", "2,700"),
    ],
)
def test_named_monthly_amounts_over_years(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def switch(mp: pytest.MonkeyPatch) -> None:
        narrowed(monthly_list, "_LIST", monthly_list._NAMED)(mp)
        mp.setattr(monthly_list, "_YEARS_ASKED", NEVER)

    read_only_by_its_rule(lambda: answer_to([question]), expected, switch, monkeypatch)


@pytest.mark.parametrize(
    "question",
    [
        "15.49 and 11.99 a month for 2 people over 2 years",  # a head count: a share, unread
        "netflix 15.49 and spotify 11.99 a month and a 30 setup fee, per year?",
    ],
)
def test_named_monthly_amounts_with_another_figure_are_not_read(question: str) -> None:
    assert answer_to([question]) is None


# --- a price each workday over the workdays of a month ----------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("coffee runs me 3.40 every workday, 21 workdays a month, monthly total?", "71.4"),
        ("lunch costs 12 every workday, 22 workdays in a month. monthly cost?", "264"),
        ("parking is 9 dollars each weekday and i go in 4 weekdays a week, weekly cost?", "$36.00"),
        ("5.25 every workday and there are 21 workdays a month, how much a month", "110.25"),
        ("i get a 4.80 bagel every workday, 19 workdays a month, monthly spend?", "91.2"),
    ],
)
def test_a_price_each_workday_over_a_months_workdays(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(readers_50b, "price_per_day_over_days", never),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "lunch costs 12 every workday, 22 days a month. monthly cost?",  # days of another kind
        "lunch costs 12 every workday, 22 workdays a month. weekly cost?",  # another period
        "lunch 12 every workday, 22 workdays a month, 3 of us, monthly cost each?",
    ],
)
def test_a_price_each_workday_near_misses_are_not_read(question: str) -> None:
    assert answer_to([question]) is None


# --- "and for a whole year of 250 workdays": a new count --------------------------------------

_FOR_OFF = narrowed(
    changes_42,
    "_NAMED_COUNT_TURN",
    r"|for(?:\s+(?:a|the|one)\s+(?:whole\s+|full\s+)?(?:year|month|week|term)\s+of)?",
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                "bus fare 2.75 per workday, 20 workdays a month, how much a month",
                "and for a whole year of 240 workdays",
            ],
            "660",
        ),
        (
            [
                "lunch costs 12 every workday, 22 workdays in a month. monthly cost?",
                "and for a full month of 25 workdays",
            ],
            "300",
        ),
        (["3 movie tickets at 14 each, total?", "and for 5 tickets"], "70"),
        (["4 pizzas at 18 each", "and for a whole month of 9 pizzas"], "162"),
        (["6 concert seats at 40 each, total?", "for 10 seats"], "400"),
    ],
)
def test_a_new_count_said_with_for(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: answer_to(turns), expected, _FOR_OFF, monkeypatch)


@pytest.mark.parametrize(
    ("turns", "misread"),
    [
        # A span said with "for" is its own readers': never a new count of "a month".
        (
            ["I pay $45 a month for my phone. How much is that per year?", "and for 18 months?"],
            "$216.00",
        ),
        (["gym is 30 a month, total per year?", "so for 9 months"], "270"),
        # A derived rate (set 43): the span is unclear, never a count.
        (["75 for 5 hours, whats that per hour", "and for 8 hours?"], "120"),
    ],
)
def test_a_new_count_with_for_near_misses(turns: list[str], misread: str) -> None:
    assert answer_to(turns) != misread
