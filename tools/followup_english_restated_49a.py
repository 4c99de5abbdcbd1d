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

__all__ = ["remark_as_what_if", "told_as_plain_change"]

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


# A new figure said as a remark (opens55e, set 46): "ugh its 4.29 at the station by my
# work" after a tank of gas at 3.89, "he said hed do 4.5% actually" after a loan at 6%: one
# figure, said as what something is (or what someone will do), and where or when at most;
# as "what if its 4.29" says it, so the rules place the figure in the slot of its kind.
# Tried only when the turn as said is read by nothing (:func:`said_plainly`).
_LEAD = r"(?:(?:ugh|oh|ah|hmm|well|ok|okay|but|actually|wait|damn|dang|welp|lol|nvm)[,.!]*\s+)*"
_SAID_BY = r"(?:(?:he|she|they|the\s+[a-z]+|my\s+[a-z]+)\s+(?:said|says|told\s+me)\s+(?:that\s+)?)?"
_WOULD = (
    r"(?:(?:he|she|they|it)(?:'d|d|\s+would|'ll|ll|\s+will|\s+can|\s+could)\s+"
    r"(?:do|give\s+(?:me|us)|charge(?:\s+(?:me|us))?|make\s+it|go|let\s+(?:me|us)\s+have\s+it\s+(?:at|for))"
    r"|(?:turns\s+out\s+)?(?:it'?s|it\s+is|its|that'?s|thats)(?:\s+actually|\s+now|\s+only)?)"
)
_WHERE = (
    r"(?:\s+(?:at|near|by|in|over|down|on)\s+[a-z' ]{1,40}|\s+here|\s+there)?"
    r"(?:\s+(?:actually|now|instead|today|tho|though|lol))*"
)
_REMARK = LazyPattern(
    rf"^\s*{_LEAD}{_SAID_BY}{_WOULD}\s+(?:like\s+)?(?P<x>\$?\d+(?:\.\d+)?\s*%?)"
    rf"(?!\s*(?:more|less|off|extra|each|per|a|an)\b){_WHERE}\s*[.!]*\s*$",
    re.IGNORECASE,
)


def remark_as_what_if(text: str) -> str:
    """``text`` as "what if its X" when it remarks one new figure; else as is."""
    m = _REMARK.match(text)
    if m is None:
        return text
    return f"what if its {m['x'].replace(' ', '')}"
