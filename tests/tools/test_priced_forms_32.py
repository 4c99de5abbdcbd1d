"""Blind set 32's price forms read now, pinned with inputs of our own.

Each case is also run with its rule switched off: the same answer must not come (most were
declined before and went to the cloud).
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.calculator_everyday_readers as everyday_readers
import tools.calculator_expression as calculator_expression
import tools.calculator_rates as calculator_rates
import tools.calculator_readers_51a as readers_51a
import tools.followup_change_rules as change_rules
import tools.followup_priced_fee_dropped as fee_dropped
import tools.followup_rules_en_51a as rules_en_51a
import tools.followups as followups
import tools.price_total as price_total_module
import tools.priced_add_on_rates as add_on_rates
import tools.priced_figures as priced_figures
import tools.priced_labelled_kinds as labelled_kinds
import tools.priced_quantities as priced_quantities
from tests.tools.rule_switch import (
    SwitchOff,
    answer_to,
    never,
    off,
    turns_read_only_by_their_rule,
)

_PLAN = "알뜰폰 월 33000원에 데이터 5GB 넘으면 1GB당 1500원 붙는대 지난달 9GB 썼으면 얼마"
_COURIER = "퀵 배송 3kg까지 6천원이고 그 위로는 1kg당 800원씩 추가래 7kg이면 얼마"
_SHIP_EN = (
    "postage is 4.50 for the first pound and 0.80 for each additional pound, "
    "it weighs 5 pounds, how much"
)
_DATA_EN = (
    "the plan is 30 a month with 2GB included and overage is 12 per extra GB, "
    "I used 4GB, what's the bill"
)


def _without_change(name: str) -> SwitchOff:
    """The follow-up rules without the one named."""

    def switch(monkeypatch: pytest.MonkeyPatch) -> None:
        rules = tuple(r for r in change_rules.CHANGES if r.__name__ != name)
        monkeypatch.setattr(followups, "CHANGES", rules)

    return switch


_no_allowance_follow_up = _without_change("allowance_used_changed")
_no_fuel_follow_up = _without_change("fuel_figure_changed")
_FUEL_OFF = off(calculator_expression, "fuel_cost_expression", never)
_MARK_OFF = off(add_on_rates, "marked_as_added", lambda *_: False)
_no_drop_follow_up = _without_change("add_on_dropped")
_no_kind_follow_up = _without_change("kind_count_changed")
_KIND_OFF = off(labelled_kinds, "kind_of", lambda label: label)
_FOR_KINDS_OFF = off(priced_quantities, "prices_for_kinds", lambda text: text)
_WATER_PARK = "워터파크 대인 5만원 소인 3만5천원인데 성인 둘 어린이 둘이면 얼마"
_ZOO_EN = "the zoo is 32 for adults and 21 for children aged 3-12, 2 adults and 4 children, total?"
_STORAGE = "the storage unit is 85 a month plus a 25 set-up fee, what does the first year cost"
_PERIOD_OFF = off(price_total_module, "count_the_period_asked", lambda found, _text: found)
# opens51a's reader of "N a month plus a once-paid fee … first year" (and its rule for the fee
# waived) read _STORAGE too: switched off with the rule under test.


def _period_and_51a_off(mp: pytest.MonkeyPatch) -> None:
    _PERIOD_OFF(mp)
    mp.setattr(readers_51a, "monthly_plus_one_off_fee", never)


def _fee_label_and_51a_off(mp: pytest.MonkeyPatch) -> None:
    off(fee_dropped, "_EN_LABEL_AFTER", _OLD_FEE_LABEL)(mp)
    mp.setattr(rules_en_51a, "monthly_plus_one_off_fee", never)


_OLD_FEE_LABEL = re.compile(r"^\s*(?:[a-z]+\s+)?([a-z]{4,})(?=\s+fee\b)", re.I)
_no_months_follow_up = _without_change("months_of_monthly")
_TAEKWONDO = "태권도 한달 12만원인데 형제 둘이 다니면 둘째는 20% 할인이래 한달에 얼마"
_SWIM = (
    "swim class is 80 a month and the second child gets 25% off, we have two children "
    "enrolled, what's the monthly total"
)
_VAT_OFF = off(calculator_expression, "vat_unsaid_expression", never)


def _no_span_price_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    readers = tuple(r for r in everyday_readers._READERS if r.__name__ != "span_price_per_month")
    monkeypatch.setattr(everyday_readers, "_READERS", readers)


_TAX_OFF = off(calculator_rates, "tax_taken_off_interest", never)
_BILL_OFF = off(calculator, "spoken_bill_as_decimal", lambda text: text)
_SAVINGS = "적금 2천만원 연 4%면 1년 이자 세금 15.4% 떼고 얼마야"
_BRUNCH = "brunch came to sixty two forty and we want to tip 25 percent, total?"
_no_fixed_follow_up = _without_change("some_pay_fixed_amount")
_TEAM_DINNER = "팀 회식 63만원 나왔는데 9명이 엔빵하면 얼마씩"
_PIZZA_NIGHT = "pizza night came to 150 for 6 of us, split evenly how much each"


def _RECIPE_OFF(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scaled-recipe reader off in both places it is used (read, and the dropped gate)."""
    off(calculator, "recipe_scaled_expression", never)(monkeypatch)
    off(calculator_expression, "recipe_scaled_expression", never)(monkeypatch)


_no_ingredient_follow_up = _without_change("other_ingredient_asked")
_PANCAKES = "레시피가 2인분 기준 밀가루 150g 설탕 30g인데 5인분 만들려면 설탕 몇g"
_CHILI = (
    "my chili recipe serves 6 and needs 3 cups of beans and 2 tbsp of cumin, "
    "I'm cooking for 9, how much beans"
)
_PLAYER_OFF = off(price_total_module, "each_player_total", lambda *_: None)
_BILLIARDS = "당구 한게임 3000원 큐 대여 1천원인데 셋이서 네게임씩 치면 얼마"
_MINIGOLF = (
    "mini golf is 9 a round and club rental is 2 a person, 4 of us playing 2 rounds each, how much"
)
_STEMS_OFF = off(priced_figures, "as_stems", lambda unit: unit)
_GLAMPING = "글램핑 1박 9만원인데 바베큐 하면 1박당 2만원 추가래 3박이면 얼마"
_RV = "the RV site is 55 a night plus 10 a night for the sewer hookup, 3 nights, total?"
_TRIP_KO = "대전까지 왕복 320km인데 연비 리터당 16km 경유 1500원이면 기름값 얼마"
_TRIP_EN = (
    "the drive is 300 miles, the van gets 20 mpg and gas is 4.20 a gallon, what's the fuel cost"
)


_ALLOWANCE_OFF = off(price_total_module, "allowance_then_each_total", never)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A base price covering an allowance, then a price per unit over it.
    ([_PLAN], "39,000원", _ALLOWANCE_OFF),
    ([_COURIER], "9,200원", _ALLOWANCE_OFF),
    ([_SHIP_EN], "7.7", _ALLOWANCE_OFF),
    ([_DATA_EN], "54", _ALLOWANCE_OFF),
    # A new amount used replaces the one used, never the allowance or the block.
    ([_PLAN, "12GB 썼으면?"], "43,500원", _no_allowance_follow_up),
    ([_COURIER, "10kg이면?"], "11,600원", _no_allowance_follow_up),
    ([_DATA_EN, "what if I'd used 6GB"], "78", _no_allowance_follow_up),
    # A price per night said to come on top of the stay's (switched off: declined, as two
    # options of one unit are).
    ([_GLAMPING], "330,000원", _MARK_OFF),
    ([_RV], "195", _MARK_OFF),
    # That charge dropped by the word naming it.
    ([_GLAMPING, "바베큐는 안 할래"], "270,000원", _no_drop_follow_up),
    ([_RV, "we'll skip the sewer hookup"], "165", _no_drop_follow_up),
    # Prices by kind in the ticket office's words, counts in the asker's (switched off:
    # no count pairs with a price, declined).
    ([_WATER_PARK], "170,000원", _KIND_OFF),
    # One fewer (more) of a kind, by any of its words.
    ([_WATER_PARK, "어린이 하나는 못 간대"], "135,000원", _no_kind_follow_up),
    ([_WATER_PARK, "어른 한 명 더 온대"], "220,000원", _no_kind_follow_up),
    # "32 for adults … for children aged 3-12": a price per adult, per child; the ages no
    # figure of the sum (switched off: declined).
    ([_ZOO_EN], "148", _FOR_KINDS_OFF),
    # "The first year" of a price per month: 12 months, the set-up fee once (switched off:
    # no count of months, declined); "첫달": one month.
    ([_STORAGE], "1,045", _period_and_51a_off),
    (
        ["피아노학원 월 18만원에 교재 한권 12000원인데 교재 2권이면 첫달 총 얼마"],
        "204,000원",
        _PERIOD_OFF,
    ),
    # A hyphenated fee's name is one word: "they waived the set-up fee" finds it.
    (
        [_STORAGE, "they waived the set-up fee"],
        "1,020",
        _fee_label_and_51a_off,
    ),
    # A form for "N a month … for 12 months" that would drop the fee added with "plus" is
    # skipped (switched off: 540, the fee left out).
    (
        ["the pool pass is 45 a month plus a 60 joining fee, what's that for 12 months"],
        "600",
        off(calculator_expression, "plus_item_dropped", never),
    ),
    # A number of months of a monthly total.
    ([_TAEKWONDO, "석달치 한번에 내면?"], "648,000원", _no_months_follow_up),
    ([_SWIM, "what's that over a 9 month season"], "1,260", _no_months_follow_up),
    # Korean VAT "별도" with no rate: 10% by law (switched off: declined).
    (["도배 견적 공급가 320만원 부가세 별도면 총 얼마"], "3,520,000원", _VAT_OFF),
    (
        ["도배 견적 공급가 320만원 부가세 별도면 총 얼마", "공급가 350만원으로 올랐대"],
        "3,850,000원",
        _VAT_OFF,
    ),
    # A price for N months asked per month (switched off: declined).
    (["요가 6개월 54만원이면 한달에 얼마꼴"], "90,000원", _no_span_price_reader),
    (
        ["the climbing gym is 255 for 3 months, how much is that a month"],
        "85",
        _no_span_price_reader,
    ),
    # Interest with the tax on it taken off (switched off: declined, two rates).
    ([_SAVINGS], "676,800원", _TAX_OFF),
    ([_SAVINGS, "금리 5%면?"], "846,000원", _TAX_OFF),
    # A bill said in words: the tens and ones the dollars, the tens after them the cents.
    ([_BRUNCH], "78", _BILL_OFF),
    ([_BRUNCH, "split 4 ways"], "19.5", _BILL_OFF),
    # Some pay a fixed amount, the rest split what is left.
    (
        [_TEAM_DINNER, "두명은 먼저 가서 3만5천원씩만 낸대 나머지 일곱명은 얼마씩 내"],
        "80,000원",
        _no_fixed_follow_up,
    ),
    (
        [_PIZZA_NIGHT, "one person only had a salad and is paying 10, what do the other five pay"],
        "28",
        _no_fixed_follow_up,
    ),
    # An ingredient scaled to the servings wanted (switched off: declined).
    ([_PANCAKES], "75 g", _RECIPE_OFF),
    ([_CHILI], "4.5 cups", _RECIPE_OFF),
    # Another ingredient of the same recipe.
    ([_PANCAKES, "밀가루는?"], "375 g", _no_ingredient_follow_up),
    ([_CHILI, "and cumin?"], "3 tbsp", _no_ingredient_follow_up),
    # Each of a group plays a count of games, plus a charge per person (switched off: a head
    # count with no share asked, declined).
    (
        ["볼링 한게임 5000원 볼링화 대여 2500원인데 셋이서 두게임씩 치면 얼마"],
        "37,500원",
        _PLAYER_OFF,
    ),
    ([_MINIGOLF], "80", _PLAYER_OFF),
    ([_MINIGOLF, "what if we play 3 rounds"], "116", _PLAYER_OFF),
    # Cut flowers counted are stems priced (switched off: roses and stems never pair).
    (["tulips are 2.50 a stem and the vase is 18, I want 16 tulips, total?"], "58", _STEMS_OFF),
    # A trip's fuel cost: distance x price / economy (switched off: declined).
    ([_TRIP_KO], "30,000원", _FUEL_OFF),
    ([_TRIP_EN], "63", _FUEL_OFF),
    # One of its figures said anew, by its word (economy, price, distance).
    ([_TRIP_KO, "연비 20km짜리 차로 가면?"], "24,000원", _no_fuel_follow_up),
    ([_TRIP_EN, "gas just went up to 4.50"], "67.5", _no_fuel_follow_up),
    ([_TRIP_EN, "what if we take the car, it gets 30 mpg"], "42", _no_fuel_follow_up),
]


test_read_right_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # Within the allowance: the base price alone, not a sum to give.
        ["퀵 배송 3kg까지 6천원이고 그 위로는 1kg당 800원씩 추가래 2kg이면 얼마"],
        # A part block over the allowance: the seller's rounding rule, not arithmetic.
        ["택배 5kg까지 4천원이고 그 위로는 2kg당 천원씩 추가래 8kg 보내면 얼마"],
        # Two amounts used: which one is billed is not said.
        ["요금제 월 55000원에 데이터 10GB 넘으면 1GB당 2200원이래 12GB랑 14GB 썼으면 얼마"],
        # Another figure besides (a count of phones): not this form alone.
        ["요금제 월 55000원에 데이터 10GB 넘으면 1GB당 2200원이래 폰 2대로 14GB 썼으면 얼마"],
        # Two prices of one night not said to add up: two options, which is not said.
        ["캠핑장 A사이트 1박 4만원 B사이트 1박 5만원인데 2박이면 얼마"],
        # A drop naming no charge of the first turn: nothing to take off.
        [_GLAMPING, "수영장은 안 쓸래"],
        # A child is never counted as an adult: "아이 둘" against "대인 … 청소년" prices.
        ["워터파크 대인 5만원 청소년 4만원인데 성인 둘 아이 둘이면 얼마"],
        # One "for kids" alone may be the kids' total: not read as a price per kid.
        ["the party is 150 for kids, 12 kids, how much each"],
        # English "VAT extra" has no rate by law to assume.
        ["the quote is 8,500 plus VAT, what's the total"],
        # A sign-up fee besides the months' price: not the form alone.
        ["수영 6개월에 42만원인데 가입비 2만원이면 한달에 얼마"],
        # A rate of tax not said to be taken off: which rate is the interest is unsaid.
        ["예금 2천만원 연 4%면 1년 이자랑 세금 15.4% 얼마야"],
        # Not what a bill came to: no price said in words is read.
        ["we're eighty four fifty people, how many tables of 6"],
        # "the other four" is not the rest of 6 after one: the counts disagree.
        [_PIZZA_NIGHT, "one person only had a salad and is paying 10, what do the other four pay"],
        # An ingredient the recipe does not list: nothing to scale.
        [_CHILI, "and onions?"],
        # A baking time besides: not the form alone.
        ["레시피가 2인분 기준 밀가루 150g 설탕 30g 180도 20분인데 5인분 만들려면 설탕 몇g"],
        # A cue rented is not said to be per person (a table's?): not read.
        [_BILLIARDS],
        # The games not said per person ("4게임 치면"): the group's or each one's is unsaid.
        ["볼링 한게임 5000원 볼링화 대여 2500원인데 셋이서 4게임 치면 얼마"],
        # A trip with a toll besides: not the fuel form alone.
        ["왕복 320km 연비 리터당 16km 경유 1500원에 통행료 8000원이면 기름값 얼마"],
        # One way said with the distance: whether to double it is not guessed.
        ["편도 160km 연비 리터당 16km 경유 1500원이면 왕복 기름값 얼마"],
    ],
)
def test_what_the_form_does_not_say_is_declined(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_a_yearly_figure_is_not_taken_for_a_monthly_one() -> None:
    # "per year" asked before: "and for 18 months?" is 45 x 18, not the year's 540 x 18.
    turns = ["I pay $45 a month for my phone. How much is that per year?", "and for 18 months?"]
    assert answer_to(turns) == "$810.00"
