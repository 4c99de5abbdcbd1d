"""Two readings the merge of round 61's branches lost, and the rules that give them back.

- wrongs61's "a thing left out with no figure" decline read "30%는 여행 자금으로 빼면" (set
  23: a part set aside as travel money) as "without the travel money": 480만원's 30% was
  declined. A word with 으로/로/에 is what the part is set aside as or into.
- blind53m's "a price said to the cent dropped" decline took "a six-pack of soda is 7.25,
  need 20 cans. how many packs" (round 58): a count of packs asked needs no price.
"""

from __future__ import annotations

import pytest

import tools.calculator_dropped_amounts as dropped
import tools.calculator_rate_included as included
from tests.tools.rule_switch import NEVER, answer_to, off, read_only_by_its_rule

SET_ASIDE = [
    (["만기에 480만 원 받는데 30%는 여행 자금으로 빼면 얼마야"], "1,440,000원"),
    (["보너스 200만원 받았는데 20%는 비상금으로 빼면 얼마야"], "400,000원"),
    (["월급 300만원 중에 40%는 적금에 빼면 얼마야"], "1,200,000원"),
]
COUNTS_ASKED = [
    (["a six-pack of soda is 7.25, need 20 cans. how many packs do i need"], "4"),
    (["a 4-pack of yogurt is 3.49, i need 10 yogurts, how many packs"], "3"),
]
# Still declined: a thing left out with no figure, a price dropped when money is asked.
STILL_DECLINED = [
    ["부가세 10% 포함 22만원인데 배송비 빼면"],
    ["부가세 포함 11만원인데 배송비 빼면"],
    ["i spend 5.40 on coffee every workday, 21 days a month. how many dollars a month"],
]


@pytest.mark.parametrize(("turns", "expected"), SET_ASIDE)
def test_a_part_set_aside_is_read(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch = off(included, "_SET_ASIDE_AS", NEVER)
    read_only_by_its_rule(lambda: answer_to(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize(("turns", "expected"), COUNTS_ASKED)
def test_a_count_of_packs_needs_no_price(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch = off(dropped, "_COUNT_ASKED", NEVER)
    read_only_by_its_rule(lambda: answer_to(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize("turns", STILL_DECLINED)
def test_the_declines_still_hold(turns: list[str]) -> None:
    assert answer_to(turns) is None
