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

__all__ = ["USE_PAID_VERB", "has_role", "other_than_role_figures", "the_figure_paid"]

#: Set False to switch opens64's reading off (tests): the figure paid, by its verb.
USE_PAID_VERB = True

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


# (opens64, set 55) "팀장님이 15만원 내시면" after "회식 43만2천원 나왔는데 팀장님이 12만원 먼저
# 내주고 나머지는 우리 넷이 똑같이 내면": the figure said with a verb of paying replaces the
# one figure paid with that verb, never the bill's (it gave 7,500원 for (150,000 - 120,000) / 4).
_PAID = re.compile(
    r"\s*(?:원|만원|달러|불)?\s*(?:을|를|은|는|이|가|씩|만)?\s*(?:먼저|더|미리|따로|혼자)?\s*"
    r"(?P<v>내\s*주|내\s*줘|내\s*준|내시|내|낸|부담하|부담해|보태|쐈|쏘|쏜)"
)
_STEMS = {"내주": "내", "내줘": "내", "내준": "내", "내시": "내", "낸": "내", "부담해": "부담하"}
_STEMS |= {"쐈": "쏘", "쏜": "쏘"}


def _paid_stem(text: str, end: int) -> str | None:
    found = _PAID.match(text, end)
    if found is None:
        return None
    verb = found["v"].replace(" ", "")
    return _STEMS.get(verb, verb)


def the_figure_paid(
    step: str, candidates: Sequence[re.Match[str]], text: str, wanted: re.Match[str]
) -> list[re.Match[str]]:
    """Of ``candidates``, the one paid with the verb the follow-up's figure is paid with.

    Args:
        step: The earlier step the candidates were found in.
        candidates: Its figures of the follow-up's unit, in order.
        text: The follow-up turn.
        wanted: The follow-up's figure.

    Returns:
        That one alone when the follow-up's figure is said with a verb of paying ("15만원
        내시면") and exactly one candidate is said with it ("12만원 먼저 내주고"); else all.
    """
    if not USE_PAID_VERB or len(candidates) < 2:
        return list(candidates)
    said = _paid_stem(text, wanted.end())
    if said is None:
        return list(candidates)
    paid = [q for q in candidates if _paid_stem(step, q.end()) == said]
    return paid if len(paid) == 1 else list(candidates)
