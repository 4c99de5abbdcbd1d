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

# A date with its counting said around it (opens56k, set 47), restated as the days before or
# after it that the reader counts:
# - "2028년 10월 3일이 디데이면 d-100은": 100 days before the D-day. (D+N is left alone: Korean
#   habit counts the D-day itself as day 1 there, so D+100 is 99 days after.)
# - "2028년 4월 10일에 주문했는데 배송 45일 걸린대 언제와": 45 days after the order.
_DAY = r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일"
_DATE = rf"(?P<date>{_DAY})"
_D_MINUS = re.compile(
    rf"{_DATE}\s*(?:이|가|은|는)?\s*(?:[가-힣]{{1,6}}\s*)?(?:디데이|d-?day|d데이)\s*(?:이면|면|라면|이라면|인데|이니까)\s*,?\s*"
    r"d\s*-\s*(?P<n>\d+)\s*(?:일)?\s*(?:은|는|이|가|이면|면)?(?=[\s?？]|$)"
)
_DELIVERED = re.compile(
    rf"{_DATE}\s*(?:에)?\s*(?:[가-힣]{{1,8}}\s*){{0,2}}?(?:주문|결제|구매|발송)\s*(?:했는데|하면|했어|했고|하고|했으면)"
    r"\s*,?\s*(?:배송|도착|배달)?\s*(?:이|은|는|까지)?\s*(?P<n>\d+)\s*일\s*"
    r"(?:걸린대|걸린다는데|걸리면|걸린다면|걸린다고|걸린다네|소요된대|걸려)\s*,?\s*"
    r"(?:언제\s*(?:와|도착|받아|오|받|올)|며칠에\s*(?:와|도착|받)|몇\s*월\s*며칠)[가-힣?? ]*$"
)

# Today's date said, then an event's D-N (opens57k, set 48): "오늘 2029년 5월20일이고 시험이
# D-45래 시험날 몇월며칠이야" is 45 days after today; so in English, "today is may 20 2029
# and the exam is d-45, what date is the exam". Only with the day asked after it (a date, 언제,
# 며칠), so "D-45면 몇주 남은거야" stays another question.
# (The date reader may have said "오늘이 <date>인데" as "<date> 기준" already.)
_TODAY_D_MINUS = re.compile(
    rf"^\s*(?=오늘|{_DAY}\s*기준)(?:오늘\s*(?:은|이)?\s*)?{_DATE}\s*"
    r"(?:이고|인데|이니까|이야|이래|기준|,)?\s*,?\s*"
    r"(?:[가-힣]{1,8}\s*)?(?:이|가|은|는)?\s*d\s*-\s*(?P<n>\d+)\s*"
    r"(?:이래|래|이라는데|이라던데|이라던데|이면|면|인데|이니까|이야|이라|라)?\s*,?\s*"
    r"(?:[가-힣]{1,8}\s*)?(?:이|은|는)?\s*(?:몇\s*월\s*며\s*칠|며\s*칠|언제|날짜)[가-힣?？ ]*$"
)
_TODAY_D_MINUS_EN = re.compile(
    r"^\s*today\s+is\s+(?P<date>[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*(?:,|and|so)?\s*"
    r"(?:(?:the|my|our)\s+[a-z]+\s+(?:is|was)\s+)?d\s*-\s*(?P<n>\d+)\s*[,.;]?\s*"
    r"(?:so\s+)?(?:what|which)\s+(?:date|day)\s+is\s+(?:it|the\s+[a-z]+|that)\s*\??\s*$"
)

# A span from today with today's date said (set 49): "today is aug 3 2030, what date is it
# 6 weeks from now", "it's march 1 2031 today - what's the date in 10 days", "what day will
# it be 3 weeks out if today is jan 9 2030": the span counted from the date said, as "6
# weeks after aug 3 2030". Only a full date (month name, day, year) and one span.
# An ISO date ("today = 2029-12-28", probes58) is as full as a month name's (cal58e3).
_EN_FULL_DATE = (
    r"(?P<date>[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}(?![\d-]))"
)
# The lead may be left out when the span itself is the question ("today = 2029-12-28. 3
# weeks from today?", probes58): the sentence ends there, so the span is what is asked.
_EN_SPAN_ASKED = (
    r"(?:(?:what(?:'?s|\s+is|\s+will\s+be)?\s+(?:the\s+)?(?:date|day)|which\s+(?:date|day)|when"
    r"|(?:the\s+)?date)"
    r"(?:\s+(?:is\s+it|was\s+it|will\s+it\s+be|would\s+it\s+be|is\s+that|does\s+that\s+land\s+on|is))?"
    r"\s+)?(?P<in>in\s+)?(?P<n>\d{1,4})\s+(?P<u>days?|weeks?|months?|years?)"
    r"(?(in)|\s+(?P<d>from\s+(?:now|today)|later|out|ahead|away|from\s+here|ago|back))"
    r"\s*(?:from\s+(?:now|today))?\s*[?.!]*"
)
_TODAY_IS_EN = (
    r"(?:today\s+is\s+|today'?s\s+|it'?s\s+|its\s+|it\s+is\s+|today\s*[=:]\s*)(?:the\s+date\s+)?"
    + _EN_FULL_DATE
    + r"(?:\s+today|\s+rn|\s+right\s+now)?"
)
_SPAN_FROM_TODAY_SAID_EN = (
    re.compile(
        rf"^\s*(?:so\s+|ok\s+|say\s+|if\s+)?{_TODAY_IS_EN}\s*[,.;:-]?\s*(?:and\s+|so\s+)?"
        rf"{_EN_SPAN_ASKED}\s*$"
    ),
    re.compile(
        rf"^\s*{_EN_SPAN_ASKED}\s*,?\s*(?:if|when|given|since)\s+{_TODAY_IS_EN}\s*[?.!]*\s*$"
    ),
)


def _span_from_today_said(m: re.Match[str]) -> str:
    way = "before" if (m["d"] or "") in ("ago", "back") else "after"
    return f"what date is {m['n']} {m['u']} {way} {m['date']}"


# A day's name said before its full date, its weekday asked (opens56k, set 47): "내생일
# 2030년 5월20일인데 무슨요일이야", "우리 결혼기념일이 2031년 4월 12일이야 무슨 요일이야".
_NAMED_THEN_WEEKDAY = re.compile(
    rf"^(?:[가-힣]{{1,6}}\s*){{1,2}}?(?:이|가|은|는)?\s*{_DATE}\s*"
    r"(?:인데|이야|이고|이니까|은|는|이)?\s*,?\s*(?=(?:무슨|몇)\s*요일)"
)


def restate_date_labels(text: str) -> str:
    """``text`` with a weekday question's lead and a date's label in the forms read.

    Args:
        text: The normalised, lower-cased question (holiday names already dated).

    Returns:
        For example "what day is july 4 2027" for "what weekday is july 4 2027", and
        "2027년 10월 9일 무슨 요일이야" for "2027년 10월 9일 10월 9일 무슨 요일이야".
    """
    s = _NAMED_THEN_WEEKDAY.sub(lambda m: f"{m['date']} ", text)
    s = _D_MINUS.sub(lambda m: f"{m['date']}에서 {m['n']}일 전은", s)
    s = _TODAY_D_MINUS.sub(lambda m: f"{m['date']}부터 {m['n']}일 뒤는", s)
    for form in _SPAN_FROM_TODAY_SAID_EN:
        s = form.sub(_span_from_today_said, s)
    s = _TODAY_D_MINUS_EN.sub(lambda m: f"{m['n']} days after {m['date']}", s)
    s = _DELIVERED.sub(lambda m: f"{m['date']}부터 {m['n']}일 뒤는", s)
    if _DO_LEAD.match(s) and _FALLS_ON.search(s):
        s = _FALLS_ON.sub("", _DO_LEAD.sub("what day is ", s))
    s = _WEEKDAY_LEAD.sub("what day is ", s)
    s = _SAID_TWICE.sub(lambda m: f"{m['y']}년 {m['m']}월 {m['d']}일", s)
    return _LABEL_BEFORE_DATE.sub(lambda m: f"{m['y']}년 {m['m']}월 {m['d']}일", s)
