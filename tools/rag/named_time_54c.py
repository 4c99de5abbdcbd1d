"""A question at a clock time is not answered by sentences that say nothing of time.

Found at the merge of round 54 (grounding54's probes): "1시 반에 접수돼요?" over the
samples was answered, across languages, with insurance_faq_en.md's "Ask at the reception
desk and bring your ID card." (sentence similarity 0.78): a sentence about reception for a
question whose whole point is the hour (the clinic's guide says no registration during the
13:00–14:00 lunch break). A question naming a clock time ("1시 반에", "3시에", "at 1:30",
"7pm") asks whether something holds then; a quote that states no time, no hours and no
part of the day cannot say, and the documents are taken not to answer it.
"""

from __future__ import annotations

import re

from tools.rag.answer_types import says_when_in_the_day

__all__ = ["names_a_clock_time", "time_named_but_unstated"]

# A clock time in the question: "1시 반에", "오후 3시", "13:30", "1:30", "7pm", "noon".
_CLOCK_TIME = re.compile(
    r"\d{1,2}\s*시(?!간|절|기|작|험|설|스템|청|민)(?:\s*반|\s*\d{1,2}\s*분)?"
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\bnoon\b|\bmidnight\b"
    r"|\bo'?clock\b|정오|자정",
    re.IGNORECASE,
)
# What a sentence says of time beyond a clock time or a part of the day (which
# answer_types reads for every time question): a length of time, opening hours, a deadline.
_SCHEDULE_STATED = re.compile(
    r"\d+\s*(?:분|시간|minutes?|hours?)"
    r"|마감|영업\s*시간|진료\s*시간|운영\s*시간|시간\s*외|휴무|쉽니다"
    r"|\b(?:lunch|opening|closing|open|opens|closed?|closes|hours|until|till|before|after|24/7)\b",
    re.IGNORECASE,
)


def names_a_clock_time(question: str) -> bool:
    """Whether ``question`` names a clock time."""
    return _CLOCK_TIME.search(question) is not None


def time_named_but_unstated(question: str, quoted: str) -> bool:
    """Whether ``question`` names a clock time and the ``quoted`` sentences state no time."""
    if not names_a_clock_time(question):
        return False
    return not says_when_in_the_day(quoted) and _SCHEDULE_STATED.search(quoted) is None
