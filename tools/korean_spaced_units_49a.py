"""Korean numerals typed with a space inside a 만 group: "1억 2천 5백만", "3천 5백원".

The numeral reader joined a space after a big unit ("3만 5천") but not after a small one,
so "1억 2천 5백만 원" was read as two numbers (120000000 and 5000000) and "3천 5백원" as
3000 and 500. A smaller small unit right after a space ("천" then "5백", "백" then "2십")
can only continue the same figure: two separate amounts are never written that way.
"""

from __future__ import annotations

import re

__all__ = ["continues_after_small_unit"]

_SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
_SMALL_GROUP = re.compile(r"(?:[1-9]|[일이삼사오육칠팔구])\s?(?P<unit>[십백천])")


def continues_after_small_unit(rest: str, last_unit: int) -> bool:
    """Whether ``rest`` (the text after a space) continues a figure ending in ``last_unit``.

    Args:
        rest: The text right after the space ("5백만 원의 5%").
        last_unit: The small unit the figure so far ends with (1000 for "2천").

    Returns:
        True when ``rest`` opens with one digit and a smaller small unit ("5백" after "천").
    """
    said = _SMALL_GROUP.match(rest)
    return said is not None and _SMALL_UNITS[said["unit"]] < last_unit
