"""What percent a part is of a whole, said "X out of Y" or "Y명 중에 X명".

"I got 18 out of 24 right on the quiz, what percent is that" and "우리반 32명 중에 8명이
안경 썼으면 몇퍼센트야" were not read (blind set 33; both went to the cloud tier). A question
with exactly these two figures, the part said "out of"/"중에" the whole, that asks for a
percentage, is the part over the whole × 100 (75%, 25%). Any third figure (a price, a date)
makes it another question, and nothing is read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["income_share_part_span", "share_of_income", "share_out_of", "share_part_span"]

_N = r"\d[\d,]*(?:\.\d+)?"
_EN = LazyPattern(rf"\b(?P<b>{_N})\s+(?:out\s+of|of\s+the)\s+(?P<a>{_N})\b", re.IGNORECASE)
# A tip said on the bill it was left on (opens52c): "i left a 9 dollar tip on a 60 dollar
# meal", "tipped 12 on an 80 bill", "a $7 tip for a $50 tab"; "what percent is 9 of 60".
_WHOLE = r"(?:meal|bill|check|cheque|tab|dinner|lunch|order|haircut|ride|fare|delivery|total)"
_TIP_ON_EN = LazyPattern(
    rf"(?:\btipped\s+\$?(?P<b>{_N})|\$?(?P<b2>{_N})\s*(?:dollars?|bucks?)?\s+tip)\s+"
    rf"(?:on|for)\s+(?:a|an|the|our|my)?\s*\$?(?P<a>{_N})\s*(?:dollars?|bucks?)?\s+{_WHOLE}\b"
    rf"|\bwhat\s+(?:percent|percentage)\s+is\s+\$?(?P<b3>{_N})\s+of\s+\$?(?P<a3>{_N})\b",
    re.IGNORECASE,
)
_KO = LazyPattern(
    rf"(?P<a>{_N})\s*(?P<u>[가-힣]{{0,2}}?)\s*(?:중에서|중에|중|가운데)\s*(?P<b>{_N})\s*(?P=u)?"
)
_ASKS_PERCENT = LazyPattern(
    r"\bwhat\s+(?:percent|percentage|%)|\bhow\s+many\s+percent|\bas\s+a\s+percent"
    r"|몇\s*(?:퍼센트|프로|%)|퍼센트|백분율|비율",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def share_out_of(question: str) -> str | None:
    """``part / whole * 100`` when ``question`` asks what percent a part is; else None.

    Args:
        question: The question with its numerals as digits.
    """
    if not _ASKS_PERCENT.search(question) or len(_FIGURE.findall(question)) != 2:
        return None
    said = _EN.search(question) or _KO.search(question)
    tip = _TIP_ON_EN.search(question) if said is None else None
    if tip is not None:
        part = (tip["b"] or tip["b2"] or tip["b3"]).replace(",", "")
        whole = (tip["a"] or tip["a3"]).replace(",", "")
    elif said is None:
        return None
    else:
        part, whole = said["b"].replace(",", ""), said["a"].replace(",", "")
    if float(whole) == 0 or float(part) > float(whole):
        return None  # "30 out of 20" is no share of a whole
    return f"{part} / {whole} * 100"


def share_part_span(question: str) -> tuple[int, int] | None:
    """Where the part stands in a question :func:`share_out_of` reads (for a follow-up)."""
    said = _EN.search(question) or _KO.search(question)
    return None if said is None else said.span("b")


# What percent of one's income an expense takes, the two named (opens56e, set 47): "rent
# is 2100 and i take home 6800 a month, what % of my income goes to rent" is 2100 / 6800 x
# 100. The expense must be the thing the question names ("goes to rent"); two periods
# said of the figures ("a week" and "a month") make it another question.
_INCOME = LazyPattern(
    rf"\b(?:take\s*-?\s*home|bring\s+home|make|earn|net|clear)\s+\$?(?P<a>{_N})"
    rf"|\b(?:income|take\s*-?\s*home(?:\s+pay)?|salary|pay|paycheck)\s+(?:is|of)\s+\$?(?P<a2>{_N})",
    re.IGNORECASE,
)
_EXPENSE = LazyPattern(
    rf"\b(?P<thing>[a-z]+)\s+(?:is|are|costs?|runs?(?:\s+me)?|comes\s+to)\s+\$?(?P<b>{_N})", re.I
)
_ASKS_SHARE_OF_INCOME = LazyPattern(
    r"\bwhat\s+(?:%|percent|percentage|share|part)\s+of\s+(?:my|our|the)\s+"
    r"(?:income|pay|salary|take\s*-?\s*home(?:\s+pay)?|paycheck|earnings)\s+"
    r"(?:goes\s+(?:to|on)|is\s+spent\s+on|is\s+going\s+to|do\s+i\s+spend\s+on|is)\s+"
    r"(?:the\s+|my\s+|our\s+)?(?P<asked>[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE,
)
_PERIOD_SAID = LazyPattern(r"\b(week|month|year)s?\b|\b(week|month|year)ly\b", re.IGNORECASE)


def share_of_income(question: str) -> str | None:
    """``expense / income * 100`` for the share of income an expense named takes; else None.

    Args:
        question: The question with its numerals as digits.
    """
    read = _income_share(question)
    if read is None:
        return None
    spent, income = read
    part, whole = spent["b"].replace(",", ""), (income["a"] or income["a2"]).replace(",", "")
    if float(whole) == 0 or float(part) > float(whole):
        return None
    return f"round({part} / {whole} * 100, 2)"  # a share of pay is told to the hundredth


def income_share_part_span(question: str) -> tuple[int, int] | None:
    """Where the expense stands in a question :func:`share_of_income` reads (a follow-up's)."""
    read = _income_share(question)
    return None if read is None else read[0].span("b")


def _income_share(question: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The expense named and the income said, when the turn asks the one's share of the other."""
    asked = _ASKS_SHARE_OF_INCOME.search(question)
    income = _INCOME.search(question)
    if asked is None or income is None or len(_FIGURE.findall(question)) != 2:
        return None
    # "goes to rent", "goes to the car payment": the expense by any word of the name asked.
    things = {word.rstrip("s") for word in asked["asked"].lower().split()}
    spent = [m for m in _EXPENSE.finditer(question) if m["thing"].lower().rstrip("s") in things]
    periods = {(m[1] or m[2]).lower() for m in _PERIOD_SAID.finditer(question)}
    if len(spent) != 1 or len(periods) > 1:
        return None
    return spent[0], income
