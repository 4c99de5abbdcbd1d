"""A person's own birth date, stated with its label ("My date of birth is 14 February 1979").

A date alone is no personal data ("What day is 14 February 1979?"); stated as the
speaker's birth date it is one, like the labelled front half of a registration number
("생년월일은 880412", :mod:`core.privacy.korean`). It is reported as ``birth_date`` (not
as a registration number, which traces and redaction labels would then misname) at a
context-only confidence; like ``kr_rrn`` it is on ``privacy.never_leaves`` by default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_birth_date"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    r"|\d{4}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)"
)
# Only the speaker's own birth date: "someone born on …" or "생년월일 입력란" names none.
_LABELLED = LazyPattern(
    r"(?:\bmy\s+(?:date\s+of\s+birth|birth\s*date|dob)\s*(?:is|was|:)?"
    # "my birthday is on …", "my 40th birthday falls on …": the day, and with an
    # ordinal the year of birth too.
    r"|\bmy\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b-day)"
    r"\s*(?:is|was|falls|will\s+(?:be|fall)|'s|:)?\s*(?:on\s+)?"
    r"|\bi\s+was\s+born\s+(?:on\s+)?"
    r"|(?:제|저의|내)\s*(?:생년월일|생일)\s*(?:은|는|이|:)?"
    r"|(?<![가-힣])생년월일\s*(?:은|는|:)"
    # blind55p: the writer's label as the object of a verb of saying, the date quoted a word
    # or two after it ("제 생년월일을 전화로 '1989년 10월 27일'이라고 말했는데").
    r"|(?:제|저의|내)\s*생년월일\s*(?:을|를)\s*(?:[가-힣]{1,6}\s+){0,2}['\"‘“])"
    # "born on the 14th of March 1987": the article before a spoken day.
    rf"\s*(?:the\s+)?(?P<date>{_DATE})",
    re.IGNORECASE,
)


# "I turn 40 on 17 May 2027", "I'm turning 30 on June 3": an age with its day gives the
# birth date whole, the year even when it is left out (the age says it).
_AGE_ON_DAY = LazyPattern(
    r"\bi(?:\s+|'?)(?:turn|will\s+turn|'ll\s+turn|ll\s+turn|am\s+turning|m\s+turning"
    r"|will\s+be|'ll\s+be|ll\s+be)\s+\d{1,3}\s+on\s+(?:the\s+)?"
    rf"(?P<date>{_DATE}|{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})\b",
    re.IGNORECASE,
)
# "2027년 5월 17일이 내 마흔 번째 생일": the date said before the owner's label.
_DATE_THEN_OWN_BIRTHDAY_KO = LazyPattern(
    r"(?P<date>\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)\s*(?:이|가|은|는|에)?\s*"
    r"(?:제|내|저의)\s*(?:[가-힣0-9]+\s*번째\s*)?생일"
)


def detect_birth_date(text: str) -> Iterator[Hit]:
    """The speaker's birth date where a label says it is theirs."""
    for pattern in (_LABELLED, _AGE_ON_DAY, _DATE_THEN_OWN_BIRTHDAY_KO):
        for match in pattern.finditer(text):
            yield Hit("birth_date", match.start("date"), match.end("date"), 0.6, False)
