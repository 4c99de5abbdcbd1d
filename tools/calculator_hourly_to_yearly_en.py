"""An hourly wage and hours a week, asked per year: wage × hours × weeks (52 unless said).

"I make 18.50 an hour and work 40 hours a week, what's that a year at 52 weeks" went to the
cloud tier (blind set 33). A question with a wage per hour, hours per week and "a year" /
"per year" / "annually" asked (with "at N weeks" when the asker says how many weeks are
worked) is wage × hours × weeks: 38,480. A tax said as taken off ("with 20% tax", "after 25%
tax") is taken off that (calcwrongs55); any other figure in the sentence (a raise) makes it
another question, and nothing is read here.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["hourly_to_yearly"]

_N = r"\$?(?P<{}>\d[\d,]*(?:\.\d+)?)"
_WAGE = LazyPattern(
    r"\b(?:make|earn|get(?:\s+paid)?|paid|pays?|wage\s+is|rate\s+is)\s+"
    + _N.format("w")
    + r"\s*(?:dollars?\s+)?(?:an|a|per|/)\s*(?:hour|hr)\b",
    re.IGNORECASE,
)
# A wage said first with no verb: "28 an hour full time is what per year" (set 46).
_WAGE_FIRST = LazyPattern(
    r"^\s*(?:(?:if\s+)?(?:i\s+)?(?:make|earn|get)\s+)?"
    + _N.format("w")
    + r"\s*(?:dollars?\s+|bucks\s+)?(?:an|a|per|/)\s*(?:hour|hr)\b",
    re.IGNORECASE,
)
# "full time" (or "full-time"), with no hours said, is taken as 40 hours a week (set 46).
_FULL_TIME = LazyPattern(r"\bfull[\s-]?time\b", re.IGNORECASE)
_FULL_TIME_HOURS = "40"
_HOURS = LazyPattern(
    _N.format("h") + r"\s*(?:hours?|hrs?)\s+(?:a|per|each|every|/)\s*week\b", re.IGNORECASE
)
_YEAR = LazyPattern(
    r"\b(?:a|per|each|every|in\s+a)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE
)
_WEEKS = LazyPattern(
    r"\b(?:at|for|over|with)\s+" + _N.format("n") + r"\s*(?:working\s+)?weeks?\b", re.IGNORECASE
)
# A tax taken off the pay, said with its rate: "with 20% tax", "after a 25% tax", "minus 15%
# taxes", "20% tax taken out", "taxed at 22%" (calcwrongs55: "28 an hour full time with 20%
# tax, what per year" is 28 x 40 x 52 x 0.8). "before tax" asks the pay before it: no read.
_TAX = r"(?P<{}>\d+(?:\.\d+)?)\s*%\s*(?:in\s+)?(?:income\s+)?tax(?:es)?"
_TAX_TAKEN = LazyPattern(
    r"\b(?:with|after|minus|less|net\s+of)\s+(?:an?\s+)?"
    + _TAX.format("t")
    + r"\b|"
    + _TAX.format("t1")
    + r"\s+(?:taken\s+(?:out|off)|off|withheld|deducted)\b"
    r"|\btaxed\s+at\s+(?P<t2>\d+(?:\.\d+)?)\s*%",
    re.IGNORECASE,
)
_BEFORE_TAX = LazyPattern(r"\bbefore\b[^.?!]{0,20}\btax|\bpre-?tax\b|\bgross\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
_WEEKS_A_YEAR = "52"


def hourly_to_yearly(question: str) -> str | None:
    """``wage * hours * weeks`` for such a question, else None.

    Args:
        question: The question with its numerals as digits.
    """
    wage = _WAGE.search(question) or _WAGE_FIRST.search(question)
    hours = _HOURS.search(question)
    full_time = hours is None and _FULL_TIME.search(question) is not None
    if wage is None or (hours is None and not full_time) or not _YEAR.search(question):
        return None
    weeks = _WEEKS.search(question)
    tax = _TAX_TAKEN.search(question)
    if tax is not None and _BEFORE_TAX.search(question):
        return None  # a rate said and the pay before it asked: which is meant is unsaid
    if len(_FIGURE.findall(question)) != (3 if weeks else 2) - full_time + (tax is not None):
        return None
    n = weeks["n"] if weeks else _WEEKS_A_YEAR
    per_week = _FULL_TIME_HOURS if hours is None else hours["h"]
    yearly = f"{wage['w'].replace(',', '')} * {per_week} * {n.replace(',', '')}"
    return yearly if tax is None else f"{yearly} * (1 - {tax['t'] or tax['t1'] or tax['t2']} / 100)"
