"""The total of an everyday price question, composed from its typed figures.

``tools.priced_quantities`` says which figure is a rate, a count, a fee or a head count;
this module multiplies the one rate by the counts its unit leads to ("22 per walk" ×
"twice a day" × "every weekday" for "a week"; "35,000원 per hour" × "2시간씩" × "주2회" ×
"4주"), adds fees and items, takes off deductions and splits by the people when a share is
asked. It declines (``None``) whenever the figures do not fit together in exactly one way:
two rates, a count whose unit no rate or chain reaches, a chain with two ways on, a head
count without a share asked. A wrong figure is far worse than a hand-off.
"""

from __future__ import annotations

import re

from tools.calculator_fees_shared_each import fees_shared_each
from tools.calculator_split_closing import asks_by_closing_split
from tools.priced_add_on_rates import add_on_rates_summed
from tools.priced_allowance_then_each import allowance_then_each_total
from tools.priced_bare_list_en import bare_priced_list
from tools.priced_composition import (
    fees_paid_once,
    heads_beside_total,
    heads_counted,
    paired_rates,
    per_person_price_shared,
    rates_by_unit,
    things_rented,
)
from tools.priced_each_player import each_player_total
from tools.priced_fee_each_by_nature import fees_each_by_nature_folded
from tools.priced_fee_scope_unsaid import fee_scope_unsaid
from tools.priced_first_then_each import (
    first_priced_apart_unread,
    first_then_each_total,
    stay_closes_schedule,
)
from tools.priced_heads_hold_one import HEADS_CLOSE, heads_hold_one_each
from tools.priced_kind_figure import kind_figure_dropped
from tools.priced_labelled_kinds import labelled_kinds_total
from tools.priced_money_word_count import counts_a_money_word
from tools.priced_per_head_per_night import per_head_per_period_total
from tools.priced_period_asked_once import count_the_period_asked
from tools.priced_quantities import plain_text, read_priced
from tools.priced_quotients import quotient_asked
from tools.priced_rate_term import figure, rate_term, shown
from tools.priced_saving_asked import saving_asked_of
from tools.priced_takings import asks_net_of_sale, sells, takings_less_costs
from tools.spoken_prices_en import spoken_prices_as_decimals, unread_spoken_pair
from tools.trip_ways import BOTH_WAYS, ONE_WAY

__all__ = ["price_total"]

# Off only in the test that shows what the guard changes.
use_first_unread_guard = True

# ("네 벌 맡기면", "네 장 예매하면": a Korean if-clause closing the turn asks the sum too.)
_ASKS = re.compile(
    r"얼마|총|몇|\bwhat\b|\bhow\s+(?:much|many)\b|\btotal\b|\bowe\b|\bbill\b|\bcost\b|\bshare\b"
    r"|[가-힣](?:으면|면)\s*[?？]*\s*$",
    re.I,
)
# "22 an hour, 3 hours?": an English count closing the turn as a question asks the sum too,
# as the Korean if-clause does (set 34's kayak went to the cloud).
_ASKS_BY_CLOSING_COUNT = re.compile(r",\s*(?:for\s+)?\d+(?:\.\d+)?\s+[a-z]+\s*[?？]+\s*$", re.I)
# A question of a rule, a place, a time or a person: its figures are the situation, the
# answer no sum ("if I stay 3 nights at 120 a night, what's the refund policy").
_ASKS_NO_SUM = re.compile(
    r"\bpolic(?:y|ies)\b|\brules?\b|\ballowed\b|\bcan\s+(?:i|we)\b|\bdo\s+(?:i|we)\s+need\b"
    r"|\bshould\s+(?:i|we)\b|\bwhere\b|\bwhen\b|\bwho\b|\bwhich\b"
    r"|언제|어디|누가|누구|규정|가능(?:해|한가|하나|할까)|되나요|돼요\s*[?？]",
    re.I,
)
_SPLIT = re.compile(
    r"인당|명당|각자|나눠|나누|\beach\s+(?:person|of\s+us|one)|\bsplit\b|\bper\s+person\b"
    r"|\bshare\b|\bapiece\b",
    re.I,
)
# One person's part asked in words _SPLIT leaves to the follow-up readers ("how much
# each", "splitting"): enough to decline dividing a price per person, not to compose.
_EACH_ASKED = re.compile(
    r"\bsplitting\b|\beach\s+(?:pay|owe)|\bhow\s+much\s+(?:(?:is|does|do|will|would)\s+)?"
    r"(?:(?:it|that|we|they)\s+)?(?:(?:come\s+to|cost|be|pay)\s+)?each\b",
    re.I,
)
# "65 per person": a price per person, no share asked.
_PRICE_PER_PERSON = re.compile(r"\d\s*(?:dollars?|bucks)?\s+(?:a|per)\s+(?:person|head)\b", re.I)
# "재료비 인당 10000원": a price per person (a share asked says 인당 얼마).
_PRICE_PER_HEAD_KO = re.compile(r"(?<![가-힣\d])(?:인|명)\s*당\s*\d[\d.]*\s*원")
# Words that make a list of amounts something other than their sum: what is left, spent
# out of, saved, the change, a price compared.
_NOT_A_SUM = re.compile(
    # ("300만원에서 70만원 내고 10만원 내면 남는거": what is left asked; 3,800,000원 was the sum.)
    r"남았|남는|남은|남아|잔액|썼|쓰면|할인|깎|거스름|잔돈|냈|받았|중에|\bleft\b|\bremaining\b"
    r"|\bchange\b|\bsav(?:e|ed|ing)\b"
    r"|\bspent\b|\bpaid\b|\bgave\b|\bback\b",
    re.I,
)
# A discount on a part only ("the second kid gets 10% off", "두 번째는 10% 할인"): taken off
# the whole it gave 2,070 for 2,185 (set 29); which part and how much is the reading's.
_PART_DISCOUNTED = re.compile(
    r"\b(?:second|third|2nd|3rd|other|last|one\s+of)\b[^,.;?]{0,30}?\b(?:gets?|is|are|has)\s+"
    r"\d+(?:\.\d+)?\s*%|(?:두|세|둘)\s*번째[^,.?]{0,12}?\d+(?:\.\d+)?\s*%",
    re.I,
)
# One more period paid besides the figures ("the first month is due too", "last month's
# rent up front", "첫 달 월세까지"): it has no figure of its own to read, so the sum would
# leave it out (set 30 answered the two-month deposit alone, 2,900 for 4,350).
_PERIOD_PAID_BESIDES = re.compile(
    r"\b(?:first|last)\s+(?:month|week|night)(?:'s)?\s+(?:rent\b|(?:is\s+|are\s+)?(?:due|upfront"
    r"|payable|paid)\b|in\s+advance\b|up\s+front\b)|첫\s*달\s*(?:월세|치|분|세)|마지막\s*달\s*(?:월세|치|분)",
    re.I,
)
# A count spelled out right before a figure ("two 7 day passes", "three 2 litre bottles"):
# the count of things, then the figure of their kind. The reader took the figure for the
# count ('7 * 45' for two 7-day passes at 45 each, 315 for 90), so the sum declines.
_COUNT_BEFORE_FIGURE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of"
    r"|a\s+pair\s+of|a\s+dozen)\s+\d",
    re.I,
)
# The discount read ("15% 할인되면"): its word says what comes off, not that nothing is summed.
_PERCENT_OFF = re.compile(r"\d\s*%\s*(?:할인|깎|off\b|discount)", re.I)
_PERIODS = frozenset({"day", "week", "month", "year"})
# A figure said in the request (a price, a count), not a percent.
_FIGURE_SAID = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?!\s*%|[\d.,])")

# Off only in the test that shows what the scope check changes.
use_discount_scope_check = True


def _discount_scope_split(original: str) -> bool:
    """Whether a percent off is said between the figures, so what it is off is unsaid.

    "음식값 28000원 20% 할인쿠폰 쓰고 배달팁 3000원 더하면": the coupon is off the food, said
    before the tip; taking it off the whole bill gave 24,800원 for 25,400원. A percent said
    after every figure ("… 바지 3만원 20% 할인하면") or before them all is off the whole.
    """
    said = _PERCENT_OFF.search(original)
    if said is None:
        return False
    before = _FIGURE_SAID.search(original[: said.start()])
    after = _FIGURE_SAID.search(original[said.end() :])
    return before is not None and after is not None


# A fare given one way beside a question about both ways (trips this reader never counts).
_ONE_WAY_PRICE = re.compile(ONE_WAY, re.IGNORECASE)
_BOTH_WAYS = re.compile(BOTH_WAYS, re.IGNORECASE)


def price_total(original: str) -> tuple[str, str] | None:
    """The expression and the currency ("원", "$" or "" for a plain figure), or None.

    Args:
        original: The request as asked.
    """
    asked = (
        _ASKS.search(original)
        or _ASKS_BY_CLOSING_COUNT.search(original)
        or HEADS_CLOSE.search(original)  # "tickets are 12.50 each and there's 6 of us"
        or bare_priced_list(original)  # "round of 4 pints at 5.80": a tab's sum (set 36)
        or asks_net_of_sale(original)  # "sold 42 brownies at 1.50 … profit?" (set 37)
        or asks_by_closing_split(original)  # "…, split between 3 of us" (set 40)
        or stay_closes_schedule(original)  # "… 2.50 every hour after. i was there 5 hours"
    )
    if not asked or _ASKS_NO_SUM.search(original):
        return None
    if _PERIOD_PAID_BESIDES.search(original):
        return None
    if _ONE_WAY_PRICE.search(original) and _BOTH_WAYS.search(original):
        # "KTX 편도 1인 59800원인데 세 명 왕복이면": the price is per trip and the trips are
        # not this reader's figures (it read 59800 x 3); the fare readers count both ways.
        return None
    if _COUNT_BEFORE_FIGURE.search(original):
        # "two 7 day passes at 45 each": read as "2 passes" when the figure names a kind.
        kinds_dropped = kind_figure_dropped(original)
        return None if kinds_dropped is None else price_total(kinds_dropped)
    if unread_spoken_pair(spoken_prices_as_decimals(original)):
        return None  # "two twenty a month": 2.20 or 220, never the twenty alone
    labelled = labelled_kinds_total(original)  # "어른 12000원 아이 8000원 … 어른 둘 아이 셋"
    if labelled is not None:
        return labelled
    first_block = first_then_each_total(original)  # "45 for the first day, 20 each extra"
    if first_block is not None:
        return first_block
    if use_first_unread_guard and first_priced_apart_unread(original):
        return None  # "첫 잔은 4500원이고 리필은 한 잔에 2000원, 3잔": the count holds the first
    allowance = allowance_then_each_total(original)  # "월 55000원에 10GB 넘으면 1GB당 2200원"
    if allowance is not None:
        return allowance
    found = read_priced(original)
    if found is None or (found.discount is not None and _PART_DISCOUNTED.search(original)):
        return None
    if counts_a_money_word(found):
        return None  # "a 200 refundable deposit": money, never 200 things rented
    found = count_the_period_asked(found, original)  # "39 a month … the first year": 12
    special = quotient_asked(found, original)
    if special is not None:
        return special
    if sells(original) and found.items and (found.fees or found.deductions or found.rates):
        # "sold 37 candles at 24 each … the stall cost 55": takings less costs, or nothing.
        net = takings_less_costs(found, original)
        return None if net is None else (net, found.currency)
    terms: list[str] = []
    plain = plain_text(original)
    if _PRICE_PER_HEAD_KO.search(plain) and not any(r.unit == "person" for r in found.rates):
        return None  # "인당 10000원" unread as a price per person: never a fee paid once
    priced_per_head = _PRICE_PER_HEAD_KO.sub(" ", _PRICE_PER_PERSON.sub(" ", plain))
    # ("…, theres 5 of us, how much each" of amounts paid once: their share, set 40.)
    asks_share = _SPLIT.search(priced_per_head) is not None or fees_shared_each(found, original)
    each_asked = asks_share or _EACH_ASKED.search(original) is not None
    if per_person_price_shared(found, each_asked, plain):
        return None
    per_head_nightly = per_head_per_period_total(found, plain, asks_share)  # city tax
    if per_head_nightly is not None:
        return per_head_nightly, found.currency
    each_player = each_player_total(found, plain, asks_share)  # "넷이서 세게임씩 + 신발대여"
    if each_player is not None:
        return each_player, found.currency
    heads_counted(found, asks_share)  # "65 per person ... 4 of us, total?": 4 persons
    heads_hold_one_each(found, plain, asks_share)  # "tickets are 12.50 each … 6 of us"
    if heads_beside_total(found, original, asks_share):
        found.people = None  # "다섯명이서 7인분 먹었으면 총 얼마": who ate, not a share
    in_periods = any(c.unit in _PERIODS or c.of in _PERIODS for c in found.counts)
    unnamed_fees = bool(found.fees) and not fees_paid_once(found, plain)
    if fee_scope_unsaid(found, unnamed_fees):
        return None  # "1인 4만5천원 … 재료비 1만원 따로 … 3명": per person or once, unsaid
    # "개당 9천원에 로고 인쇄 2천5백원 추가 20개": the printing is on each bag, never once.
    each_folded = fees_each_by_nature_folded(found, plain)
    if each_folded is None:
        return None
    if each_folded is not found:
        found = each_folded
        unnamed_fees = bool(found.fees) and not fees_paid_once(found, plain)
    priced_extras = found.rates and (found.items or unnamed_fees)
    if priced_extras and (in_periods or (len(found.rates) > 1 and found.fees)):
        # "주 20시간 일하고 주휴수당 30,000원 받으면 4주면": whether the fee comes each
        # week or once is not said (a deposit or a call-out fee is paid once).
        return None
    if len(found.rates) > 1:
        # Two rates: each with the count beside it, or one count for each; else which
        # count goes with which is not said.
        paired = (
            paired_rates(found, plain, found.asked_per)
            or rates_by_unit(found, found.asked_per, asks_share)
            or add_on_rates_summed(found, plain)  # "하루 6만원에 보험료 하루 만원 … 사흘"
        )
        if paired is None:
            return None
        if found.people is not None and not asks_share:
            found.people = None  # "4 of us all with pairing": counted by rates_by_unit
        terms.append(paired)
    elif found.rates:
        rented = things_rented(found, original)  # "하루 65,000원 ... 두 대를 3일": × 2
        term = rate_term(found.rates[0], found.counts, found.asked_per)
        if term is None:
            return None
        terms.append(term if rented is None else f"{term} * {shown(rented)}")
    elif found.counts:
        # "매주 받으면 4주에": the fees recur each period a single count gives.
        periods = [c for c in found.counts if c.unit == found.fees_per]
        if found.fees_per is None or len(found.counts) != 1 or len(periods) != 1:
            return None
        if len(found.fees) < 1 or found.items or found.deductions:
            return None
        sum_of_fees = " + ".join(figure(f) for f in found.fees)
        terms.append(f"({sum_of_fees}) * {shown(periods[0])}")
        found.fees = []
    elif found.fees_per is not None:
        return None  # fees "매주" without a count of weeks: the period is not given
    # Fees first, as a bill lists them: "85 + 95 * 2.5".
    terms = [figure(f) for f in found.fees] + terms
    if len(found.items) == 1 and not found.priced_each:
        # "6 croissants at 3,200 won": the price of one or of all six is not said; in a
        # list ("2 sodas at 6.50 and a bag of nuts at 9") each item's price is its own.
        return None
    terms += [f"{figure(n)} * {figure(p)}" for n, p in found.items]
    said = _PERCENT_OFF.sub(" ", original) if found.discount is not None else original
    if len(found.fees) > 1 and not found.rates and _NOT_A_SUM.search(said):
        return None  # "30만 원 중에 12만 원 썼으면": amounts, but no sum of them asked
    if found.deductions:
        if found.rates or found.items or len(found.fees) != 1:
            return None
        if found.discount is not None:
            # "89000원에서 30% 할인 후 5000원 빼면": the order said sets the figure (57,300원,
            # not the 58,800원 of the amount taken off first); read by
            # tools.calculator_discount_then_coupon, never guessed here (set 38).
            return None
        terms = [figure(found.fees[0]), *(f"- {figure(d)}" for d in found.deductions)]
    if " " not in " + ".join(terms) and found.people is None:
        return None  # one amount alone: nothing to work out
    if not terms:
        return None  # "넷이 먹었으니까 인당 얼마씩": a share of nothing this turn states
    expression = " + ".join(terms).replace("+ -", "-")
    if (found.people is not None) != asks_share:
        return None  # a head count with no share asked, or a share of no head count
    saving = saving_asked_of(expression, original, found.discount, found.markup)
    if saving is None:
        return None  # a saving asked of a total with no discount: not what was saved
    if saving != expression:
        expression = saving  # "1년이면 얼마 아끼는거야": what the discount takes off
    elif found.discount is not None:
        if use_discount_scope_check and " + " in expression and _discount_scope_split(original):
            return None  # the percent is off one part only; which part is read elsewhere
        expression = f"({expression}) * (100 - {figure(found.discount)}) / 100"
    if found.markup is not None:
        expression = f"({expression}) * (100 + {figure(found.markup)}) / 100"
    if found.people is not None:
        expression = f"({expression}) / {figure(found.people)}"
    return expression, found.currency
