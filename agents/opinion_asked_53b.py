"""A turn that asks for a judgement of the previous answer, not for a figure.

"is that a good price for a jacket tho" after the jacket's price with tax (set 43): its
"that" points back, so :func:`agents.thread_figures.continues` took it for a question going
on from the last one, and the local model's bare "$139.36" (the previous answer again) was
shown under the general-knowledge banner. A judgement asked of the figure ("a good price",
"too expensive", "worth it", "비싼 거야?", "살 만해?") asks nothing to compute: a reply that
is only the previous figure answers none of it.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["asks_an_opinion"]

_OPINION = LazyPattern(
    r"\b(?:is|was|isn'?t|wasn'?t|would|does)\s+(?:that|it|this|that\s+price)\s+(?:really\s+)?"
    r"(?:(?:a|an)\s+)?(?:good|bad|fair|decent|reasonable|great|ok(?:ay)?|normal|typical|solid)"
    r"\s+(?:price|deal|value|rate|buy|amount)"
    r"|\b(?:is|was|isn'?t)\s+(?:that|it|this)\s+(?:too\s+|really\s+|kinda\s+|kind\s+of\s+)?"
    r"(?:expensive|cheap|pricey|steep|a\s+rip\s*-?\s*off|a\s+lot|too\s+much|overpriced|worth\s+it)"
    r"|\bworth\s+(?:it|the\s+money)\b|\bam\s+i\s+(?:over\s*paying|getting\s+ripped\s+off)"
    r"|(?:괜찮은|적당한|합리적인)\s*가격|비싼\s*(?:거|건|편)|싼\s*(?:거|건|편)|살\s*만\s*해|할\s*만\s*해"
    r"|바가지",
    re.IGNORECASE,
)


def asks_an_opinion(question: str) -> bool:
    """Whether ``question`` asks for a judgement ("is that a good price") of a figure."""
    return _OPINION.search(question) is not None
