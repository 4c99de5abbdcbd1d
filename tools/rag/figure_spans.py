"""A span written from one figure to another ("6일 전부터 3일 전까지") read as one range.

A refund table's row "이용일 6일 전부터 3일 전까지 | 결제 금액의 50%" covers every day
between: asked "5일 전에 취소하면", its row is the one that answers. Read figure by
figure it stated 6 days and 3 days, so 5 days was a figure no sentence stated and the
question was declined (blind set 39). Korean writes a span as "A부터 B까지" (or
"A에서 B까지", "A~B"), each end with its unit and an optional 전/후 ("days before"); English as
"from A to B <unit>" or "between A and B <unit>". Both ends must share the unit.

The span is read besides its two ends, not instead of them: "4월부터 10월까지만" also
reads "4월부터" as from April on, which lets "11월에 예식 가능?" reach that sentence, the
one that answers it (no: only April to October; held-out 33).
"""

from __future__ import annotations

import re

__all__ = ["spans_written"]

_NUM = r"\d+(?:\.\d+)?"
# "6일 전부터 3일 전까지", "1시간부터 3시간까지", "3일에서 5일까지" (ends in the same unit word).
_KO_SPAN = re.compile(
    rf"(?<![\d.])(?P<a>{_NUM})\s*(?P<unit>[가-힣]{{1,2}}?)(?P<side>\s*[전후])?\s*(?:부터|에서)\s*"
    rf"(?P<b>{_NUM})\s*(?P=unit)(?P<side2>\s*[전후])?\s*까지"
)
_EN_SPAN = re.compile(
    rf"\b(?:from|between)\s+(?P<a>{_NUM})\s+(?:to|and|until)\s+(?P<b>{_NUM})\s+"
    r"(?P<unit>days?|weeks?|hours?|months?|years?|nights?)\b",
    re.IGNORECASE,
)


def spans_written(text: str) -> list[str]:
    """Each span of ``text`` written as one range ("3~6일 전"), in order; none: empty."""
    spans = [_korean(m) for m in _KO_SPAN.finditer(text)]
    spans = [s for s in spans if "~" in s]
    return spans + [_english(m) for m in _EN_SPAN.finditer(text)]


def _ordered(found: re.Match[str]) -> tuple[str, str]:
    a, b = found.group("a"), found.group("b")
    return (a, b) if float(a) <= float(b) else (b, a)


def _korean(found: re.Match[str]) -> str:
    side, side2 = (found.group("side") or "").strip(), (found.group("side2") or "").strip()
    if side != side2:  # "3일 전부터 2일 후까지" crosses the day itself: no one range
        return found.group(0)
    low, high = _ordered(found)
    return f"{low}~{high}{found.group('unit')}" + (f" {side}" if side else "")


def _english(found: re.Match[str]) -> str:
    low, high = _ordered(found)
    return f"{low}~{high} {found.group('unit')}"
