"""English follow-ups told as what happens, said in the words the follow-up rules read.

- "leave it in for 5 years instead", "keep it there for 18 months": only the span changes,
  as "5 years instead" says it (the rules place a new span of the one span there is).
- "a quarter of that goes to tax, what do I keep", "the owner takes 30% of that, what's
  left for me": the previous result less that share, as "take 25% off that" says it.
A turn of neither shape comes back unchanged. Found by sets 24 and 26, where each went to a
model although the plain wording was read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["told_as_plain_change"]

_SPAN = r"(?P<n>\d+(?:\.\d+)?)\s+(?P<u>years?|months?|weeks?|days?)"
_LEFT_IN_FOR = LazyPattern(
    r"^\s*(?:and|so|ok|what\s+if\s+i|if\s+i)?\s*,?\s*(?:leave|keep|lock|let)\s+(?:it|the\s+money|that)\s+"
    rf"(?:in\s+|there\s+|in\s+there\s+|sit\s+)?for\s+{_SPAN}(?:\s+instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SHARES = {"half": "50", "a half": "50", "a quarter": "25", "a fifth": "20", "a tenth": "10"}
_SHARE = r"(?P<share>half|a\s+half|a\s+quarter|a\s+fifth|a\s+tenth|\d+(?:\.\d+)?\s*%)"
_KEEP = (
    r"\s*[,.;]?\s*(?:so\s+)?(?:what(?:'s|\s+is|\s+do\s+i|\s+does\s+that)\s+"
    r"(?:left|keep|leave|have\s+left|clear|net)(?:\s+for\s+me|\s+me|\s+over)?"
    r"|how\s+much\s+(?:do\s+i\s+keep|is\s+left(?:\s+for\s+me)?))\s*[?.!]*\s*$"
)
_SHARE_GOES = LazyPattern(
    rf"^\s*(?:and|but|so)?\s*,?\s*{_SHARE}\s+of\s+(?:that|it|this)\s+goes\s+(?:to|on|in)\s+"
    rf"[a-z]+(?:\s+[a-z]+)?{_KEEP}",
    re.IGNORECASE,
)
_SHARE_TAKEN = LazyPattern(
    r"^\s*(?:and|but|so)?\s*,?\s*(?:the|my|our|their)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    rf"(?:takes|gets|keeps)\s+{_SHARE}\s+(?:of\s+(?:that|it|this)|off\s+the\s+top){_KEEP}",
    re.IGNORECASE,
)


def _percent(share: str) -> str:
    said = " ".join(share.lower().split())
    return _SHARES.get(said) or said.replace("%", "").strip()


def told_as_plain_change(text: str) -> str:
    """``text`` in the words the follow-up rules read ("take 25% off that"); else as is."""
    span = _LEFT_IN_FOR.match(text)
    if span is not None:
        return f"{span['n']} {span['u']} instead"
    share = _SHARE_GOES.match(text) or _SHARE_TAKEN.match(text)
    if share is not None:
        return f"take {_percent(share['share'])}% off that"
    return text
