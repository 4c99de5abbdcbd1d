"""The other part of a whole asked after one part was: "그럼 공급가액은" after the VAT of a
price that includes it, "수수료는 얼마 떼가는 건데" after what is left once a percent fee is
taken, "so what's the total I pay back" after a loan's simple interest.

The first turn's figures stay; only what it asks of them changes. Its question is replaced
by the part the turn names, and the new step is kept only when code reads it and its value
differs from the first one's (the same value would mean the turn asked what was answered).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_answer_moves

__all__ = ["other_part_asked"]

# A Korean question clause follows the last figure's clause ("… 포함인데 | 부가세는 얼마야",
# "… 3.5% 떼면 | 내 손에 얼마 들어와").
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_KO_CLAUSE_END = re.compile(r"^.*?(?:면|데)\s+")
# (what the turn asks, what the first turn must say, the Korean question put instead)
_KO_PARTS = (
    (LazyPattern(r"공급가(?:액)?"), LazyPattern(r"부가세\s*\d*\s*%?\s*포함"), "공급가액은 얼마야"),
    (
        LazyPattern(r"수수료\S*\s*(?:는|은)?\s*(?:얼마|몇)"),
        LazyPattern(r"수수료\s*\d+(?:\.\d+)?\s*%"),
        "수수료는 얼마야",
    ),
)
# "so what's the total I pay back", "how much do I pay back altogether"
_EN_TOTAL = LazyPattern(
    r"\b(?:total|altogether|in\s+all)\b.*\b(?:pay\s+back|repay|owe|pay)\b"
    r"|\b(?:pay\s+back|repay|owe)\b.*\b(?:total|altogether|in\s+all)\b",
    re.I,
)
_EN_INTEREST_ASKED = LazyPattern(r"\bhow\s+much\s+interest\b", re.I)
_TURN_FIGURE = re.compile(r"\d")


def _korean_with_question(step: str, question: str) -> str | None:
    figures = list(_FIGURE.finditer(step))
    if not figures:
        return None
    clause = _KO_CLAUSE_END.search(step[figures[-1].end() :])
    if clause is None:
        return None
    return step[: figures[-1].end() + clause.end()] + question


def other_part_asked(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn asking the other part of its whole, or ``None``.

    Args:
        text: The follow-up ("그럼 공급가액은", "so what's the total I pay back").
        steps: The previous turn's steps (one, the request whose figures are kept).
    """
    if len(steps) != 1 or _TURN_FIGURE.search(text):
        return None  # a figure in the turn changes the request: another rule's reading
    step = steps[0]
    changed: str | None = None
    for asked, said, question in _KO_PARTS:
        if asked.search(text) and said.search(step):
            changed = _korean_with_question(step, question)
            break
    if changed is None and _EN_TOTAL.search(text) and _EN_INTEREST_ASKED.search(step):
        changed = _EN_INTEREST_ASKED.sub("how much in total", step, count=1)
    if changed is None or changed == step:
        return None
    return kept_if_answer_moves(step, changed, "the other part of the same whole asked")
