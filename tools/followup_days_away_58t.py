"""Days said as the days NOT spent on what was counted: "주3일 재택하면" after 주5일 출퇴근.

Blind set 50: "지하철 편도 1,550원 주5일 출퇴근 한달 4주 치면 교통비" (62,000원), then
"주3일 재택하면". The slot reader swapped 5 for 3 (37,200원), but three days at home leave
two days of commuting: 24,800원. A count of days said with a word of being away from the
thing counted — working from home (재택, remote, wfh, from home), a day off (휴무, 쉬는 날,
off), missing it (결근, 빠지다, skip) — is the complement of the new count, never the new
count itself. The family is :mod:`tools.followup_edit_guards` ("두 달 쉬면?" paused: fewer,
never the new span).

Days at home take days off a commute only (a fare, parking, fuel): after a wage or hours
they change nothing, so such a turn is declined. Read only when the earlier steps state
exactly one count of days in a week or a month ("주5일", "5 days a week", "한달 22일"),
the turn states one count of days beside the word of being away, and that count is
smaller: the turn is then the same question with the complement ("주2일이면"). A weekend
named ("주말 이틀 쉬면") is read by nothing: the usual days off are no days taken from the
count. Any other turn in this form is declined, never swapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["DECLINED", "days_away_as_days_spent"]

# What :func:`days_away_as_days_spent` returns for a turn in this form it cannot read.
DECLINED = ""

_EN_COUNT = r"(?P<n>\d+|one|two|three|four|five|six)"
_EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_KO_NATIVE = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4}
# Being away from the thing counted, in Korean: 재택, 휴무, 결근, 쉬다, 빠지다, 안 나가다.
_KO_AWAY = (
    r"(?:재택(?:근무)?|휴무|결근|쉬(?:면|고|는|어|니|자)|쉰다|빠지|빠져|빼먹"
    r"|안\s*(?:나가|가|와|나와))"
)
# "주3일 재택", "3일은 쉬면", "이틀 빠지면"; "재택을 주 3일 하면", "쉬는 날이 이틀이면".
_KO_FORM = LazyPattern(
    rf"(?:주\s*|한\s*주에?\s*|일주일에?\s*)?(?P<n>\d+)\s*일\s*(?:은|는|을|를|씩|정도)?\s*{_KO_AWAY}"
    rf"|(?P<w>하루|이틀|사흘|나흘)\s*(?:은|는|을|를|씩|정도|더)?\s*{_KO_AWAY}"
    rf"|(?:재택(?:근무)?|휴무|쉬는\s*날)\s*(?:을|를|이|가|은|는)?\s*(?:주\s*)?(?P<m>\d+)\s*일"
)
# "wfh 2 days", "work from home 2 days a week", "2 days off", "2 days remote", "skip 2 days".
_EN_FORM = LazyPattern(
    rf"\b(?:wfh|work(?:ing)?\s+(?:from\s+home|remote(?:ly)?)|remote|off|skip(?:ping)?|miss(?:ing)?)"
    # ("working from home 2 of those days", set 51: the days counted before, calc60.)
    rf"\s+(?:for\s+)?{_EN_COUNT}\s+(?:of\s+(?:those|these|the|them|my)\s+)?days?\b"
    rf"|\b{_EN_COUNT.replace('?P<n>', '?P<k>')}\s+days?\s+(?:a\s+week\s+|per\s+week\s+)?"
    r"(?:off|remote(?:ly)?|from\s+home|wfh|at\s+home)\b",
    re.IGNORECASE,
)
_WEEKEND = LazyPattern(
    r"주말|\bweekends?\b|토일|토요일|일요일|\bsat(?:urday)?s?\b|\bsun(?:day)?s?\b", re.I
)
# The earlier steps' days in a period: "주5일", "주 5일", "한달 22일"; "5 days a week".
# ("한달에 22일 다니면", set 51: the period with its particle, calc60.)
_KO_PERIOD_DAYS = re.compile(r"(?P<p>주|한\s*달|월)\s*(?:에\s*)?(?P<d>\d+)\s*일")
_EN_PERIOD_DAYS = re.compile(
    r"\b(?P<d>\d+|five|six|four|three)\s+days?\s+(?:a|per|each|every)\s+(?P<p>week|month)\b", re.I
)


# Working from home is still work: it takes days off a commute, never off pay or hours.
_AT_HOME = LazyPattern(r"재택|\bwfh\b|\bremote(?:ly)?\b|from\s+home|at\s+home", re.I)
_COMMUTE = LazyPattern(
    r"출퇴근|출근|통근|교통|지하철|버스|택시|기차|주차|기름|주유|톨비|통행료"
    r"|\bcommut|\bfares?\b|\bbus\b|\bsubway\b|\bmetro\b|\btrain\b|\bparking\b|\bgas\b"
    r"|\btolls?\b|\bfuel\b",
    re.I,
)


def _away_count(text: str) -> int | None:
    """The count of days the turn says are spent away, or ``None`` (not this form)."""
    korean = _KO_FORM.search(text)
    if korean is not None:
        if korean["w"]:
            return _KO_NATIVE[korean["w"]]
        return int(korean["n"] or korean["m"])
    english = _EN_FORM.search(text)
    if english is None:
        return None
    said = (english["n"] or english["k"]).lower()
    return _EN_WORDS.get(said) or int(said)


def days_away_as_days_spent(text: str, steps: Sequence[str]) -> str | None:
    """The turn said with the days spent, :data:`DECLINED`, or ``None`` (not this form).

    Args:
        text: The follow-up ("주3일 재택하면", "what if i wfh 2 days a week").
        steps: The earlier turns' steps.

    Returns:
        ``None`` when the turn counts no days away; otherwise the turn as the complement
        ("주2일이면", "3 days a week?") or :data:`DECLINED` when that cannot be read.
    """
    plain = normalize_numerals(text)
    away = _away_count(plain)
    if away is None:
        return None
    if _WEEKEND.search(plain):
        return DECLINED
    joined = normalize_numerals(" ".join(steps))
    if _AT_HOME.search(plain) and not _COMMUTE.search(joined):
        return DECLINED  # "wfh 2 days" after a weekly pay: the pay is the same
    korean = [(m["p"], int(m["d"])) for m in _KO_PERIOD_DAYS.finditer(joined)]
    english = [
        (m["p"].lower(), _EN_WORDS.get(m["d"].lower()) or int(m["d"]))
        for m in _EN_PERIOD_DAYS.finditer(joined)
    ]
    found = korean + english
    if len(found) != 1:
        return DECLINED
    period, days = found[0]
    if not 0 < away < days:
        return DECLINED
    left = days - away
    if english:
        return f"what about {left} days a {period}?"
    return f"{''.join(period.split())}{left}일이면?"
