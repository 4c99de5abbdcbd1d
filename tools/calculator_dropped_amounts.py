"""A reading of a sum that uses none of the amounts of money the question states is none.

"소고기 600g 100g당 8,900원이면 얼마야" was read as "100 / 600" and answered "0원": a form
built for other words matched the weights and never used the price. Whatever form read
a question, when it states amounts of money (figures with 원, won, 달러, dollars or $)
the sum is about them; an expression that uses none of them answers another question,
so the calculator declines instead (and the step goes on to a tier that can read it).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.calculator_discounted_count import refuse_a_discounted_count
from tools.calculator_guards_50w_ko import refuse_unread_ko_words
from tools.calculator_listed_amounts import dropped_listed_amount
from tools.calculator_period_count_41 import refuse_a_dropped_period_count
from tools.calculator_unread_cues_50w_en import refuse_an_unread_cue_en
from tools.calculator_unread_cues_51w import refuse_unread_cues_51w
from tools.calculator_unread_cues_52w import refuse_unread_cues_52w
from tools.calculator_unread_cues_53x import refuse_unread_cues_53x
from tools.calculator_wrongs_65m import refuse_set57_wrongs
from tools.expression_figures import figure_value, figures_used
from tools.followup_trailing_reference import ends_pointing_back
from tools.korean_numbers import normalize_numerals
from tools.priced_crew_of import without_crew_size

__all__ = ["dropped_amount", "dropped_cents_price", "refuse_a_dropped_amount"]

# An amount of money in a question whose numerals are already digits ("8900원", "$12.50").
_MONEY = re.compile(
    r"\$\s*(?P<a>\d+(?:\.\d+)?)"
    r"|(?P<b>\d+(?:\.\d+)?)\s*(?:원|달러|won\b|dollars?\b|bucks\b)",
    re.IGNORECASE,
)


def dropped_amount(question: str, expression: str) -> str | None:
    """An amount of money ``question`` states, when ``expression`` uses none of them.

    One amount left out can be right ("치킨 19,000원 콜라 2,000원인데 치킨 두 마리면": a
    price list, partly bought); all of them left out cannot be a sum of money.

    Args:
        question: The question with its numerals as digits (``normalize_numerals``).
        expression: The expression a form read from it.

    Returns:
        The first amount as written, or ``None`` when some stated amount is used (or
        none is stated).
    """
    used = figures_used(expression)
    stated = [
        (match.group(0), value)
        for match in _MONEY.finditer(question)
        if (value := figure_value(match["a"] or match["b"])) is not None and value != 0
    ]
    if not stated or any(value in used for _, value in stated):
        return None
    return stated[0][0]


# An English price said to the cent with no currency mark ("i spend 5.40 on coffee"): two
# decimals, not a measure (miles, kg, hours, percent follow a measure).
_CENTS = re.compile(
    r"(?<![\d.,$])(?P<a>\d+\.\d{2})(?![\d.%])(?!\s*(?:%|°|x\b|[a-z]*(?:mi|mile|km|kg|lb|oz|gal|"
    r"hour|hr|min|sec|day|week|month|year|ml|cm|mm|ft|feet|inch|in\b|l\b|liter|litre|gram|g\b|"
    r"point|pt|star|degree|mph|kph|kwh|percent|times|x\b)))",
    re.IGNORECASE,
)
_HANGUL = re.compile(r"[가-힣]")
# A count of things asked ("how many packs do i need"), not of money: its reading needs no price.
_COUNT_ASKED = re.compile(
    r"\bhow\s+many\b(?!\s+(?:dollars|bucks|euros|pounds|cents|quid|usd|cad|aud)\b)", re.IGNORECASE
)
#: Whether a reading that uses no price said to the cent is declined (set 53).
USE_CENTS_DROPPED = True


def dropped_cents_price(question: str, expression: str) -> str | None:
    """A price said to the cent (no currency mark) in an English question, when
    ``expression`` uses none of them and no marked amount of money is stated.

    Set 53: "i spend 5.40 on coffee every workday, about 21 a month. whats that a year" was
    read "21 * 12" (252): a form for a count a month read the count and dropped the price,
    and ``dropped_amount`` saw no amount of money (no $ or dollars was typed).

    Args:
        question: The question as typed (numerals normalised drop the cents' last zero).
        expression: The expression a form read from it.
    """
    if not USE_CENTS_DROPPED or _HANGUL.search(question) or _MONEY.search(question):
        return None
    if _COUNT_ASKED.search(question):
        return None  # "a six-pack is 7.25, need 20 cans, how many packs": the price is not asked
    used = figures_used(expression)
    stated = [
        (match["a"], value)
        for match in _CENTS.finditer(question)
        if (value := figure_value(match["a"])) is not None and value != 0
    ]
    if not stated or any(value in used for _, value in stated):
        return None
    return stated[0][0]


def refuse_a_dropped_amount(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when the reading ``expression`` leaves out a stated amount."""
    # ("for a crew of 3" says what a rate buys: no amount left out; see priced_crew_of.)
    digits = without_crew_size(normalize_numerals(question))
    listed = dropped_listed_amount(digits, expression)
    if listed is not None:
        # "rent is 1,450 and utilities run 210 a month": one item of a listed sum left out.
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} leaves out "
            f"{listed}, listed with an amount it uses; write it with operators, "
            "e.g. '(1450 + 210) * 12'"
        )
    dropped = dropped_amount(digits, expression) or dropped_cents_price(question, expression)
    if dropped is not None:
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} leaves out "
            f"{dropped}; write it with operators, e.g. '8900 / 100 * 600'"
        )
    # "15% of 240 per month for a year", "80 with 20% off twice": a word that changes the
    # sum (a percent, twice, half, free months, a year of a monthly price) left unread.
    refuse_an_unread_cue_en(digits, expression)
    # "6개월 끊으면 15% 깎아준대": a discount with no price stated, only counts.
    refuse_a_discounted_count(question)
    # "한달 6만원인데 3개월 끊으면": the price of one month used, the 3 months left out.
    refuse_a_dropped_period_count(question, expression)
    # "평일 하루 만원씩 3주면", "소주 반병", "3명이 … 2년": a word that changes the sum unread.
    refuse_unread_ko_words(digits, expression)
    # "split 3 ways" unused, "the rest" asked of a share, "the second item", a "10k" as 10000.
    refuse_unread_cues_51w(question, expression)
    # "작년보다 15% 올랐대 작년엔", "2 weeks unpaid leave", "from a quarter full", "얼마 더 비싸".
    refuse_unread_cues_52w(question, expression)
    refuse_unread_cues_53x(question, expression)  # "2+1 행사", "returned two", a sign-up fee
    # "30% 할인이랑 얼마 차이나", "세후로는? 15.4%", "열이틀 일했는데" (blind57m).
    refuse_set57_wrongs(digits, expression)
    if ends_pointing_back(digits):
        # "50만 충전하면 25% 준다는데 그건?": the previous turn's question, of new figures;
        # the clause alone asks nothing (read alone it answered the bonus, not the total).
        raise ToolInputError(
            f"{question!r} asks the previous question again with new figures; it is no "
            "sum of its own"
        )
