"""A reading that uses the second of two amounts listed together and drops the first.

"rent is 1,450 and utilities run 210 a month, what's that for a year" was read as
"210 * 12" and answered "2,520" (the twenty-fourth unseen set): a form that reads "N a
month … for a year" skipped everything before the last figure, so the rent listed with
the utilities was never used. "gym is 40 and the pool 25 a month", "phone 55 plus
internet 45 a month" were read the same way. Two figures joined by a list word ("and",
"plus", 이랑, 랑, 하고) with nothing else between them but words are items of one sum;
a reading that keeps the later one and leaves the earlier one out answers another
question, so the calculator declines it (and the step goes on to a tier that can read it).

Only that direction is refused: a form built for the later figure is what skips a lead-in.
A percentage is no item ("at 5% and 300 a month": a rate the reading may fold in).
"""

from __future__ import annotations

import re

from tools.calculator_figure_counts import equal_pair_read_as_one
from tools.calculator_forms_ko_52a import PACK_COUNT_KO, PACK_MEASURE_KO
from tools.calculator_units import spans_in_minutes
from tools.expression_figures import figure_value, figures_used

__all__ = ["dropped_listed_amount"]

# Two figures and, between them, a stretch of words (no figure) holding a list word.
# (A digit glued to a letter is a unit's or a name's, no amount: "m2", "A4"; so is one
# hyphened to a word, which describes a thing: "a 10-lap session".)
_LISTED = re.compile(
    r"(?<![\d.A-Za-z])(?P<first>\d+(?:\.\d+)?)(?!\s*%)(?![\d.])(?!-[A-Za-z])"
    r"(?P<between>[^\d%]{0,40}?)"
    r"(?P<second>\d+(?:\.\d+)?)(?![\d.])(?!\s*%)"
)
# A typed "+" lists too: "15.49 + 10.99 + 7.99 a month for a year" was read 7.99 * 12.
# What a pack holds ("생수 2L 6병짜리", "라면 5개묶음"): no item of the sum (opens56k). A
# bare measure ("2kg") is a pack's only right before the pack's count or its price.
_PACK = re.compile(
    rf"{PACK_COUNT_KO}|(?:{PACK_MEASURE_KO})"
    r"(?=\s+\d+\s*(?:원|(?:개|병|캔|봉지|봉|팩|롤|구)\s*(?:묶음|짜리|들이|입|세트)))"
)
_LIST_WORD = re.compile(r"\b(?:and|plus)\b|&|\+|(?:이랑|랑|하고)(?=\s)", re.IGNORECASE)


def dropped_listed_amount(question: str, expression: str) -> str | None:
    """The earlier of two listed figures of ``question`` when ``expression`` drops only it.

    Args:
        question: The question with its numerals as digits (``normalize_numerals``).
        expression: The expression a form read from it.

    Returns:
        The dropped figure as written, or ``None`` when every listed pair is used whole
        (or the later figure is not used either: then the reading is about something else).
    """
    used = figures_used(expression)
    question = _PACK.sub(lambda m: "_" * len(m[0]), question)
    in_minutes = spans_in_minutes(question)
    if in_minutes != question and all(
        figure_value(m) in used for m in re.findall(r"(\d+(?:\.\d+)?) min", in_minutes)
    ):
        # "1시간 45분 + 2시간 30분 + 50분" read as 105 + 150 + 50 (set 56): each span used
        # whole, in minutes; its hours and minutes are no listed figures dropped.
        question = in_minutes
    position = 0
    while (match := _LISTED.search(question, position)) is not None:
        # The next pair may start at this one's second figure ("40 and 25 plus 10").
        position = match.start("second")
        if not _LIST_WORD.search(match["between"]):
            continue
        first, second = figure_value(match["first"]), figure_value(match["second"])
        if first is None or second is None or first == 0:
            continue
        # (Counted, not looked up: "phone 30 and internet 30 a month" states 30 twice.)
        if second in used and (
            first not in used or equal_pair_read_as_one(expression, first, second)
        ):
            return match["first"]
    return None
