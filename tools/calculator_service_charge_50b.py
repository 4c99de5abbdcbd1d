"""A service charge in percent added on top, read as a tip is: "catering is 32 a head for 45
people plus 18% service, what's the bill".

Set 30: the sentence went to the cloud, though "… plus 18% tip" is read (32 x 45 x 1.18 =
1,699.20). A service charge, a service fee or a gratuity said in percent with "plus" is an
amount on top of the bill worked the way a tip is, so the sentence is read with that word
as "tip" when it says no tip of its own and holds that one percent.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError

__all__ = ["SERVICE_ON_TOP", "service_charge_as_tip", "service_said_as_tip"]

#: "plus 18% service", "plus a 22% service charge", "plus 12.5% gratuity".
SERVICE_ON_TOP = re.compile(
    r"\bplus\s+(?:an?\s+)?(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:service(?:\s+(?:charge|fee))?|gratuity)\b",
    re.IGNORECASE,
)
_TIP = re.compile(r"\btip", re.IGNORECASE)


def service_charge_as_tip(digits: str) -> str | None:
    """The calculator's reading of ``digits`` with its service charge said as a tip, or None.

    Args:
        digits: The question with its numerals as digits.
    """
    as_tip = service_said_as_tip(digits)
    if as_tip is None:
        return None
    # Imported here: the calculator imports this module's table.
    from tools.calculator import calculate

    try:
        return calculate(as_tip).expression
    except ToolInputError:
        return None


def service_said_as_tip(text: str) -> str | None:
    """``text`` with its one service charge on top said as a tip, or ``None``."""
    found = list(SERVICE_ON_TOP.finditer(text))
    if len(found) != 1 or _TIP.search(text) or text.count("%") != 1:
        return None
    said = found[0]
    return f"{text[: said.start()]}plus {said['p']}% tip{text[said.end() :]}"
