"""Follow-up rules set 43 added, each a whole-turn form with the change it makes.

- "make it 20% instead" after a 15% tip: the percent replaced, as "20% instead" is (set
  43's first run took 20% *of* the total, 5.406, because "it" read as a reference);
- "and if only 4 of us join" after "split 6 ways": four people in all, never four more
  (the first run split 16.99 ten ways);
- "5만원어치 넣으면 몇리터야?" after "리터당 1,689원인데 45리터 넣으면 얼마야": the budget over
  the price per litre, in litres (the first run put 50,000원 in the price's place and
  answered 2,250,000원);
- "천원 단위로 올려서 걷으면 얼마씩이야?": rounded up to a thousand, as "올림하면" reads;
- "10개 사면?" after the price of one, "what if i buy two" after one thing's price with its
  tax: that many at that price.

Rules that rewrite the turn hand it back to :func:`tools.followups.resolve_follow_up`,
imported when called: that module imports this one through the list of changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import ENGLISH_DIGITS
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_43",
    "budget_in_measure",
    "count_of_one_bought",
    "group_of_us",
    "made_instead",
    "rounded_up_to_unit",
]

Resolved = tuple[list[str], str] | None

_MADE_INSTEAD = re.compile(
    r"^\s*(?:(?:no|nah|actually|wait|ok|okay)\s*,?\s*)*(?:can\s+you\s+)?make\s+(?:it|that)\s+"
    r"(?P<what>.*?\d.*?)\s+instead\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _resolve(text: str, previous_steps: Sequence[str]) -> Resolved:
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, previous_steps)


def made_instead(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "make it 20% instead": the figure said replaces its own, as "20% instead" does.

    "it" here names the figure changed, not the previous result: the turn is never one
    more operation on the total.
    """
    made = _MADE_INSTEAD.match(text)
    if made is None:
        return None
    return _resolve(f"{made['what']} instead", previous_steps)


_NUMBER_WORDS = {w: d for w, d in ENGLISH_DIGITS.items() if int(d) >= 2}
_OF_US = re.compile(
    r"\b(?:only\s+|just\s+)?(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")\s+of\s+us\b"
    r"(?:\s+(?:join|joins|go|come|sign\s+up|are\s+in|in))?",
    re.IGNORECASE,
)


# A group said as a condition ("if only 4 of us join", "what if 3 of us"), the sentence
# ending there: "split that between the three of us" divides the result, and "two of us
# will skip the pairing" names a part of the group.
_GROUP_CUE = re.compile(r"\b(?:if|only|just)\b", re.IGNORECASE)
_ENDS_AFTER = re.compile(r"^\s*[?.!]*\s*$")


def group_of_us(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "and if only 4 of us join": a group of four people, said as "4 people".

    "N of us" counts the whole group; "join" after it is who takes part, never N more
    (that is "2 more join").
    """
    said = _OF_US.search(text)
    if said is None or re.search(r"\bmore\b|\banother\b|\bextra\b", text, re.I):
        return None
    if not _GROUP_CUE.search(text[: said.start()]) or not _ENDS_AFTER.match(text[said.end() :]):
        return None
    count = _NUMBER_WORDS.get(said["n"].lower(), said["n"])
    return _resolve(f"what if {count} people", previous_steps)


_PER_MEASURE = re.compile(
    r"(?P<m>리터|키로|킬로|kg)\s*당\s*(?P<p>\d[\d,]*(?:\.\d+)?)\s*원", re.IGNORECASE
)
_BUDGET = re.compile(r"\d[\d,]*(?:\.\d+)?\s*원(?!\s*당)")
_ASKED = re.compile(r"몇\s*(?P<m>리터|키로|킬로|kg)", re.IGNORECASE)


def budget_in_measure(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "5만원어치 넣으면 몇리터야?" after a price per litre: the budget at that price.

    The new step is the price clause of the previous request and the turn itself, which
    the calculator reads as the budget divided by the price, in the measure asked.
    """
    digits = normalize_numerals(text)
    asked = _ASKED.search(digits)
    if asked is None or len(_BUDGET.findall(digits)) != 1:
        return None
    prices = [p for s in previous_steps for p in _PER_MEASURE.finditer(normalize_numerals(s))]
    if len(prices) != 1:
        return None
    price = prices[0]
    step = f"{price['m']}당 {price['p']}원인데 {text.strip()}"
    return [step], f"{text.strip()} at {price['m']}당 {price['p']}원"


# "천원 단위로 올려서 걷으면 얼마씩이야?": rounded up to that unit, as "… 올림하면" is read.
_ROUNDED_UP = re.compile(
    r"^\s*(?:그럼\s*)?(?P<unit>(?:\d[\d,]*|[십백천만]+)\s*원?\s*단위\s*(?:로)?)\s*"
    r"(?:올려서|올리면|올려)\s*(?:걷으면|내면|받으면|모으면|나누면)?\s*(?:얼마씩?(?:이야|임|야)?)?\s*[?？]*\s*$"
)


def rounded_up_to_unit(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "천원 단위로 올려서 걷으면 얼마씩이야?": the share rounded up to a thousand won."""
    said = _ROUNDED_UP.match(text)
    if said is None:
        return None
    return _resolve(f"{said['unit'].strip()} 올림하면?", previous_steps)


# "10개 사면?" after the price of one ("한개에 얼마꼴", "개당 얼마"): that many at that price.
# ("사과 열두개 한박스 이만사천원이면 한개 얼마": one asked with no particle too, opens52c.)
_PRICE_OF_ONE_ASKED = re.compile(
    r"(?<![\d.])(?:한|1)\s*개\s*(?:에|당)?\s*(?:은|는)?\s*얼마|개당\s*얼마|하나에\s*얼마"
    r"|\bper\s+(?:piece|one|item)\b"
    r"|\beach\s*\??\s*$",
    re.IGNORECASE,
)
# "그 값으로 일곱개만 사면": the price kept said first, the count with 만/씩 (opens52c).
_BUYS_COUNT_KO = re.compile(
    r"^\s*(?:그럼\s*)?(?:(?:그|같은|이)\s*(?:값|가격|단가)\s*(?:으로|에|이면|으로만)\s*)?"
    r"(?P<n>\d+)\s*개\s*(?:만|씩|를|만\s*더)?\s*(?:사면|살면|사려면|주문하면|산다면|시키면)"
    r"\s*(?:얼마|얼마야|얼마임)?\s*[?？]*\s*$"
)
_BUYS_COUNT_EN = re.compile(
    r"^\s*(?:and\s+)?(?:what|how)\s+(?:if|about)\s+i\s+(?:buy|get|order)\s+"
    r"(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")(?:\s+of\s+them)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
# "and for two pairs", "and 2 of them?", "for 3 then" (unseen53, calc63): the count of the
# one thing priced said by slots, a lead, "for", the count and what it counts.
_COUNT_OF_THING_EN = re.compile(
    r"^\s*(?:(?:and|ok(?:ay)?|so|then|what\s+about|how\s+about)[\s,]+)*(?:for\s+)?"
    r"(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")"
    r"(?:\s+(?P<noun>of\s+(?:them|those|these|it)|pairs?|sets?|units?|pieces?|[a-z]{3,}))?"
    r"\s*(?:then|total|in\s+total|altogether)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# What says the one figure is the price of one thing: money written as money.
_PRICED_EN = re.compile(
    r"\$|\d\.\d\d\b|\b(?:dollars?|bucks|price|costs?|tax|each)\b", re.IGNORECASE
)
_PERIOD_NOUN = re.compile(
    r"(?:month|year|week|day|hour|night|minute|min|hr|yr|mo|wk|time)s?$", re.IGNORECASE
)
#: Off only in this rule's switch-off test.
USE_COUNT_OF_THING_EN = True


def _count_of_thing_en(text: str, step: str) -> str | None:
    """The count "and for two pairs" says of the one thing ``step`` prices, or None."""
    said = _COUNT_OF_THING_EN.match(text) if USE_COUNT_OF_THING_EN else None
    if said is None or not _PRICED_EN.search(step):
        return None
    noun = (said["noun"] or "").lower()
    generic = noun.startswith("of ") or noun.rstrip("s") in ("pair", "set", "unit", "piece")
    named = bool(noun) and noun.rstrip("s") in step.lower() and not _PERIOD_NOUN.match(noun)
    if not (generic or named):
        # A bare count ("what about 40") may be a rate or a span; "and for 18 months",
        # "and for 2 years" a span, never that many of the thing priced.
        return None
    return _NUMBER_WORDS.get(said["n"].lower(), said["n"])


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_PERCENT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*%")


def count_of_one_bought(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "10개 사면?" after the price of one asked; "what if i buy two" after one thing's price.

    The previous result is the price of one thing: the new step takes that many of it. In
    English the previous request must price one thing alone (one figure besides a percent),
    so "2 shirts at 20 each … what if i buy 3" is left to the rules that change the count.
    """
    if len(previous_steps) != 1:
        return None
    step = normalize_numerals(previous_steps[0])
    korean = _BUYS_COUNT_KO.match(normalize_numerals(text))
    english = _BUYS_COUNT_EN.match(text)
    if korean is not None and _PRICE_OF_ONE_ASKED.search(step):
        count = korean["n"]
    elif english is not None and len(_FIGURE.findall(_PERCENT.sub(" ", step))) == 1:
        count = _NUMBER_WORDS.get(english["n"].lower(), english["n"])
    elif len(_FIGURE.findall(_PERCENT.sub(" ", step))) == 1 and (
        said := _count_of_thing_en(text, step)
    ):
        count = said
    else:
        return None
    if int(count) < 2:
        return None
    return [*previous_steps, f"그걸 {count}배 하면"], f"the price of one × {count}"


CHANGES_43 = (made_instead, group_of_us, budget_in_measure, rounded_up_to_unit, count_of_one_bought)
