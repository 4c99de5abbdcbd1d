"""How much more a monthly amount's raise costs over a year (set 43).

"그럼 1년이면 원래보다 총 얼마 더 내는거야" after "월세 55만원인데 집주인이 5% 올린대 얼마 되는거야"
(550,000 x 1.05 = 577,500원) asks the raise summed over twelve months: 27,500 x 12 =
330,000원, never the new rent times twelve (6,930,000원). No rule read it.

Read only after a step the calculator read as one monthly amount raised by a percent
("B * (1 + R / 100)", the step naming a month: 월세, 월, 한달, a month, monthly), when the
turn asks how much more than before over a year (1년, 한 해, 12개월, a year) or some months.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate
from tools.korean_numbers import normalize_numerals

__all__ = ["raise_over_a_year"]

_N = r"\d+(?:\.\d+)?"
_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?P<year>1\s*년|일\s*년|한\s*해|12\s*개월)|(?P<m>\d+)\s*(?:개월|달))"
    r"\s*(?:이면|동안|간|으로\s*치면|치면)?\s*,?\s*(?:원래|전|예전|올리기\s*전)(?:보다|에\s*비해|이랑\s*비교하면)\s*"
    r"(?:총\s*|전부\s*)?얼마(?:나)?\s*더\s*(?:내|나가|드)[가-힣]*\s*[?？]*\s*$"
)
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?how\s+much\s+(?:more|extra)\s+(?:is\s+that|do\s+i\s+pay|will\s+i\s+pay"
    r"|would\s+i\s+pay|am\s+i\s+paying)\s+(?:over|in|for)\s+(?:a|one|the)\s+(?P<year>year)"
    r"(?:\s+than\s+(?:before|now))?\s*\??\s*$",
    re.IGNORECASE,
)
_MONTHLY = LazyPattern(
    r"월세|월\s*\d|한\s*달|1\s*달|매달|\ba\s+month\b|\bper\s+month\b|\bmonthly\b", re.I
)
_RAISED = re.compile(rf"^(?P<b>{_N}) \* \(1 \+ (?P<r>{_N}) / 100\)$")


def raise_over_a_year(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "(550000원 * (1 + 5 / 100) - 550000원) * 12" for the raise over a year, or ``None``.

    Args:
        text: The follow-up ("그럼 1년이면 원래보다 총 얼마 더 내는거야").
        steps: The previous turn's steps (one request).
    """
    turn = _TURN_KO.match(normalize_numerals(text)) or _TURN_EN.match(text)
    if turn is None or len(steps) != 1 or not _MONTHLY.search(steps[0]):
        return None
    try:
        raised = calculate(steps[0])
    except ToolInputError:
        return None
    read = _RAISED.match(raised.expression)
    if read is None or raised.unit not in (None, "원", "$"):
        return None
    months = 12 if turn["year"] else int(turn.groupdict().get("m") or 0)
    if months < 1:
        return None
    unit = raised.unit or ""
    base = f"${read['b']}" if unit == "$" else f"{read['b']}{unit}"
    step = f"({base} * (1 + {read['r']} / 100) - {base}) * {months}"
    return [step], f"the {read['r']}% raise over {months} months"
