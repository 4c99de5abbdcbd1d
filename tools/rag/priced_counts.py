"""The price of N sessions (or N months) is stated only where N of them is priced.

"pt 50회 가격 알려줘" asks what a 50-session package costs. "2인 PT는 1회에 1인당
45,000원이며 20회 이상으로만 등록할 수 있습니다" states a price and a count of sessions whose
open range holds 50, so no figure conflicts (tools.rag.figures reads "20회 이상" as 20 and
up), yet it is the threshold for registering, not a package of 50: the price list has
no 50회 row. When a question puts a count with its unit right before a price word (N회
가격, N개월 요금, "price of 10 sessions"), the sentence must state that very figure with
that unit, not a range around it. One unit ("1회 가격") is left alone: a price per
session is written "회당", "per session".
"""

from __future__ import annotations

import re

from tools.rag.figures import figures_by_unit

__all__ = ["misses_priced_count"]

_KO_PRICED_COUNT = re.compile(
    r"(?<![\d.,])(\d+)\s*(회|번|개월|달|주|일|시간)(?:권|짜리|치|분)?(?:은|는|의)?\s*"
    r"(?:가격|요금|값|비용|금액|얼마)"
)
_EN_PRICED_COUNT = re.compile(
    r"\b(?:price|cost|fee)\s+(?:of|for)\s+(?:a\s+)?(\d+)[\s-]*(sessions?|lessons?|classes|"
    r"visits?|months?|weeks?|days?)\b",
    re.IGNORECASE,
)
_EN_UNIT = {"month": "개월", "week": "주", "day": "일"}
# The English words of each unit, which tools.rag.figures does not read as units.
_EN_WORDS = {
    "회": r"sessions?|lessons?|classes|class|visits?|times",
    "개월": r"months?",
    "주": r"weeks?",
    "일": r"days?",
    "시간": r"hours?",
}


def _priced_count(question: str) -> tuple[float, str] | None:
    found = _KO_PRICED_COUNT.search(question)
    if found is not None:
        unit = {"번": "회", "달": "개월"}.get(found.group(2), found.group(2))
        return float(found.group(1)), unit
    found = _EN_PRICED_COUNT.search(question)
    if found is not None:
        word = found.group(2).lower().rstrip("s")
        return float(found.group(1)), _EN_UNIT.get(word, "회")
    return None


def misses_priced_count(question: str, sentence: str) -> bool:
    """Whether the question prices N of a unit and the sentence states no exact N of it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence (with its table's column headings).
    """
    asked = _priced_count(question)
    if asked is None or asked[0] == 1:
        return False
    count, unit = asked
    if (count, count) in figures_by_unit(sentence).get(unit, []):
        return False
    english = _EN_WORDS.get(unit)
    return not (
        english
        and re.search(rf"(?<![\d.,]){int(count)}[\s-]*(?:{english})\b", sentence, re.IGNORECASE)
    )
