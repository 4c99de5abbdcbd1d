"""One of two services on every thing dropped: "스캔은 안 할래 현상만" after "필름 현상 한 롤
6,000원 스캔 한 롤 4,000원 세 롤 다 맡기면 얼마야" (read by
:mod:`tools.calculator_two_services_per_unit_50a`).

The turn names one service with a word of leaving it out (안 할래, 빼, 없이, 말고), or names
the other with 만; the first turn is said again without the dropped service's price, the
count kept, and kept only when code reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_two_services_per_unit_50a import two_services_each
from tools.followup_rerun import replaced
from tools.korean_numbers import normalize_numerals

__all__ = ["service_dropped"]

_PRICED = LazyPattern(
    r"(?P<name>[가-힣]+)\s*(?:한|1)\s*(?P<c>[가-힣]{1,2})(?:에|당)?\s*[\d,]+\s*원\s*"
)
_LEFT_OUT = r"(?:은|는|을|를)?\s*(?:안\s*(?:할래|해|하고|할게|함)|빼|없이|말고|필요\s*없)"


def service_dropped(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request without the dropped service, or ``None``.

    Args:
        text: The follow-up ("스캔은 안 할래 현상만").
        steps: The previous turn's steps (one request of two services per thing).
    """
    if len(steps) != 1 or re.search(r"\d", text):
        return None
    step = steps[0]
    if two_services_each(normalize_numerals(step)) is None:
        return None
    services = list(_PRICED.finditer(step))
    if len(services) != 2:
        return None
    dropped = [
        m
        for m in services
        if re.search(rf"{re.escape(m['name'])}\s*{_LEFT_OUT}", text)
        or any(
            re.search(rf"{re.escape(o['name'])}\s*만(?![가-힣])", text)
            for o in services
            if o is not m
        )
    ]
    if len(dropped) != 1:
        return None
    gone = dropped[0]
    return replaced(step, gone.span(), "", f"{gone['name']} left out")
