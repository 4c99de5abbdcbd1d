"""A shared bill paid in proportion to floor area: "아파트 전체 관리비가 300만원이고 전체 면적
2400㎡인데 우리집 84㎡면 면적 비례로 얼마 내" is 3,000,000 x 84 / 2,400 = 105,000.

Set 34 sent it to the cloud. Read only when the question says the share goes by area
(면적 비례, 면적대로, 평수대로, 면적 기준), names one amount in won and two areas in the same
unit (㎡, m2, 평), the whole's said with 전체/총/단지 before the part's, and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["share_by_area"]

_N = r"\d+(?:\.\d+)?"
_BY_AREA = LazyPattern(r"(?:면적|평수|넓이)\s*(?:에\s*)?(?:비례|대로|기준|따라|만큼)")
_AREA = LazyPattern(rf"(?<![\d.])(?P<a>{_N})\s*(?P<u>㎡|m2|m²|평(?!균))")
_AMOUNT = LazyPattern(rf"(?<![\d.])(?P<m>{_N})\s*원")
_WHOLE = LazyPattern(r"(?:전체|총|단지|건물)\s*(?:면적|넓이|평수)?\s*(?:은|는|이|가)?\s*$")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def share_by_area(digits: str) -> str | None:
    """ "3000000 * 84 / 2400" for a bill shared by floor area, or None.

    Args:
        digits: The question with numerals as digits.
    """
    if not _BY_AREA.search(digits):
        return None
    areas = list(_AREA.finditer(digits))
    amounts = list(_AMOUNT.finditer(digits))
    figures = _FIGURE.findall(re.sub(r"(?<=\d)\s*m[2²]", "㎡", digits))  # m2's 2 is no figure
    if len(areas) != 2 or len(amounts) != 1 or len(figures) != 3:
        return None
    whole, part = areas
    same_unit = whole["u"].startswith("평") == part["u"].startswith("평")  # ㎡ is m2 too
    if not same_unit or not _WHOLE.search(digits[max(0, whole.start() - 12) : whole.start()]):
        return None
    if float(whole["a"]) <= float(part["a"]):
        return None  # a part no smaller than the whole is no share of it
    return f"{amounts[0]['m']} * {part['a']} / {whole['a']}"
