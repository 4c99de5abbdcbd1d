"""A one-time event's date against a recurring schedule: two answers to "when".

"When did the pharmacy first open?" asks for a date in the past (a year, a day it
happened); "약국은 평일 09:00–18:00에 문을 엽니다" is about the same pharmacy and its
opening, and names times, yet states no such date: it says when the pharmacy opens
every week. The reverse holds too: "What time does the pharmacy open?" is not answered
by "The pharmacy opened in 2015." Both are datetime questions (see
:mod:`tools.rag.answer_types`); these rules tell which of the two kinds of time a
question asks for and whether a sentence states it.
"""

from __future__ import annotations

import re

# A one-time event asked about in English: a founding verb, a past "when did", "since
# when", the year. "For the first time" alone is no event: "When should I come in for the
# first time?" asks a schedule for a first visit.
_ONE_TIME_EN = re.compile(
    r"\bfirst (?:opened|started|began|launched|set up|founded)\b|"
    r"\bwhen (?:was|were)\b[^?]*\b(?:founded|established|built|opened|started|set up|"
    r"created|launched|constructed|inaugurated|incorporated|completed)\b|"
    r"\bwhen did\b|\bsince when\b|\bhow long ago\b|\bwhat year\b|\bin which year\b",
    re.IGNORECASE,
)
# Nouns that name a founding (개원 is a clinic's, 개교 a school's, 준공 a building's):
# asked "when", they ask a date whatever the tense ("언제 개원해요?" asks one too). With
# 시간 they name daily hours instead ("개관 시간", when the library opens each day).
_FOUNDING_KO = re.compile(
    r"(?:개원|개업|설립|창립|창업|개관|개교|준공|건립|완공|개점)(?!\s*(?:시간|시각))|"
    # "몇 년에 …" asks a year ("몇 년에 한 번" asks how often); 생기다 is to come to be.
    r"몇\s*년\s*(?:도|에(?!\s*한\s*번))|언제\s*(?:처음\s*)?(?:생겼|생긴)|"
    # "문을 연 해는?", "개업 연도가 …": the year itself asked for.
    r"연도|(?<![가-힣])해(?:는|가)\s*[?？]?\s*$"
)
# A Korean past tense is written with ㅆ under a verb's syllable (했, 됐, 생겼, 열었);
# 있/없 (to be, not to be) and 겠 (will, would) carry it without being past.
_HANGUL = re.compile(r"[가-힣]")
_NOT_PAST = frozenset("있없겠")
_JONGSEONG_SS = 20  # the index of ㅆ among the Hangul final consonants


def _is_past_syllable(char: str) -> bool:
    if not _HANGUL.fullmatch(char) or char in _NOT_PAST:
        return False
    return (ord(char) - 0xAC00) % 28 == _JONGSEONG_SS


def _past_after(question: str, word: str) -> bool:
    """Whether a past-tense verb follows ``word``.

    "언제 오픈했어요?" asks a past event; "예약했는데 언제 가요?" is past only before it.
    """
    at = question.rfind(word)
    return at >= 0 and any(_is_past_syllable(c) for c in question[at + len(word) :])


def asks_one_time_event(question: str) -> bool:
    """Whether a "when" question asks when something happened once (founded, first opened).

    A Korean question asks with its predicate after 언제: "약국 언제 처음 오픈했어요?"
    asks a past event, "예약했는데 언제 가야 돼요?" (past only in the scene it sets) asks
    a schedule. A question for a clock time ("몇 시에 개관해요?") asks a schedule
    whatever its words: the caller reads that first (tools.rag.answer_types).
    """
    if question.isascii():
        return bool(_ONE_TIME_EN.search(question))
    return bool(_FOUNDING_KO.search(question)) or _past_after(question, "언제")


# A recurring schedule asked about: the hours something opens or closes, in the present.
_SCHEDULE_EN = re.compile(
    r"\bwhat time\b|\bwhat hours\b|\bopening hours\b|\bbusiness hours\b|"
    r"\bwhen (?:does|do|is|are)\b[^?]*\b(?:open|opens|close|closes|shut|shuts)\b",
    re.IGNORECASE,
)
_SCHEDULE_KO = re.compile(
    r"몇\s*시(?!간)|(?:운영|영업|진료|개방|이용)\s*시간|"
    r"언제\s*(?:\S+\s*){0,2}?(?:열어|여나|여는|열려|닫아|닫나|닫는|쉬어|쉬나|쉬는|"
    r"(?:영업|운영|오픈)\s*(?:해|하))",
)


def asks_schedule(question: str) -> bool:
    """Whether a question asks the recurring hours or days of something ("몇 시에 열어요?")."""
    if asks_one_time_event(question):
        return False
    return bool((_SCHEDULE_EN if question.isascii() else _SCHEDULE_KO).search(question))


# A question for the day something starts, takes effect, stays valid or ends: a rule's
# effective date, a card's expiry. Such a "when" asks for a date; clock hours ("평일
# 10:00–17:00") are about the same office yet say nothing of it. "언제부터" alone does not
# say which ("언제부터 접수해요?" may ask the hour), so it is no such word.
_CALENDAR_DATE_EN = re.compile(
    r"\b(?:take|takes|took|taking) effect\b|\beffective\b|\bcome into (?:force|effect)\b|"
    r"\bin force\b|\bvalid (?:from|until|till|through)\b|\bexpir(?:e|es|ed|y|ation)\b|"
    r"\b(?:start|end|due|effective|expiry) date\b|\bdeadline\b",
    re.IGNORECASE,
)
_CALENDAR_DATE_KO = re.compile(r"시행|발효|유효|만료|적용\s*(?:되|돼|일|시작|시점)|마감일|기한")


def asks_calendar_date(question: str) -> bool:
    """Whether a "when" question asks on what date something starts, takes effect or ends."""
    return bool((_CALENDAR_DATE_EN if question.isascii() else _CALENDAR_DATE_KO).search(question))


_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
# A year, a calendar date, or a time counted back from now: each places an event once.
# A four-digit number of won or milligrams is no year.
_YEAR = (
    r"\d{4}\s*년|\d{2}\s*년도|"
    r"\b(?:1[89]|20)\d\d\b(?!\s*(?:won|dollars?|mg|ml|g|kg|km|m|%|명|원|개)(?![A-Za-z]))"
)
_DATE = (
    rf"\d{{1,2}}\s*월\s*\d{{1,2}}\s*일|\b{_MONTHS}\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?{_MONTHS}\b|\b\d{{1,2}}(?P<sep>[./-])\d{{1,2}}(?P=sep)\d{{2,4}}\b"
)
# "3개월 전에 예약" counts back from a visit, not from now: only words that count from now.
_AGO = r"작년|지난해|재작년|지난\s*달|\b\d+\s+(?:years?|months?)\s+ago\b|\blast (?:year|month)\b"
# A year with its month and day is one date: blanked whole, "2015년 3월" leaves no "3월".
_FULL_DATE = (
    rf"\d{{4}}\s*년\s*\d{{1,2}}\s*월(?:\s*\d{{1,2}}\s*일)?|"
    rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:1[89]|20)\d\d\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:1[89]|20)\d\d\b"
)
_PLACED_ONCE = re.compile(rf"{_FULL_DATE}|{_YEAR}|{_DATE}|{_AGO}", re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"{_FULL_DATE}|{_YEAR}", re.IGNORECASE)
# A date that recurs ("매월 1일", "every 1 March") places nothing once.
_EVERY = re.compile(r"매\s*(?:년|월|달|주)|마다|\bevery\b|\beach\b|\bannually\b", re.IGNORECASE)


def states_one_time_date(sentence: str) -> bool:
    """Whether a sentence places something once in time: a year, a date, "작년", "two years ago".

    A year always does ("2015년 개원 이후 평일 9시~18시 진료"); a calendar date does
    unless the sentence makes it recur ("매년 3월 1일 휴진").
    """
    if re.search(_YEAR, sentence, re.IGNORECASE):
        return True
    return bool(_PLACED_ONCE.search(sentence)) and not _EVERY.search(sentence)


def without_one_time_dates(sentence: str) -> str:
    """The sentence with each year, date and "… ago" blanked: what is left is its schedule.

    A date the sentence makes recur ("매년 3월 1일 휴무") is its schedule and stays.
    """
    if _EVERY.search(sentence):
        return _YEAR_ONLY.sub(" ", sentence)
    return _PLACED_ONCE.sub(" ", sentence)
