"""A follow-up asking for only the charge inside a total that added it ("그중 세금만?").

"a laptop is 1,540 dollars plus 8% sales tax, what's the total" ($1,663.20) then "how
much of that is just the tax" asks the tax itself: $123.20, the 8% the turn put on,
not the total again nor 8% of the total. Likewise "그중 부가세는 얼마야?", "수수료만
따지면?" or "and the tip alone?" after a turn that put that charge on top.

The rule reads the same unambiguous turns as :mod:`tools.followup_charge_out` (the
previous turn's last step plainly added one percentage of that kind, worked out as
``amount * (1 + R / 100)``), and then takes the total back to the amount before the
charge and R% of it: exact, as the charge was that factor itself. Anything else
declines and is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_charge_out import ANY_CHARGE, charge_kind, rate_of_charge_added

__all__ = ["charge_part_of_total"]

# "그중 세금만?", "부가세는 얼마야?", "수수료만 따지면?", "거기서 팁은 얼마였지?": the charge
# named alone, maybe with "of it" before it and "only"/"how much" after it.
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?:그\s*중|이\s*중|거기서|그\s*금액\s*중|그\s*중에서?)\s*)?"
    rf"(?P<charge>{ANY_CHARGE})\s*(?:만|은|는|이|가|만은)?\s*"
    r"(?:(?:따로\s*)?(?:따지면|치면|보면|계산하면|하면))?\s*"
    r"(?:얼마(?:야|예요|에요|죠|였지|였어|임|인가요|나와|나와요)?)?\s*[?？]?\s*$",
    re.IGNORECASE,
)
# "how much of that is just the tax", "and the tip alone?", "what's the tax part",
# "how much tax is that?": the charge asked for itself.
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?"
    r"(?:(?:how\s+much|what)\s+(?:of\s+(?:that|it|the\s+total)\s+)?(?:is|was|'s)\s+|what's\s+)?"
    r"(?:just\s+|only\s+)?(?:the\s+)?(?P<charge>"
    + ANY_CHARGE
    + r")(?:\s+(?:alone|part|portion|amount|bit|itself|by\s+itself|on\s+(?:that|it)))?"
    r"(?:\s+(?:alone|then))?\s*\??\s*$"
    r"|^\s*(?:and\s+|so\s+)?how\s+much\s+(?P<charge_first>"
    + ANY_CHARGE
    + r")\s+(?:is|was)\s+(?:that|it|in\s+(?:that|it|there))\s*\??\s*$",
    re.IGNORECASE,
)


def charge_part_of_total(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``how much of that is just the tax``: the charge the previous total added, alone.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the charge worked out from the total and a line for the trace, or
        ``None`` when the turn asks no charge alone or the previous turn did not plainly
        add that kind of charge as one percentage.
    """
    turn = _TURN_KO.match(text) or _TURN_EN.match(text)
    if turn is None or not steps:
        return None
    word = turn.groupdict().get("charge") or turn.groupdict().get("charge_first")
    kind = charge_kind(word) if word else None
    rate = rate_of_charge_added(kind, steps) if kind is not None else None
    if rate is None:
        return None
    divisor = format((1 + rate / 100).normalize(), "f")
    percent = format(rate.normalize(), "f")
    # Back to the amount the charge was put on, then the charge's share of it.
    return [*steps, f"그걸 {divisor}로 나누면", f"그 금액의 {percent}%는"], (
        f"the {percent}% {kind} alone"
    )
