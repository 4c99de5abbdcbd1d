"""Date questions said with extra words around the date: a weekday asked as "what weekday",
a day's name put between the year and the date.

"what weekday is july 4 2027" and "which weekday was 3 march 2026" ask what "what day of
the week is …" asks, and "what day does … fall on" too; the date reader knows only the
"what day is …" lead. "2027년 한글날 10월 9일 무슨 요일이야" and "2027년 내 생일 3월 5일은
무슨 요일이야" name the day and then give its date: the name is a label of the date said
right after it, not a date of its own. A fixed holiday's name is first written as its date
(tools.dates_korean_holidays), so a name and a date that disagree ("2027년 한글날 10월 8일")
leave two different dates side by side and nothing answers: which one is meant is not ours
to choose.
"""

from __future__ import annotations

import re

__all__ = ["restate_date_labels"]

# "what weekday is", "which week day was", "what day of the week will be" -> "what day is".
_WEEKDAY_LEAD = re.compile(
    r"^(?:what|which)\s+(?:week\s*day|day\s+of\s+the\s+week)\s+(?:is|was|will\s+be)\s+"
)
# "... fall on", "... land on" closing a do-question ("what day does x fall on").
_FALLS_ON = re.compile(r"\s+(?:fall|falls|land|lands)\s+on\s*\??$")
_DO_LEAD = re.compile(
    r"^(?:what|which)\s+(?:week\s*day|day\s+of\s+the\s+week|day)\s+(?:does|did|will)\s+"
)
# "2027년 <one or two words> 10월 9일": a label between the year and the month. Words that
# move a date (다음, 지난, 이번, 오늘 …) or end a clause are not labels.
_NOT_LABELS = (
    r"(?:다음|다다음|지난|저번|이번|오늘|내일|모레|어제|그제|올해|내년|작년|부터|까지|에서|기준)"
)
_LABEL_BEFORE_DATE = re.compile(
    r"(?P<y>\d{4})\s*년\s*(?:의\s*)?"
    rf"(?P<label>(?!{_NOT_LABELS})[가-힣]{{1,8}}(?:\s+(?!{_NOT_LABELS})[가-힣]{{1,8}})?)\s*(?:은|는|인|,)?\s+"
    r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
)
# The same month and day said twice in a row (a holiday's name already written as its
# date, then the date itself): one of them is enough.
_SAID_TWICE = re.compile(
    r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*,?\s*"
    r"(?P=m)\s*월\s*(?P=d)\s*일"
)


def restate_date_labels(text: str) -> str:
    """``text`` with a weekday question's lead and a date's label in the forms read.

    Args:
        text: The normalised, lower-cased question (holiday names already dated).

    Returns:
        For example "what day is july 4 2027" for "what weekday is july 4 2027", and
        "2027년 10월 9일 무슨 요일이야" for "2027년 10월 9일 10월 9일 무슨 요일이야".
    """
    s = text
    if _DO_LEAD.match(s) and _FALLS_ON.search(s):
        s = _FALLS_ON.sub("", _DO_LEAD.sub("what day is ", s))
    s = _WEEKDAY_LEAD.sub("what day is ", s)
    s = _SAID_TWICE.sub(lambda m: f"{m['y']}년 {m['m']}월 {m['d']}일", s)
    return _LABEL_BEFORE_DATE.sub(lambda m: f"{m['y']}년 {m['m']}월 {m['d']}일", s)
