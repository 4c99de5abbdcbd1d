"""Narrow whole forms of blind set 48 (turns48), each read whole or not at all.

- A price for a weight asked per kilo or per 100 g: "삼겹살 한근 600g에 19800원이면 1키로면
  얼마꼴임" is 19,800 / 600 g × 1,000 g = 33,000원 ("한근" restating the 600 g is no figure).
  Only a unit price is asked here (1 kg, 100 g); a weight bought ("0.65kg 사면") is left to
  the readers of purchases.
- What is left after a percent saved: "월급 실수령 285만인데 40% 적금 넣으면 쓸수있는돈 얼마남아"
  is 2,850,000 × (1 − 0.40) = 1,710,000원 (what is left, not the 1,140,000 saved).
- A score out of 100 from the right answers of a count: "80문제중에 68개 맞았는데 100점
  만점으로 치면 몇점이야" is 68 / 80 × 100 = 85; "got 68 out of 80, whats that out of 100".

Each reads only a sentence whose every figure has its role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_coupon_on_one_line_57b import (
    coupon_on_one_line_in_won,
    coupon_on_one_line_unnamed,
)
from tools.calculator_share_of_rest_57b import share_of_rest_in_won, share_of_rest_unnamed

__all__ = ["left_after_percent_saved", "price_at_other_weight", "readers_56t", "score_out_of_100"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_GRAMS = {"g": 1, "그램": 1, "kg": 1000, "키로": 1000, "킬로": 1000}
_WEIGHT = r"(?:kg|키로|킬로|그램|g)"
_PRICE_FOR_WEIGHT = re.compile(
    rf"(?P<w>{_N})\s*(?P<wu>{_WEIGHT})\s*(?:에|당)\s*(?P<p>{_N})\s*원\s*(?:이면|인데|이라면|짜리면)?"
    rf"\s*(?P<w2>{_N})\s*(?P<wu2>{_WEIGHT})\s*(?:은|는|이면|면|에|사면|살때)?\s*(?:얼마)",
    re.IGNORECASE,
)
# "한근 600g": the traditional measure restated by its weight is no figure of its own.
_GEUN_RESTATED = re.compile(rf"(?:한|1)\s*근\s*(?={_N}\s*{_WEIGHT})")
_SAVED_LEFT = re.compile(
    rf"(?P<a>{_N})\s*원?\s*(?:인데|이고|에서|중에?|이면)\s*,?\s*(?P<r>{_N})\s*%\s*(?:를|을)?\s*"
    r"(?:적금|저축|저금|예금)(?:으로|에)?\s*(?:넣|하|빼|돌리)[가-힣]*\s*.*?"
    r"(?:남는\s*돈|남아|남지|남음|남은|쓸\s*수\s*있는\s*돈|쓸수있는돈|쓸\s*돈)"
)
_SCORE_KO = re.compile(
    rf"(?P<n>{_N})\s*문제\s*(?:중에?|에서|가운데)?\s*(?P<m>{_N})\s*(?:개|문제)\s*(?:를|을)?\s*맞[가-힣]*"
    r".*?(?:100|백)\s*점\s*만점.*?몇\s*점"
)
_SCORE_EN = re.compile(
    rf"\b(?P<m>{_N})\s*(?:/|out\s+of)\s*(?P<n>{_N})\b.*?\b(?:out\s+of|over)\s+100\b",
    re.IGNORECASE,
)


def _only(text: str, figures: list[str]) -> bool:
    return sorted(_FIGURE.findall(text)) == sorted(figures)


def price_at_other_weight(digits: str) -> str | None:
    """ "600g에 19800원이면 1키로면 얼마": ``19800 / 600 * 1000``."""
    text = _GEUN_RESTATED.sub("", digits.replace(",", ""))
    m = _PRICE_FOR_WEIGHT.search(text)
    if m is None or not _only(text, [m["w"], m["p"], m["w2"]]):
        return None
    grams = float(m["w"]) * _GRAMS[m["wu"].lower()]
    wanted = float(m["w2"]) * _GRAMS[m["wu2"].lower()]
    if grams <= 0 or wanted == grams or wanted not in (100, 1000):
        return None  # a unit price (per 100 g, per kilo) only
    return f"{m['p']} / {grams:g} * {wanted:g}"


def left_after_percent_saved(digits: str) -> str | None:
    """ "285만인데 40% 적금 넣으면 쓸수있는돈 얼마남아": ``2850000 * (1 - 40 / 100)``."""
    text = digits.replace(",", "")
    m = _SAVED_LEFT.search(text)
    if m is None or not _only(text, [m["a"], m["r"]]) or not 0 < float(m["r"]) < 100:
        return None
    return f"{m['a']} * (1 - {m['r']} / 100)"


def score_out_of_100(digits: str) -> str | None:
    """ "80문제중에 68개 맞았는데 100점 만점으로 치면 몇점": ``68 / 80 * 100``."""
    text = digits.replace(",", "")
    ko = _SCORE_KO.search(text)
    m = ko or _SCORE_EN.search(text)
    if m is None:
        return None
    hundred = [] if ko and "백" in text and "100" not in text else ["100"]
    if not _only(text, [m["n"], m["m"], *hundred]) or float(m["m"]) > float(m["n"]):
        return None
    return f"{m['m']} / {m['n']} * 100"


def readers_56t(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    return (
        (price_at_other_weight, "원"),
        (left_after_percent_saved, "원"),
        (share_of_rest_in_won, "원"),  # "9.4% 떼고 남은거의 40%" (set 49)
        (share_of_rest_unnamed, None),
        (coupon_on_one_line_in_won, "원"),  # "음식값에만 20%할인쿠폰 쓰면" (set 49)
        (coupon_on_one_line_unnamed, None),
        (score_out_of_100, None),
    )
