"""Follow-up forms set 47 met, each said again as a form the follow-up rules already read
(turns47).

- "백원단위에서 올려서 걷자", "천원 단위로 버리고 받자" after an amount: rounded up to (or cut
  to) that unit, then a word about collecting or paying it (걷자, 받자, 내자, 모으자). The
  rounding is the change asked; the closing verb says what is done with the rounded amount
  and changes no figure. Said again as "백원 단위로 올림하면?", which the rules read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CHANGES_55T", "rounded_then_collected"]

Resolved = tuple[list[str], str] | None


def _resolve(text: str, previous_steps: Sequence[str]) -> Resolved:
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, previous_steps)


_ROUNDED_THEN = re.compile(
    r"^\s*(?:그럼\s*|그거\s*|그걸\s*)?(?P<unit>(?:\d[\d,]*|[십백천만])\s*원?)\s*"
    r"(?:단위|자리)\s*(?:으로는|로는|으로|는|은|로|에서|를|을)?\s*"
    r"(?:(?P<cut>버려|버리|떼|떼어|잘라|자르)|(?P<up>올려|올리))(?:서|고)\s*"
    r"(?:걷|받|내|모으|모아|보내|나눠|나누)[가-힣]*\s*[?？.!~]*\s*$"
)


def rounded_then_collected(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "백원단위에서 올려서 걷자": the previous amount rounded up to hundreds (버리고: cut)."""
    said = _ROUNDED_THEN.match(text)
    if said is None or not previous_steps:
        return None
    op = "버림" if said["cut"] else "올림"
    return _resolve(f"{said['unit'].strip()} 단위로 {op}하면?", previous_steps)


CHANGES_55T = (rounded_then_collected,)
