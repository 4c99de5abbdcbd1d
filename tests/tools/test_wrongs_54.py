"""Set 54's calculation wrong answers (blind54m), each declined by its rule and only by it.

Inputs are our own (not the blind set's sentences); each form has variants in other
wordings and near misses that keep their reading. Every case is answered as expected with
its rule on, and otherwise with that rule switched off:

- a count of people with one person's share asked ("… 걷어야되는데 일곱명이면 한명당 얼마씩")
  is never the amount times the count (tools.calculator_per_head_asked_62m, hooked in
  tools.calculator_expression; off: 2,940,000원 for 420,000 / 7);
- a span said in payments ("paid over 24 monthly payments", "in 8 installments") is a
  span counted: "and over 36 months" after it swaps the span, it never multiplies the
  monthly figure by 36 (tools.followup_price_words.SPAN_COUNTED and
  tools.followup_shares._SPAN_IN_STEP; off: 1,350 for a 900 phone);
- a rate is never the price spread over months ("899 plus 8.875% sales tax, paid over 24
  monthly payments" was 8.875 / 24; tools.calculator_growth_forms);
- what is paid back, or paid oneself, with no rule stated in the turn ("spent 34,000 a day
  on food, how much do i get back") is no total of the spend
  (tools.calculator_covered_part_asked_62m; off: 136,000).
"""

from __future__ import annotations

import re

import pytest

import tools.calculator_covered_part_asked_62m as covered_part
import tools.calculator_expression as calculator_expression
import tools.calculator_per_head_asked_62m as per_head
import tools.followup_months_of_monthly as months_of_monthly
import tools.followup_shares as followup_shares
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import answer_to, answers_stay, both, off, read_only_by_its_rule
from tools.calculator_expression import to_expression

# --- a share per head asked of a count of people ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "회비 42만원 걷는데 7명이면 한명당",
        "기부금 50만원 모으는데 8명이면 각자 얼마",
        "경비 90만원 필요한데 6명이면 1인당 얼마",
        "펜션비 48만원 잡혀있는데 여섯명이면 한사람당 얼마",
        "선물값 8만원 보태야하는데 네명이면 인당 얼마",
        "축의금 20만원 맞춰야되는데 5명이면 1명당 얼마",
    ],
)
def test_a_share_per_head_is_never_the_product_of_the_heads(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]), None, off(per_head, "USE_PER_HEAD_GUARD", False), monkeypatch
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("3000원짜리 커피 5잔이면", "15,000원"),  # a unit price times a count of things
        ("1인 2만원짜리 코스 5명이면 총 얼마", "100,000원"),  # the amount said per head
        ("인당 25000원 뷔페 6명이면", "150,000원"),
        ("한명에 15000원씩 8명이면 총 얼마", "120,000원"),
        ("단체티 30만원 나왔는데 6명이면 한명당 얼마", "50,000원"),  # a division form's
    ],
)
def test_products_and_shares_around_it_keep_their_reading(question: str, expected: str) -> None:
    assert answer_to([question]) == expected


# --- a span said in payments is a span counted ------------------------------------------------


def _span_in_payments_off() -> object:
    def cut(pattern: LazyPattern) -> LazyPattern:
        kept = pattern.pattern.split("|\\d\\s*(?:monthly")[0]
        assert kept != pattern.pattern
        return LazyPattern(kept, re.IGNORECASE)

    return both(
        off(months_of_monthly, "SPAN_COUNTED", cut(vars(months_of_monthly)["SPAN_COUNTED"])),
        off(followup_shares, "_SPAN_IN_STEP", cut(followup_shares._SPAN_IN_STEP)),
    )


@pytest.mark.parametrize(
    "turns",
    [
        [
            "the phone is 900 paid over 24 monthly payments. how much a month",
            "what about over 36 months",
        ],
        ["a 1,200 couch paid in 12 monthly payments, how much a month", "and over 18 months?"],
        ["laptop 1500 paid over 10 monthly installments, how much a month", "for 15 months then"],
        ["the ring is 3000, spread over 12 payments, how much per month", "over 20 months?"],
        ["sofa 960 in 8 installments, how much a month", "and for 12 months"],
        ["a 600 phone in 6 monthly instalments, how much each month", "what about over 10 months"],
        ["treadmill 1,500 over 12 monthly payments, per month?", "and over 24 months"],
    ],
)
def test_a_new_span_after_payments_is_never_a_multiple(
    turns: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    switch = _span_in_payments_off()
    assert callable(switch)
    read_only_by_its_rule(lambda: answer_to(turns), None, switch, monkeypatch)


test_spans_after_a_monthly_figure_keep_their_reading = answers_stay(
    [
        # The span said in months is swapped (another rule's reading).
        (["the phone is 900, paid over 24 months, how much a month", "and over 36 months"], "25"),
        # A month's total with no span: its months are still counted.
        (["월세 50만원 관리비 10만원이면 한달에 얼마", "6개월치 한번에 내면?"], "3,600,000원"),
    ]
)


# --- a rate is never the price spread over months ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        (
            "the phone is 899 plus 8.875% sales tax, paid over 24 monthly payments. per month?",
            "8.875",
        ),
        ("tv 1200 with 7% tax over 12 months, how much per month", "7"),
        ("a 640 bike and 6.5% tax, paid in 8 installments, how much a month", "6.5"),
        ("couch 2000 plus 10% delivery, paid over 10 payments, what per month", "10"),
        ("laptop 1,500 + 9.25% tax across 6 months, how much each month", "9.25"),
    ],
)
def test_a_rate_is_never_the_price_spread(
    question: str, rate: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rate_read_as_price() -> bool:
        try:
            read = to_expression(question)[0]
        except Exception:  # noqa: BLE001 - a form that declines by raising reads no rate
            return False
        return read.replace(" ", "").startswith(f"{rate}/")

    assert not rate_read_as_price()
    forms = tuple(
        (re.compile(p.pattern.replace("\\b(?!\\s*%)", "\\b"), p.flags), t)
        for p, t in vars(calculator_expression)["GROWTH_FORMS"]
    )
    assert forms != vars(calculator_expression)["GROWTH_FORMS"]
    monkeypatch.setattr(calculator_expression, "GROWTH_FORMS", forms)
    assert rate_read_as_price()


def test_a_price_spread_over_months_keeps_its_reading() -> None:
    assert to_expression("$1440 and i pay it over 12 months, how much per month")[0] == "1440 / 12"


# --- what is paid back, with no rule for it stated ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "i was away 5 days and spent 41,000 a day on food, how much do i get back",
        "2 nights in daegu at 98,000 a night, how much do i pay myself",
        "출장 5일동안 하루 4만원씩 밥값 썼으면 얼마 돌려받아",
        "spent 52 a day on meals for 5 days, how much will i be reimbursed",
        "i drove 3 days at 45 a day for parking, how much do i get back",
    ],
)
def test_what_comes_back_with_no_rule_stated_is_declined(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: answer_to([question]),
        None,
        off(covered_part, "USE_COVERED_PART_GUARD", False),
        monkeypatch,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("4 rides at 23 each, total?", "92"),
        ("하루 4만원씩 5일 밥값 총 얼마", "200,000원"),
    ],
)
def test_a_spend_asked_as_a_total_keeps_its_reading(question: str, expected: str) -> None:
    assert answer_to([question]) == expected
    assert not covered_part.covered_part_unstated(question)


@pytest.mark.parametrize(
    "question",
    [
        "meals are covered up to 30 a day, i spent 45 a day for 4 days, how much do i get back",
        "paid a 500 deposit and they keep 20%, how much do i get back",
        "ticket was 120, cancellation fee 15, how much do i get back",
    ],
)
def test_a_rule_stated_in_the_turn_is_left_to_the_readers(question: str) -> None:
    assert not covered_part.covered_part_unstated(question)
