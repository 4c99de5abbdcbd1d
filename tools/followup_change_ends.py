"""A figure said alone after a change "from A to B" replaces neither end unless the turn says
which one ("3680만원으로 올랐으면" is the end, "3000만원에서 올랐으면" the start).

After "연봉 3200만원에서 3500만원으로 올랐으면 몇 퍼 오른거야", "3680만원이었으면?" was read as
the start made 3680만 and answered '-4.8913%' (blind set 34, a wrong answer; the one asking
meant the new salary, 15%). A bare figure of the same kind does not say whether the
change started or ended elsewhere, so no edit is made and the turn goes to a model with
the conversation. The turn saying its end ("…으로", "…까지 오르면", "to 36.8m") keeps the
reading of the end, and one saying its start ("…에서", "from …") that of the start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from core.lazy_regex import LazyPattern

__all__ = ["end_said", "end_unsaid", "ends_of_a_change"]

# Between the two figures: "3200만원에서 3500만원으로", "from 1,450 to 1,595".
_BETWEEN_KO = LazyPattern(r"^\s*(?:원|달러|만원|[가-힣]{0,2})?\s*에서\s*$")
_AFTER_KO = LazyPattern(r"\s*(?:원|달러|[가-힣]{0,2})?\s*(?:으로|로|까지)")
_BETWEEN_EN = LazyPattern(r"^\s*(?:dollars?|bucks|won|[a-z]{0,3})?\s*to\s*$", re.IGNORECASE)
_FROM_BEFORE_EN = LazyPattern(r"\bfrom\s*$", re.IGNORECASE)
# The turn names the end ("3680만원으로", "까지 오르면", "to 3,680") or the start ("에서",
# "from", "started at").
_SAYS_END = LazyPattern(
    r"\d\s*(?:만\s*)?(?:원|달러)?\s*(?:으로|로|까지)|\bto\s+\$?\d|\bended?\s+(?:up\s+)?at\b",
    re.IGNORECASE,
)
_SAYS_START = LazyPattern(
    r"\d\s*(?:만\s*)?(?:원|달러)?\s*에서|\bfrom\s+\$?\d|\bstart(?:ed|ing)?\s+(?:at|from)\b",
    re.IGNORECASE,
)


def ends_of_a_change(step: str, figures: Sequence[re.Match[str]]) -> bool:
    """Whether two of ``figures`` (same kind, in order) are the start and end of a change."""
    for first, second in pairwise(figures):
        between = step[first.end() : second.start()]
        if _BETWEEN_KO.match(between) and _AFTER_KO.match(step, second.end()):
            return True
        if _BETWEEN_EN.match(between) and _FROM_BEFORE_EN.search(step[: first.start()]):
            return True
    return False


def end_unsaid(text: str) -> bool:
    """Whether the follow-up ``text`` says neither which end of a change its figure is."""
    return _SAYS_END.search(text) is None and _SAYS_START.search(text) is None


def end_said(text: str) -> bool:
    """Whether the follow-up ``text`` says its figure is the change's end ("to 1,650")."""
    return _SAYS_END.search(text) is not None and _SAYS_START.search(text) is None
