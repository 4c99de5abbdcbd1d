"""A closure line does not say when a place opens on the days the question asks about.

Why this exists: "목욕탕 몇시에 열어요" (what time does the bathhouse open) was answered
with "정기 휴무: 매월 둘째 주 화요일 (이날은 오전 6시부터 오후 2시까지 목욕탕 청소로 사우나를
닫고, 찜질방만 엽니다)" (blind set 40): that line names the bathhouse, a time and even the
verb 열다, so it outscored the plain hours line "목욕탕(사우나): 매일 새벽 5시부터 밤 10시까지".
But a line that starts by stating a closure ("정기 휴무:", "Closed on …") is the exception
for the days it names; a question that names no day asks the usual hours.

When the question does name a day or holiday ("설날에도 해요?", "open on christmas day?"),
the closure line may be exactly its answer, so the rule stays off. A line that states
its hours first and a closure after them ("매일 10:00–22:00 (월요일 휴관)") states the
usual hours too and is kept. Closed-class only: the closure words, the opening words
and the day words below.
"""

from __future__ import annotations

import re

__all__ = ["asks_usual_opening_time", "closure_line_for_unasked_day"]

# Asking when a place opens or what its hours are.
_OPENING_KO = re.compile(
    r"열어|열어요|여나요|여는|열리|오픈|영업|운영|문\s*열|몇\s*시에?\s*(?:해|하)"
)
_OPENING_EN = re.compile(r"\b(?:open|opens|opening|hours)\b", re.IGNORECASE)
_ASKS_TIME_KO = re.compile(r"몇\s*시|언제|시간")
_ASKS_TIME_EN = re.compile(r"\b(?:what\s+time|when|hours|how\s+early|how\s+late)\b", re.IGNORECASE)
# A day, a date or a holiday: the question is about that day, for which a closure may hold.
_DAY_KO = re.compile(
    r"[월화수목금토일]요일|주말|평일|공휴일|휴일|명절|설날|설\s*연휴|추석|연휴|크리스마스|성탄절|"
    r"오늘|내일|모레|\d+\s*월|\d+\s*일(?!\s*(?:동안|간))|[월화수목금토일]욜"
)
_DAY_EN = re.compile(
    r"\b(?:mon|tues?|wed|thur?s?|fri|sat|sun)(?:day)?s?\b|\bweekends?\b|\bweekdays?\b|"
    r"\bholidays?\b|\bchristmas\b|\bxmas\b|\beaster\b|\bnew\s+year|\bboxing\s+day\b|"
    r"\btoday\b|\btomorrow\b|\btonight\b|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d",
    re.IGNORECASE,
)
# Words that state a closure.
_CLOSURE = re.compile(
    r"휴무|휴관|휴진|휴업|휴장|쉽니다|쉬는\s*날|닫습니다|닫고|\bclosed\b|\bclosure\b|\bshut\b",
    re.IGNORECASE,
)
# A clock time or a time of day with a number ("10:00", "오전 6시", "9 am").
_TIME = re.compile(r"\d{1,2}:\d{2}|\d{1,2}\s*시(?!간)|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)


def asks_usual_opening_time(question: str) -> bool:
    """Whether a question asks when a place opens (or its hours) and names no day."""
    korean = any("\uac00" <= c <= "\ud7a3" for c in question)
    if korean:
        asks = bool(_OPENING_KO.search(question) and _ASKS_TIME_KO.search(question))
        return asks and not _DAY_KO.search(question)
    asks = bool(_OPENING_EN.search(question) and _ASKS_TIME_EN.search(question))
    return asks and not _DAY_EN.search(question)


def closure_line_for_unasked_day(question: str, sentence: str) -> bool:
    """Whether a sentence states a closure first, while the question asks the usual hours.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence (a list line counts as one).

    Returns:
        True when the question asks when a place opens and names no day, and the
        sentence states a closure before the first time it gives ("정기 휴무: … 화요일
        (이날은 오전 6시부터 …)"), so its times are the exception's.
    """
    if not asks_usual_opening_time(question):
        return False
    closure = _CLOSURE.search(sentence)
    if closure is None:
        return False
    # A closure with no time of its own ("일요일과 공휴일에는 쉽니다") gives no hours to
    # mistake for the usual ones, and tells the asker when not to come: it stays.
    first_time = _TIME.search(sentence)
    return first_time is not None and closure.start() < first_time.start()
