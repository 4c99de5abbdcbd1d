"""Whether a reply to a word problem gives a figure of its own.

"A doctor sees one patient every 12 minutes. How many patients from 9:00 to 12:00?"
was answered by the small model with a made-up illness that only repeated the
question's "12 minutes". A question that states its figures and asks for a count or
an amount needs an answer holding a number the question did not: without one, the
reply did not answer (the output guard then escalates it once or flags it degraded).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.errors import ToolInputError
from core.text import ENGLISH_DIGITS, KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.calculator import calculate
from tools.priced_bare_list_en import bare_priced_list

__all__ = ["gives_no_new_figure", "wrong_working"]

# Asks for a count or an amount.
_ASKS_QUANTITY = re.compile(
    r"\bhow\s+(?:many|much|long|far|old)\b|\bwhat\s+is\s+the\s+(?:total|sum|number)\b"
    r"|몇|얼마|총\s*(?:몇|얼마)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*")
# A word problem states figures of its own: at least this many.
_STATED_FIGURES = 2
_SPELLED = frozenset(
    {*ENGLISH_DIGITS, *KOREAN_COUNT_FORMS, *KOREAN_NATIVE_DIGITS}
    | {"ten", "eleven", "twelve", "fifteen", "twenty", "hundred", "thousand"}
)
_WORD = re.compile(r"[A-Za-z]+|[가-힣]+")


def _figures(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _FIGURE.finditer(text)}


def gives_no_new_figure(text: str, question: str) -> bool:
    """True when ``question`` is a word problem asking for a quantity and ``text`` holds
    no number (in digits or words) that the question did not already state."""
    stated = _figures(question)
    # (A bare list of things at prices asks its sum with no question word: set 36's
    # "round of 4 pints at 5.80" got a reply about "rounding", its figures all the question's.)
    asks = _ASKS_QUANTITY.search(question) is not None or bare_priced_list(question)
    if len(stated) < _STATED_FIGURES or not asks:
        return False
    if _figures(text) - stated:
        return False
    question_words = {w.lower() for w in _WORD.findall(question)}
    return not any(
        w.lower() in _SPELLED and w.lower() not in question_words for w in _WORD.findall(text)
    )


# Working a reply shows: "5 × $120 = $625", "3 * 120 = 360", "25,000원 ÷ 4 = 6,250원".
# Operands carry at most a currency sign or word; the result is the first figure after "=".
_OPERAND = r"(?:\$\s*)?\d[\d,]*(?:\.\d+)?\s*(?:원|달러|dollars?|won|%)?"
_OPERATOR = r"\s*[-+×x*÷/·]\s*"
_WORKING = re.compile(
    # Not the tail of a date, time or phone number ("2026-12-25", "10:30", "02-555").
    rf"(?<![\d.,:/\-])(?P<expr>{_OPERAND}(?:{_OPERATOR}{_OPERAND})+)\s*=\s*(?P<result>(?:\$\s*)?-?\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)
_OPERATORS = {"×": "*", "x": "*", "X": "*", "·": "*", "÷": "/"}


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[^\d.\-]", "", text))
    except InvalidOperation:
        return None


def _recomputed(expression: str) -> Decimal | None:
    plain = re.sub(r"(?:원|달러|dollars?|won|\$)", "", expression, flags=re.IGNORECASE)
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", plain)
    plain = "".join(_OPERATORS.get(ch, ch) for ch in plain)
    if "%" in plain:
        return None  # "20% × 5" reads several ways; only plain working is checked.
    try:
        return calculate(plain).value
    except ToolInputError:
        return None


def wrong_working(text: str) -> str | None:
    """The first piece of working in ``text`` whose stated result is not what it computes.

    A small model answering "and for 5 days?" after "$120 per night, 3 nights" wrote
    "$625": when a reply shows its sum ("5 × $120 = $625"), code recomputes it, and a
    wrong figure is never shown as the answer.

    Returns:
        "5 × $120 = $625 (it is 600)", or ``None`` when every shown sum holds (or none is shown).
    """
    for match in _WORKING.finditer(text):
        if re.search(r"\d-\d+-\d|\d:\d", match.group(0)):
            continue  # a date or a time written with hyphens or colons, not a sum
        stated = _number(match["result"])
        actual = _recomputed(match["expr"])
        if stated is None or actual is None:
            continue
        # The reply may round: a difference within its last shown digit is not an error.
        places = len(match["result"].split(".", 1)[1]) if "." in match["result"] else 0
        if abs(actual - stated) <= Decimal(1).scaleb(-places) / 2 + Decimal("1e-9"):
            continue
        shown = f"{actual.normalize():f}" if actual == actual.to_integral() else f"{actual:.4g}"
        return f"{match.group(0).strip()} (it is {shown})"
    return None
