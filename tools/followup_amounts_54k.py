"""A new value for one figure of a first turn, said as set 45's chat says it:

- "600g만 사면?" after "삼겹살 100g당 2890원이면 1.2키로 사면 얼마야" (or "1.2kg인데 100g당
  2890원이면"): the weight bought, never the 100g the price is per (an older slot rule
  swapped that one: 5,780원);
- "아 45% 썼나? 그럼?" after "용돈 35만원인데 벌써 40% 썼어 남은돈 얼마야": the share spent,
  corrected with a doubt;
- "1년이면?" after "매일 4500원짜리 마시는데 한달(30일)이면 얼마": a year of days (365),
  since the month was counted in days.

Each reads only after its own first-turn form; the first turn is re-run with the figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_left_after_spent_54k import left_after_share_spent
from tools.korean_numbers import normalize_numerals

__all__ = ["daily_spend_over_year", "share_spent_corrected", "weight_bought_changed"]

_N = r"\d+(?:\.\d+)?"
_WEIGHT = r"킬로그램|kg|키로|킬로|그램|g"
# The price per weight ("100g당 2890원", "kg당 12000원") and the weights said outside it.
_PER_WEIGHT = LazyPattern(rf"(?:{_N})?\s*(?:{_WEIGHT})\s*당\s*{_N}\s*원", re.IGNORECASE)
_A_WEIGHT = LazyPattern(rf"(?<![\d.])(?P<w>{_N})\s*(?P<u>{_WEIGHT})(?![a-z])", re.IGNORECASE)
_WEIGHT_ALONE = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<w>{_N})\s*(?P<u>{_WEIGHT})\s*(?:만|어치)?\s*"
    r"(?:사면|살\s*때는?|이면|면|은|는|짜리는|으로\s*하면|하면)?\s*(?:얼마\S*)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def weight_bought_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The price per weight re-run at the weight said ("600g만 사면?"), or ``None``."""
    said = _WEIGHT_ALONE.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    per = list(_PER_WEIGHT.finditer(step))
    if len(per) != 1:
        return None
    outside = step[: per[0].start()] + " " * (per[0].end() - per[0].start()) + step[per[0].end() :]
    bought = list(_A_WEIGHT.finditer(outside))
    if len(bought) != 1:
        return None  # the weight bought is said once, before or after the price per weight
    old = bought[0]
    new = f"{step[: old.start()]}{said['w']}{said['u']}{step[old.end() :]}"
    return [new], f"{old['w']}{old['u']} → {said['w']}{said['u']}"


_PERCENT_DOUBTED = LazyPattern(
    rf"^\s*(?:아\s*|아니\s*|아니다\s*|잠깐\s*|헐\s*)?(?:,\s*)?(?P<p>{_N})\s*%\s*"
    r"(?:썼나|썼던가|썼을걸|쓴\s*것\s*같|쓴\s*거\s*같|썼으면|쓴\s*거면|였나|인가|였던가)"
    r"[가-힣]*\s*[?？.!]*\s*(?:그럼|그러면|그럼\s*얼마|그러면\s*얼마|그럼\s*남은\s*(?:돈|건)은?)?"
    r"\s*[?？.!]*\s*$"
)
_SPENT_PERCENT = LazyPattern(rf"(?<![\d.])(?P<p>{_N})\s*%")


def share_spent_corrected(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """What is left re-run at the share said ("아 45% 썼나? 그럼?"), or ``None``."""
    said = _PERCENT_DOUBTED.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    old = _SPENT_PERCENT.search(step)
    if left_after_share_spent(step) is None or old is None:
        return None
    new = f"{step[: old.start('p')]}{said['p']}{step[old.end('p') :]}"
    return [new], f"{old['p']}% → {said['p']}%"


_DAILY = LazyPattern(r"매일|하루에?|날마다")
# The month counted in days: "한달(30일)", "30일", "한달 30일 기준".
_MONTH_IN_DAYS = LazyPattern(
    r"(?:한\s*달|1\s*달|1\s*개월|한\s*개월)\s*\(\s*(?P<d>\d+)\s*일\s*\)|(?<![\d.])(?P<e>\d+)\s*일(?![가-힣]*요일)"
)
_A_YEAR = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*)?(?:1|일|한)\s*년(?:\s*(?:동안|간))?\s*(?:이면|은|는|으로\s*치면|치면|이라면|하면)"
    r"\s*(?:얼마\S*)?\s*[?？.!]*\s*$"
)


def daily_spend_over_year(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """A daily spend re-run over 365 days ("1년이면?") after a month of days, or ``None``."""
    if _A_YEAR.match(text) is None or len(steps) != 1:
        return None
    step = steps[0]
    spans = list(_MONTH_IN_DAYS.finditer(step))
    if not _DAILY.search(step) or len(spans) != 1:
        return None
    span = spans[0]
    days = span["d"] or span["e"]
    if not 28 <= int(days) <= 31:
        return None  # a span of days that is no month: a year of it is not 365 days
    new = f"{step[: span.start()]}365일{step[span.end() :]}"
    return [new], f"{days}일 → 365일"
