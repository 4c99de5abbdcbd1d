"""A conversion answered with the question's own figure in the asked unit (2.5 cups: "2.5 g").

Why this exists: asked "how many grams is 2 and a half cups of flour" (set 37; a cup of
flour has no one weight, so code declines and the step reaches a model), the embedded
model answered "2 and a half cups of flour is approximately 2.5 grams." The figure is
the question's, carried over unconverted: no conversion between two different units
leaves a number as it was, so such a reply is no answer, whatever the right one is.

Narrow on purpose: the question must ask for one figure in another unit (how many B is
N A, N A in B, N A는 몇 B, N A를 B로), both units must be ones the unit table knows and
differ, and the reply must state N in the asked unit. Where the table can convert the
pair and N comes out as N (-40 °C is -40 °F), the reply stands.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from core.errors import ToolInputError
from tools.units import convert_units, unit_symbol

__all__ = ["unconverted_figure"]

_NUM = r"[-−]?\d+(?:[.,]\d+)?(?:\s+and\s+an?\s+(?:half|quarter))?"
_WORD = r"[A-Za-z°][\w°/]*|[가-힣]+"
_ASKED = (
    # how many grams is 2 and a half cups (of flour)
    re.compile(
        rf"how\s+many\s+(?P<t>{_WORD})\s+(?:is|are|in|make|would\s+be)\s+(?P<v>{_NUM})\s*"
        rf"(?P<f>{_WORD})",
        re.IGNORECASE,
    ),
    # 2.5 cups (of flour) in grams / to grams / into grams
    re.compile(
        rf"(?P<v>{_NUM})\s*(?P<f>{_WORD})(?:\s+of\s+\w+)?\s+(?:in|to|into)\s+(?P<t>{_WORD})",
        re.IGNORECASE,
    ),
    # 밀가루 2컵은 몇 그램 / 2컵을 그램으로 (a Korean unit with its particle glued on)
    re.compile(
        rf"(?P<v>{_NUM})\s*(?P<f>{_WORD})(?![\w°/])\s*"
        r"(?:몇\s*(?P<t>[A-Za-z°][\w°/]*|[가-힣]+)"
        r"|(?P<t2>[A-Za-z°][\w°/]*|[가-힣]+?)(?:으로|로)(?![가-힣]))"
    ),
)
# Spans of time are left out: their figures are clock times as often as amounts ("9시
# 5분부터 2시 5분까지 몇 시간?" is rightly answered "5시간").
_TIME = frozenset({"s", "min", "h", "d", "wk"})

# A figure and the word after it in a reply.
_STATED = re.compile(r"(?<![\d.,])([-−]?\d+(?:[.,]\d+)?)\s*([A-Za-z°][\w°/]*|[가-힣]+)")


def _unit(word: str) -> str | None:
    """The unit symbol ``word`` starts with: Korean endings are glued on ("그램이야", "km는")."""
    latin = re.match(r"[A-Za-z°][A-Za-z°/0-9]*", word)
    if latin is not None:
        return unit_symbol(latin.group(0))
    for end in range(len(word), 0, -1):
        symbol = unit_symbol(word[:end])
        if symbol is not None:
            return symbol
    return None


def _value(written: str) -> Decimal | None:
    number, _, fraction = written.partition(" and ")
    try:
        value = Decimal(number.replace(",", "").replace("−", "-"))
    except InvalidOperation:
        return None
    if "half" in fraction:
        value += Decimal("0.5")
    elif "quarter" in fraction:
        value += Decimal("0.25")
    return value


def _asked_conversion(question: str) -> tuple[Decimal, str, str] | None:
    """(figure, from symbol, to symbol) of a one-figure conversion the question asks."""
    for pattern in _ASKED:
        m = pattern.search(question)
        if m is None:
            continue
        target = m.groupdict().get("t") or m.groupdict().get("t2") or ""
        source, to = _unit(m["f"]), _unit(target)
        value = _value(m["v"])
        if source and to and source != to and value is not None and not {source, to} & _TIME:
            return value, source, to
    return None


def _same_figure(value: Decimal, source: str, to: str) -> bool:
    """Whether converting ``value`` from ``source`` to ``to`` leaves it as it is."""
    try:
        result = convert_units(value, source, to)
    except ToolInputError:
        return False  # a pair the table cannot convert (a cup into grams): never the same
    return result.value == value


def unconverted_figure(reply: str, question: str) -> str | None:
    """Why ``reply`` is no answer to the conversion ``question`` asks, or ``None``."""
    asked = _asked_conversion(question)
    if asked is None:
        return None
    value, source, to = asked
    for m in _STATED.finditer(reply):
        if _value(m[1]) != value or _unit(m[2]) != to:
            continue
        if _same_figure(value, source, to):
            return None
        return f"gave the question's {m[1]} back unconverted as {m[0]!r}"
    return None
