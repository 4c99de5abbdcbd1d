"""Everyday price questions the price reader reads since turns29 (examples of our own).

Blind set 29 asked sums the reader declined: a price per person said "인당 N원" beside
another, once a week at a price a session, one thing's price a day with the things
counted, a size naming what is priced, one count for each of several prices, a price per
one of a noun with its count in words, the price of one beside a count of another counter
word, one more thing priced last, an adjective read as a unit ("a cubic yard", "6 new
outlets"), "for 120 guests" counting what is priced per slice, a three-word item name,
"charge 220 plus", "plus 45 in tolls" and passengers counted as people. Each case is
also run with the rule that reads it switched off: it must then not give the same figure.
"""

from __future__ import annotations

import re

import pytest

import tools.priced_figures as figures
import tools.priced_quantities as quantities
import tools.priced_reading_en as reading_en
import tools.priced_reading_ko as reading_ko
from tests.tools.rule_switch import cases_read_only_by_their_rule, never, off
from tools.price_total import price_total


def _unit_names_without(word: str) -> dict[str, str]:
    return {k: v for k, v in figures._UNIT_NAMES.items() if k != word}


CASES = [
    (
        "도자기 공방 1인 3만원에 재료비 인당 8천원 따로인데 다섯 명이면 얼마",
        "(30000 + 8000) * 5",
        off(reading_ko, "per_head_price", never),
    ),
    (
        "꽃 정기구독 주1회 19,900원짜리 6주 하면 얼마",
        "19900 * 1 * 6",
        off(reading_ko, "weekly_session_price", never),
    ),
    (
        "텐트 대여 한 동 하루 4만원인데 두 동 사흘 빌리면 얼마",
        "40000 * 3 * 2",
        off(reading_ko, "one_thing_per_period", never),
    ),
    (
        "쌀 10키로 한 포대 3만원 네 포대랑 잡곡 2키로 1만 2천원이면 얼마",
        "12000 + 30000 * 4",
        off(reading_ko, "size_of_what_is_priced", never),
    ),
    (
        "고양이 중성화 수컷 12만원 암컷 25만원인데 한 마리씩 하면 얼마",
        "1 * 120000 + 1 * 250000",
        off(reading_ko, "each_count_over_prices", never),
    ),
    (
        "속눈썹 기본 3만원에 한 가닥당 200원인데 스무 가닥이면 얼마",
        "30000 + 200 * 20",
        off(quantities, "counted_per_named_noun", lambda s: s),
    ),
    (
        "꼬치 한 줄 2,000원 열 개랑 음료 하나 1,500원 네 개 사면 얼마",
        "10 * 2000 + 4 * 1500",
        off(reading_ko, "count_beside_price_of_one", never),
    ),
    (
        "칼국수 1그릇 8천원 4그릇이랑 파전 1장 15,000원 시키면 얼마",
        "15000 + 8000 * 4",
        off(reading_ko, "bought_once_at_the_end", never),
    ),
    (
        "gravel is 45 a cubic metre and we need 12 metres, what's the cost",
        "45 * 12",
        off(reading_en, "units_through_adjectives", never),
    ),
    (
        "the painter charges 60 per room and we have 4 small rooms, what's the total",
        "60 * 4",
        off(reading_en, "units_through_adjectives", never),
    ),
    (
        "the pie is 4.50 a slice for 30 guests, total?",
        "4.5 * 30",
        off(reading_en, "slice_for_each_guest", never),
    ),
    (
        "4 senior bus passes at 12 and 2 student passes at 9, what's that",
        "4 * 12 + 2 * 9",
        off(
            reading_en,
            "_ITEM_AT",
            re.compile(
                r"(?:(?<![\d.])(?P<n>\d+)|\b(?P<a>an?))\s+[a-z]+(?:\s+[a-z]+)?\s+at\s+"
                r"(?P<v>\d+(?:\.\d+)?)(?P<each>\s*each\b)?",
                re.I,
            ),
        ),
    ),
    (
        "the locksmith charges 90 plus 25 per lock and we have 3 locks, how much",
        "90 + 25 * 3",
        off(
            reading_en,
            "_FEE_AFTER_VERB_EN",
            re.compile(r"\b(?:costs?|is|was|charged)\s+(?P<v>\d+(?:\.\d+)?)\b(?!\s*(?:an?|per)\s)"),
        ),
    ),
    (
        "the courier pays 0.40 a km and I drove 250 km plus 18 in parking, what do I claim",
        "18 + 0.4 * 250",
        off(
            reading_en,
            "_PLUS_FOR_EN",
            re.compile(r"\bplus\s+(?P<v>\d+(?:\.\d+)?)\s+for\s+[a-z]+", re.I),
        ),
    ),
    (
        "the boat trip is 50 per boat plus 12 per passenger, 2 boats with 7 people, total?",
        "2 * 50 + 7 * 12",
        off(figures, "_UNIT_NAMES", _unit_names_without("passenger")),
    ),
]


test_the_form_is_read_and_only_by_its_rule = cases_read_only_by_their_rule(CASES)


@pytest.mark.parametrize(
    "question",
    [
        # A second "per" is another unit, never the noun the first rate is per.
        "childcare is 900 a month per child, we have 2 children, what's a month",
        # A discount on one part only: which part and how much is not the whole's.
        "lessons are 80 a month per kid and the second kid gets 15% off, 2 kids, what's a month",
        # "주2회 3만원" may be the week's price for both sessions.
        "요가 주2회 3만원짜리 8주 하면 얼마",
        # A fee paid once is never multiplied by a count for each item.
        "짜장 7천원 짬뽕 8천원 배달비 3천원인데 두 그릇씩 시키면 얼마",
    ],
)
def test_figures_that_do_not_fit_are_still_declined(question: str) -> None:
    assert price_total(question) is None
