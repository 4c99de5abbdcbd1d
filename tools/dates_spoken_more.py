"""More date questions as people type them, restated in the forms ``tools.dates`` reads.

Found by the nineteenth unseen set; each is a rewrite of the lower-cased question:

- A weekday said after a full date ("2027년 4월 8일 목요일이면", "4월 8일(목)") adds nothing
  when it is that date's weekday, and is dropped; a weekday that disagrees is kept (the
  question is then not read, never answered from one of the two).
- "D-며칠", "디데이 며칠" ask the days left: "며칠".
- What the target date is ("6월 3일 시험까지") does not change the count: the words between
  a date and its 까지 are dropped ("6월 3일까지"). Left in, the date reader took "3일
  시험까지" for another span and answered "-271일".
- "july 4, 2027 falls on what day", "what day does july 4, 2027 fall on" ask its weekday:
  "what day of the week is july 4, 2027".
"""

from __future__ import annotations

import re
from datetime import date

from tools.dates_end_said_first_52b import end_said_before_count_from

__all__ = ["restate_more_date_forms"]

_KO_WEEKDAYS = "월화수목금토일"
_DATE_THEN_WEEKDAY = re.compile(
    r"(?P<date>(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일)\s*"
    r"(?:\(\s*(?P<w1>[월화수목금토일])\s*\)|(?P<w2>[월화수목금토일])요일)"
)
_DDAY = re.compile(r"(?:d\s*-\s*|디\s*데이\s*|d-?day\s*)(?=며칠|몇\s*일)")
_KO_DATE = r"(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
_EVENT_BEFORE_UNTIL = re.compile(rf"(?P<date>{_KO_DATE})\s+(?:[가-힣]{{1,6}}\s*){{1,2}}?까지")
_EN_DATE = r"[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
# (Set 53: "march 1st 2033 is what day" went to a local model, "The day is 2023": the
# ordinal, and "is what day" with no "on", were not read.)
_EN_FALLS_ON = re.compile(
    rf"^(?P<date>{_EN_DATE})\s+(?:falls|fall|lands|is(?:\s+on)?|was(?:\s+on)?|will\s+be)"
    r"\s+(?:on\s+)?(?:what|which)\s+(?:day|weekday)"
    r"(?:\s+of\s+the\s+week)?\s*\??$"
    rf"|^what\s+day(?:\s+of\s+the\s+week)?\s+does\s+(?P<date2>{_EN_DATE})\s+(?:fall|land)\s+on\s*\??$"
)


def _weekday_kept_if_other(m: re.Match[str]) -> str:
    said = m["w1"] or m["w2"]
    try:
        actual = _KO_WEEKDAYS[date(int(m["y"]), int(m["m"]), int(m["d"])).weekday()]
    except ValueError:
        return m.group(0)
    return m["date"] if said == actual else m.group(0)


def restate_more_date_forms(text: str) -> str:
    """The question in forms the date reader knows (unchanged when no rule applies).

    Args:
        text: The normalised, lower-cased question.

    Returns:
        For example "2027년 4월 8일이면 다음 주 수요일이 며칠이야" for "2027년 4월 8일
        목요일이면 다음 주 수요일이 며칠이야".
    """
    s = _DATE_THEN_WEEKDAY.sub(_weekday_kept_if_other, text)
    s = _DDAY.sub("", s)
    if "며칠" in s or re.search(r"몇\s*일", s):
        s = _EVENT_BEFORE_UNTIL.sub(lambda m: f"{m['date']}까지", s)
    falls = _EN_FALLS_ON.match(s.strip())
    if falls is not None:
        s = f"what day of the week is {falls['date'] or falls['date2']}"
    # "my visa expires nov 30 2028, how many days is that from aug 15 2028" (set 43).
    return end_said_before_count_from(s)
