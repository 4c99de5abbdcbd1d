"""The balance asked after a part of a price: "그럼 잔금은?" after "… 계약금 10%면 계약금 얼마야".

Blind set 39: after "집값 5억에 계약금 10%면 계약금 얼마야" (50,000,000) the turn "그럼 잔금은?"
went to a model, while "집값 5억에 계약금 10%면 잔금 얼마야" is read (450,000,000). A turn
that asks only the balance (잔금, 잔액, 나머지 금액, 나머지, 남은 돈) after one step that asks
a part paid first (계약금, 선금, 착수금, 예약금, 보증금) asks the same step of the balance: the
part's name where it is asked is replaced by 잔금, and the calculator reads the step again.
A step that asks something else, or names no such part, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["balance_asked"]

_ASKS_BALANCE = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고|근데)?\s*(?P<what>잔금|잔액|나머지\s*금액|나머지|남은\s*(?:돈|금액))"
    r"\s*(?:은|는)?\s*(?:얼마|얼마야|얼마예요|얼마에요|얼만데)?\s*요?\s*[?？]*\s*$"
)
# The part asked in the step: "계약금 얼마야", "계약금은 얼마".
_PART_ASKED = re.compile(
    r"(?P<part>계약금|선금|착수금|예약금|보증금)(?=\s*(?:은|는|이|가)?\s*(?:얼마|몇))"
)


def balance_asked(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step asked of the balance instead of its part, or ``None``.

    Args:
        text: The follow-up ("그럼 잔금은?").
        steps: The previous turn's step texts.
    """
    if _ASKS_BALANCE.match(text) is None or len(steps) != 1:
        return None
    asked = list(_PART_ASKED.finditer(steps[0]))
    if len(asked) != 1:
        return None
    part = asked[0]
    changed = f"{steps[0][: part.start()]}잔금{steps[0][part.end() :]}"
    return [changed], f"{part['part']} → 잔금"
