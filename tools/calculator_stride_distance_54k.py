"""A distance walked from a stride and a count of steps: "보폭 70cm면 만보 걸으면 몇키로" is
70 cm x 10,000 = 7 km (set 45).

No reader read a stride, and the numerals reader leaves "만보" as a word (and misreads
"만오천보" as "10005천보"), so the step count is read here from the question as typed.
Read only when a stride (보폭) in cm or m, one count of steps (보, 걸음) and the distance
in km or m are asked; no other figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.korean_numbers import parse_number

__all__ = ["distance_from_stride", "distance_from_stride_en", "read_steps", "steps_span"]

_N = r"\d+(?:\.\d+)?"
_STRIDE = LazyPattern(
    rf"보폭\s*(?:이|은|가|을)?\s*(?P<s>{_N})\s*(?P<u>cm|센치|센티|센티미터|m|미터)(?![a-z])",
    re.IGNORECASE,
)
# "만보", "만오천보", "1만5천 걸음", "12,000보", "8천보" (not "보폭" itself).
_STEPS = LazyPattern(
    r"(?<![\d가-힣,.])(?P<n>\d[\d,]*(?:\.\d+)?\s*만?\s*(?:\d+\s*천)?"
    r"|[일이삼사오육칠팔구십백천만\d]*[만천][일이삼사오육칠팔구십백천\d]*)\s*(?:보|걸음)(?!폭)"
)
_ASKED = LazyPattern(r"몇\s*(?P<u>키로|킬로|km|킬로미터|미터|m)(?![a-z])", re.IGNORECASE)
_FIGURE = LazyPattern(rf"(?<![\d.]){_N}")
_TO_CM = {"cm": 1, "센치": 1, "센티": 1, "센티미터": 1, "m": 100, "미터": 100}


def read_steps(said: str) -> Decimal | None:
    """A count of steps said in digits or words ("만오천", "1만5천", "12,000"), or ``None``."""
    text = said.replace(",", "").replace(" ", "")
    if text.startswith("만"):
        text = "1" + text  # "만오천": ten thousand and five thousand
    try:
        return parse_number(text)
    except ToolInputError:
        return None


_STRIDE_EN = LazyPattern(
    rf"\bstride(?:\s+length)?\s+(?:is\s+|of\s+|=\s*)?(?:about\s+)?(?P<s>{_N})\s*"
    r"(?P<u>cm|centimeters?|centimetres?|m|meters?|metres?)\b",
    re.IGNORECASE,
)
_STEPS_EN = LazyPattern(r"(?<![\d.])(?P<n>\d[\d,]*)\s*steps\b", re.IGNORECASE)
_ASKED_EN = LazyPattern(
    r"how\s+(?:many|far)\s*(?:in\s+)?(?P<u>km|kilomet(?:er|re)s?|meters?|metres?|m)\b",
    re.IGNORECASE,
)


def distance_from_stride_en(expression: str) -> tuple[str, str] | None:
    """``("70 * 1 * 10000 / 100000", "km")`` asked in English, or ``None``.

    "if my stride is 70cm how many km is 10000 steps": one stride, one count of steps and
    the distance asked in km or m; no other figure.
    """
    stride, asked = _STRIDE_EN.search(expression), _ASKED_EN.search(expression)
    steps = list(_STEPS_EN.finditer(expression))
    if stride is None or asked is None or len(steps) != 1:
        return None
    if len(_FIGURE.findall(expression.replace(",", ""))) != 2:
        return None  # a figure beside the stride and the steps
    unit = stride["u"].lower()
    cm = f"{stride['s']} * {1 if unit.startswith('c') else 100}"
    count = steps[0]["n"].replace(",", "")
    if asked["u"].lower().startswith("k"):
        return f"{cm} * {count} / 100000", "km"
    return f"{cm} * {count} / 100", "m"


def distance_from_stride(expression: str) -> tuple[str, str] | None:
    """``("70 * 10000 / 100000", "km")`` for the distance walked, or ``None``.

    Args:
        expression: The question as typed (its step count still in words).
    """
    stride, steps = _STRIDE.search(expression), list(_STEPS.finditer(expression))
    asked = _ASKED.search(expression)
    if stride is None or asked is None or len(steps) != 1:
        return None
    count = read_steps(steps[0]["n"])
    if count is None or count <= 0:
        return None
    rest = expression[: stride.start()] + expression[stride.end() :]
    if _FIGURE.search(rest.replace(steps[0]["n"], " ", 1)):
        return None  # a figure beside the stride and the steps
    cm = f"{stride['s']} * {_TO_CM[stride['u'].lower()]}"
    if asked["u"].lower() in ("미터", "m"):
        return f"{cm} * {count} / 100", "m"
    return f"{cm} * {count} / 100000", "km"


def steps_span(expression: str) -> tuple[int, int] | None:
    """Where the count of steps stands in a question this module reads, or ``None``.

    For a follow-up ("만오천보면?") that says another count of steps.
    """
    if distance_from_stride(expression) is None:
        return None
    steps = _STEPS.search(expression)
    return None if steps is None else (steps.start("n"), steps.end("n"))
