"""English follow-ups of the first turns opens51a's readers read (sets 24 to 31): each
fires only when its reader reads the previous request, and keeps every figure but the one
changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_base_plus_per_unit_51a import base_fee_plus_per_unit_en
from tools.calculator_group_orders_en_51a import tickets_two_kinds_fee_each
from tools.calculator_hired_time_en_51a import (
    deposit_off_hourly_bill,
    extra_per_kid_hourly,
    first_block_then_each,
)
from tools.calculator_misc_forms_51a import count_in_words_each_en
from tools.calculator_money_forms_en_51a import (
    allowance_overage,
    deposit_and_first_month,
    fee_off_before_exchange,
)
from tools.calculator_monthly_plus_joining_51a import monthly_plus_one_off_fee
from tools.followup_reading_51a import FIGURE, NUMBER, Change, plain, read_again
from tools.followup_rerun import kept_if_read

__all__ = ["ENGLISH_CHANGES_51A"]


_TOLD_COUNT_EN = r"(?<![\d.])(?P<n>\d+)\s+(?P<more>more\s+)?{unit}(?:e?s)?\b"


def count_of_the_unit_told_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "actually it's 22 windows" after "a 25 base fee plus 4 per window … 18 windows"."""
    read = read_again(steps, base_fee_plus_per_unit_en)
    if read is None:
        return None
    base, price, count = read
    unit = re.search(
        rf"{NUMBER}\s+(?:per|a|an|each|for\s+each|for\s+every|every)\s+([a-z]+)", steps[0]
    )
    turn = plain(text)
    if unit is None or len(FIGURE.findall(turn)) != 1:
        return None
    told = re.search(_TOLD_COUNT_EN.format(unit=re.escape(unit[1])), turn, re.I)
    if told is None:
        return None
    new = f"{count} + {told['n']}" if told["more"] else told["n"]
    return kept_if_read(f"{base} + {price} * ({new})", f"{told['n']} {unit[1]}s")


_WAIVED_EN = LazyPattern(
    r"\b(?:waive[ds]?|waiving|drop(?:s|ped|ping)?|skip(?:s|ped)?|scrap(?:s|ped)?|no|without|"
    r"free|won'?t\s+charge|not\s+charging)\b",
    re.I,
)


def one_off_fee_waived_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "they said they'd waive the joining fee" after "45 a month plus a 60 joining fee"."""
    read = read_again(steps, monthly_plus_one_off_fee)
    if read is None or FIGURE.search(text):
        return None
    monthly, _twelve, _fee = read
    fee_name = re.search(rf"{NUMBER}\s+([a-z-]+(?:\s+[a-z-]+)?)\s+fee\b", steps[0], re.I)
    if fee_name is None or not _WAIVED_EN.search(text):
        return None
    named = fee_name[1].split()[-1]
    if not re.search(rf"\b{re.escape(named)}\b[^.?!]*\bfee\b|\bfee\b", text, re.I):
        return None
    return kept_if_read(f"{monthly} * 12", f"the {fee_name[1]} fee waived")


_SPAN_SAID_EN = LazyPattern(
    r"(?<![\d.])(?P<h>\d+(?:\.\d+)?)\s+(?P<more>more\s+|extra\s+)?(?P<u>hour|day|night|week)s?\b",
    re.I,
)


def hired_span_said_anew_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "it ran to 5 hours", "the party's running 6 hours now" after an hourly hire read
    whole (a first block then each hour, a deposit off the bill, a rate for each extra kid):
    the span replaced (or grown, "2 more hours"), every other figure kept."""
    turn = plain(text)
    said = _SPAN_SAID_EN.search(turn)
    if said is None or len(FIGURE.findall(turn)) != 1:
        return None
    span = said["h"]
    if (block := read_again(steps, first_block_then_each)) is not None:
        price, each, old, first = block
        unit = re.search(r"first\s+\d+\s+([a-z]+?)s?\b", steps[0], re.I)
        if unit is None or unit[1].lower() != said["u"].lower():
            return None
        new = f"{old} + {span}" if said["more"] else span
        if not said["more"] and float(span) <= float(first):
            return kept_if_read(price, f"{span} {said['u']}s, within the first block")
        return kept_if_read(f"{price} + {each} * ({new} - {first})", f"{span} {said['u']}s")
    if said["u"].lower() != "hour":
        return None
    if (deposit := read_again(steps, deposit_off_hourly_bill)) is not None:
        rate, old, paid = deposit
        new = f"({old} + {span})" if said["more"] else span
        return kept_if_read(f"{rate} * {new} - {paid}", f"{span} hours")
    if (kids := read_again(steps, extra_per_kid_hourly)) is not None:
        rate, extra, count, _one, old = kids
        new = f"({old} + {span})" if said["more"] else span
        return kept_if_read(f"({rate} + {extra} * ({count} - 1)) * {new}", f"{span} hours")
    return None


_KID_JOINS_EN = LazyPattern(
    r"\b(?:kid|child|son|daughter)\s+(?:is|'s)\s+(?:joining|coming)\b|\b(?:another|one\s+more)\s+"
    r"(?:kid|child)\b",
    re.I,
)


def one_more_kid_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "the neighbour's kid is joining too" after "16 an hour plus 2 an hour for each extra
    kid, we have 3 kids": one kid more."""
    kids = read_again(steps, extra_per_kid_hourly)
    if kids is None or FIGURE.search(text) or not _KID_JOINS_EN.search(text):
        return None
    rate, extra, count, _one, hours = kids
    return kept_if_read(f"({rate} + {extra} * ({count} + 1 - 1)) * {hours}", "one kid more")


_USED_EN = LazyPattern(
    rf"\b(?:hit|used|use|went\s+through|go\s+through|got\s+to|reached)\s+(?P<x>{NUMBER})\s*(?P<u>GB|MB|minutes|texts)\b",
    re.I,
)


def amount_used_said_anew_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "this month I hit 26 GB" after "15 GB and extra data costs 3.25 per GB. I used 21 GB":
    the amount used replaced, the allowance kept."""
    read = read_again(steps, allowance_overage)
    turn = plain(text)
    said = _USED_EN.search(turn)
    if read is None or said is None or len(FIGURE.findall(turn)) != 1:
        return None
    _used, allowance, price = read
    if float(said["x"]) <= float(allowance):
        return None
    return kept_if_read(f"({said['x']} - {allowance}) * {price}", f"{said['x']} {said['u']} used")


_CHANGED_AMOUNT_EN = LazyPattern(
    rf"\b(?:change|exchange|swap|convert|bring|trade)\s+\$?(?P<a>{NUMBER})\b(?!\s*%)", re.I
)


def amount_exchanged_anew_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if I change 800" after "0.91 euros per dollar and takes a 6 dollar fee off the
    top … for 500 dollars": the fee and the rate kept."""
    read = read_again(steps, fee_off_before_exchange)
    turn = plain(text)
    said = _CHANGED_AMOUNT_EN.search(turn)
    if read is None or said is None or len(FIGURE.findall(turn)) != 1:
        return None
    _amount, fee, rate = read
    return kept_if_read(f"({said['a']} - {fee}) * {rate}", f"{said['a']} changed")


_ONE_AT_OWN_PRICE_EN = LazyPattern(
    rf"\bone\s+of\s+the\s+(?P<group>adults|kids|children)\s+is\s+an?\s+(?P<kind>[a-z]+)\b[^.?!]*?"
    rf"\b(?P=kind)s?\s+(?:pay|are|is|cost|costs?)\s+\$?(?P<p>{NUMBER})\b",
    re.I,
)


def one_ticket_at_own_price_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "one of the adults is a student, students pay 20" after "4 adult tickets at 28 and 3
    kids at 14 plus a 2.50 booking fee per ticket": one adult at 20, the fee still on each."""
    read = read_again(steps, tickets_two_kinds_fee_each)
    turn = plain(text)
    said = _ONE_AT_OWN_PRICE_EN.search(turn)
    if read is None or said is None or len(FIGURE.findall(turn)) != 1:
        return None
    adults, adult_price, kids, kid_price, _a, _k, fee = read
    own = said["p"]
    if said["group"].lower() == "adults":
        lines = f"({adults} - 1) * {adult_price} + {own} + {kids} * {kid_price}"
    else:
        lines = f"{adults} * {adult_price} + ({kids} - 1) * {kid_price} + {own}"
    return kept_if_read(f"{lines} + ({adults} + {kids}) * {fee}", f"one {said['kind']} at {own}")


_DEPOSIT_MONTHS_EN = LazyPattern(
    r"\b(?P<n>one|two|three|four|five|six|\d+)[- ]months?'?\s+(?:rent\s+)?"
    r"(?:as\s+(?:a\s+)?)?deposit\b"
    r"|\bdeposit\s+(?:of|is|to|down\s+to)\s+(?P<m>one|two|three|four|five|six|\d+)\s+months?\b",
    re.I,
)
_SMALL = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}


def deposit_months_said_anew_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "the landlord agreed to a one-month deposit" after "rent is 1,450 a month and the
    deposit is two months' rent, … if the first month is due too": 1 month's deposit."""
    read = read_again(steps, deposit_and_first_month)
    said = _DEPOSIT_MONTHS_EN.search(text)
    if read is None or said is None or len(FIGURE.findall(plain(text))) > 1:
        return None
    word = (said["n"] or said["m"]).lower()
    months = _SMALL.get(word, word)
    rent = read[0]
    return kept_if_read(f"{rent} * ({months} + 1)", f"a {months}-month deposit")


_SOME_FREE_EN = LazyPattern(
    r"^\s*(?P<k>\d+|one|two|three|four|five|six)\s+of\s+(?:the\s+|us|them)\s*(?:kids|children|people|guests)?\s*"
    r"(?:get\s+in|go|are|get|come|ride|eat)\s+(?:in\s+)?(?:for\s+)?free\b",
    re.I,
)


def some_go_free_en(text: str, steps: Sequence[str]) -> Change | None:
    """ "two of the kids get in free" after "tickets are twelve fifty each and we need nine":
    two tickets fewer."""
    read = read_again(steps, count_in_words_each_en)
    said = _SOME_FREE_EN.search(text)
    if read is None or said is None:
        return None
    price, count = read
    free = _SMALL.get(said["k"].lower(), said["k"])
    if int(free) >= int(count):
        return None
    return kept_if_read(f"{price} * ({count} - {free})", f"{free} free")


ENGLISH_CHANGES_51A = (
    count_of_the_unit_told_en,
    one_off_fee_waived_en,
    hired_span_said_anew_en,
    one_more_kid_en,
    amount_used_said_anew_en,
    amount_exchanged_anew_en,
    one_ticket_at_own_price_en,
    deposit_months_said_anew_en,
    some_go_free_en,
)
