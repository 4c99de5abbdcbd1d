"""Date arithmetic in Korean and English, anchored to Asia/Seoul by default.

Every function that depends on "today" takes an optional ``now`` so tests (and
replays of old conversations) get the same answer every time.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from core.errors import ToolInputError
from core.text import ENGLISH_MONTH_NUMBERS, ENGLISH_MONTHS
from tools.dates_clock import clock_after_span
from tools.dates_clock_span import span_between_clocks
from tools.dates_clock_span_en import span_between_clocks_en
from tools.dates_clock_span_same_half_56t import span_same_half_ko
from tools.dates_days_in_month_54k import days_in_month
from tools.dates_days_in_year_55t import days_in_year
from tools.dates_event_named_49a import event_named_after_date
from tools.dates_event_offset_56t import event_offset_said_plainly
from tools.dates_event_weekday_61z import weekday_of_stated_event_date
from tools.dates_forms_54e import (
    age_asked_as_span,
    clock_moved_from_weekday,
    span_between_24h_times,
    year_said_after_span,
    year_start_weekday,
)
from tools.dates_labels_between_53a import labels_between_dropped
from tools.dates_ordinal import nth_weekday_of_month
from tools.dates_overnight_24h_56t import overnight_24h_span
from tools.dates_restated_labels import restate_date_labels
from tools.dates_shared_year import end_after_start, start_in_end_year
from tools.dates_slots_58o import slots_restated
from tools.dates_spoken import restate_date_question
from tools.dates_today_said_56t import today_said_plainly
from tools.dates_twelve_hour_55t import twelve_hour_time
from tools.dates_weekday_if_54e import weekday_supposed
from tools.dates_weekdays import weekdays_between
from tools.dates_zones import clock_in_other_zone
from tools.followup_break_off_span_56t import span_less_break_ko

__all__ = [
    "DEFAULT_TZ",
    "DateAnswer",
    "answer_date_question",
    "days_between",
    "format_date",
    "parse_date",
    "shift_date",
    "today",
    "weekday_name",
]

DEFAULT_TZ = ZoneInfo("Asia/Seoul")
Lang = Literal["ko", "en"]

_KO_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ENGLISH_MONTH_NUMBERS
_ANCHOR_DAYS = {
    "오늘": 0, "지금": 0, "현재": 0, "today": 0, "now": 0,
    "내일": 1, "tomorrow": 1, "모레": 2, "내일모레": 2, "the day after tomorrow": 2, "글피": 3,
    "어제": -1, "yesterday": -1, "그제": -2, "그저께": -2, "the day before yesterday": -2,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ABS_DATE = (
    r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\.?"
    r"|(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
    rf"|(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE})\.?(?:,?\s*\d{{4}})?"
)
_ANCHOR = "|".join(sorted(_ANCHOR_DAYS, key=len, reverse=True)) + "|" + _ABS_DATE
_UNIT = r"일|주일|주|개월|달|년|days?|weeks?|months?|years?"
_KO_WD = "|".join(f"{d}요일" for d in _KO_WEEKDAYS)
_EN_WD = "|".join(_EN_WEEKDAYS)


@dataclass(frozen=True)
class DateAnswer:
    """The answer to a date question: a date, a weekday or a number of days."""

    kind: Literal["date", "weekday", "days"]
    answer: str
    detail: str
    date: date | None = None
    days: int | None = None


def today(now: datetime | None = None) -> date:
    """Today's date in Asia/Seoul (a naive ``now`` is taken as Seoul time)."""
    if now is None:
        return datetime.now(DEFAULT_TZ).date()
    return (now.astimezone(DEFAULT_TZ) if now.tzinfo else now).date()


def shift_date(
    start: date, *, days: int = 0, weeks: int = 0, months: int = 0, years: int = 0
) -> date:
    """Add (or subtract) calendar units; month ends clamp (Jan 31 + 1 month = Feb 28/29)."""
    total_months = start.year * 12 + (start.month - 1) + months + years * 12
    year, month = divmod(total_months, 12)
    if not 1 <= year <= 9999:
        raise ToolInputError(
            f"the result falls outside years 1-9999 (year {year}); use a smaller offset"
        )
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    try:
        return date(year, month + 1, day) + timedelta(days=days + 7 * weeks)
    except OverflowError:
        raise ToolInputError(
            "the result falls outside years 1-9999; use a smaller offset"
        ) from None


def days_between(start: date, end: date) -> int:
    """Days from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return (end - start).days


def weekday_name(d: date, lang: Lang = "ko") -> str:
    """ "토요일" or "Saturday"."""
    wd = d.weekday()
    return f"{_KO_WEEKDAYS[wd]}요일" if lang == "ko" else _EN_WEEKDAYS[wd].capitalize()


def format_date(d: date, lang: Lang = "ko") -> str:
    """ "2025년 3월 1일 (토)" or "Saturday, March 1, 2025"."""
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일 ({_KO_WEEKDAYS[d.weekday()]})"
    return f"{weekday_name(d, 'en')}, {ENGLISH_MONTHS[d.month - 1].capitalize()} {d.day}, {d.year}"


def _make_date(y: int, m: int, d: int, text: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise ToolInputError(
            f"{text!r} is not a real calendar date; check the month and day"
        ) from None


def parse_date(text: str, *, now: datetime | None = None) -> date:
    """Parse "2025-03-01", "2025년 3월 1일", "3월 1일", "March 1, 2025", "오늘", "tomorrow".

    Raises:
        ToolInputError: When the text is not a date this module understands.
    """
    s = unicodedata.normalize("NFKC", text).strip().lower().rstrip(".")
    base = today(now)
    if s in _ANCHOR_DAYS:
        return base + timedelta(days=_ANCHOR_DAYS[s])
    if m := re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})", s):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := re.fullmatch(r"(?:(\d{4})\s*년\s*)?(\d{1,2})\s*월\s*(\d{1,2})\s*일", s):
        return _make_date(int(m[1] or base.year), int(m[2]), int(m[3]), text)
    m = re.fullmatch(rf"({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(\d{{4}}))?", s)
    if m:
        return _make_date(int(m[3] or base.year), _MONTHS[m[1]], int(m[2]), text)
    m = re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s*(\d{{4}}))?", s
    )
    if m:
        return _make_date(int(m[3] or base.year), _MONTHS[m[2]], int(m[1]), text)
    raise ToolInputError(
        f"could not read {text!r} as a date: use YYYY-MM-DD, '2025년 3월 1일', "
        "'March 1, 2025' or 'today'"
    )


def _offset(start: date, n: int, unit: str, sign: int) -> date:
    n *= sign
    if unit.startswith(("day", "일")):
        return shift_date(start, days=n)
    if unit.startswith(("week", "주")):
        return shift_date(start, weeks=n)
    if unit.startswith(("month", "개월", "달")):
        return shift_date(start, months=n)
    return shift_date(start, years=n)


def _weekday_ref(when: str, wd: int, base: date) -> date:
    """Resolve next/this/last <weekday>; "다음 주 X" means X in next Monday-start week."""
    monday = base - timedelta(days=base.weekday())
    if when in ("다음 주", "next week"):
        return monday + timedelta(days=7 + wd)
    if when in ("다다음 주",):
        return monday + timedelta(days=14 + wd)
    if when in ("이번 주", "this week", "this"):
        return monday + timedelta(days=wd)
    if when in ("지난 주", "저번 주", "last week"):
        return monday - timedelta(days=7 - wd)
    if when in ("다음", "next", "coming", "이번"):
        return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)
    # "지난 X" / "last X": the most recent X strictly before today.
    return base - timedelta(days=(base.weekday() - wd - 1) % 7 + 1)


def _resolve(expr: str, base: date, now: datetime | None) -> date | None:
    """Resolve one date expression (anchor, absolute date, offset, weekday ref)."""
    s = re.sub(r"\s+", " ", expr.strip().lower())
    s = re.sub(r"(다음|이번|지난|저번|다다음)\s*주", r"\1 주", s)
    if re.fullmatch(_ANCHOR, s):
        return parse_date(s, now=now)
    num = r"(?P<n>\d{1,6})\s*(?P<u>" + _UNIT + ")"
    ko = re.fullmatch(
        rf"(?:(?P<a>{_ANCHOR})\s*(?:부터|에서|로부터|기준으로|기준)?\s*)?{num}\s*"
        r"(?P<d>뒤|후|이후|지나서|지나면|지난 날|있으면|전|이전)",
        s,
    )
    en_in = re.fullmatch(rf"in\s+{num}(?:\s+from\s+(?P<a>{_ANCHOR}))?", s)
    en_rel = re.fullmatch(
        rf"{num}\s+(?P<d>from now|from today|later|ago|after|before|from)(?:\s+(?P<a>{_ANCHOR}))?",
        s,
    )
    en_op = re.fullmatch(rf"(?P<a>{_ANCHOR})\s*(?P<d>[+-])\s*{num}", s)
    for m in (ko, en_in, en_rel, en_op):
        if m is None:
            continue
        d = m.groupdict().get("d") or "in"
        if d in ("after", "before", "from") and not m["a"]:
            return None
        start = parse_date(m["a"], now=now) if m["a"] else base
        sign = -1 if d in ("전", "이전", "ago", "before", "-") else 1
        return _offset(start, int(m["n"]), m["u"], sign)
    # "2026년 12월 4일 다음 주 금요일", "2026-06-30의 그 다음 주 금요일": counted from a date.
    if m := re.fullmatch(
        rf"(?:(?P<a>{_ANCHOR})\s*(?:의|부터|에서|기준으로|기준)?\s*(?:그\s*)?)?"
        r"(?P<w>다음 주|다다음 주|이번 주|지난 주|저번 주|다음|이번|지난|저번)\s*"
        rf"(?P<wd>{_KO_WD})",
        s,
    ):
        start = parse_date(m["a"], now=now) if m["a"] else base
        return _weekday_ref(m["w"], _KO_WEEKDAYS.index(m["wd"][0]), start)
    if m := re.fullmatch(rf"(next|this|last|coming)\s+({_EN_WD})", s):
        return _weekday_ref(m[1], _EN_WEEKDAYS.index(m[2]), base)
    if m := re.fullmatch(rf"({_EN_WD})\s+(next week|this week|last week)", s):
        return _weekday_ref(m[2], _EN_WEEKDAYS.index(m[1]), base)
    return None


_KO_ENDINGS = re.compile(
    r"(?:[?!.]|\s*(?:이야|야|예요|에요|인가요|인가|일까요?|이지|입니까|이에요|인지|이니|니|냐|지|요"
    r"|알려\s*줘|알려\s*주세요|계산해\s*줘|돼|되나요|될까"
    # "100일 뒤면 몇월 며칠임": the if-form and the chat ending ask the same (set 37).
    r"|임|(?<=[뒤후전])면)"
    r"|\s*(?:며칠|몇\s*월\s*며칠|몇\s*월\s*몇\s*일|몇\s*일|몇일|언제|무슨\s*요일|몇\s*요일|날짜|무슨\s*날)"
    r"|\s*(?:은|는|이|가))$"
)
_EN_LEAD = re.compile(
    r"^(?:what(?:'s| is| was| will be)?\s+(?:the\s+)?(?:date|day)(?:\s+of\s+the\s+week)?"
    r"(?:\s+(?:is|was|will be|on|for))?"
    r"|which\s+day\s+(?:of\s+the\s+week\s+)?is|when\s+is|date\s+of)\s+"
)


def _strip(s: str) -> str:
    prev = None
    while prev != s:
        prev = s
        s = _KO_ENDINGS.sub("", s).strip()
    s = _EN_LEAD.sub("", s)
    return re.sub(r"\s+(?:be|fall)$", "", s).strip()


# A date said to fall on a weekday, as the base of what follows ("...이 수요일이면").
_STATED_WEEKDAY = re.compile(
    rf"(?P<a>{_ABS_DATE})\s*(?:이|가|은|는)\s*(?P<wd>{_KO_WD})(?:이면|인데|이니까|일\s*때|이라면)\s*,?\s*"
)


def answer_date_question(text: str, *, now: datetime | None = None) -> DateAnswer | None:
    """Answer "3일 뒤", "다음 주 금요일", "next Friday", "in 10 days", days between, weekday.

    Args:
        text: One question; anything beyond date arithmetic makes this return None.
        now: The current time (default: now in Asia/Seoul).

    Returns:
        The answer, or None when the text is not a date question this module can answer.
    """
    s = unicodedata.normalize("NFKC", text).strip().lower()
    if len(s) > 120:
        return None
    lang: Lang = "ko" if re.search(r"[가-힣]", s) else "en"
    base = today(now)
    s = labels_between_dropped(s)  # "3월 2일 개강부터 6월 30일 종강까지 며칠" (set 44)
    # "11월 25일이 발표회야 며칠 남았어": the event named after its date, as "… 발표회까지".
    s = year_said_after_span(s)  # "from sept 1 to halloween in 2030" (set 45)
    s = age_asked_as_span(s)  # "born jan 5 2029, how many weeks old … on april 20 2029" (55e)
    s = today_said_plainly(s)  # "its sept 1 2029 rn, how many days left …" (set 48)
    s = slots_restated(s)  # clock + duration, D-몇 from a base day, 백일 뒤 (set 50)
    s = restate_date_question(event_named_after_date(s), base)
    s = weekday_of_stated_event_date(s)  # "i turn 40 on 17 may 2027 - what day …" (61z)
    weekday_q = bool(
        re.search(
            r"무슨\s*요일|몇\s*요일|what day of the week|which day of the week|"
            r"what weekday|which weekday",
            s,
        )
    )
    s = restate_date_labels(re.sub(r"what day of the week", "what day", s))
    s = event_offset_said_plainly(s)  # "june 8 2030 … 30 days before. what date" (set 48)
    told = _age(s, base, now, lang)
    if told is not None:
        return told
    if (month := days_in_month(s) or days_in_year(s)) is not None:  # set 45; a year (set 47)
        return DateAnswer("days", month[0], month[1], days=month[2])
    moved = span_less_break_ko(s)  # "점심 1시간 빼고" (set 48)
    moved = (
        moved or clock_after_span(s, lang) or span_between_clocks(s) or span_between_clocks_en(s)
    )
    moved = moved or span_between_24h_times(s) or clock_moved_from_weekday(s)  # set 45
    moved = moved or overnight_24h_span(s)  # "lands 6:15 the next morning" (set 48)
    moved = moved or span_same_half_ko(s)  # "7시52분출발 9시18분도착 몇분" (set 48)
    moved = moved or weekday_supposed(s)  # "if tomorrow is saturday what day was yesterday"
    moved = moved or twelve_hour_time(s)  # "whats 14:35 in normal time" (set 47)
    edge = year_start_weekday(s)  # "what weekday does 2031 start on" (set 45)
    if edge is not None:
        return DateAnswer("weekday", weekday_name(edge[0], lang), edge[0].isoformat(), date=edge[0])
    if moved is not None:
        return DateAnswer("date", moved[0], moved[1])
    nth = nth_weekday_of_month(s)
    if nth is not None:
        return DateAnswer("date", format_date(nth, lang), nth.isoformat(), date=nth)
    converted = clock_in_other_zone(text, base)
    if converted is not None:
        return DateAnswer("date", converted[0], converted[1])
    weekdays = weekdays_between(s, lambda said: _resolve(said, base, now), lang)
    if weekdays is not None:
        return DateAnswer("days", weekdays[0], weekdays[1])
    count = _days_count(s, base, now, lang)
    if count is not None:
        return count
    stated = _STATED_WEEKDAY.search(s)
    if stated is not None:
        # "2027년 3월 3일이 수요일이면 다음 주 수요일": the date, checked, is the base.
        on = parse_date(stated["a"], now=now)
        if on.weekday() != _KO_WEEKDAYS.index(stated["wd"][0]):
            return None  # the weekday stated is wrong: not ours to correct silently
        s = s[: stated.start()] + f"{stated['a']} 기준 " + s[stated.end() :]
    resolved = _resolve(_strip(s), base, now)
    if resolved is None:
        return None
    if weekday_q:
        return DateAnswer(
            "weekday", weekday_name(resolved, lang), resolved.isoformat(), date=resolved
        )
    return DateAnswer("date", format_date(resolved, lang), resolved.isoformat(), date=resolved)


def _days_count(s: str, base: date, now: datetime | None, lang: Lang) -> DateAnswer | None:
    """ "A부터 B까지 며칠", "B까지 며칠 남았어", "how many days between A and B"."""
    tail = r"(?:\s*[가-힣?!. ]{0,14})$"
    m = re.fullmatch(
        rf"(?:(?P<a>.+?)\s*(?:부터|에서|기준으로|기준)\s*)?(?P<b>.+?)\s*까지\s*(?:며칠|몇\s*일|몇일|남은\s*날|(?P<wk_ko>몇\s*주)){tail}",
        s,
    )
    if m is None:
        m = re.fullmatch(
            # "how many weeks between A and B": the same count, in weeks and days.
            r"(?:how many days|number of days|days|how many (?P<wk>weeks))\s+"
            r"(?:are there\s+|is it\s+|left\s+)?"
            r"(?:(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till)\s+(?P<b>.+?)"
            r"|(?:until|till|to|before)\s+(?P<b2>.+?))\??",
            s,
        )
    if m is None:
        return None
    groups = m.groupdict()
    a_text, b_text = groups.get("a"), groups.get("b") or groups.get("b2")
    start = _resolve(a_text, base, now) if a_text else base
    end = _resolve(b_text, base, now) if b_text else None
    if end is None and b_text:
        # "2027년 3월 2일 개강까지": the date, then what happens on it.
        named = re.fullmatch(r"(?P<d>.*\d\s*일)\s+[가-힣]{1,4}", b_text)
        end = _resolve(named["d"], base, now) if named else None
    if start is None or end is None:
        return None
    if a_text and b_text:
        start = start_in_end_year(a_text, b_text, start, end)  # "oct 1 to dec 24 2027"
    if b_text:
        end = end_after_start(b_text, start, end)  # "until jan 15" in December: next January
    n = days_between(start, end)
    unit = "일" if lang == "ko" else (" day" if abs(n) == 1 else " days")
    how = f"{start.isoformat()} → {end.isoformat()}"
    if groups.get("wk") or groups.get("wk_ko"):
        weeks, rest = divmod(abs(n), 7)
        said = f"{weeks}주" if lang == "ko" else f"{weeks} weeks"
        if rest:
            said += f" {rest}{unit if lang == 'ko' else (' day' if rest == 1 else ' days')}"
        return DateAnswer("days", f"{said} ({n}{unit})", how, days=n)
    return DateAnswer("days", f"{n}{unit}", how, days=n)


# "2026년 11월 30일 기준으로 1990년 5월 20일생은 만 몇 살이야?", "1990-05-20생 나이": the full
# years (만 나이) from a birth date to the day asked about (today when none is named).
_AGE = re.compile(
    rf"^(?:(?P<ref>{_ANCHOR})\s*(?:기준으로|기준|에)\s*,?\s*)?(?P<birth>{_ABS_DATE})\s*"
    r"(?:생|에\s*태어난\s*(?:사람|아이|분)?)\s*(?:은|는|이|이면|인\s*사람은)?\s*(?:올해\s*)?(?:만\s*)?"
    r"(?:몇\s*살|나이(?:는|가)?)[가-힣?!. ]{0,10}$"
    rf"|^how\s+old\s+is\s+(?:someone|a\s+person|somebody)\s+born\s+(?:on\s+)?(?P<en_birth>{_ABS_DATE})"
    rf"(?:\s*,?\s*(?:as\s+of|on)\s+(?P<en_ref>{_ANCHOR}))?\s*\??$"
)


def _age(s: str, base: date, now: datetime | None, lang: Lang) -> DateAnswer | None:
    match = _AGE.match(s)
    if match is None:
        return None
    birth = parse_date(match["birth"] or match["en_birth"], now=now)
    ref_text = match["ref"] or match["en_ref"]
    on = parse_date(ref_text, now=now) if ref_text else base
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if years < 0:
        return None
    answer = f"만 {years}세" if lang == "ko" else f"{years} years old"
    return DateAnswer("days", answer, f"{birth.isoformat()} → {on.isoformat()}: {years} years")
