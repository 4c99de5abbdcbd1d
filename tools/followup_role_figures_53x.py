"""A follow-up's new count replaces the count of the thing asked, never a figure with a role.

Blind probes (2026-12-06, wrongs53): after "사과 5개에 만원인데 12개 사면 얼마" (24,000원),
"그럼 8개는?" replaced the 5 of "5개에 만원" (the pack the price is for) and answered
15,000원 instead of 16,000원; after "time and a half after 40 hours. I worked 46 hours",
"what if it was 50 hours" replaced the 40 (the threshold overtime starts past) and
answered 1,012 instead of 1,210. The first figure of the unit was taken, whatever it did.

A figure that names what a price is for ("5개에 만원", "3개당 2천원") or where a rate
starts ("after 40 hours", "8시간 넘으면", "over 10 GB") is a condition of the sum, not its
amount; the follow-up's figure replaces one of them only when it is said in that role too
("6개에 만원이면?", "after 35 hours?"). When every candidate has a role the turn's figure
lacks, nothing is replaced (the turn goes on to a reading that can tell which one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["has_role", "other_than_role_figures"]

# A price right after the count: "5개에 만원", "3개당 2천원", "10개에 5000원".
_PRICE_FOR = re.compile(
    r"\s*(?:에|당)\s*(?:짜리\s*)?(?:\d|[일이삼사오육칠팔구십백천만]+\s*원|\$)", re.IGNORECASE
)
# Where a rate starts: "after 40 hours", "over 10 GB", "8시간 넘으면", "40시간 초과".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:after|over|above|beyond|past|exceeding|more\s+than|first)\s*$", re.IGNORECASE
)
_THRESHOLD_AFTER = re.compile(
    r"\s*(?:이\s*|가\s*)?(?:넘으면|넘게|넘는|넘어가|넘어서|초과|이상|이후|부터|까지는\s*기본)"
)


def has_role(text: str, quantity: re.Match[str]) -> bool:
    """Whether ``quantity`` (a match in ``text``) is a pack a price is for or a threshold."""
    return (
        _PRICE_FOR.match(text, quantity.end()) is not None
        or _THRESHOLD_BEFORE.search(text[: quantity.start()]) is not None
        or _THRESHOLD_AFTER.match(text, quantity.end()) is not None
    )


def other_than_role_figures(
    step: str, candidates: Sequence[re.Match[str]], text: str, wanted: re.Match[str]
) -> list[re.Match[str]]:
    """The candidates of ``step`` the follow-up's figure ``wanted`` may replace.

    Args:
        step: The earlier step the candidates were found in.
        candidates: Its figures of the follow-up's unit, in order.
        text: The follow-up turn.
        wanted: The follow-up's figure.

    Returns:
        All of them when ``wanted`` has a role itself or none of them has one; otherwise
        those without a role (empty when every one has one).
    """
    if has_role(text, wanted):
        return list(candidates)
    return [q for q in candidates if not has_role(step, q)]
