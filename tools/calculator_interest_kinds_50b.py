"""Simple interest asked as the amount held ("단리로 3년 두면 얼마"), and compound interest
named as such in English ("at 4% compound interest for 3 years").

Set 33: "천만원을 연 5% 복리로 3년 두면 얼마 돼" is read (11,576,250원), but the same sentence
with 단리 was not: the simple-interest form reads only the interest ("… 맡기면 이자") and a
total said "총 얼마". Put that way, "두면 얼마 돼" asks what the deposit becomes, as it does
of 복리: the principal plus the interest of each year, 10,000,000 + 10,000,000 x 5% x 3.

Found beside it: "5000 dollars at 4% compound interest for 3 years, how much do I end up
with" was answered $600.00, the simple-interest reading of "at B% interest … years" with the
word compound ignored. Compound interest named so is read here first: the amount grown
year by year (what one ends up with), or that less the principal when the interest is
asked. Anything else in the sentence (another figure, a month count) leaves it to the
older readers.
"""

from __future__ import annotations

import re

__all__ = ["compound_interest_named_en", "simple_interest_held_ko"]

_NUM = r"\d+(?:\.\d+)?"
# "10000000원을 연 5% 단리로 3년 두면 얼마 돼": no 이자 asked, so the amount held.
_SIMPLE_HELD_KO = re.compile(
    rf"^\s*(?P<a>{_NUM})\s*원?\s*(?:을|를)?\s*(?:연|1년에|일년에)?\s*(?P<b>{_NUM})\s*%\s*(?:의\s*)?"
    rf"(?:연\s*)?단리\s*(?:로|으로)?\s*(?P<c>{_NUM})\s*년\s*(?:동안|간)?\s*"
    r"(?:넣어\s*두면|두면|맡기면|예치하면|저축하면|넣으면)\s*"
    r"(?:총|총액|원리금|얼마|돼|되|야|나와|\s)*[?？.!~]*\s*$"
)
_COMPOUND_EN = re.compile(
    rf"^\D*?\$?\s*(?P<a>{_NUM})\s*(?:dollars?|bucks)?\s+(?:at|with)\s+(?P<b>{_NUM})\s*%\s*"
    rf"(?:a\s+year\s+|annual\s+|yearly\s+)?compound\s+interest\s*(?:a\s+year\s+)?"
    rf"(?:for|over)\s+(?P<c>{_NUM})\s+years?\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_INTEREST_ASKED_EN = re.compile(
    r"how\s+much\s+interest|(?:the|in)\s+interest\b|interest\s+(?:do|will|would|earned)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


def simple_interest_held_ko(digits: str) -> str | None:
    """``principal + principal x rate x years`` for "…단리로 3년 두면 얼마", or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    held = _SIMPLE_HELD_KO.match(digits.replace(",", ""))
    if held is None:
        return None
    return f"{held['a']} + {held['a']} * {held['b']} / 100 * {held['c']}"


def compound_interest_named_en(digits: str) -> str | None:
    """The amount grown (or its interest, when asked) at compound interest named so, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    named = _COMPOUND_EN.match(digits.replace(",", ""))
    if named is None or _FIGURE.search(named["rest"]):
        return None
    grown = f"{named['a']} * (1 + {named['b']} / 100) ** {named['c']}"
    if _INTEREST_ASKED_EN.search(named["rest"]):
        return f"{grown} - {named['a']}"
    return grown
