"""Requests the calculator's forms miss, said again in a form they read (a second try only).

Each rule rewrites one way people put a sum into the way the calculator already reads it;
:func:`restated_requests` is tried only after the request as typed was not read, so no
request that reads today changes its reading. Found by the twenty-first unseen set:

- the size of a party as the count: "tickets are 89 dollars each and there are 6 of us,
  total?" is "tickets are 89 dollars each, how much for 6";
- a period said of an amount that is only split ("rent is 1,850 dollars a month split
  between 3 roommates, how much each"): the split is per that period, so the period says
  nothing more (only when no other period is named), and the sharers' noun (roommates,
  coworkers) counts people;
- "다섯 명이 1인분씩 먹으면" after a price per 인분 is five 인분;
- the speed said before the distance: "시속 80km로 260km 가면 몇 시간" is "260km를 시속
  80km로 가면 몇 시간";
- months of a yearly simple interest in years: "at 6% a year ... for 18 months" is "for
  1.5 years" (in Korean, "연 6% 단리로 18개월" is "1.5년": on);
- a word naming the sharers before their count in Korean, "185만원을 룸메 3명이서 나누면"
  (명 already counts people): on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_price_per_count_54e import price_per_count_of_measure
from tools.calculator_restated_55t import change_said_as_two_states, part_of_group_said_first
from tools.calculator_restated_bill_list import bill_list_restated
from tools.calculator_restated_en_42 import (
    charge_named_after_amount,
    count_at_price_each,
    count_noun_carried,
    percent_in_words,
    price_per_pack_measure,
    rate_for_span_plus_flat,
)
from tools.calculator_restated_interest_free import interest_free_restated
from tools.calculator_restated_korean_chat import restated_korean_chat
from tools.calculator_restated_percent_asked import percent_asked_restated
from tools.calculator_restated_priced_item import priced_item_restated
from tools.calculator_restated_service_fee import service_fee_restated
from tools.calculator_restated_sharers_54e import share_with_sharers
from tools.calculator_restated_week_days_42 import days_a_week_over_weeks

__all__ = ["restated_requests"]

_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_PARTY = LazyPattern(
    rf"^(?P<head>.*?\b{_AMOUNT}\s*(?:dollars?|won|bucks)?\s+(?:each|apiece|a\s+head))\s*,?\s*"
    r"(?:and\s+)?(?:there\s+are|there're|we\s+are|we're|we're\s+a\s+group\s+of)\s+"
    r"(?P<n>\d+)(?:\s+of\s+us|\s+people|\s+persons)?\b[^\d]*$",
    re.IGNORECASE,
)
_PERIOD_OF_SPLIT = LazyPattern(
    rf"(?P<amount>{_AMOUNT}\s*(?:dollars?|won|bucks)?)\s+(?:a|per|each)\s+(?:month|week|year)\b",
    re.IGNORECASE,
)
_SPLIT = LazyPattern(r"\bsplit\b|\bdivided\b|\bshared?\b|나누|나눠|n빵|엔빵", re.IGNORECASE)
_PERIOD_WORD = LazyPattern(
    r"\b(?:month|week|year|day|quarter)s?\b|monthly|weekly|yearly|annual", re.IGNORECASE
)
_PORTIONS = LazyPattern(
    r"(?P<n>\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*명이(?:서)?\s*(?:1|한)\s*인분씩\s*"
    r"(?:먹으면|시키면|주문하면|먹으면은)"
)
_WORD_COUNTS = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5,
    "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
# (The speed's km may go unsaid and the distance's be chat's 키로: "시속 80으로 240키로 가면
# 몇시간 걸려", opens56k; 시속 says the figure is km an hour.)
_SPEED_FIRST = LazyPattern(
    r"시속\s*(?P<v>\d+(?:\.\d+)?)\s*(?:km|킬로|키로)?\s*(?:로|으로)\s*"
    r"(?P<d>\d[\d,]*(?:\.\d+)?)\s*(?:km|킬로(?:미터)?|키로)\s*(?:를|을)?\s*"
    r"(?P<verb>가면|달리면|운전하면|이동하면)"
)
# "split between 3 roommates": the sharers' noun, whatever it is, counts people.
_SHARERS = LazyPattern(
    r"\b(?P<verb>split|divided|shared)\s+(?P<prep>between|among|by)\s+(?P<n>\d+)\s+"
    r"(?!people\b|persons\b|ways\b)[a-z]+s\b",
    re.IGNORECASE,
)
_MONTHS_OF_YEARLY = LazyPattern(r"\bfor\s+(?P<m>\d+)\s+months\b", re.IGNORECASE)
_YEARLY_INTEREST = LazyPattern(
    r"%\s*(?:a|per)\s+year|%\s*(?:annual|yearly)|(?:annual|yearly)\s+(?:rate|interest)",
    re.IGNORECASE,
)
_INTEREST = LazyPattern(r"\binterest\b", re.IGNORECASE)
# "연 6% 단리로 18개월": months of a yearly simple interest, said in Korean.
_MONTHS_KO = LazyPattern(r"(?<![\d.])(?P<m>\d{1,3})\s*개월")
_YEARLY_SIMPLE_KO = LazyPattern(r"(?:연|연이율|연리)\s*\d+(?:\.\d+)?\s*%.*단리|단리.*연\s*\d")
# "185만원을 룸메 3명이서 나누면": a word naming the sharers before their count (명 counts
# people already); the split reads without it. Only words for people: "절반만 3명이서"
# changes the amount, and dropping it would answer a wrong share.
_SHARERS_KO = LazyPattern(
    r"(?<=[을를])\s+(?:우리|룸메(?:이트)?|하우스메이트|친구|동기|동료|팀원|가족|식구|형제|자매"
    r"|일행|멤버|직원|학생|애)(?:들)?(?:끼리)?\s+"
    r"(?=\d+\s*명\s*(?:이서|이|으로|에게)?\s*(?:나누|나눠|n빵|엔빵))"
)


def _party(text: str) -> str | None:
    found = _PARTY.match(text)
    return f"{found['head']}, how much for {found['n']}" if found else None


def _period_of_split(text: str) -> str | None:
    found = _PERIOD_OF_SPLIT.search(text)
    if found is None or not _SPLIT.search(text):
        return None
    rest = text[: found.start()] + found["amount"] + text[found.end() :]
    return None if _PERIOD_WORD.search(rest) else rest


def _sharers(text: str) -> str | None:
    found = _SHARERS.search(text)
    if found is None:
        return None
    sharers = f"{found['verb']} {found['prep']} {found['n']} people"
    return f"{text[: found.start()]}{sharers}{text[found.end() :]}"


def _portions(text: str) -> str | None:
    if "인분" not in text:
        return None
    found = _PORTIONS.search(text)
    if found is None:
        return None
    count = _WORD_COUNTS.get(found["n"]) or int(found["n"])
    return f"{text[: found.start()]}{count}인분이면{text[found.end() :]}"


def _speed_first(text: str) -> str | None:
    found = _SPEED_FIRST.search(text)
    if found is None:
        return None
    moved = f"{found['d']}km를 시속 {found['v']}km로 {found['verb']}"
    return f"{text[: found.start()]}{moved}{text[found.end() :]}"


def _months_of_yearly(text: str) -> str | None:
    found = _MONTHS_OF_YEARLY.search(text)
    if found is None or not _INTEREST.search(text) or not _YEARLY_INTEREST.search(text):
        return None
    years = (Decimal(found["m"]) / 12).normalize()
    return f"{text[: found.start()]}for {years:f} years{text[found.end() :]}"


def _months_of_yearly_ko(text: str) -> str | None:
    months = _MONTHS_KO.findall(text)
    if len(months) != 1 or "이자" not in text or not _YEARLY_SIMPLE_KO.search(text):
        return None
    years = (Decimal(months[0]) / 12).normalize()
    return _MONTHS_KO.sub(f"{years:f}년", text)


def _sharers_ko(text: str) -> str | None:
    restated = _SHARERS_KO.sub(" ", text, count=1)
    return restated if restated != text else None


# _party, _period_of_split with _sharers, and _months_of_yearly were off until a follow-up
# reader re-ran the restated first turn: the twenty-first set's follow-ups after them
# ("drop two of the tickets", "at 4.5% instead", "our fourth flatmate signed the lease")
# went to the local model, which answered wrong figures. tools.followup_slots reads them.
_RULES: tuple[Callable[[str], str | None], ...] = (
    restated_korean_chat,
    _portions,
    _speed_first,
    _party,
    _period_of_split,
    _sharers,
    _months_of_yearly,
    _months_of_yearly_ko,
    _sharers_ko,
    # Bills listed with a verb and closed by a split asked (set 40).
    bill_list_restated,
    # An amount added for a service named in "-ing": "plus 200 cleaning" (set 40).
    service_fee_restated,
    # A loan at 0% over some months, "whats the monthly payment" (set 40).
    interest_free_restated,
    # "plus a 12.50 roller, 7% tax": one item priced before its name, a bare tax (set 40).
    priced_item_restated,
    # "from 48 to 41, what percent did i lose": the percent change (set 40).
    percent_asked_restated,
    # Set 42: a percent in words, a rate for a span plus a flat amount, a pack's price per
    # its measure, a count asked without its noun, a price on some
    # days of each week over some weeks.
    percent_in_words,
    rate_for_span_plus_flat,
    price_per_pack_measure,
    count_noun_carried,
    days_a_week_over_weeks,
    # "3 pizzas at 14.99 plus 4.50 delivery": P each, an amount for the delivery (set 42,
    # deciding set 41's open case from how every other case file's bills read "at P").
    count_at_price_each,
    charge_named_after_amount,
    share_with_sharers,  # "whats each of us owe with 3 roommates" (set 45)
    price_per_count_of_measure,  # "340g bag of coffee beans is 16.99, whats that per 100g"
    change_said_as_two_states,  # "bill was 142 last month, 118 this month. by what %" (set 47)
    part_of_group_said_first,  # "우리반 32명인데 여자애 14명이면 몇퍼임" (set 47)
)


def restated_requests(text: str) -> list[str]:
    """The request said again by every rule that fits it, in turn (none when none does)."""
    restated = text
    for rule in _RULES:
        restated = rule(restated) or restated
    return [restated] if restated != text else []
