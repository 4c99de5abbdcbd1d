"""An exchange rate set in a sentence of its own before the question it is for.

"1달러=1,400원 기준으로 계산해줘. 삼만오천원짜리 4개 사면 얼마야" and "환율 1달러 1,350원이라고
치고. 사과 한박스 4만5천원인데 세박스면 얼마" first fix a rate, then ask a sum in won. The
rule: when the turn opens with a sentence that only states a dollar rate in won (no other
figure, nothing but "on this basis" words), the question after it is answered on its own,
in won; the rate stays in the turn's text for a later "달러로는?" (see
``tools.followup_edits``). When the question names dollars itself, converting is part of
it and this rule leaves it alone: answering in won would answer something else.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["STATED_RATE", "question_after_stated_rate"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_DOLLAR = r"(?:달러|불|usd|dollars?)"
_WON = r"(?:원|won|krw)"
#: A dollar rate in won: "1달러=1,400원", "환율 1달러 1,350원", "1 dollar = 1,400 won".
STATED_RATE = (
    rf"(?:환율\s*(?:은|는|이|:)?\s*)?(?:1|one|a)\s*{_DOLLAR}\s*(?:=|:|에|당|은|는|이|is)?\s*"
    rf"{_FIGURE}\s*{_WON}"
)
# The rate sentence: the rate, the words saying "take this as the basis", then the end of
# the sentence ("." or "," before the question).
_RATE_SENTENCE = LazyPattern(
    rf"^\s*(?:(?:let'?s\s+say|say|assume|assuming|at|using)\s+)?(?P<rate>{STATED_RATE})\s*"
    r"(?:기준(?:으로)?|으로|로|(?:이)?라고|(?:이)?면)?\s*"
    r"(?:치고|하고|잡고|가정하고|하자|치자|계산해\s*(?:줘|주세요|줄래)|계산하면)?\s*"
    r"(?:[.,!]|\s-\s)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_NAMES_DOLLARS = LazyPattern(rf"{_DOLLAR}|\$", re.IGNORECASE)


def question_after_stated_rate(text: str) -> str | None:
    """The question after a leading rate sentence, or None when the turn has none.

    Args:
        text: One turn, NFKC-normalised ("1달러=1,400원 기준으로 계산해줘. 삼만오천원짜리 4개 …").

    Returns:
        The rest of the turn ("삼만오천원짜리 4개 사면 얼마야"), or None when the turn does
        not open with a rate sentence, or the rest names dollars (a conversion the rest
        asks for), or the rest has nothing left to compute.
    """
    match = _RATE_SENTENCE.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    if not rest or _NAMES_DOLLARS.search(rest):
        return None
    return rest
