"""Follow-ups of a date answer, counted from that answer rather than from today.

After "오늘이 2026년 12월 1일이면 모레가 며칠이지?" (a date), "거기서 2주 뒤는" moves *that*
date; after "2027년 2월 말일이 무슨 요일이야", "다음달 말일은?" is the month after *that*
month's; after a count of days to a date ("D-day 며칠 남았어?"), "그럼 D-100은 언제야" is 100
days before that date and "and till new year's day?" is the same count to another end.
Asked alone, each would be counted from today: a wrong answer, not a missing one.

Each rule restates the turn as one date question the dates handler reads whole (so the
follow-up's step replays like any other), or gives ``None``: the turn is not of these
forms, or the previous answer is not the kind of date it needs.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS
from tools.handlers import HandlerResult, match_deterministic
from tools.korean_numbers import normalize_numerals

__all__ = ["answer_from_date", "date_step", "is_date_follow_up"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# The detail of a count of days: "2026-12-01 → 2027-11-18".
_SPAN = re.compile(r"(?P<start>\d{4}-\d{2}-\d{2})\s*→\s*(?P<end>\d{4}-\d{2}-\d{2})")
_LEAD_KO = r"^\s*(?:그럼|그러면|그렇다면)?\s*"
_ASKS_KO = (
    r"\s*(?:은|는|이|가|엔|에는)?\s*(?:며칠|언제|몇\s*월\s*며칠|몇\s*일|몇일|날짜|무슨\s*요일|몇\s*요일)?"
    r"\s*(?:이야|야|이에요|예요|인가요|이지|일까요?|이죠|지)?\s*[?？!.]*\s*$"
)
# "거기서 2주 뒤는": the words saying the count starts at the date just answered.
_FROM_THERE = (
    r"(?:거기서|거기에서|그로부터|그\s*날\s*(?:로부터|부터|에서|기준으로?)"
    r"|그\s*날짜\s*(?:로부터|부터|에서|기준으로?))"
)
_SHIFT_KO = LazyPattern(
    _LEAD_KO + _FROM_THERE + r"\s*(?P<n>\d{1,4})\s*(?P<u>일|주일|주|개월|달|년)\s*"
    r"(?:더\s*)?(?:(?P<d>뒤|후|이후|지나서|지나면|전|이전)"
    # "거기서 2주 더 가면": a further span forward, said by going on.
    r"|(?P<on>더\s*(?:가면|가서|간\s*날|있으면|있다가|지나서|지나면)))" + _ASKS_KO
)
_SHIFT_EN = LazyPattern(
    r"^\s*(?:and|then|so)?\s*(?:what(?:'s|\s+is|\s+about)\s+)?(?P<n>\d{1,4})\s+"
    r"(?P<u>day|week|month|year)s?\s+(?P<d>after|before)\s+(?:that|then|that\s+date|that\s+day)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
# "and another 2 weeks from there?", "then 10 more days": a further span forward, with "more"
# or "another" (a bare "2 weeks later" could be counted from today).
_MORE_EN = LazyPattern(
    r"^\s*(?:and|then|so|ok(?:ay)?)?[\s,]*(?:what(?:'s|\s+is|\s+about)\s+|how\s+about\s+)?"
    r"(?:(?P<another>another)\s+)?(?P<n>\d{1,4})\s+(?:(?P<more>more|further)\s+)?"
    r"(?P<u>day|week|month|year)s?\s*(?:(?P<more2>more)\s*)?"
    r"(?:(?:from|after)\s+(?:there|that|then|that\s+date|that\s+day)|later|on(?:\s+top)?)?"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
# "다음달 말일은?", "그 전달 1일은?": a day of the month next to (or before) the date's.
_MONTH_NEXT_TO = LazyPattern(
    _LEAD_KO + r"(?:그\s*)?(?P<w>다다음\s*달|다음\s*달|전\s*달|지난\s*달|저번\s*달)\s*(?:의\s*)?"
    r"(?P<day>말일|마지막\s*날|첫날|첫\s*날|(?P<d>\d{1,2})\s*일)" + _ASKS_KO
)
_MONTH_STEP = {"다다음": 2, "다음": 1, "전": -1, "지난": -1, "저번": -1}
# "그럼 D-100은 언제야": in a countdown, D-N is N days before the day counted to.
_D_MINUS = LazyPattern(
    r"^\s*(?:그럼|그러면|and|then|so)?\s*d\s*-\s*(?P<n>\d{1,4})" + _ASKS_KO, re.I
)
# "and till new year's day?", "그럼 크리스마스까지는?": the same count to another end.
_NEW_END_EN = LazyPattern(
    r"^\s*(?:and|then|so|what\s+about|how\s+about)\s+(?:how\s+many\s+days\s+)?"
    r"(?:till|until|til|to)\s+(?P<end>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_NEW_END_KO = LazyPattern(
    _LEAD_KO + r"(?P<end>[^?？]+?)\s*까지(?:는|은)?\s*(?:며칠|몇\s*일|몇일)?\s*(?:남았\S*)?"
    r"\s*(?:이야|야|이에요|예요|인가요)?\s*[?？]*\s*$"
)


# "한 달", "두 주", "이틀", "일주일": spans said in words, as the figures the rules read.
_DAY_WORDS = {
    "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15,
}  # fmt: skip
_NATIVE_SPAN = re.compile(
    "(?P<n>" + "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True)) + r")\s*(?P<u>달|주|해)"
)


def _spans_in_figures(text: str) -> str:
    text = re.sub("|".join(_DAY_WORDS), lambda m: f"{_DAY_WORDS[m[0]]}일", text)
    text = re.sub(r"일주일", "1주", text)
    text = _NATIVE_SPAN.sub(
        lambda m: f"{KOREAN_COUNT_FORMS[m['n']]}{'년' if m['u'] == '해' else m['u']}", text
    )
    return normalize_numerals(text)


def _iso(text: str) -> date | None:
    m = _ISO.fullmatch(text)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _from_date(text: str, on: date) -> tuple[str, str] | None:
    plain = _spans_in_figures(text)
    shift = _SHIFT_KO.match(plain)
    if shift is not None:
        step = f"{on.isoformat()}부터 {shift['n']}{shift['u']} {shift['d'] or '뒤'}"
        return step, f"counted from {on.isoformat()}"
    shift = _SHIFT_EN.match(plain)
    if shift is not None:
        step = f"{shift['n']} {shift['u'].lower()}s {shift['d'].lower()} {on.isoformat()}"
        return step, f"counted from {on.isoformat()}"
    more = _MORE_EN.match(plain)
    if more is not None and (more["another"] or more["more"] or more["more2"]):
        step = f"{more['n']} {more['u'].lower()}s after {on.isoformat()}"
        return step, f"counted from {on.isoformat()}"
    month = _MONTH_NEXT_TO.match(plain)
    if month is None:
        return None
    word = re.sub(r"\s*달$", "", month["w"].replace(" ", ""))
    year, index = divmod(on.year * 12 + on.month - 1 + _MONTH_STEP[word], 12)
    last = calendar.monthrange(year, index + 1)[1]
    day = month["day"].replace(" ", "")
    number = last if day in ("말일", "마지막날") else 1 if day == "첫날" else int(month["d"])
    if number > last:
        return None  # "다음달 31일" of a 30-day month: no such date
    step = f"{year}년 {index + 1}월 {number}일은 몇 월 며칠"
    return step, f"{month['w']} of {on.isoformat()}"


def _from_count(text: str, start: str, end: str) -> tuple[str, str] | None:
    plain = normalize_numerals(text)
    before = _D_MINUS.match(plain)
    if before is not None:
        return f"{end}부터 {before['n']}일 전", f"D-{before['n']} of {end}"
    new_end = _NEW_END_EN.match(plain)
    if new_end is not None:
        return f"how many days from {start} to {new_end['end']}", f"from {start} again"
    new_end = _NEW_END_KO.match(plain)
    # ("12월 5일부터 설날까지는?" names a start of its own: a new question, not this count.)
    if new_end is not None and not re.search(r"부터|에서", new_end["end"]):
        return f"{start}부터 {new_end['end']}까지 며칠", f"from {start} again"
    return None


def is_date_follow_up(text: str) -> bool:
    """Whether ``text`` has the form of one of these follow-ups (the previous answer unseen)."""
    dated = _spans_in_figures(text)
    forms = (_SHIFT_KO, _SHIFT_EN, _MONTH_NEXT_TO, _D_MINUS, _NEW_END_EN, _NEW_END_KO)
    more = _MORE_EN.match(dated)
    if more is not None and (more["another"] or more["more"] or more["more2"]):
        return True
    return any(form.match(dated) for form in forms)


def date_step(text: str, previous: HandlerResult) -> tuple[str, str] | None:
    """The date question a follow-up amounts to, counted from the previous date answer.

    Args:
        text: The follow-up turn ("거기서 2주 뒤는", "다음달 말일은?", "그럼 D-100은 언제야").
        previous: The previous turn's result.

    Returns:
        One step the dates handler reads whole, and one line for the trace; ``None``
        when the turn is not of these forms or the previous answer is no date.
    """
    if previous.handler != "dates":
        return None
    on = _iso(str(previous.value))
    if on is not None:
        return _from_date(text, on)
    span = _SPAN.fullmatch(previous.detail)
    if span is not None and isinstance(previous.value, float):
        return _from_count(text, span["start"], span["end"])
    return None


def answer_from_date(
    text: str, previous: HandlerResult, now: datetime | None = None
) -> tuple[str, HandlerResult, str] | None:
    """The step, the dates handler's answer and the trace line for a date follow-up.

    A count to another end that turns negative where the first was not (or the other
    way round) is declined: "3월 15일까지는?" after a count into next year means next
    year's 15 March, which a date without its year read against today is not.
    """
    dated = date_step(text, previous)
    if dated is None:
        return None
    result = match_deterministic(dated[0], now=now)
    if result is None or result.handler != "dates":
        return None
    before, after = previous.value, result.value
    if isinstance(before, float) and isinstance(after, float) and (before < 0) != (after < 0):
        return None
    return dated[0], result, dated[1]
