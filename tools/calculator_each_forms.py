"""A price for one thing (or one share) and a count, said the way people shop and split.

Found on the twelfth unseen set. Each form matches a whole normalised request (numerals
as digits, currency markers removed, the asking words at the end cut off) and gives an
expression over its figures; a figure the form does not place makes it no match:

- the price of one serving or piece, then how many ("1인분 18000인데 4인분 시키면");
- a price paid each time, times the count ("12000씩 5번 탔으면");
- a total for N people when the question asks for each one's part ("210000 for 6
  people, how much each"): the request must say each / per person, since the words
  cut off at the end may have held it;
- a price each and how many are needed ("89000 each and i need 3, total");
- a count at a price each plus a fee ("3 pizzas at 19900 each plus 3000 delivery"), or
  without one ("5 burgers at 8000 each": the request must say each, since the trimmed
  text has lost the word);
- a count of boxes of a count of things, asked how many things ("3 boxes of 24 cans,
  how many cans").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_form_table import ASKS_EACH, FormRow, first_form_expression
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B
from tools.calculator_split_per_head import split_per_head_expression
from tools.korean_numbers import normalize_numerals

__all__ = ["each_expression"]

_C = r"(?P<c>\d+(?:\.\d+)?)"
_KO_UNITS = r"(?:인분|개|잔|병|장|벌|판|마리|그릇|켤레|권|박스|상자)"
_PER_ONE_THEN_COUNT = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*)?1\s*(?P<u>{_KO_UNITS})\s*(?:에|당|이|은|는|가)?\s*{_A}\s*"
    r"(?:원|짜리)?\s*(?:인데|이고|이면|이니까|라서)?\s*,?\s*"
    rf"{_B}\s*(?P=u)\s*(?:시키면|사면|주문하면|먹으면|이면|면|하면|하고)?\s*(?:총|전부|다|모두)?\s*$"
)
_EACH_TIME_KO = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*)?{_A}\s*원?\s*씩\s*{_B}\s*(?:번|회)\s*"
    r"(?:탔으면|타면|했으면|하면|썼으면|쓰면|냈으면|내면|갔으면|가면|이면|면)?\s*$"
)
# "조카 5명한테 세뱃돈 30000원씩 주면 총": an amount given to each of N people (set 39).
_GIVEN_TO_EACH_KO = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*)?{_A}\s*명\s*(?:한테|에게|한테다|께)\s*(?:[가-힣]{{1,8}}\s*)?"
    rf"{_B}\s*원?\s*씩\s*(?:주면|나눠\s*주면|주려면|돌리면|보내면|드리면|줬으면|주니까)?"
    r"\s*(?:총|전부|다|모두|합쳐서)?\s*$"
)
# "a taxi to the airport is 58500 for 3 of us": what the total is for may take a few
# words more than its noun (fifteenth unseen set; three words allowed missed it).
_TOTAL_FOR_PEOPLE = LazyPattern(
    rf"^(?:[a-z]+\s+){{0,6}}(?:came\s+to|comes\s+to|was|is|cost|costs|totall?ed)\s+{_A}\s+"
    rf"for\s+{_B}\s+(?:people|persons|ppl|friends|of\s+us)\b[^\d]*$",
    re.IGNORECASE,
)
_EACH_AND_NEED = LazyPattern(
    # "t-shirts are 12500 each": a hyphenated name is words, not a subtraction.
    rf"^(?:[a-z]+(?:-[a-z]+)*\s+){{0,4}}{_A}\s+(?:each|apiece|a\s+piece)\s*,?\s*(?:and|but)?\s*"
    rf"(?:i|we)\s+(?:need|want|buy|get|am\s+getting|are\s+getting)\s+{_B}\s*[,.]?\s*"
    r"(?:in\s+total|total|how\s+much(?:\s+in\s+total)?|what(?:'s|\s+is)\s+the\s+total)?\s*$",
    re.IGNORECASE,
)
_COUNT_AT_EACH_PLUS_FEE = LazyPattern(
    rf"^{_A}\s+[a-z]+\s+at\s+{_B}\s+(?:each|apiece)\s*,?\s*plus\s+(?:a\s+)?{_C}\s*"
    r"(?:[a-z]+\s*){0,2}[,.]?\s*(?:in\s+total|total|how\s+much|what(?:'s|\s+is)\s+the\s+total)?\s*$",
    re.IGNORECASE,
)
# "3 large pizzas at 16.99 and a 5 dollar off coupon" (set 39): a count at a price each, less
# an amount off the whole order (never a percent: "a 5% coupon" is not read here).
_COUNT_AT_EACH_LESS_COUPON = LazyPattern(
    rf"^{_A}\s+(?:[a-z]+\s+){{1,2}}at\s+{_B}\s*(?:each|apiece)?\s*,?\s*"
    r"(?:and|with|plus|minus|but|then)?\s*(?:i\s+have\s+|we\s+have\s+|use\s+)?(?:a|an|one)\s+"
    rf"{_C}\s*(?:dollars?|bucks)?\s*(?:-?\s*off\s+)?(?:coupon|voucher)\b\s*[,.]?\s*"
    r"(?:in\s+total|total|how\s+much|what(?:'?s|\s+is)\s+the\s+total)?\s*$",
    re.IGNORECASE,
)
_COUNT_AT_EACH = LazyPattern(
    rf"^{_A}\s+[a-z]+\s+at\s+{_B}\s*(?:each|apiece)?\s*[,.]?\s*"
    r"(?:in\s+total|total|how\s+much|what(?:'s|\s+is)\s+the\s+total)?\s*$",
    re.IGNORECASE,
)
_SAYS_EACH = LazyPattern(r"\b(?:each|apiece|a\s+piece)\b", re.IGNORECASE)
_BOXES_OF_THINGS = LazyPattern(
    rf"^(?:[a-z]+\s+){{0,3}}{_A}\s+[a-z]+\s+of\s+{_B}\s+(?P<thing>[a-z]+)\s*[,.]?\s*"
    r"how\s+many\s+(?P=thing)\b[^\d]*$",
    re.IGNORECASE,
)


_PRODUCT = "{a} * {b}"
# Tried in this order. "5 burgers at 8000 each" must say each: the trimmed text has lost
# the word; "210000 for 6 people" must ask for each one's part.
_ROWS: tuple[FormRow, ...] = (
    (_PER_ONE_THEN_COUNT, _PRODUCT, None),
    (_EACH_TIME_KO, _PRODUCT, None),
    (_GIVEN_TO_EACH_KO, _PRODUCT, None),
    (_EACH_AND_NEED, _PRODUCT, None),
    (_BOXES_OF_THINGS, _PRODUCT, None),
    (_COUNT_AT_EACH_PLUS_FEE, "{a} * {b} + {c}", None),
    (_COUNT_AT_EACH_LESS_COUPON, "{a} * {b} - {c}", None),
    (_COUNT_AT_EACH, _PRODUCT, _SAYS_EACH),
    (_TOTAL_FOR_PEOPLE, "{a} / {b}", ASKS_EACH),
)


def each_expression(text: str, asked: str) -> str | None:
    """An expression for ``text`` when one of the forms above reads it, else None.

    Args:
        text: The normalised request, its asking words at the end cut off.
        asked: The request as the user wrote it (the words cut off included).
    """
    # "66만 원인데 22명이면 1인당 얼마야": the share of one, read before its "1인당 얼마" is
    # cut off as the asking words (the rest read as a product once: 14,520,000원).
    per_head = split_per_head_expression(normalize_numerals(asked))
    return per_head or first_form_expression(_ROWS, text, asked)
