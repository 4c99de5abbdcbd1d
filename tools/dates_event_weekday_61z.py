"""The weekday of a date the asker names an event by ("I turn 40 on 17 May 2027 - what day …").

The date reader answers "what day of the week is 17 May 2027" but declined the same
question when the date came inside a sentence about it: "I turn 40 on 17 May 2027 - what
day of the week will my birthday fall on?", "my wedding is on 3 June 2028, which weekday
is that?", "what day of the week will the move be, 14 August 2027?". Such a question
asks the weekday of the one date it states. It is restated as the plain question only
when nothing in it could move the date: no second date or year, no offset ("3 days
after", "the week before", "next"), no birth date from which another day is asked ("born
on …, what day will my 40th fall on"), no recurring day ("every", "anniversary"). Any of
those and the text is left as it was (and the reader declines, as before).
"""

from __future__ import annotations

import re

from core.text import ENGLISH_MONTH_NUMBERS

__all__ = ["weekday_of_stated_event_date"]

_MONTH = "|".join(sorted(ENGLISH_MONTH_NUMBERS, key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A full date: the year is what makes the weekday a fact and not a guess.
_FULL_DATE = re.compile(
    rf"\b(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2})\b"
)
# The question asks the weekday of the stated day itself: "what day of the week will my
# birthday fall on", "which weekday is that", "what day is it"; not "what day should I
# check in" (another day, which the statement does not give).
_WEEKDAY_ASKED = re.compile(
    r"\b(?:(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday)"
    r"(?:\s+(?:will|does|is|would|'s|did|was))?"
    r"|(?:what|which)\s+day\s+(?:is|was|will|would|does|'s))"
    r"\s+(?:it|that|this|the\s+day|(?:my|our|the|his|her|their)\s+[a-z]+)"
    r"\b(?:\s+(?:be|fall|land|happen)\b)?(?:\s+on\b)?\s*[?.!]*"
)
# The age the asker states with the date ("i turn 40 on", "i'm turning 30 on", "i'll be 50
# on"): the one other number a question like this carries.
_AGE_STATED = re.compile(
    r"\b(?:i\s+turn|i'?m\s+turning|i\s+am\s+turning|i'?ll\s+(?:turn|be)|i\s+will\s+(?:turn|be))"
    r"\s+\d{1,3}\b"
)
# Words that move the day or ask another one: with any of them the question is not the
# weekday of the date it states.
_MOVES_THE_DAY = re.compile(
    r"\b(?:after|before|later|earlier|ago|from|since|until|till|til|through|next|last|"
    r"previous|following|coming|tomorrow|yesterday|today|tonight|weeks?|months?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few|several|"
    r"years?|fortnight|born|birth|anniversary|every|each|annual|annually|yearly|"
    r"plus|minus|add|subtract)\b"
    r"|\b\d+(?:st|nd|rd|th)\b"
)


def weekday_of_stated_event_date(text: str) -> str:
    """``text`` as "what day of the week is DATE" when it asks the weekday of the date it states.

    Args:
        text: A normalised, lower-cased English question.

    Returns:
        For example "what day of the week is 17 may 2027" for "i turn 40 on 17 may 2027 -
        what day of the week will my birthday fall on?"; other text unchanged.
    """
    dates = list(_FULL_DATE.finditer(text))
    asked = _WEEKDAY_ASKED.search(text)
    if len(dates) != 1 or asked is None:
        return text
    date = dates[0]
    if asked.start() < date.end() and date.start() < asked.end():
        return text  # the date inside the question: the reader reads that form as it is
    first, second = sorted((date, asked), key=lambda m: m.start())
    rest = f"{text[: first.start()]} {text[first.end() : second.start()]} {text[second.end() :]}"
    rest = _AGE_STATED.sub(" ", rest)
    if re.search(r"\d", rest) or _MOVES_THE_DAY.search(rest):
        return text
    said = re.sub(r"^the\s+|(?<=\d)(?:st|nd|rd|th)\b|\bof\s+", "", date.group(0))
    return f"what day of the week is {said}"
