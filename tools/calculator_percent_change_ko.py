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

from core.lazy_regex import LazyPattern

__all__ = ["percent_change_ko"]

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_ASKS_CHANGE = LazyPattern(
    r"몇\s*(?:%|퍼센트|퍼|프로)\s*(?:나|가|이|정도|쯤)?\s*"
    r"(?:늘|증가|올|오르|오른|상승|뛰|줄|감소|떨어|하락|내렸|내린|내려|빠졌|빠진|깎|뺀|뺐|빼|찐|쪘)"
)
# "2억에서 2억3천으로", "작년 … 올해 …", "전에는 … 지금은": the earlier amount said first;
# a weight's or a length's unit too ("82키로에서 74키로 됐으면 몇프로 뺀거야", set 46).
_EARLIER_FIRST = LazyPattern(
    r"\d\s*(?:원|만원|달러|키로|킬로|kg|g|그램|cm|센치)?\s*(?:에서|이었는데|였는데|인데|이던게|던게|였던게|이었던게)"
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
