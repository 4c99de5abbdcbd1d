"""A day count whose dates each carry what happens on them: "2028년 3월 2일 개강부터 6월 30일
종강까지 며칠이야".

The day-count reader knows "DATE부터 DATE까지 며칠"; a word naming the day's event between a
date and its 부터/까지 ("개강부터", "종강까지") left the turn to a model (set 44). The word is
a label of the date just before it and moves nothing, so it is dropped when both ends are
dates and days are asked. Words that move or narrow a date (다음, 오늘, 기준 …) and times of
day (오전, 저녁 …) are not labels: the text then stays as said and is read, or not, as before.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["labels_between_dropped"]

_KO_DATE = r"(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
_NOT_LABEL = (
    r"(?:다음|다다음|지난|저번|이번|오늘|내일|모레|어제|그제|올해|내년|작년|기준|"
    r"오전|오후|아침|저녁|밤|새벽|점심|낮|정오|자정|당일|전날|다음날)"
)
_LABEL = rf"(?!{_NOT_LABEL})[가-힣]{{1,6}}?"
# "3월 2일 개강부터 6월 30일 종강까지": a label after each date, either one optional.
_LABELLED_SPAN = LazyPattern(
    rf"(?P<a>{_KO_DATE})\s*(?:(?:의\s*)?(?P<la>{_LABEL})(?:일|날)?\s*)?부터\s*"
    rf"(?P<b>{_KO_DATE})\s*(?:(?:의\s*)?(?P<lb>{_LABEL})(?:일|날)?\s*)?까지"
    r"(?=\s*(?:총\s*)?(?:며칠|몇\s*일|몇일))"
)


def labels_between_dropped(text: str) -> str:
    """``text`` with the labels after a day count's two dates dropped; other text unchanged.

    Args:
        text: A normalised, lower-cased date question.

    Returns:
        "2028년 3월 2일부터 6월 30일까지 며칠이야" for "2028년 3월 2일 개강부터 6월 30일 종강까지
        며칠이야".
    """
    said = _LABELLED_SPAN.search(text)
    if said is None or not (said["la"] or said["lb"]):
        return text
    if re.search(r"\d", said["la"] or "") or re.search(r"\d", said["lb"] or ""):
        return text
    return f"{text[: said.start()]}{said['a']}부터 {said['b']}까지{text[said.end() :]}"
