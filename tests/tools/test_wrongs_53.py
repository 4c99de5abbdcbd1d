"""Set 53's wrong answers (blind53m), each read right (or declined) by its rule and only by it.

Inputs are our own (not the blind set's sentences); each form has variants in other
wordings and near misses that keep their reading. Every case is answered as expected with
its rule on, and otherwise with that rule switched off:

- a verb of raising or cutting before the amount, "by" before the rate ("raising my 2400
  rent by 3.5%, new rent?"): the amount moved when the new amount is asked, the share when
  the change is, declined when neither (tools.calculator_moved_by_verb_61m, hooked in
  tools.calculator_rates; off: 84, the raise alone, for 2,484);
- what is paid with a tax or tip asked as "out the door", "at checkout", "all told", "the
  final bill": the amount with the add-on on top (tools.rate_add_on_total._ASKS_PAID; off:
  "sales tax here is 7.5%, so out the door its" got 6.75, the tax alone, for 96.74);
- a price said to the cent with no currency mark, dropped by a form that read the counts
  ("5.40 on coffee every workday, about 21 a month. whats that a year" read 21 x 12 = 252):
  declined (tools.calculator_dropped_amounts.dropped_cents_price);
- "march 1st 2033 is what day": an ordinal date and "is/was/will be what/which day" ask the
  weekday (tools.dates_spoken_more._EN_FALLS_ON; off: a local model's "The day is 2023");
- a follow-up swapping the period asked ("그럼 일년이면" after "… 한달에 얼마 나감") re-run to
  the very sum the earlier turn was read as: the period was not read, declined
  (tools.followup_period_unread_61m; off: 24,800원, a month's figure, for a year);
- a figure-less turn after a calculation that asks a quantity of the sum by name ("so whats
  the monthly payment") is a fragment of that sum, no question for the documents
  (graphs.calculation_fragment_53x._SUM_QUANTITY_EN; off: the expense policy's "Claims are
  paid with the next monthly salary" was quoted).
"""

from __future__ import annotations

import re

import pytest

import graphs.calculation_fragment_53x as fragment
import tools.calculator_dropped_amounts as dropped_amounts
import tools.calculator_per_workday_60m as per_workday
import tools.calculator_rates as calculator_rates
import tools.calculator_said_plainly_62c as said_62c
import tools.dates_spoken_more as dates_spoken_more
import tools.followup_period_unread_61m as period_unread
import tools.followup_said_plainly_62c as plainly_62c
import tools.rate_add_on_total as rate_add_on_total
from graphs.calculation_fragment_53x import calculation_fragment, fragment_after_calculation
from tests.tools.rule_switch import NEVER, answer_to, answers_stay, both, off, read_only_by_its_rule

# --- a verb of raising or cutting before the amount, "by" before the rate ----------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the landlord is hiking our 1800 rent by 4%, new rent?", "1,872"),
        ("my boss is raising my 3200 salary by 5%, whats the new salary", "3,360"),
        ("they are cutting my 80 bill by 15%, new bill?", "68"),
        ("the gym is raising the 45 fee by 10%, what will i pay", "49.5"),
        ("school is cutting the 450 fee by 20%, whats the new fee", "360"),
        ("council is increasing the 1250 tax by 2%, new amount?", "1,275"),
    ],
)
def test_an_amount_moved_by_a_verb_before_it(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(calculator_rates, "USE_MOVED_BY_VERB", False),
        monkeypatch,
    )


def test_neither_the_new_amount_nor_the_change_asked_is_declined(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = "the boss is raising my 3000 salary by 4%"
    assert answer_to([question]) is None
    monkeypatch.setattr(calculator_rates, "USE_MOVED_BY_VERB", False)
    assert answer_to([question]) == "120"  # the raise alone, read as the answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The change itself asked: the share, as before.
        ("they raised the 1200 price by 5%, how much more do i pay", "60"),
        ("my salary of 50000 is being raised by 3%, how much is the raise", "1,500"),
        # The verb right before the rate, as before.
        ("my rent of 2400 goes up 3.5%, new rent?", "2,484"),
    ],
)
def test_near_misses_of_the_verb_before_the_amount(question: str, expected: str) -> None:
    assert answer_to([question]) == expected


# --- what is paid with an add-on, asked as "out the door" ------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sneakers are 120 and sales tax is 6%, so out the door thats", "127.2"),
        ("the bill is 64 and the tip is 20%, all told?", "76.8"),
        ("a 250 camera, tax here is 8%, what do i pay at checkout", "270"),
        ("dinner 85, service charge is 10%, final bill?", "93.5"),
        ("jacket 150 and the vat is 10%. what do i pay at the register", "165"),
    ],
)
def test_the_amount_paid_with_its_add_on(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        # (A closing "thats" asks the total for calc62's said-plainly too: both off.)
        both(
            off(rate_add_on_total, "_ASKS_PAID", NEVER),
            off(said_62c, "USE_THATS_CLOSING", False),
        ),
        monkeypatch,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("shoes 60, tax is 6%, how much tax at the register", "3.6"),  # the tax itself
        ("a 45 lamp and tax is 8%, how much is the tax", "3.6"),
    ],
)
def test_the_add_on_itself_asked_stays_the_share(question: str, expected: str) -> None:
    assert answer_to([question]) == expected


# --- a price said to the cent, dropped ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "misread"),
    [
        ("i pay 3.25 for the bus each workday, about 20 a month. whats that a year", "240"),
        ("spend 12.50 on lunch every weekday, roughly 22 a month, per year?", "264"),
        ("i tip 2.00 every day, 30 a month, how much a year", "360"),
        ("snacks run 1.85 every school day, 20 a month, over a year", "240"),
        ("i grab a 4.50 coffee every weekday, 22 a month, per year", "264"),
    ],
)
def test_a_cents_price_left_out_is_declined(
    question: str, misread: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # These are read right by the bare count below; without it, the guard is the safety net.
    monkeypatch.setattr(per_workday, "USE_BARE_COUNT_AND_YEAR", False)
    assert answer_to([question]) is None
    monkeypatch.setattr(dropped_amounts, "USE_CENTS_DROPPED", False)
    assert answer_to([question]) == misread  # the counts alone, the price dropped


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i walk 2.50 miles a day, 6 days a week, how far a week", "15"),  # a measure
        ("gym 29.99 a month, 12 months", "359.88"),  # the price used
        ("i buy a 5.25 latte every workday, about 21 workdays a month. monthly spend?", "110.25"),
    ],
)
def test_cents_figures_used_or_measures_keep_their_reading(question: str, expected: str) -> None:
    assert answer_to([question]) == expected


# --- a price each day over a bare count a month, a year asked ----------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i grab a 4.50 coffee every weekday, 22 a month, per year", "1,188"),
        ("breakfast runs 6.25 every workday, about 21 a month, whats that yearly", "1,575"),
        ("i spend 3.80 on snacks each day, 30 a month, a year?", "1,368"),
        ("parking is 9 each weekday, 4 a week, annual cost", "1,872"),
        ("lunch costs 12 every workday, 22 workdays a month. whats that a year", "3,168"),
        ("a 2.60 bus fare every school day, roughly 20 a month, monthly?", "52"),
    ],
)
def test_a_price_each_day_over_a_bare_count_and_a_year(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(per_workday, "USE_BARE_COUNT_AND_YEAR", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "question",
    [
        "lunch costs 12 every workday, about 22 a month, 3 of us, per year",  # a third figure
        "i spend 5.40 on coffee every workday, about 21 a month",  # nothing asked
        "coffee 5.40 every workday, 2 cups, 21 a month, a year",  # a count between
        "lunch costs 12 every workday, 22 days a month. monthly cost?",  # days of another kind
    ],
)
def test_near_misses_of_the_bare_count(question: str) -> None:
    assert answer_to([question]) is None


# --- "march 1st 2033 is what day" ----------------------------------------------------------------

# The pattern before set 53 (no ordinal, only "falls/fall/lands/is on what day").
_FALLS_ON_BEFORE = re.compile(
    r"^(?P<date>[a-z]+ \d{1,2}(?:,?\s+\d{4})?)\s+(?:falls|fall|lands|is)\s+on\s+what\s+day"
    r"(?:\s+of\s+the\s+week)?\s*\??$"
    r"|^what\s+day(?:\s+of\s+the\s+week)?\s+does\s+(?P<date2>[a-z]+ \d{1,2}(?:,?\s+\d{4})?)"
    r"\s+(?:fall|land)\s+on\s*\??$"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("july 4th 2031 is which day", "Friday"),
        ("dec 25 2032 will be what day of the week", "Saturday"),
        ("jan 2nd 2030 was which weekday", "Wednesday"),
        ("oct. 3rd 2031 is what day", "Friday"),
        ("may 5 2034 is what day?", "Friday"),
    ],
)
def test_a_date_then_is_what_day(
    question: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        expected,
        off(dates_spoken_more, "_EN_FALLS_ON", _FALLS_ON_BEFORE),
        monkeypatch,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("march 1st 2033 is what day of my trip", None),  # a day of something else
        ("july 4 2031 falls on what day", "Friday"),  # as before
        ("what day does july 4, 2031 fall on", "Friday"),
    ],
)
def test_near_misses_of_is_what_day(question: str, expected: str | None) -> None:
    assert answer_to([question]) == expected


# --- a period swapped, the sum unchanged --------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "misread", "year"),
    [
        (
            ["왓챠 7900원 티빙 10900원 둘다 보면 한달에 얼마 나가", "일년이면?"],
            "18,800원",
            "225,600원",
        ),
        (["헬스 5만원 수영 7만원 다니면 한달에 얼마", "일년이면"], "120,000원", "1,440,000원"),
        (["통신비 55000원 인터넷 33000원 한달에 얼마 나가", "그럼 일년에는?"], "88,000원", None),
        (
            ["관리비 12만원 주차비 3만원이면 한달에 얼마 나가", "일년이면"],
            "150,000원",
            "1,800,000원",
        ),
        (
            ["학원비 25만원 교재비 3만원 한달에 얼마 들어", "그럼 일년이면"],
            "280,000원",
            "3,360,000원",
        ),
    ],
)
def test_a_period_swapped_to_the_same_sum_is_declined(
    turns: list[str], misread: str, year: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # calc62 reads the glued "일년" as "1년" when nothing reads the turn as said: the year.
    assert answer_to(turns) == year
    monkeypatch.setattr(plainly_62c, "USE_GLUED_COUNTS", False)
    assert answer_to(turns) is None
    monkeypatch.setattr(period_unread, "USE_PERIOD_SWAP_UNREAD", False)
    assert answer_to(turns) == misread  # the month's sum, answered for a year


test_a_period_swap_the_calculator_reads_is_answered = answers_stay(
    [
        (["월세 50만원 관리비 5만원 한달에 얼마", "일년이면"], "6,600,000원"),  # the year read
        (["넷플 13500원 쿠팡 7890원 멜론 10900원 구독하면 한달에 얼마야", "1년이면"], "387,480원"),
        (["보험료 8만원 통신비 6만원 한달에 얼마 나가", "그럼 1년이면"], "1,680,000원"),
    ]
)


# --- a quantity of the previous sum asked by name -----------------------------------------------

_LOAN = "car loan of 20k at 5% simple interest over 3 years, how much interest in total"


@pytest.mark.parametrize(
    "turn",
    [
        "and whats the total then",
        "what is the balance now",
        "ok so what would be the monthly instalment",
        "how much is the interest per month",
        "what would be the final amount",
        "so what are the monthly payments",
    ],
)
def test_a_quantity_of_the_sum_is_a_fragment_of_it(
    turn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: fragment_after_calculation(turn, _LOAN),
        True,
        off(fragment, "USE_SUM_QUANTITY", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "turn",
    [
        "whats the daily meal allowance",  # a subject of the documents
        "what is the hotel cap",
        "so whats the parking fee",
        "whats the monthly payment for 5 years",  # a figure: its own question
    ],
)
def test_a_subject_of_its_own_is_no_fragment(turn: str) -> None:
    assert not calculation_fragment(turn)
