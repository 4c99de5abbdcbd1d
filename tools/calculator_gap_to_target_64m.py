"""What is still missing to reach a target: the target less what one has, never a sum.

Blind set 56 (blind56m): "배달 최소주문 25,000원인데 지금 23,500원 담았으면 얼마 더 담아야돼"
was answered 48,500원, the two amounts added, for the 1,500원 missing; "목표 300만원인데
186만원 모았어 얼마 더 모아야돼" gave 4,860,000원 and "free shipping over 35 … my cart is
at 27.80, how much more do i need" 973 (the two multiplied). Each figure has a role: one
is the target (최소주문, 무료배송 … 이상, 목표, 필요한데, minimum, free shipping over,
goal, need), the other what one has so far (지금, 현재, 벌써, 담았, 모았, 있, have, in my
cart, saved); the question asks the gap ("얼마 더 담아야", "얼마 모자라", "얼마 부족",
"how much more do i need").

- :func:`gap_to_target` reads such a question as ``target - have`` when both roles are
  said and what one has is below the target (otherwise nothing is missing: no reading);
- :func:`refuse_sum_for_a_gap` refuses any other reading of a gap asked that is no
  difference (a sum or a product of the two figures answers another question).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.korean_numbers import NumberSpan, find_numbers

__all__ = ["ASKS_GAP", "USE_GAP_GUARD", "gap_to_target", "refuse_sum_for_a_gap"]

#: Switch for tests (tests/tools/test_wrongs_56.py).
USE_GAP_GUARD = True

# The gap asked: "얼마 더 담아야", "얼마나 더 사야", "얼마 모자라", "얼마가 부족해", "how much
# more do i need", "how much more to go", "how far short am i".
ASKS_GAP = LazyPattern(
    r"얼마(?:나)?\s*(?:를\s*)?더\s*(?:담아야|사야|채워야|모아야|넣어야|있어야|필요|모으|담으|채우)"
    r"|얼마(?:나|가|이)?\s*(?:더\s*)?(?:모자라|모자람|모잘|부족)"
    r"|(?:모자란|부족한)\s*(?:돈|금액|거|건)"
    r"|\bhow\s+much\s+more\s+(?:do|would|should|must)\s+(?:i|we|you)\s+(?:need|have\s+to"
    r"|add|spend|buy|save|put)"
    r"|\bhow\s+much\s+more(?:\s+(?:money|is\s+needed|to\s+go|to\s+add))?\s*[?.]?\s*$"
    r"|\bhow\s+(?:much|far)\s+short\b",
    re.IGNORECASE,
)
# The target's role, said right before its figure ("최소주문 25,000원", "목표 300만원", "free
# shipping over $35", "minimum order is 20", "i need 500") or right after it ("5만원 이상",
# "120만원 필요한데", "25,000원 최소주문").
_TARGET_BEFORE = LazyPattern(
    r"(?:최소\s*주문(?:\s*금액)?|최소\s*금액|무료\s*배송|목표(?:\s*금액)?|기준)\s*(?:이|은|는|가)?\s*$"
    r"|\b(?:minimum(?:\s+order)?|free\s+(?:shipping|delivery)|goal|target|need)\b"
    r"(?:\s+(?:is|of|over|above|at|from))?\s*\$?\s*$",
    re.IGNORECASE,
)
_TARGET_AFTER = LazyPattern(
    r"^\s*(?:원|달러|불|\$)?\s*(?:이상|부터|필요|최소\s*주문|목표)", re.IGNORECASE
)
# What one has so far, said before its figure ("지금 23,500원", "my cart is at 27.80", "have
# 320") or after it ("23,500원 담았", "186만원 모았", "85만원 있", "14.50 in the cart").
_HAVE_BEFORE = LazyPattern(
    r"(?:지금|현재|벌써|이미|여태|아직|지금까지|장바구니(?:에)?)\s*(?:까지)?\s*$"
    r"|\b(?:have|has|got|cart\s+is\s+(?:at|on)|cart\s+has|i'?m\s+at|saved)\s*\$?\s*$",
    re.IGNORECASE,
)
_HAVE_AFTER = LazyPattern(
    r"^\s*(?:원|달러|불)?\s*(?:어치\s*)?(?:을|를|이|가)?\s*(?:담았|담겨|샀|모았|모아|채웠|넣었|있)"
    r"|^\s*(?:dollars?|bucks)?\s*(?:in\s+(?:my|the)\s+(?:cart|basket)|saved|so\s+far)\b",
    re.IGNORECASE,
)


def _role(text: str, figure: NumberSpan) -> str | None:
    before, after = text[: figure.start], text[figure.end :]
    if _TARGET_BEFORE.search(before) or _TARGET_AFTER.search(after):
        return "target"
    if _HAVE_BEFORE.search(before) or _HAVE_AFTER.search(after):
        return "have"
    return None


def gap_to_target(original: str) -> tuple[str, str | None] | None:
    """``target - have`` for a gap asked with a target and what one has, else ``None``.

    Args:
        original: The request as asked.

    Returns:
        The expression and ``None`` (the unit the text named), or ``None`` when the
        question asks no gap, its two figures do not take one role each, or nothing is
        missing.
    """
    if ASKS_GAP.search(original) is None:
        return None
    figures = find_numbers(original)
    if len(figures) != 2:
        return None  # a third figure (a count, a fee) says something this reading does not
    roles = {_role(original, f): f for f in figures}
    target, have = roles.get("target"), roles.get("have")
    if target is None or have is None or target is have:
        return None
    if have.value >= target.value:
        return None  # the target is reached: no gap to work out
    return f"{target.value} - {have.value}", None


def refuse_sum_for_a_gap(question: str, source: str) -> None:
    """Refuse a reading of a gap asked that is no difference.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.

    Raises:
        ToolInputError: The question asks how much is still missing ("얼마 더 담아야",
            "얼마 모자라", "how much more do i need") and the reading takes no figure away.
    """
    if USE_GAP_GUARD and ASKS_GAP.search(question) and "-" not in source:
        raise ToolInputError(
            f"{question!r} asks what is still missing to reach a target; a reading that "
            "takes nothing away answers another question"
        )
