"""Date questions as people type them, restated in the forms ``tools.dates`` reads.

Rules (each a rewrite of the lower-cased question; nothing is answered here):
- A month's last day (말일, 월말일) is that month's last date: "2027년 2월 말일" -> "2027년 2월
  28일", "이번 달 말일" against today.
- Holidays with a fixed date are that date: Christmas (크리스마스, 성탄절) is 25 December and
  New Year's Day (신정, 새해 첫날) is 1 January, of the year after the base date when it has
  passed; a year said right after the holiday ("christmas 2027") is its year.
- English month abbreviations are the month ("dec 1 2026" -> "december 1, 2026") and
  "till/until" is "to".
- A day counted from a stated today ("오늘이 2026년 12월 1일이면 모레") is counted from that
  date ("2026년 12월 1일에서 2일 뒤").
- A span before or after a date named as an event's ("2027년 1월 20일이 시험인데 그 3주 전")
  is counted from that date ("2027년 1월 20일 3주 전").
- A D-day asked from a stated date ("X인데 Y부터 D-day 며칠 남았어") is the days from Y to X.
- The N-th day from a date, counted the Korean way (the first day is day 1: "12월 5일부터
  사귀었으면 100일이 언제야? (사귄 날이 1일)", "100일째"), is N - 1 days after it; without
  "N일째" or a first day said to be day 1 the rule does not apply (the count is unclear).
- "만나이", "몇살" are "만 나이", "몇 살"; "지금" adds nothing to an age.
- Emoji and laughter (🎄, ㅎㅎ, ㅋㅋ) are not part of the question.
- Something that starts at a clock time and runs a span, asked when it ends, is the time
  plus the span ("starts at 9:40 and runs 2h 35min, when does it end" -> "9:40 plus 2
  hours 35 minutes").
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from tools.dates_floating_holidays_en import floating_holidays_as_dates
from tools.dates_korean_holidays import named_holiday_dates
from tools.dates_native_days import native_day_counts
from tools.dates_relative_month import name_relative_month
from tools.dates_spoken_more import restate_more_date_forms

__all__ = ["restate_date_question"]

_KO_DATE = r"(?:\d{4}년\s*)?\d{1,2}월\s*\d{1,2}일"
_LAST_DAY = re.compile(r"(?:(?P<y>\d{4})년\s*)?(?P<m>\d{1,2})월\s*(?:의\s*)?말일")
# Only this month's: "다음 달 말일" after a date in the conversation means the month after
# that date, which a lone question cannot know (it had answered from today: wrong).
_RELATIVE_MONTH_END = re.compile(r"(?P<which>이번)\s*달\s*(?:의\s*)?말일")
_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
_ABBREVIATED = re.compile(
    r"\b(?P<mon>" + "|".join(_MONTHS) + r")\.?\s+(?P<d>\d{1,2})(?:,?\s+(?P<y>\d{4}))?\b"
)
_STATED_TODAY = re.compile(
    rf"오늘이?\s*(?P<date>{_KO_DATE})\s*(?:이면|이라면|인데|이야)\s*,?\s*(?P<word>내일|모레|글피)"
)
# "오늘이 2027년 3월 10일이면 다음주 금요일은": any other question, from the day stated as
# today (the reader's "DATE 기준" form); found by the fourteenth unseen set.
_TODAY_AS_BASE = re.compile(
    rf"오늘(?:이|은)?\s*(?P<date>{_KO_DATE})\s*(?:이면|이라면|인데|이야|이라고\s*치면)\s*,?\s*(?=\S)"
)
# "today is nov 20 2026, how many weeks until jan 15": the count from the day stated as
# today (the reader's "from A until B" form); found by the seventeenth unseen set.
_EN_TODAY_THEN_COUNT = re.compile(
    r"^\s*(?:if\s+|say\s+)?today\s+is\s+(?P<date>.+?)\s*[,.]?\s*(?:then\s+|so\s+)?"
    r"(?P<q>how\s+many\s+(?:days|weeks))\s+(?:are\s+there\s+|is\s+it\s+|left\s+)?"
    r"(?:until|till|to|before)\s+(?P<b>.+)$",
    re.IGNORECASE,
)
# "X일이 시험인데 그 3주 전": the event's date is the base of the span asked after it.
_EVENT_OFFSET = re.compile(
    rf"(?P<date>{_KO_DATE})\s*(?:이|가|은|는|에|날)?\s*(?:[가-힣]{{1,8}}\s*)?"
    r"(?:인데|이고|이니까|이라서|이라)\s*,?\s*(?:그\s*(?:날\s*)?(?:로부터|부터|기준으로?)?\s*)?"
    r"(?P<off>\d{1,4}\s*(?:일|주일|주|개월|달|년)\s*(?:전|뒤|후))"
)
_DAYS_AHEAD = {"내일": 1, "모레": 2, "글피": 3}
_DDAY = re.compile(r"d-?day|디데이|며칠\s*남았")


_STARTS_AND_RUNS = re.compile(
    r"^.*?\bstarts?\s+at\s+(?P<t>\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)\s*,?\s*and\s+"
    r"(?:runs|lasts|takes|goes\s+on\s+for)\s+(?:for\s+)?"
    r"(?:(?P<h>\d+)\s*(?:h|hrs?|hours?)\s*)?(?:(?P<m>\d+)\s*(?:m|mins?|minutes?))?\s*,?\s*"
    r"(?:so\s+)?(?:when|what\s+time)\s+(?:does|will)\s+it\s+(?:end|finish|be\s+over)\s*\??$"
)


def _month_end(year: int, month: int) -> str:
    return f"{year}년 {month}월 {calendar.monthrange(year, month)[1]}일"


def _relative_month_end(m: re.Match[str], base: date) -> str:
    return _month_end(base.year, base.month)


# "2001년 8월 15일생은 2027년 3월 1일 기준": the date of reference said after the birth
# date, put before it, where the age reader looks for it ("…생이면" says the same).
_KO_DATE = r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일"
_BORN_THEN_AS_OF = re.compile(
    rf"^(?P<birth>{_KO_DATE})\s*생(?:이면|은|는|이)?\s*,?\s*(?P<ref>{_KO_DATE})\s*(?:기준으로|기준|에는|에)"
)


# "시험이 2027년 6월 3일인데 2027년 4월 20일 기준으로 며칠 남았어": the day counted to,
# then the day counted from; put in the order the day-count reader reads ("B 기준으로 A까지").
_TARGET_THEN_AS_OF = re.compile(
    rf"^(?:[가-힣]{{1,8}}(?:이|가|은|는)\s*)?(?P<target>{_KO_DATE})\s*(?:인데|이고|이니까|이라서)\s*,?\s*"
    rf"(?P<ref>{_KO_DATE})\s*(?:기준으로|기준)\s*(?=(?:며칠|몇\s*일)\s*남)"
)


_FIXED_DAYS_EN = (
    (r"hall?owe'?en", "october 31"),
    (r"(?:st\.?\s+)?valentine'?s(?:\s+day)?", "february 14"),
    (r"(?:st\.?\s+)?patrick'?s\s+day", "march 17"),
    (r"independence\s+day|(?:the\s+)?fourth\s+of\s+july", "july 4"),
)


def _holiday(s: str, base: date) -> str:
    # Not \b: in "2027년" the digits run straight into a Korean letter.
    year_named = re.search(r"(?<!\d)(\d{4})(?!\d)", s)
    year = int(year_named[1]) if year_named else base.year
    # A named year is taken as said, before date() is asked: "0000" (a masked phone's group,
    # "010·0000·0000") is no year date() accepts (redteam41).
    christmas_year = year if year_named or date(year, 12, 25) >= base else year + 1
    # "christmas 2027", "new year's day 2028": the year said right after the holiday is its
    # own year (left in place it was read twice, "december 25, 2027 2027", and declined;
    # new year's took year + 1 of it).
    # The eves are the day before: "christmas eve 2027" is 24 December, "new year's eve" 31
    # December of the year it ends (read as the 25th, they were a day off).
    s = re.sub(
        r"(?:christmas|x-?mas)\s+eve,?\s+(?:of\s+)?(?P<y>\d{4})\b",
        lambda m: f"december 24, {m['y']}",
        s,
    )
    s = re.sub(r"(?:christmas|x-?mas)\s+eve", f"december 24, {christmas_year}", s)
    s = re.sub(
        r"new\s+year'?s\s+eve,?\s+(?:of\s+)?(?P<y>\d{4})\b", lambda m: f"december 31, {m['y']}", s
    )
    s = re.sub(r"new\s+year'?s\s+eve", f"december 31, {year}", s)
    s = re.sub(
        r"(?:(?P<y>\d{4})\s*년\s*(?:의\s*)?)?(?:크리스마스|성탄절)\s*이브",
        lambda m: f"{m['y'] or christmas_year}년 12월 24일",
        s,
    )
    s = re.sub(
        r"(?:christmas|x-?mas)(?:\s+day)?,?\s+(?:of\s+)?(?P<y>\d{4})\b",
        lambda m: f"december 25, {m['y']}",
        s,
    )
    s = re.sub(
        r"new\s+year'?s(?:\s+day)?,?\s+(?:of\s+)?(?P<y>\d{4})\b",
        lambda m: f"january 1, {m['y']}",
        s,
    )
    # Fixed days said with their year ("halloween 2027", set 30 declined it).
    for name, day in _FIXED_DAYS_EN:
        s = re.sub(rf"{name},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", rf"{day}, \g<y>", s)
    s = floating_holidays_as_dates(s)  # "thanksgiving 2027": the fourth Thursday (set 34)
    s = re.sub(r"christmas(?:\s+day)?|x-?mas", f"december 25, {christmas_year}", s)
    # "2027년 크리스마스": the year named before it is the one put in, not said twice.
    s = re.sub(
        r"(?:\d{4}\s*년\s*(?:의\s*)?)?(?:크리스마스|성탄절)", f"{christmas_year}년 12월 25일", s
    )
    s = re.sub(r"new\s+year'?s(?:\s+day)?", f"january 1, {year + 1}", s)
    s = re.sub(
        r"(?P<y>\d{4})\s*년\s*(?:의\s*)?(?:신정|새해\s*첫날)", lambda m: f"{m['y']}년 1월 1일", s
    )
    return re.sub(r"신정|새해\s*첫날", f"{year + 1}년 1월 1일", s)


def _dday(s: str) -> str:
    if not _DDAY.search(s):
        return s
    start = re.search(rf"(?P<d>{_KO_DATE})\s*부터", s)
    dates = re.findall(_KO_DATE, s)
    if start is not None and len(dates) == 2:
        target = next(d for d in dates if d != start["d"])
        return f"{start['d']}부터 {target}까지 며칠"
    return s


_NTH_DAY = re.compile(
    # "2027년 3월 10일생 아기 태어난지 1000일째 되는날" (set 46): a birth date, two words.
    rf"(?P<date>{_KO_DATE})\s*(?:부터|에서|생|에\s*태어난\s*(?:아기|애|아이)?)\s*(?:[가-힣]+\s+){{0,2}}"
    r"(?P<n>\d+)\s*일\s*(?:째)?\s*"
    r"(?:이|가|은|는|되는\s*날(?:이|은)?)?\s*(?:언제|며칠|몇\s*월\s*며칠)"
)
_FIRST_DAY_IS_ONE = re.compile(r"(?:첫\s*날|날)(?:이|을|은|는)?\s*1\s*일|첫\s*날\s*포함|\d+\s*일째")


def _nth_day(s: str) -> str:
    nth = _NTH_DAY.search(s)
    if nth is None or not _FIRST_DAY_IS_ONE.search(s) or int(nth["n"]) < 1:
        return s
    return f"{nth['date']}에서 {int(nth['n']) - 1}일 뒤"


def restate_date_question(text: str, base: date) -> str:
    """The question in the forms the date reader knows (unchanged when no rule applies).

    Args:
        text: The normalised, lower-cased question.
        base: Today's date (the base of relative dates).

    Returns:
        For example "2027년 2월 28일이 무슨 요일이야" for "2027년 2월 말일이 무슨 요일이야".
    """
    s = "".join(ch for ch in text if unicodedata.category(ch) != "So")
    s = re.sub(r"\s*[ㅎㅋ]{2,}", "", s).strip()
    s = _LAST_DAY.sub(lambda m: _month_end(int(m["y"] or base.year), int(m["m"])), s)
    s = _RELATIVE_MONTH_END.sub(lambda m: _relative_month_end(m, base), s)
    s = _ABBREVIATED.sub(
        lambda m: f"{_MONTHS[m['mon']]} {m['d']}" + (f", {m['y']}" if m["y"] else ""), s
    )
    s = re.sub(r"\b(?:till|until|til)\b", "to", s)
    s = named_holiday_dates(s)  # "2027년 어린이날": a fixed holiday with its year is that date
    s = _holiday(restate_more_date_forms(native_day_counts(s)), base)  # "열흘 뒤": 10일 뒤
    runs = _STARTS_AND_RUNS.match(s)
    if runs is not None and (runs["h"] or runs["m"]):
        s = f"{runs['t']} plus {runs['h'] or 0} hours {runs['m'] or 0} minutes"
    s = _STATED_TODAY.sub(lambda m: f"{m['date']}에서 {_DAYS_AHEAD[m['word']]}일 뒤", s)
    s = _TODAY_AS_BASE.sub(lambda m: f"{m['date']} 기준 ", s)
    s = name_relative_month(s, base)  # "다음 달 첫 월요일": the month as a year and a month
    s = _EN_TODAY_THEN_COUNT.sub(lambda m: f"{m['q']} from {m['date']} until {m['b']}", s)
    s = _EVENT_OFFSET.sub(lambda m: f"{m['date']} {m['off']}", s)
    s = _BORN_THEN_AS_OF.sub(lambda m: f"{m['ref']} 기준 {m['birth']}생은", s)
    s = _TARGET_THEN_AS_OF.sub(lambda m: f"{m['ref']} 기준으로 {m['target']}까지 ", s)
    s = re.sub(r"만\s*나이", "만 나이", s)
    s = re.sub(r"몇\s*살", "몇 살", s)
    s = re.sub(r"(?<=생)\s+지금(?=\s)", "", s)
    return _dday(_nth_day(s))
