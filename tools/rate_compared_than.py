"""A rate said as a comparison of two things ("20% more than a tie", "넥타이보다 20% 비싸")
is never a share of the amount the request states.

"A shirt costs 20% more than a tie. Together they cost 88. How much is the tie?" was
answered 17.6 (20% of 88) by the one-amount reader (blind set 34, a wrong answer): the 88
is what the two cost together and the 20% relates one unknown price to another, so the
question is a small equation (t + 1.2t = 88), not a share. The same holds for "20% less
than", "15% cheaper than" and the Korean "…보다 20% 비싸/싸/많/적". The reader declines
and the step goes to a model; a percent change asked between two stated figures is read
by its own form before this reader and is unaffected, and so is a rate relating a thing to
one whose price is stated ("15% less than the coat, and the coat is 200": 170).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["rate_compares_two_things"]

_COMPARATIVES_EN = (
    r"more|less|cheaper|dearer|pricier|bigger|larger|smaller|higher|lower|fewer|heavier"
    r"|lighter|longer|shorter|older|younger|faster|slower|more\s+expensive|less\s+expensive"
)
_PERCENT = r"\d+(?:\.\d+)?\s*(?:%|퍼센트|프로|percent\b|per\s*cent\b)"
# "20% more than", "15% cheaper than", "10% more expensive than"; "넥타이보다 20% (더)",
# "그것보다 10프로".
_COMPARED = LazyPattern(
    rf"{_PERCENT}\s*(?:{_COMPARATIVES_EN})\s+than\b"
    rf"|[가-힣A-Za-z)]\s*보다\s*(?:더\s*)?{_PERCENT}",
    re.IGNORECASE,
)


# The amount stated is what both come to: "together", "combined", "합쳐서", "둘이 합".
_BOTH_TOGETHER = LazyPattern(
    r"\btogether\b|\bcombined\b|\bbetween\s+them\b|\bin\s+total\b|\baltogether\b|\bboth\b"
    r"|합쳐서|합치면|합해서|합하면|둘이\s*합|모두\s*합|총합",
    re.IGNORECASE,
)


def rate_compares_two_things(text: str) -> bool:
    """Whether ``text`` relates two things by a rate and states only what both come to.

    ("A coat is 200 and a bag costs 15% less than the coat" states the coat's price: that
    share is still read.)

    Args:
        text: The request as asked, or normalised by the calculator (labels kept).
    """
    return _COMPARED.search(text) is not None and _BOTH_TOGETHER.search(text) is not None
