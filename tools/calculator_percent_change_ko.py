"""How many percent an amount grew or fell, asked in Korean ("… 몇프로 늘은거야").

Blind set 39: "작년 매출 2억이었는데 올해 2억3천이면 몇프로 늘은거야" went to a model, and "매출
200만원에서 230만원으로 늘면 몇 퍼센트 증가" was answered 4,300,000원 (the two amounts added)
on main. A question with exactly two figures, the earlier first, that asks by how many
percent (몇 %, 몇 퍼센트, 몇프로, 몇퍼) it rose or fell (늘, 증가, 올랐, 상승, 줄, 감소,
떨어, 하락, 내렸, 빠졌) is the change over the first: (b - a) / a * 100. Any other figure
(a third amount, a percent already said) leaves it to the other readers.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["amount_change_ko", "percent_change_ko"]

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_ASKS_CHANGE = LazyPattern(
    r"몇\s*(?:%|퍼센트|퍼|프로)\s*(?:나|가|이|정도|쯤)?\s*"
    r"(?:늘|증가|올|오르|오른|상승|뛰|줄|감소|떨어|하락|내렸|내린|내려|빠졌|빠진|깎|뺀|뺐|빼|찐|쪘)"
)
# "2억에서 2억3천으로", "작년 … 올해 …", "전에는 … 지금은": the earlier amount said first;
# a weight's or a length's unit too ("82키로에서 74키로 됐으면 몇프로 뺀거야", set 46).
_EARLIER_FIRST = LazyPattern(
    r"\d\s*(?:원|만원|달러|키로|킬로|kg|g|그램|cm|센치)?\s*(?:에서|이었는데|였는데|인데|이던게|던게|였던게|이었던게"
    # The earlier price said with 하다 ("4만원 하던게 5만2천원 됐으면", "만원 했던 게", opens52c).
    r"|하던\s*(?:게|거|것이)|했던\s*(?:게|거|것이)|하다가|했는데)"
    r"|작년|지난\s*(?:해|달|주|분기)|전년|전월|원래|예전"
)


def percent_change_ko(text: str) -> str | None:
    """``"(b - a) / a * 100"`` for two amounts and a rise or fall asked in percent, or None.

    Args:
        text: The question with numerals as digits ("200000000 … 230000000").
    """
    if "%" in _ASKS_CHANGE.sub("", text) or not _ASKS_CHANGE.search(text):
        return None
    figures = _FIGURE.findall(text)
    if len(figures) != 2 or not _EARLIER_FIRST.search(text):
        return None
    before, after = figures
    if float(before) == 0:
        return None
    return f"({after} - {before}) / {before} * 100"


# "얼마 오른거야", "얼마나 올랐어", "얼마 싸진거": the change itself asked in money (opens52c).
# "4만원 하던게 5만2천원 됐으면 얼마 오른거야" was the two amounts added (92,000원).
_ASKS_RISE = LazyPattern(r"얼마\s*(?:나|가|쯤|정도)?\s*(?:더\s*)?(?:올|오른|오르|늘|증가|비싸|뛰)")
_ASKS_FALL = LazyPattern(
    r"얼마\s*(?:나|가|쯤|정도)?\s*(?:더\s*)?(?:내렸|내린|내려|떨어|줄|감소|싸졌|싸진|빠졌|빠진)"
)


def amount_change_ko(text: str) -> str | None:
    """``"b - a"`` (or ``"a - b"`` for a fall) for two amounts in won, the earlier said first,
    and by how much it rose or fell asked; ``None`` otherwise. Amounts that moved the other
    way than asked are declined (ToolInputError), never added.

    Args:
        text: The question with numerals as digits.
    """
    rise, fall = _ASKS_RISE.search(text), _ASKS_FALL.search(text)
    if (rise is None) == (fall is None) or "%" in text or re.search(r"몇\s*(?:퍼|프로)", text):
        return None
    figures = _FIGURE.findall(text)
    if len(figures) != 2 or not _EARLIER_FIRST.search(text):
        return None
    before, after = figures
    if "원" not in text:
        return None  # a weight's or a length's change: left to the other readers
    if (float(after) > float(before)) != (rise is not None):
        # "4만원에서 5만원이면 얼마 내린거야": asked a fall of a rise; never the two added.
        raise ToolInputError(f"{text!r} asks a change the other way than its amounts moved")
    return f"{after} - {before}" if rise is not None else f"{before} - {after}"
