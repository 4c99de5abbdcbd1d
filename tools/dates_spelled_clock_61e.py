"""Clock times and spans spelled in Korean words, a year restated in brackets, an end asked
as a noun (set 52).

"아침 9시반에 출발해서 세시간 사십분 걸리면 몇시 도착" went to the cloud, and "3시간 사십분"
was worse: the date readers saw only "3시간" and answered 12:30 for 13:10 (wrong). People
spell the hours of a span in native words ("세시간", "두 시간") and its minutes in Sino-Korean
ones ("사십분", "삼십오 분"), and the clock hour in native words ("아홉시 반"). Each of
these is written here as digits, by its slot:
- hours of a span: a native count (한 … 열두, 스무) right before 시간;
- a clock hour: a native count (한 … 열두) right before 시 (not 시간), then 반, a minute,
  a particle or the end;
- minutes: Sino-Korean tens (이십 … 오십, with or without ones: "사십오") before 분 anywhere;
  a bare 십 or ones ("십오분", "오분") only right after an hour slot ("세시간 오분"), since
  "이분" (this person), "구분" (to tell apart) and "십분" (fully) are words of their own.
A span followed by 에/마다/당/씩 is a rate or a frequency ("한 시간에 두 번") and stays.

"2031년 6월1일부터 9월15일까지 며칠이야 (2031년)": a year in brackets at the end restates
the year already said; it is dropped. Said only there ("6월1일부터 9월15일까지 며칠 (2031년)")
it is the year of the first date. A bracketed year that differs from the one said is left
(the reader then declines).

"저녁 7시40분 시작 러닝타임 2시간45분이면 끝나는 시간": the end asked as a noun ("끝나는
시간", "도착 시각", "끝나는 시간은?") is "몇시에 끝나".
"""

from __future__ import annotations

import re

from core.text import KOREAN_COUNT_FORMS, KOREAN_SINO_DIGITS

__all__ = ["SPELLED_CLOCK_61E", "bracketed_year_dropped", "spelled_clock_as_digits"]

#: Set False to switch the rules off (tests).
SPELLED_CLOCK_61E = True

_NATIVE = "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True))
_CLOCK_HOURS = {w: n for w, n in KOREAN_COUNT_FORMS.items() if int(n) <= 12}
_CLOCK_NATIVE = "|".join(sorted(_CLOCK_HOURS, key=len, reverse=True))
_ONES = "".join(KOREAN_SINO_DIGITS)

# "세시간", "두 시간": hours of a span; not a rate ("한 시간에", "두 시간마다").
_SPAN_HOURS = re.compile(
    rf"(?<![가-힣])(?P<w>{_NATIVE})\s*시간(?!\s*(?:에(?!서)|마다|당|씩))(?P<tail>\s*반)?"
)
# "아홉시 반", "열한시 삼십분", "세시에": a clock hour.
_CLOCK_HOUR = re.compile(
    rf"(?<![가-힣])(?P<w>{_CLOCK_NATIVE})\s*시(?!간)(?=\s*반|\s*[이삼사오]?십|\s*\d|\s*에|\s*부터"
    r"|\s*까지|\s*쯤|\s*출발|\s*시작|\s*도착|[\s?.!,]|$)"
)
# "사십분", "삼십오 분", "이십 분": Sino-Korean tens of minutes.
_TENS_MINUTES = re.compile(rf"(?<![가-힣])(?P<t>[{_ONES[1:]}])?십(?P<o>[{_ONES}])?\s*분(?!의|류)")
# After an hour slot ("3시간 오분", "3시간 십오분", "9시 오분"): any Sino-Korean minute.
_MINUTES_AFTER_HOUR = re.compile(
    rf"(?<=시간|\d시)(?P<sp>\s*)(?P<t>[{_ONES[1:]}])?(?P<ten>십)?(?P<o>[{_ONES}])?\s*분(?!의|류)"
)


def _sino(tens: str | None, ten: bool, ones: str | None) -> int:
    value = 0
    if ten:
        value = int(KOREAN_SINO_DIGITS[tens]) * 10 if tens else 10
    return value + (int(KOREAN_SINO_DIGITS[ones]) if ones else 0)


def _after_hour(m: re.Match[str]) -> str:
    if not (m["ten"] or m["o"]) or (m["t"] and not m["ten"]):
        return m.group(0)
    return f"{m['sp']}{_sino(m['t'], bool(m['ten']), m['o'])}분"


def spelled_clock_as_digits(s: str) -> str:
    """``s`` with spelled clock hours, span hours and minutes as digits (unchanged if none)."""
    if not SPELLED_CLOCK_61E:
        return s
    s = _SPAN_HOURS.sub(lambda m: f"{KOREAN_COUNT_FORMS[m['w']]}시간{m['tail'] or ''}", s)
    s = _CLOCK_HOUR.sub(lambda m: f"{_CLOCK_HOURS[m['w']]}시", s)
    s = _TENS_MINUTES.sub(lambda m: f"{_sino(m['t'], True, m['o'])}분", s)
    return _MINUTES_AFTER_HOUR.sub(_after_hour, s)


# "(2031년)", "(2031)" closing the message (a question mark may follow).
_BRACKETED_YEAR = re.compile(r"\s*[(\[](?P<y>\d{4})\s*년?[)\]]\s*(?P<q>[?？.!]*)\s*$")
_SAID_YEAR = re.compile(r"(?<!\d)(?P<y>\d{4})\s*년")
_FIRST_KO_DATE = re.compile(r"(?<![\d년]\s)(?<![\d년])(?=\d{1,2}\s*월\s*\d{1,2}\s*일)")


def bracketed_year_dropped(s: str) -> str:
    """``s`` without a closing "(2031년)" that restates (or alone gives) the year."""
    if not SPELLED_CLOCK_61E:
        return s
    found = _BRACKETED_YEAR.search(s)
    if found is None:
        return s
    body = s[: found.start()] + found["q"]
    said = {m["y"] for m in _SAID_YEAR.finditer(body)}
    if said == {found["y"]}:
        return body
    if not said:
        first = _FIRST_KO_DATE.search(body)
        if first is not None:
            return f"{body[: first.start()]}{found['y']}년 {body[first.start() :]}"
    return s


# "끝나는 시간", "도착 시각은?", "끝나는 시간이 언제": the end asked as a noun, at the close.
END_AS_NOUN = re.compile(
    r"(?P<verb>끝나는|끝날|마치는|마칠|도착하는|도착할|도착)\s*(?:시간|시각)"
    r"(?:은|이|는)?(?:\s*(?:언제|몇\s*시))?(?:야|이야|예요|이에요|인가요|일까요?|은요)?\s*[?？.!]*\s*$"
)


def end_asked_as_noun(s: str) -> str:
    """``s`` with a closing "끝나는 시간" as "몇시에 끝나" (unchanged otherwise)."""
    if not SPELLED_CLOCK_61E:
        return s
    return END_AS_NOUN.sub(
        lambda m: "몇시 도착" if m["verb"].startswith("도착") else "몇시에 끝나", s
    )
