"""English follow-ups that restate one figure in chat words, said as "make it N".

The follow-up rules read "make it 6" and "make it 25%" (one figure of the previous
request set anew). People type the same change with a remark around it:

- a count alone after a lead-in ("scratch that, just 4", "nah, only 3", "ok we'll take 5
  then"): the count of a price × count request set anew (``count_said_alone``; "make it
  4" would be read as the price, the first figure);
- a rate with the noun it is a rate of ("nah, 20% tip", "service was great, let's tip
  25% then", "let's leave a 22% tip instead"): "make it 20%", when the previous request
  names that noun and holds exactly one percentage;
- a new interest rate stated as a fact ("the bank down the street pays 4.65", "the credit
  union offers 4.2%", "my bank just raised it to 3.1%"): "make it 4.65%", when the
  previous request is about interest and holds exactly one percentage.

Anything else is returned as it is: a remark with a second figure, a noun the previous
request never named, or a rate after a request without one is no such restatement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["count_said_alone", "restated_as_change"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_PERCENT = LazyPattern(r"\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)
_LEAD = (
    r"(?:(?:scratch\s+that|never\s*mind|no\s+wait|wait|nah|nope|no|actually|hmm+|ok(?:ay)?"
    r"|oh|oops|sorry|on\s+second\s+thought|change\s+of\s+plans?)\s*[,.!]*\s*)*"
)
_TAIL = r"\s*(?:then|instead|please|now)?\s*[?.!]*\s*$"
# "scratch that, just 4", "nah, only 3", "ok we'll take 5 then", "let's do 7 instead"
_COUNT_ALONE = LazyPattern(
    rf"^\s*{_LEAD}(?:(?:just|only)\s+(?:do\s+|get\s+|take\s+|order\s+)?|make\s+(?:it|that)\s+"
    r"(?:just\s+)?|(?:we|i)\s+(?:only\s+)?(?:need|want)\s+(?:just\s+|only\s+)?|(?:let'?s|we'?ll|i'?ll)"
    rf"\s+(?:just\s+)?(?:do|get|take|order|buy)\s+(?:just\s+)?)(?P<n>\d+){_TAIL}",
    re.IGNORECASE,
)
# "nah, 20% tip", "service was great, let's tip 25% then", "let's leave a 22% tip"
_RATE_OF_NOUN = LazyPattern(
    rf"^\s*(?:[^,\d]{{1,60}},\s*)?{_LEAD}(?:(?:let'?s|we'?ll|i'?ll)\s+(?:just\s+)?)?"
    rf"(?:(?P<verb>tip|leave|do|go\s+with)\s+(?:a\s+)?)?(?P<r>{_N})\s*(?:%|percent)"
    rf"\s*(?P<noun>tip|tax|discount|off|interest)?"
    # "… since the service was great": a reason after the rate, with no figure.
    rf"(?:\s*,?\s+(?:since|because|as|cause|cuz)\b[^\d]*?)?{_TAIL}",
    re.IGNORECASE,
)
# "the bank down the street pays 4.65", "my bank just raised it to 3.1%"
_RATE_AS_FACT = LazyPattern(
    r"^\s*(?:and\s+|but\s+|so\s+)?(?:the|my|our|a|another|their)\s+(?:[a-z'-]+\s+){0,5}?"
    r"(?:pays|offers|gives|has|is\s+at|is\s+paying|is\s+offering|(?:just\s+)?(?:raised|"
    r"lowered|cut|dropped|bumped|moved|changed)\s+(?:it|the\s+rate|theirs|its\s+rate)\s+to)"
    rf"\s+(?P<r>{_N})\s*(?:%|percent)?(?:\s+(?:interest|apr|apy|a\s+year|per\s+year))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_INTEREST = LazyPattern(r"\binterest\b|\bAPR\b|\bAPY\b|\bCD\b|\bsavings\b", re.IGNORECASE)


def _one_percentage(steps: Sequence[str]) -> bool:
    return bool(steps) and len(_PERCENT.findall(steps[-1])) == 1


def restated_as_change(text: str, steps: Sequence[str]) -> str:
    """``text`` said as "make it N" (or "make it N%") when it restates one figure.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        "make it 4" for "scratch that, just 4", or ``text`` unchanged.
    """
    if not steps or len(_FIGURE.findall(text)) != 1:
        return text
    rate = _RATE_OF_NOUN.match(text)
    if rate is not None and _one_percentage(steps):
        noun = rate["noun"] or (
            rate["verb"] if rate["verb"] and rate["verb"].lower() == "tip" else ""
        )
        if noun and not re.search(rf"\b{re.escape(noun)}", steps[-1], re.IGNORECASE):
            return text  # "20% off" after a tip: not the rate the request named
        if noun or rate["verb"]:
            return f"make it {rate['r']}%"
    fact = _RATE_AS_FACT.match(text)
    if fact is not None and _one_percentage(steps) and _INTEREST.search(steps[-1]):
        return f"make it {fact['r']}%"
    return text


# The previous request worked out as one price times one count ("17.5 * 6").
_PRICE_TIMES_COUNT = LazyPattern(rf"^\s*\(?\s*(?P<a>{_N})\s*\*\s*(?P<b>{_N})\s*\)?\s*$")


def count_said_alone(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "scratch that, just 4" after "beans are 17.50 a bag, how much for 6 bags": 4 bags.

    Only when the previous request was one price (with decimals) times one whole count, so
    the figure replaced is the count; two whole figures ("12 each, we need 5") leave no
    way to tell which one the turn means, and the turn keeps its model.
    """
    count = _COUNT_ALONE.match(text)
    if count is None or not steps:
        return None
    # Imported here: the calculator's tables load only when a follow-up may need them.
    from tools.calculator import to_expression

    try:
        expression, _unit = to_expression(steps[-1])
    except ToolInputError:
        return None
    product = _PRICE_TIMES_COUNT.match(expression)
    if product is None:
        return None
    whole = [f for f in (product["a"], product["b"]) if "." not in f]
    if len(whole) != 1 or whole[0] == count["n"]:
        return None
    said = [m for m in re.finditer(rf"(?<![\d.,]){whole[0]}(?![\d.,]\d)", steps[-1])]
    if len(said) != 1:
        return None  # the count is not written once as it is: no place to change it
    start, end = said[0].span()
    changed = steps[-1][:start] + count["n"] + steps[-1][end:]
    return [*steps[:-1], changed], f"{whole[0]} → {count['n']}"
