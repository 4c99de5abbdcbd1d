"""A rate taken off an amount, then a share of what is left (set 49).

"월급 320만원에서 4대보험 9.4% 떼고 남은거의 40% 저축하면 저축액 얼마야" is
3,200,000 x (1 - 9.4%) x 40% = 1,159,680원; the calculator read the two percents as bare
shares and declined. "after 22% tax on 5000, i put 30% of what's left into savings" is the
same form in English. The share of the rest is what is asked: a sentence that goes on to
ask what is left after that share ("나머지는", "how much is left") is not read here, nor one
with any figure besides the amount and the two rates.
"""

from __future__ import annotations

import re

from tools.calculator_won_or_not import in_won_or_not

__all__ = ["share_of_rest_after_rate", "share_of_rest_in_won", "share_of_rest_unnamed"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# "4대보험" names the social insurances; its 4 is no figure of the sum.
_INSURANCES = re.compile(r"4\s*대\s*보험")
_KO = re.compile(
    rf"(?P<a>{_N})\s*원?\s*(?:에서|중에?|인데|이고|받으면|받는데)\s*,?\s*(?:[가-힣]+\s*){{0,2}}?"
    rf"(?P<r>{_N})\s*%\s*(?:를|을)?\s*(?:떼|빼|빠지|공제|제하)[가-힣]*\s*"
    r"(?:남은\s*(?:거|것|돈|금액)?|나머지|남는\s*(?:거|것|돈|금액)?)\s*(?:의|에서|중에?)\s*"
    rf"(?P<s>{_N})\s*%(?P<tail>.*)$"
)
_EN = re.compile(
    rf"(?:after|minus|less|take\s+off|taking\s+off)\s+(?P<r>{_N})\s*%\s*(?:[a-z]+\s+){{0,2}}?"
    rf"(?:on|off|from)\s+\$?(?P<a>{_N})\b[^%]*?\b(?P<s>{_N})\s*%\s*of\s+"
    r"(?:what'?s\s+left|what\s+is\s+left|the\s+rest|the\s+remainder|what\s+remains)(?P<tail>.*)$",
    re.IGNORECASE,
)
# The rest after the share asked instead of the share: another question.
_REST_AFTER_ASKED = re.compile(r"남|나머지|쓸\s*수|쓸\s*돈|\bleft\b|\bremain|\brest\b", re.I)


def share_of_rest_after_rate(digits: str) -> str | None:
    """``a * (1 - r / 100) * s / 100`` for "a에서 r% 떼고 남은거의 s%", or ``None``.

    Args:
        digits: The question with its numerals as digits ("320만원" as "3200000원").
    """
    text = _INSURANCES.sub("사대보험", digits.replace(",", ""))
    m = _KO.search(text) or _EN.search(text)
    if m is None or _REST_AFTER_ASKED.search(m["tail"]):
        return None
    if sorted(_FIGURE.findall(text)) != sorted([m["a"], m["r"], m["s"]]):
        return None  # a figure with no role here: the sentence says more than this reading
    if not (0 < float(m["r"]) < 100 and 0 < float(m["s"]) <= 100):
        return None
    return f"{m['a']} * (1 - {m['r']} / 100) * {m['s']} / 100"


# The reading in won and in no named unit, for the calculator's early readers.
share_of_rest_in_won, share_of_rest_unnamed = in_won_or_not(share_of_rest_after_rate)
