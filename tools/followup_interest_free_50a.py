"""A 할부 without its fee: "무이자면 얼마씩이야?", "수수료 없으면?" after "노트북 150만 원
6개월 할부 수수료 총 3% 붙으면 한 달에 얼마씩 내" (read by
:mod:`tools.calculator_instalment_months_50a`).

무이자 할부 is the same months with no fee: the first turn is run again with its fee at 0%,
the months and what is asked kept (250,000원).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_instalment_months_50a import instalment_over_months
from tools.korean_numbers import normalize_numerals

__all__ = ["instalment_interest_free"]

_FREE = LazyPattern(
    r"^\s*(?:그럼|그러면|아|근데)?\s*(?:무이자\s*(?:할부)?\s*(?:면|이면|라면|로\s*하면|로\s*되면)"
    r"|수수료\s*(?:가|는|를)?\s*(?:없으면|없다면|안\s*붙으면|빼면))"
    r"\s*(?:한\s*달에?)?\s*(?:얼마\S*)?\s*(?:내\S*)?\s*[?？]*\s*$"
)
_FEE = re.compile(r"(수수료\s*(?:가|는|이)?\s*(?:총|전체|합쳐서)?\s*)(\d+(?:\.\d+)?)(\s*%)")


def instalment_interest_free(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The 할부 step with its fee at 0%, or ``None``.

    Args:
        text: The follow-up ("무이자면 얼마씩이야?").
        steps: The previous turn's step texts (one 할부 with a fee).
    """
    if _FREE.match(text) is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    if instalment_over_months(step) is None:
        return None
    changed, fees = _FEE.subn(r"\g<1>0\g<3>", step, count=1)
    if fees != 1 or instalment_over_months(changed) is None:
        return None
    return [changed], "수수료 → 0% (무이자)"
