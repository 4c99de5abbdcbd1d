"""The weekday of a date stated inside a sentence about it (tools/dates_event_weekday_61z).

Set 27's "I turn 40 on 17 May 2027 - what day of the week will my birthday fall on?" was
declined by the date reader and went on to a model; the weekday of the one date a
question states is the calendar's to give.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import tools.dates
from tools.dates import answer_date_question

_NOW = datetime(2026, 12, 7, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))

# Each states one date with words about it and asks that date's weekday.
STATED_THEN_ASKED = [
    ("I turn 40 on 17 May 2027 - what day of the week will my birthday fall on?", "Monday"),
    ("our wedding is on June 3rd, 2028. which weekday is that?", "Saturday"),
    ("im turning 30 on 2028-02-29, what day will that be", "Tuesday"),
    ("the move is on 14 august 2027 what day is it", "Saturday"),
    ("what day of the week will the recital fall on, 9 October 2027?", "Saturday"),
    ("my exam is on the 21st of January 2028 - what weekday is it", "Friday"),
    ("1 july 2027 is my first day at the new job, which day of the week is that?", "Thursday"),
]
# A second date or year, an offset, a birth date, a recurring day, or another day asked:
# the stated date is not the one asked about, so the reader still declines.
NOT_THE_STATED_DAY = [
    "my flight is on 17 May 2027, what day should I check in",
    "I was born on 17 May 1987, what day of the week will my 40th birthday be",
    "the concert is on 17 May 2027, what day of the week is the day before",
    "our anniversary is 17 May 2027, what day of the week is it every year",
    "i turn 40 on 17 may 2027 - what day of the week was i born",
    "the course starts 3 march 2027 and runs 10 weeks, what day of the week is the last class",
    "the party is on 17 May 2027 or 18 May 2027, what day of the week is it",
    "my exam is 3 march 2027, what day of the week is it two days later",
    "the fair opens 9 may 2027 and closes a few days on, what day of the week is that",
]


@pytest.mark.parametrize(("text", "weekday"), STATED_THEN_ASKED)
def test_the_weekday_of_the_stated_date_is_given(text: str, weekday: str) -> None:
    told = answer_date_question(text, now=_NOW)
    assert told is not None and (told.kind, told.answer) == ("weekday", weekday)


@pytest.mark.parametrize(("text", "_weekday"), STATED_THEN_ASKED)
def test_without_the_rule_the_reader_declined_them(
    text: str, _weekday: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tools.dates, "weekday_of_stated_event_date", lambda s: s)
    assert answer_date_question(text, now=_NOW) is None


@pytest.mark.parametrize("text", NOT_THE_STATED_DAY)
def test_a_question_about_another_day_is_still_declined(text: str) -> None:
    assert answer_date_question(text, now=_NOW) is None
