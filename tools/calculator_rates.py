"""One amount and the rates applied to it, read when no sentence form of the calculator did.

The rule: a request that states exactly one amount and one or more percentages (and at
most one count of years) is arithmetic on that amount. A rate named with a cut ("30%
할인", "10% 더 깎으면", "15% off") or a rise ("5% 오르면", "a 3% raise") moves the amount,
each in turn ("30% 할인하고 거기서 10% 더" is 0.7 then 0.9 of it); a rate with neither asks
for that share of the amount ("그중 28%를 월세로", "an 18% tip", "계약금 10%"); a rate
with 이자/interest asks for the interest, simple, over the years stated (one if none), or
for one month of it when a month is asked of a yearly rate ("연 3.6%면 한달 이자").
A cut word may come before the rate too ("통신사 할인 12% 받으면"), and a deduction
("이자소득세 15.4% 떼면") moves the amount even when 이자 names it; asked for the price
before the moves ("30% 할인해서 56,000원 ... 원래 가격"), the amount is divided by them.

Found by the fifth unseen set, whose amounts came in sentences no fixed form matched
("월급이 320만 원인데 그중 28%를 월세로 내면", "연봉 4,200만 원에서 5% 오르면 얼마 돼?").
``tools.calculator`` calls :func:`rate_expression` only on a request no other form read,
so a request the forms already answer keeps its reading.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator_charges_outside_60q import asks_price_without_charge, charge_outside_amount
from tools.calculator_covered_share import asker_pays_rest_of_covered_share
from tools.calculator_interest_after_tax import tax_taken_off_interest
from tools.calculator_moved_by_verb_61m import moved_by_verb
from tools.calculator_rate_and_item_59t import rate_then_another_item
from tools.calculator_rate_included import (
    included_rate,
    other_thing_left_out,
    rate_said_included,
)
from tools.calculator_rate_unread_counts import count_unread_by_rates
from tools.calculator_whose_share_55c import whose_share
from tools.rate_add_on_total import (
    asks_add_on_alone,
    asks_total_including,
    asks_total_with_add_on,
    said_as_added,
)
from tools.rate_charged_separately import (
    charged_separately,
    said_separate_cut,
    tax_said_separate,
)

__all__ = ["rate_expression", "refuse_further_cut_on_unsaid_sale"]

# A number as the calculator writes it after normalising, not part of a longer figure.
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d)")
# Digit groups joined by hyphens ("110-345-678901", "4518-2231"): an account, card or
# phone number is never an operand.
_IDENTIFIER = LazyPattern(r"\d+(?:-\d+){2,}|\d{4}(?:\s\d{4}){1,3}(?!\d)")
# A figure that names a thing, no amount of it (calc65): "4대보험" (the social insurances),
# "3대 질환", "1층", "3월분", "2번째", "3학년", "2호선". "4대보험 9% 더 떼면" asked alone
# was read 4 less 9% (3.64); with no amount left the rule declines (the step routes on).
_LABEL_FIGURE = LazyPattern(
    r"(?<![\d.])\d+(?=\s*대\s*(?:보험|질환|질병|암|은행|기업|명절|도시)|층|월(?![급세])|번째|학년|등급|호실|호선|회차)"
)
#: A figure naming a thing is no amount (switched off in tests).
USE_LABEL_FIGURE = True
# A rate with 더 and a verb that neither cuts nor raises ("10% 더 내면", "10% 더 받으면"):
# the amount moves, but whether the new amount or the extra is asked is unsaid; never a
# share read as the answer (calc65: "월세 50만원인데 10% 더 내면 얼마" was 50,000원).
# ("10% 더하면" adds it: a rise, read as one.)
RATE_THEN_MORE = LazyPattern(r"\d\s*(?:%|퍼센트|프로)\s*(?:만\s*)?더\s*(?!하|해|했)[가-힣]")
_PERCENT_AFTER = LazyPattern(r"\s*(?:%|퍼센트|프로|percent\b|pct\b)", re.I)
_YEARS_AFTER = LazyPattern(r"\s*(?:년|years?\b)", re.I)
# Words after a rate that cut the amount by it, or raise it.
_CUT = LazyPattern(
    # ("10% 쿠폰 쓰면", "a 15% coupon": a coupon for a percent takes it off, wrongs61.)
    r"^[^\d]{0,12}?(?:할인|깎|내리|내려|내린|떨어|줄어|줄면|인하|세일|떼|뗀|공제|쿠폰|off\b|discount"
    r"|coupon|voucher|cut\b"
    r"|drops?\b|falls?\b|decrease|lower|less\b|cheaper|deduct|withh[oe]ld)",
    re.I,
)
# A cut named just before its rate: "통신사 할인 12% 받으면", "세일 20%", "a discount of 15%".
_CUT_BEFORE = LazyPattern(
    r"(?:할인|세일|discount(?:\s+of)?)\s*(?:율|률|rate)?\s*(?:은|는|이|가|is)?\s*$", re.I
)
# A rise named just before its rate: "186,000 won plus 10% tip" is the amount with the
# tip on top, not the tip alone; "my plan goes up 12%" (redteam23) is the new price too.
# "the landlord is raising it 4%", "hiking the rent by 5%" (set 49 got the rise alone).
RAISED_BY_VERB = (
    r"|\b(?:rais(?:e|es|ing)|hik(?:e|es|ing)|bump(?:s|ing)?)"
    r"\s+(?:it|that|the\s+\w+)?\s*(?:up\s+)?(?:by)?"
)
_RISE_BEFORE = LazyPattern(
    r"(?:\bplus|\badd(?:ing)?|\+|\b(?:goes|go|went|is\s+going)\s+up(?:\s+by)?"
    r"|\b(?:rises?|rose|increases?|increased|is\s+raised|was\s+raised)(?:\s+by)?"
    + RAISED_BY_VERB
    + r")\s*(?:an?\s+)?$",
    re.I,
)
# ("a 25% deposit up front" pays a share now, no rise: turns27's venue got 1,800 x 1.25.)
_RISE = LazyPattern(
    # ("20% 더 올리면", "5% 올려서": the raising verb too, wrongs61 — was 20% of it.)
    r"^[^\d]{0,12}?(?:오르|올라|오른|올리|올려|올린|인상|늘어|늘면|늘리|증가|raise|rise|rises|increase"
    r"|goes\s+up"
    r"|up\b(?!\s*front))",
    re.I,
)
# The share itself is asked even after a cut word: "할인 금액", "how much do I save".
_ASKS_SHARE = LazyPattern(
    r"할인\s*(?:금액|액)|얼마\s*(?:나\s*)?(?:할인|깎)|아끼|절약|\bsav(?:e|ing)", re.I
)
# The amount before the moves is asked: the price is what is left after them. "what was
# it before the sale" and "the price before" ask it too (turns26: 96 after 25% off was
# answered 72, the cut applied once more, for 128).
_ASKS_ORIGINAL = LazyPattern(
    r"원래\s*(?:가격|값|금액|얼마)|원가|정가|(?:할인|세일)\s*(?:전|前)|인상\s*전|before\s+the\s+"
    r"(?:discount|raise|increase|cut|sale|markdown)|original(?:ly)?\b|used\s+to\s+cost"
    r"|\bprice\s+before\b|\bwas\s+it\s+before\b",
    re.I,
)
# The original price said with its figure ("original 150", "원래 가격 15만원", "정가는
# 5만원"): given, not asked (wrongs61: "… then another 10% off, original 150, final?"
# was divided by the cuts, 208.33).
_ORIGINAL_GIVEN = LazyPattern(
    # ("the price before tax is 60": a tax word between, calc64 — 60 / 1.08 was given.)
    r"\s*(?:(?:the\s+)?(?:tax|taxes|vat|gst|hst|discount|sale|markdown|raise|increase|cut)\s*)?"
    r"(?:price|cost|amount)?\s*(?:is|was|of|at|:|=|은|는|이|가|이었는데|인데)?\s*"
    r"(?:\$|₩)?\s*\d",
    re.IGNORECASE,
)
#: The add-on alone asked is its share, never the amount with it (switched off in tests).
USE_ADD_ON_ALONE = True


def _asks_original(text: str) -> bool:
    """Whether the price before the moves is asked (an "original" with its figure is given)."""
    return any(
        not (USE_ORIGINAL_GIVEN and _ORIGINAL_GIVEN.match(text, found.end()))
        for found in _ASKS_ORIGINAL.finditer(text)
    )


#: An "original" said with its figure is given, not asked (switched off in tests).
USE_ORIGINAL_GIVEN = True

# One month of a yearly interest is asked ("한달 이자", "매달 이자", "monthly interest").
_ASKS_MONTH = LazyPattern(
    r"(?:한|1)\s*달|매\s*달|매월|월\s*이자|monthly|(?:a|per|each)\s+month", re.I
)
# The rate is itself monthly ("월 1%", "월이율", "1% a month"): no division then.
_MONTHLY_RATE = LazyPattern(r"월\s*(?:이율|이자율|금리)?\s*\d|%\s*(?:a|per)\s+month", re.I)
_INTEREST = LazyPattern(r"이자|interest", re.I)
# A request that divides, counts or compares needs more than one amount: not this rule.
# (A second figure, a count of people or months, already fails the one-amount test.)
_OTHER_OPERATION = LazyPattern(
    # ("my share", "her share" name one person's part, no sharing out: calcwrongs55.)
    r"나누|나눠|split|divid|(?<!\bmy\s)(?<!\bher\s)(?<!\bhis\s)(?<!'s\s)shared?\b|per\s+person"
    r"|인당|각자",
    re.I,
)


# "거기서 또 10%", "another 10%" with no cut or rise said: the rate repeats a move of an
# earlier turn, whose kind the words leave out; never a share of the amount (wrongs61).
REPEATED_RATE = LazyPattern(
    r"(?:또|추가로?|(?<![가-힣])더|\banother|\ban\s+extra|\ba\s+further)\s*\d+(?:\.\d+)?\s*%",
    re.IGNORECASE,
)

# "8만원짜리 세일가에 또 10% 할인": a further cut on a sale price whose own cut is unsaid;
# with one rate the amount may be the list price or the sale price (wrongs61 probe).
FURTHER_ON_SALE_PRICE = LazyPattern(
    r"(?:할인|세일)\s*(?:가격?|된\s*가격)\s*(?:에서|에|서)\s*(?:또|추가로?|더|다시)"
    r"|\b(?:another|an?\s+extra|a\s+further|an\s+additional)\b[^.?!]*\b(?:on|off)\s+(?:the\s+)?"
    r"(?:sale|discounted|reduced)\s+price",
    re.IGNORECASE,
)

_PERCENT = LazyPattern(r"\d\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)


def refuse_further_cut_on_unsaid_sale(text: str) -> None:
    """Decline "정가는 12만원인데 세일가에서 또 10% 할인": a further cut on a sale price whose
    own cut is never said (the one percent is the further cut; the sale's is missing).

    Raises:
        ToolInputError: when the text cuts further from a sale price and says one percent
            at most.
    """
    if FURTHER_ON_SALE_PRICE.search(text) and len(_PERCENT.findall(text)) < 2:
        raise ToolInputError(f"{text!r} cuts further from a sale price it does not give")


#: An amount said to hold its rate ("115 includes 15% gst") is never the rate's base
#: (switched off in tests).
USE_INCLUDED_NOT_BASE = True

#: The price without a charge asked is never its share, nor the amount divided when the
#: charge is said to be outside it (switched off in tests).
USE_WITHOUT_CHARGE = True
#: A verb of raising or cutting before the amount, "by" before the rate (set 53; switched
#: off in tests).
USE_MOVED_BY_VERB = True


def _fmt(value: str) -> str:
    return value.rstrip("0").rstrip(".") if "." in value else value


def rate_expression(text: str) -> str | None:
    """Read one amount with its rates as an expression, or ``None`` if the rule does not fit.

    Args:
        text: A request already normalised by the calculator (numerals as digits,
            currency markers removed), e.g. "42000000에서 5% 오르면 얼마 돼".

    Returns:
        An arithmetic expression such as "42000000 * (1 + 5 / 100)", or ``None``.
    """
    s = _IDENTIFIER.sub(" ", text)
    if USE_LABEL_FIGURE:
        s = _LABEL_FIGURE.sub(" ", s)
    if _OTHER_OPERATION.search(s) or count_unread_by_rates(s):
        return None  # (a count in words is no figure: the one amount would drop it)
    amounts: list[str] = []
    rates: list[tuple[str, str]] = []  # (rate, the words after it up to the next figure)
    years: list[str] = []
    figures = list(_FIGURE.finditer(s))
    # After the amount (the first figure that is no rate or count of years), a total is
    # asked ("84000 came to, what's the total with a 10% tip"); before it, one is named.
    after_amount = next(
        (
            s[m.end() :]
            for i, m in enumerate(figures)
            if not _PERCENT_AFTER.match(s, m.end()) and not _YEARS_AFTER.match(s, m.end())
        ),
        "",
    )
    for i, m in enumerate(figures):
        rest = s[m.end() : figures[i + 1].start() if i + 1 < len(figures) else len(s)]
        percent = _PERCENT_AFTER.match(rest)
        if percent:
            before = s[figures[i - 1].end() if i else 0 : m.start()]
            cut_before = "할인" if _CUT_BEFORE.search(before) else ""
            # "raising my 2400 rent by 3.5%, new rent?": the verb before the amount (set 53).
            by_verb = moved_by_verb(s, figures[i - 1].start(), before) if i else None
            if by_verb == "unclear" and USE_MOVED_BY_VERB:
                return None  # neither the new amount nor the change asked: which, unsaid
            if not cut_before and by_verb in ("rise", "cut") and USE_MOVED_BY_VERB:
                cut_before = "인상" if by_verb == "rise" else "할인"
            if not cut_before and _RISE_BEFORE.search(before):
                cut_before = "인상"
            elif not cut_before and asks_total_with_add_on(
                after_amount, before, rest[percent.end() :]
            ):
                cut_before = "인상"  # "the total with a 10% tip": the tip on top
            elif (
                not cut_before
                and said_as_added(before, rest[percent.end() :])
                and not (USE_ADD_ON_ALONE and asks_add_on_alone(after_amount))
            ):
                # "with a 10% booking fee", "10% 붙으면": put on top (unless the fee alone
                # is asked: "80 dollar meal with 15% tip, whats the tip", wrongs61).
                cut_before = "인상"
            elif not cut_before and charged_separately(rest[percent.end() :]):
                cut_before = "인상"  # "부가세 10% 별도": paid on top of the price
            elif (
                not cut_before
                and tax_said_separate(s, m.start(), m.end() + percent.end())
                and not asks_add_on_alone(after_amount)
            ):
                cut_before = "인상"  # "부가세 별도 11만원인데 세율 10%면 얼마": on top (calc64)
            rates.append((m.group(), cut_before + rest[percent.end() :]))
        elif _YEARS_AFTER.match(rest):
            years.append(m.group())
        else:
            amounts.append(m.group())
    if len(amounts) != 1 or not rates or len(years) > 1:
        return None
    if rate_then_another_item(s):
        return None  # "add 10% tax and a 3 dollar fee": 3 is no base (turns51)
    amount = amounts[0]
    moved = all(_CUT.search(after) or _RISE.search(after) for _, after in rates)
    if _INTEREST.search(s) and not moved:
        taxed = tax_taken_off_interest(s, rates)  # "1년 이자 세금 15.4% 떼고": tax off it
        after_tax = "" if taxed is None else f" * {taxed[1]}"
        rates = rates if taxed is None else taxed[0]
        if len(rates) != 1:
            return None
        if not years and _ASKS_MONTH.search(s) and not _MONTHLY_RATE.search(s):
            return f"{amount} * {_fmt(rates[0][0])} / 100 / 12{after_tax}"
        span = years[0] if years else "1"
        return f"{amount} * {_fmt(rates[0][0])} / 100 * {span}{after_tax}"
    if years:
        return None  # a count of years without interest: compounding, a model's to read
    moves: list[str] = []
    for rate, after in rates:
        if _CUT.search(after) and not _ASKS_SHARE.search(s):
            moves.append(f"(1 - {_fmt(rate)} / 100)")
        elif _RISE.search(after):
            moves.append(f"(1 + {_fmt(rate)} / 100)")
        elif len(rates) == 1 and (whose := whose_share(s)) is not None:
            # "룸메가 55% 내면 내 몫은", "she pays 60%, whats her share": whose part is asked.
            if whose != "rest":  # the payer's own part, or no part named (declined)
                return None if whose == "unclear" else f"{amount} * {_fmt(rate)} / 100"
            moves.append(f"(1 - {_fmt(rate)} / 100)")
        elif len(rates) == 1 and asker_pays_rest_of_covered_share(s):
            moves.append(f"(1 - {_fmt(rate)} / 100)")  # "insurance covers 80%, what do I pay"
        elif len(rates) == 1:
            # "what is it including tax": the share alone is not what is asked; nor is it
            # when the price without the charge is ("price before tax?", calc wrongs 60q).
            if asks_total_including(s) or (USE_WITHOUT_CHARGE and asks_price_without_charge(s)):
                return None
            if USE_INCLUDED_NOT_BASE and (rate_said_included(s) or other_thing_left_out(s)):
                # "115 includes 15% gst, excluding delivery": not 17.25; "the 45 doesn't
                # include 8% tax, excluding delivery": a charge with no figure, not 3.6.
                return None
            if REPEATED_RATE.search(s):
                return None  # "거기서 또 10%": another of the earlier move, not 10% of it
            if RATE_THEN_MORE.search(s):
                return None  # "10% 더 내면 얼마": the new amount or the extra, unsaid
            return f"{amount} * {_fmt(rate)} / 100"
        else:
            return None  # a share among several rates: which one is asked is unclear
    if len(rates) == 1 and FURTHER_ON_SALE_PRICE.search(s):
        return None  # the sale price's own cut unsaid: 80000 is list or sale price
    # (With two rates "tip 18% before tax" says where the tip goes, not what is asked.)
    rises = len(moves) == 1 and "+" in moves[0]
    # ("total including a 5% tip?" asks the total with it: not said to be inside the amount.)
    if USE_INCLUDED_NOT_BASE and rises and rate_said_included(s) and not asks_total_including(s):
        return None  # "paid 99 with 10% tip included, the meal alone?": never 99 with it on
    inside = included_rate(s) if USE_INCLUDED_NOT_BASE and len(moves) > 1 else None
    if inside is not None and f"(1 + {_fmt(inside)} / 100)" in moves:
        # "the price with 8% tax is 54, how much is it with 10% tax": the 8% is inside the
        # 54, never put on it again before the 10% (64.152 was given; coordinator, 62).
        return None
    if (
        USE_WITHOUT_CHARGE
        and rises
        and not _asks_original(s)
        and asks_price_without_charge(said_separate_cut(s))  # "80 excl. VAT …": said (calc64)
    ):
        return None  # "44 with 10% tax, before tax?": never 44 with the tax on (48.4)
    if (
        USE_WITHOUT_CHARGE
        and len(rates) == 1
        and charge_outside_amount(s)
        and asks_price_without_charge(said_separate_cut(s))  # "costs 60 not including …"
    ):
        return None  # "45 plus 8% tax, price before tax": 45 itself (calc wrongs 60q)
    if _asks_original(s):
        return f"{amount} / ({' * '.join(moves)})"
    return " * ".join([amount, *moves])
