"""Another home's area after a bill shared by floor area: "옆집은 59㎡인데 거긴?", "59㎡면?".

Set 34: after "아파트 전체 관리비가 300만원이고 전체 면적 2400㎡인데 우리집 84㎡면 면적 비례로 얼마
내" (105,000원), the neighbour's area went to the cloud. The whole (bill and total area)
stays; the part's area is the one told anew. Only when
:func:`tools.calculator_share_by_area_51b.share_by_area` reads the previous question and
the turn holds that one area in the same unit and nothing else but a subject and a
"거긴?"/"면?" ending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_share_by_area_51b import share_by_area
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["part_area_told"]

_AREA = r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*(?P<u>㎡|m2|m²|평(?!균))"
_TOLD = LazyPattern(
    rf"^\s*(?:그럼\s*)?(?:(?:[가-힣]{{1,5}}\s+)?[가-힣]{{1,5}}(?:은|는|이|도)\s*)?{_AREA}\s*"
    r"(?:인데|이면|면|이라면|라면|짜리면|짜리는)\s*(?:거긴|거기는|그집은|그\s*집은|얼마|그건)?"
    r"\s*(?:얼마(?:야|예요|임)?)?\s*[?？.!~]*\s*$"
)


def _unit(said: str) -> str:
    # The planner writes ㎡ as "m2"; the turn may keep ㎡.
    return "평" if said.startswith("평") else "m2"


def part_area_told(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The share by area again with the part's area told anew, or ``None``.

    Args:
        text: The follow-up turn ("옆집은 59㎡인데 거긴?").
        steps: The previous turn's step texts.
    """
    digits = one_step_read_by(steps, share_by_area)
    if digits is None:
        return None
    told = _TOLD.match(normalize_numerals(text))
    areas = list(re.finditer(_AREA, digits))
    if told is None or len(areas) != 2 or _unit(areas[1]["u"]) != _unit(told["u"]):
        return None
    start, end = areas[1].span("a")
    changed = digits[:start] + told["a"] + digits[end:]
    return [changed], f"the area {areas[1]['a']} → {told['a']}"
