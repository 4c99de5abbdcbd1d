"""Follow-ups that restate a figure in the previous one's scale, or keep a share of the result.

Found by the ninth unseen set:

- :func:`bare_figure_in_scale`: "5400이면" after "연봉 4,800만원이면 …" is 5,400만: a figure
  typed without the 만 (or 억, 천) the previous amount was written with, of the same size
  as that amount's figure, is said in that amount's scale.
- :func:`share_kept_of_result`: "세후 90%면?" after a result with no percentage of its own
  is 90% of that result; the words that may come with the share say what is kept (after
  tax, take-home), never what is taken off ("세금 10%면" is another question). After "세금
  10% 떼면", "세후 90%면?" takes 10% off: the share taken is 100 less the share kept.
- :func:`share_of_result` (twenty-first set): "그중 딱 반을 적금에 넣으면?" after "월급
  3,400,000원에서 35% 저축하면" (1,190,000원) is half of that result, 595,000원: "그중" (of
  that) names the result, so "그 중 30%는?" is 30% of it, never the 35% made 30%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["bare_figure_in_scale", "share_kept_of_result", "share_of_result"]

Change = tuple[list[str], str]
_NUM = r"\d[\d,]*(?:\.\d+)?"

# "5400이면", "그럼 5,400이면?", "5400으로 하면": one figure with no unit at all.
_BARE_FIGURE = LazyPattern(
    rf"^\s*(?:그럼|그러면|만약)?\s*(?P<num>{_NUM})\s*"
    r"(?:이면|면|이라면|라면|으로\s*하면|로\s*하면|으로\s*치면|로\s*치면|은|는)\s*[?？]?\s*$"
)
# "4,800만원", "1.2억", "3천 원": a figure written with a Korean scale word before the unit.
_SCALED_AMOUNT = LazyPattern(rf"(?P<num>{_NUM})\s*(?P<scale>만|억|천)\s*(?=원|$|\s|[가-힣])")
_ANY_FIGURE = LazyPattern(_NUM)
# How far a bare figure may be from the old one and still be read in its scale: 5400 after
# 4,800만 is 5,400만, while 54,000,000 is written in full and read as it is.
_SAME_SIZE = 10.0


def _value(figure: str) -> float:
    return float(figure.replace(",", ""))


def bare_figure_in_scale(text: str, steps: Sequence[str]) -> Change | None:
    """``5400이면`` after "4,800만원": the figure said in the previous amount's scale."""
    turn = _BARE_FIGURE.match(text)
    if turn is None or not steps:
        return None
    step = steps[-1]
    scaled = list(_SCALED_AMOUNT.finditer(step))
    if len(scaled) != 1 or len(_ANY_FIGURE.findall(step)) != 1:
        return None  # no scaled amount, or other figures the bare one might replace
    old = scaled[0]
    new, before = _value(turn["num"]), _value(old["num"])
    if before <= 0 or not (1 / _SAME_SIZE <= new / before <= _SAME_SIZE):
        return None  # not the same size: the figure is not that amount restated
    start, end = old.span("num")
    changed = step[:start] + turn["num"] + step[end:]
    return [*steps[:-1], changed], f"{old['num']}{old['scale']} → {turn['num']}{old['scale']}"


# "세후 90%면?", "실수령 85%면", "90%만 받으면?", "what about 90% after tax?": a share kept.
_KEPT_SHARE = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:세후|세금\s*떼고|세금\s*빼고|실수령(?:액)?(?:이|은)?|손에\s*쥐는\s*게)?"
    rf"\s*(?P<pct>{_NUM})\s*(?:%|퍼센트|퍼)\s*(?:만)?\s*(?:이면|면|받으면|남으면|라면)"
    r"\s*(?:얼마(?:야|예요|에요|임)?)?\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|what\s+about\s+|what\s+if\s+i\s+(?:keep|get)\s+)?(?:after[-\s]tax\s*,?\s*)?"
    rf"(?:at\s+)?(?P<en_pct>{_NUM})\s*%\s*(?:after[-\s]tax|take[-\s]home|kept)?\s*\??\s*$",
    re.IGNORECASE,
)
_PERCENT_IN_STEP = LazyPattern(r"\d\s*(?:%|퍼센트|퍼(?![가-힣])|percent)", re.IGNORECASE)


def share_kept_of_result(text: str, steps: Sequence[str]) -> Change | None:
    """``세후 90%면?`` after a result with no percentage: that share of the result."""
    turn = _KEPT_SHARE.match(text)
    if turn is None or not steps:
        return None
    pct = turn["pct"] or turn["en_pct"]
    if any(_PERCENT_IN_STEP.search(step) for step in steps):
        # "세금 10% 떼면" then "세후 90%면?": 90% kept is 10% taken off, so the share taken
        # becomes 100 less the share kept (replaced by 90 it took 90% off: wrong).
        return _share_taken_off(turn, pct, steps)
    return [*steps, f"그 금액의 {pct}%는"], f"{pct}% of the previous result"


_TAKEN_OFF = LazyPattern(rf"(?P<num>{_NUM})\s*%\s*(?:를|을)?\s*(?:떼|빼|공제|제하|차감)")
_SAYS_KEPT = LazyPattern(
    r"세후|세금\s*떼고|세금\s*빼고|실수령|손에\s*쥐는|after[-\s]tax|take[-\s]home"
)


def _share_taken_off(turn: re.Match[str], pct: str, steps: Sequence[str]) -> Change | None:
    if _SAYS_KEPT.search(turn.group(0)) is None:
        return None  # "90%면?" alone: which share it is, kept or taken, is not said
    taken = list(_TAKEN_OFF.finditer(steps[-1]))
    if len(taken) != 1 or float(pct) > 100:
        return None
    off = f"{100 - float(pct):g}"
    start, end = taken[0].span("num")
    changed = steps[-1][:start] + off + steps[-1][end:]
    return [*steps[:-1], changed], f"{pct}% kept: {off}% taken off"


# "그중 딱 반을 적금에 넣으면?", "그 중 30%는?", "이 중 3분의 1만 주면?": "of that", a share,
# and at most where it goes. A verb that takes it away (쓰면, 빼면, 떼면) may ask what is
# left rather than the share, and "남" asks the rest outright: those are not read here.
_SHARE_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:그\s*중|이\s*중|그\s*금액\s*중)(?:에서?|에)?\s*"
    r"(?:딱|정확히|그냥)?\s*(?P<share>절반|반|\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)|\d+\s*분의\s*\d+)\s*"
    r"(?:만|을|를|은|는|이|가|만을)?\s*"
    r"(?:(?:[가-힣]{1,10}\s*)?(?:에|으로|로)\s*)?"
    r"(?:넣으면|넣는다면|저축하면|적금하면|투자하면|모으면|주면|드리면|보내면|이면|면|라면|이라면)?"
    r"\s*(?:얼마(?:야|예요|에요|임|지)?)?\s*[?？]?\s*$"
)
# "a third of that", "half of it?", "what if I put 30% of that into savings?". Not "what
# about 20% of it" after a 15% tip: there "it" may be the bill, the rate swapped.
_SHARE_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:(?:what(?:'s|\s+is)|how\s+much\s+is)\s+"
    r"|what\s+if\s+i\s+(?:only\s+)?(?:put|save|invest|give|send|set\s+aside|move)\s+)?"
    r"(?:just\s+|only\s+|exactly\s+)?(?P<share>half|a\s+third|a\s+quarter|a\s+fourth|a\s+fifth"
    r"|two\s+thirds|three\s+quarters|\d+(?:\.\d+)?\s*(?:%|percent))\s+of\s+(?:that|it|this)"
    r"(?:\s+(?:in|into|to|for|towards?|aside)(?:\s+[a-z]+){0,3})?\s*\??\s*$",
    re.IGNORECASE,
)
_FRACTIONS_EN = {
    "half": (1, 2),
    "a third": (1, 3),
    "a quarter": (1, 4),
    "a fourth": (1, 4),
    "a fifth": (1, 5),
    "two thirds": (2, 3),
    "three quarters": (3, 4),
}
_KO_FRACTION = LazyPattern(r"(?P<whole>\d+)\s*분의\s*(?P<part>\d+)")
_PERCENT_SHARE = LazyPattern(r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent)", re.IGNORECASE)


def _share_step(share: str) -> str | None:
    """The handlers' words for that share of the previous result ("그 금액의 30%는")."""
    plain = " ".join(share.lower().split())
    if plain in {"반", "절반"}:
        plain = "half"
    if plain in _FRACTIONS_EN:
        part, whole = _FRACTIONS_EN[plain]
        return f"그 금액의 {whole}분의 {part}는"
    fraction = _KO_FRACTION.fullmatch(plain)
    if fraction is not None:
        part, whole = int(fraction["part"]), int(fraction["whole"])
        return f"그 금액의 {whole}분의 {part}는" if 0 < part < whole else None
    percent = _PERCENT_SHARE.fullmatch(plain)
    if percent is not None and 0 < float(percent["pct"]) <= 100:
        return f"그 금액의 {percent['pct']}%는"
    return None


def share_of_result(text: str, steps: Sequence[str]) -> Change | None:
    """``그중 딱 반을 적금에 넣으면?``: that share of the previous result, nothing replaced."""
    turn = _SHARE_KO.match(text) or _SHARE_EN.match(text)
    if turn is None or not steps:
        return None
    step = _share_step(turn["share"])
    if step is None:
        return None
    return [*steps, step], f"{turn['share']} of the previous result"
