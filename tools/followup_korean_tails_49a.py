"""Korean follow-ups that state a new rate with a tail that adds nothing to it.

"할증 40%짜리 시간대면?" asks what "할증 40%짜리면?" asks (the fare at the 40% hours), and
"멤버십 할인은 25%래 그걸로 하면" what "멤버십 할인은 25%래" asks (the bill at that
discount): the noun after a rate's "짜리" only names what has that rate, and "그걸로 하면"
(go with that) points at the rate just said, not at the previous result. Left in, the noun
was a word the slot reader did not know and "그걸" a reference that made the turn an
operation on the result, so both went to a model. A new amount heard from someone
("관리비 9만원으로 오른대", "옆집은 키로에 5만 9천원이래") is said as the condition the readers
know ("관리비 9만원이면?"): the hearsay ending only says who told it. Only a turn with that
one figure: "1엔에 9원이래" tells a rate per another base, which is no new amount. The
tails are cut; the readers then decide as for the shorter turn, and a turn with anything
else is left as it is.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["without_empty_tails"]

# "40%짜리 시간대면", "40%짜리 요금제로 하면": the thing named after a rate's 짜리.
_NOUN_AFTER_RATE = LazyPattern(
    r"(?P<rate>\d+(?:\.\d+)?\s*%)\s*짜리\s+[가-힣]{1,5}?\s*(?:이면|면|으로\s*하면|로\s*하면)"
    r"(?=\s*[?？.!~]*\s*$)"
)
# "25%래 그걸로 하면", "3만원이래 그걸로 계산하면": "with that" after the figure just said.
_WITH_THAT = LazyPattern(
    r"(?<=[\d%원가-힣])\s*,?\s*그(?:걸|것)으?로\s*(?:하면|계산하면|해서|치면|하자|해\s*줘|다시)"
    r"\s*(?:얼마(?:야|예요)?)?\s*[?？.!~]*\s*$"
)


# "9만원으로 오른대", "5만 9천원이래", "25%라던데": an amount or rate heard, at the turn's end.
_HEARD = LazyPattern(
    r"(?P<figure>\d[\d,.]*(?:\s*[만천백]\s*(?:\d[\d,.]*)?)*\s*(?:원|%))\s*"
    r"(?:(?:이|으로|로)?\s*(?:이래요|래요|이래|래|이라네|라네|이라던데|라던데|이었대|였대)"
    r"|(?:으로|로)\s*(?:오른대|올랐대|오른다네|올랐다네|올린대|올렸대|내린대|내렸대|내려간대|"
    r"바뀐대|바뀌었대|된대|됐대|변경됐대)(?:요)?)"
    r"(?=\s*[?？.!~ㅋㅎㅠ]*\s*$)"
)


# "4주 꽉 채우면", "12개월 다 채우면" (set 46): the span filled is the span said.
_SPAN_FILLED = LazyPattern(
    r"(?P<span>\d+\s*(?:주|달|개월|일|시간))\s*(?:을|를)?\s*(?:꽉\s*꽉|꽉|다|풀로|전부|가득)\s*"
    r"(?:채우면|채워서\s*하면|채워\s*일하면|채워서\s*일하면)(?=\s*[?？.!~ㅋㅎ]*\s*$)"
)
# "포인트 3000점 쓰면", "적립금 2천원 쓰면" (set 46): points spent are won taken off.
_POINTS_USED = LazyPattern(
    r"(?:포인트|적립금|마일리지)\s*(?:를|을)?\s*(?P<n>\d[\d,]*)\s*(?:점|원|포인트|p|P)?\s*"
    r"(?:쓰면|사용하면|차감하면|까면)(?=\s*[?？.!~ㅋㅎ]*\s*$)"
)
_FIGURES = re.compile(r"\d+(?:\.\d+)?")


def without_empty_tails(text: str) -> str:
    """``text`` without a noun after "N%짜리", a closing "그걸로 하면" or hearsay; else as is."""
    if not re.search(r"\d", text):
        return text
    text = _NOUN_AFTER_RATE.sub(lambda m: f"{m['rate']}짜리면", text)
    text = _WITH_THAT.sub("", text)
    text = _SPAN_FILLED.sub(lambda m: f"{m['span']}면", text)
    if _POINTS_USED.search(normalize_numerals(text)):
        # Points are spent on what is paid: off the result, as "거기서" says.
        there = "" if re.search(r"거기서|여기서|그\s*(?:금액|가격)에서", text) else "거기서 "
        text = _POINTS_USED.sub(lambda m: f"{there}{m['n']}원 빼면", normalize_numerals(text))
    if len(_FIGURES.findall(normalize_numerals(text))) != 1:
        # "1엔에 9원이래": a rate told per another base, not one new amount (set 28's probe
        # of the slot reader gave 9원 for 30,000 yen).
        return text
    return _HEARD.sub(
        lambda m: f"{m['figure']}{'면' if m['figure'].endswith('%') else '이면'}", text
    )
