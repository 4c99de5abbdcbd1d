"""Word problems the calculator reads as arithmetic: purchases, shares and instalments.

Found by the fourth unseen set ("피자 한 판에 23,000원인데 세 판 시키면", "Concert tickets
are $42 each. How much for 7?", "36개월 할부로 하면 한 달에", "48 students and 18 are
absent. What percentage is absent?"). Like :data:`tools.calculator_forms.VERB_FORMS`, each
form matches a whole, already normalised request (numerals as digits, currency markers
removed) and gives a template over its operands; ``tools.calculator`` tries these after
the verb forms.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER

__all__ = ["FUEL_FOR_DISTANCE", "PERCENT_SHARE", "WORD_PROBLEM_FORMS", "YEAR_OF_SHARE"]

_NUM = NUMBER
_A = rf"(?P<a>-?{_NUM})"
_B = rf"(?P<b>-?{_NUM})"
#: The template for the share a part is of a whole, in percent.
PERCENT_SHARE = "{b} / {a} * 100"
#: The template for the fuel a distance takes at a distance per unit of fuel.
FUEL_FOR_DISTANCE = "{b} / {a}"
#: A monthly amount's share over a year ("rent is 1,850 … split three ways … a whole year").
YEAR_OF_SHARE = "{a} / {b} * 12"
# "사면", "시키면": buying or ordering so many.
_BUY = r"(?:\s*(?:을|를))?\s*(?:사면|시키면|주문하면|이면|면)?"
WORD_PROBLEM_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "2400000인데 계약금 30% 먼저 내면 계약금": a part of the amount by a rate, named.
    # ("룸메가 55% 내면" names who pays, never a part: tools.calculator_whose_share_55c.)
    (
        re.compile(
            rf"^{_A}\s*(?:인데|이고|이면)\s*,?\s*(?P<what>[가-힣]{{1,4}})(?<!가)\s*(?:으로|로|을|를)?\s*{_B}\s*%"
            r"\s*(?:를|을)?\s*(?:먼저\s*)?(?:내면|주면|걸면|넣으면|잡으면)\s*(?P=what)?(?:은|는)?$"
        ),
        "{a} * {b} / 100",
    ),
    # "1판에 23000인데 3판 시키면": the price of one of something, times a count of it.
    (
        re.compile(
            rf"^1\s*(?P<u>[가-힣]{{1,2}})\s*(?:에|당)\s*{_A}\s*(?:인데|이면|이고|,)?\s*,?\s*{_B}\s*(?P=u)"
            + _BUY
            + "$"
        ),
        "{a} * {b}",
    ),
    # "5000짜리 3개랑 2300짜리 4개 사면 모두": two unit prices, each times its count.
    (
        re.compile(
            rf"^{_A}\s*짜리\s*(?:[가-힣A-Za-z]+\s*)?{_B}\s*[가-힣]{{1,2}}\s*(?:와|과|하고|이랑|랑|,)\s*"
            rf"(?P<c>{_NUM})\s*짜리\s*(?:[가-힣A-Za-z]+\s*)?(?P<d>{_NUM})\s*[가-힣]{{1,2}}"
            + _BUY
            + r"\s*(?:모두|전부|총|합쳐서)?$"
        ),
        "{a} * {b} + {c} * {d}",
    ),
    # "Concert tickets are 42 each. How much for 7": a price each, times a count.
    (
        re.compile(
            rf"^.*?\b(?:are|is|cost|costs|at)\s+{_A}\s*(?:each|apiece|a\s+piece|per\s+[a-z]+)\s*[.,]?"
            rf"\s*how\s+much\s+(?:is\s+it\s+|are\s+they\s+|would\s+it\s+be\s+)?for\s+{_B}"
            r"(?:\s+(?:of\s+them|[a-z]+))?$",
            re.I,
        ),
        "{a} * {b}",
    ),
    # "rent is 1,850 and we split it three ways, what do i pay over a whole year": a share
    # of a monthly amount (rent, or "a month" said) over the year asked (calc60, set 51).
    (
        re.compile(
            r"^(?=.*(?:\brent\b|\b(?:a|per|each|every)\s+month\b|\bmonthly\b|/\s*mo\b))"
            rf".*?\b(?:costs?|is|was|comes\s+to|runs?)\s+{_A}\b[^.?\d]*?\b"
            rf"(?:split|divided|shared)\s+(?:it\s+|that\s+|this\s+)?{_B}\s+ways\b[^\d]*?"
            r"\b(?:(?:over|for|in)\s+(?:a|the|one)\s+(?:whole\s+|full\s+)?year|(?:a|per)\s+year"
            r"|annually|yearly)\b[^\d]*$",
            re.I,
        ),
        YEAR_OF_SHARE,
    ),
    # "We spent 156 on groceries, split 3 ways": a share each (no other period asked after
    # it: "split 3 ways, what do i pay a year" is no share of the month, calc60).
    (
        re.compile(
            rf"^.*?\b(?:spent|paid|costs?|is|was|came\s+to|comes\s+to)\s+{_A}\b[^.?\d]*?\b"
            rf"(?:split|divided|shared)\s+{_B}\s+ways\b"
            r"(?![^\d]*\b(?:years?|yearly|annual(?:ly)?|weeks?|weekly)\b)[^\d]*$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "1080000을 36개월 할부로 하면 한 달에": a price paid in equal monthly instalments.
    (
        re.compile(
            rf"^{_A}\s*(?:을|를)?\s*{_B}\s*개월\s*(?:무이자\s*)?(?:할부|분할\s*납부|분납)\s*(?:로|으로)?"
            r"\s*(?:하면|내면|결제하면|사면|갚으면)?\s*(?:(?:1|한)\s*달에|월|매달|매월)?$"
        ),
        "{a} / {b}",
    ),
    # "There are 48 students and 18 are absent. What percentage is absent": the share in %.
    (
        re.compile(
            rf"^.*?\b{_A}\s+[a-z ]{{0,30}}?\band\s+{_B}\s+(?:of\s+them\s+)?(?:are|were|is|was)\b"
            r"[^\d?]*?[.,]?\s*what\s+(?:percent|percentage|%|share)\b[^\d]*$",
            re.I,
        ),
        PERCENT_SHARE,
    ),
    # "My car does 12 km per litre. How many litres for a 300 km trip": a distance over
    # the distance one unit of fuel covers (the distance unit is already taken out).
    (
        re.compile(
            rf"^.*?\b(?:does|gets|goes|runs|makes|travels|covers|averages)\s+{_A}\s*"
            r"(?:per|a|an|/|to\s+the)\s*(?P<v>litre|liter|l|gallon|gal)s?\b[^\d?]*[.,]?\s*"
            r"how\s+many\s+(?P=v)s?\b[^\d]*?\bfor\s+(?:an?\s+|the\s+)?"
            rf"{_B}\b[^\d]*$",
            re.I,
        ),
        FUEL_FOR_DISTANCE,
    ),
    # "my salary is 4200 a month. How much is 12% of it": a rate of the one amount stated.
    (
        re.compile(
            rf"^.*?\b(?:is|was|are|earn|make|get|pay|costs?|came\s+to)\s+{_A}\b[^.?\d%]*[.,]?\s*"
            rf"(?:how\s+much|what)(?:\s+is|'s)?\s+{_B}\s*%\s+of\s+(?:it|that|this)$",
            re.I,
        ),
        "{a} * {b} / 100",
    ),
)
