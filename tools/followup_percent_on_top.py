"""A follow-up saying the previous amount comes with a percentage on top ("20% 더 받는대").

Blind set 30 read "she adds 15% for rush jobs" (after 1,020) as 15% *of* the amount, 153:
the last resort of :mod:`tools.followups` applies a turn holding a reference and a
percent as a share of the result, and "그거 야간이라 20% 더 받는대" or "it's 15% more for
rush jobs" went the same way. A percent said with a word of more ("더 받", "추가", "할증",
"more", "extra", "surcharge", "on top") raises the amount by it, a word of a lower price
("20% 더 싸대", "15% cheaper", "10% lower") takes it off (the same fallback gave 20% of
the amount for "20% 더 싸대"); both at once, a refund or a discount word (their own
readers'), a rate set to a level, a percent already in the previous turn (which of the
two is meant is not said), interest over time or a second figure decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["percent_on_top"]

_PERCENT = LazyPattern(r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent\b|per\s*cent\b)", re.I)
_RAISED = LazyPattern(
    r"더\s*(?:받|내|붙|나오|나와|든|비싸)|추가|할증|가산|붙(?:는|어|음|으면|여)|인상"
    r"|오르(?:면|는|고)|올라|오른대|올리(?:면|고)|올려"  # "내년에 5% 오르면 월급은?" (set 46)
    r"|\bmore\b|\bextra\b|\bsurcharge|\bpremium\b|\bmark(?:s|ed)?[\s-]?up\b|\bon\s+top\b"
    r"|\brush\b|\btacks?\s+on\b|\bhigher\b",
    re.I,
)
_CHEAPER = LazyPattern(r"싸|저렴|내려|내리|인하|떨어|\bcheaper\b|\bless\b|\blower\b|\bdown\b", re.I)
# Read elsewhere ("15% 할인", "20% off", "80% 돌려받으면"): never guessed here.
_OTHER_READERS = LazyPattern(
    r"할인|깎|빼|덜|돌려|환급|캐시백|페이백|세일|\boff\b|\bdiscount|\bminus\b|\bback\b|\bsale\b"
    r"|\bof\s+(?:it|that|this|the)\b|의\s*\d|중\s*\d",
    re.I,
)
# "one of them charges 20% more": which amount it is on is not said (set 28's tradesmen).
_ONE_OF_SEVERAL = LazyPattern(
    r"(?<![가-힣])하나(?:는|가|만)|그\s*중|\bone\s+of\b|\bthe\s+other\b|\beither\b|\bsome\s+of\b",
    re.I,
)
_INTEREST = LazyPattern(
    r"이자|이율|금리|복리|단리|매년|매달|\binterest\b|\bAPR\b|\bper\s+year\b", re.I
)
# "knock it down to 30%", "35%까지 내려간대": a rate set to a level, the rate readers' work.
_TO_A_LEVEL = LazyPattern(
    r"\bto\s+\d+(?:\.\d+)?\s*(?:%|percent\b)|\d+(?:\.\d+)?\s*%\s*(?:로|으로|까지)", re.I
)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def percent_on_top(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous amount raised by the percent the turn says comes on top, or ``None``.

    Args:
        text: The follow-up ("she adds 15% for rush jobs", "야간이라 20% 더 받는대").
        steps: The previous turn's step texts.
    """
    percent = _PERCENT.search(text)
    if not steps or percent is None or len(_FIGURE.findall(text)) != 1:
        return None
    if _ONE_OF_SEVERAL.search(text):
        return None
    if _OTHER_READERS.search(text) or _INTEREST.search(text) or _TO_A_LEVEL.search(text):
        return None
    if any("%" in step for step in steps):
        return None  # "add 20%" after "a 15% tip": the tip's rate anew, or on top? Not said.
    raised, cheaper = _RAISED.search(text) is not None, _CHEAPER.search(text) is not None
    rate = percent["p"]
    if raised and not cheaper:
        return [*steps, f"그 금액에 {rate}% 더하면"], f"plus {rate}%"
    if cheaper and not raised:
        return [*steps, f"그 금액에서 {rate}% 할인하면"], f"less {rate}%"
    return None
