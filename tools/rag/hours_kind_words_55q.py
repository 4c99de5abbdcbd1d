"""A question's "hours" word is answered by a clock span, which need not say "hours".

"What are your opening hours?" over the user's own guide saying "We are open every day
from 10:00 to 22:00" kept the sample clinic's curated hours: the rule letting an own
document answer before the sample FAQ (graphs.faq_own_documents_54f) wanted every topic
of the question in the quoted sentence, and the sentence states the hours as a span of
clock times without the word "hour". Asked for hours kept (opening, business, your
hours; 영업시간, 운영 시간), the word that names them is the kind of answer, as "number"
is in "whats your phone number" (tools.rag.phone_number_word_54f): a sentence stating a
span of clock times holds it.

Round 57: "what time do you close on saturday" (held-out 47, over a tattoo studio's
hours table "| Saturday | 10:00-18:00 |") kept the sample clinic's curated hours too:
its topic "time" is the kind of answer a "what time" question asks, a clock time, as
"hours" is in "your hours". Asked with "what time" (or 몇 시), the word "time" is held by
a quoted span of clock times as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tools.rag.answer_types import asks_clock_time, says_when_in_the_day
from tools.rag.opening_hours import asks_opening_hours
from tools.rag.textutil import tokenize

__all__ = ["hours_kind_words"]

# Off only to show what the rule changes (its tests switch it off).
use_hours_kind_words = True

# Hours kept in Korean: "영업시간", "운영 시간", "오픈 시간" (not "진료시간", a clinic's own
# word, nor a counted "2시간").
_KO_HOURS_KEPT = re.compile(r"(?:영업|운영|오픈|개장|개방)\s*시간")
# "your hours", "what hours are you open": an English question asking the hours kept.
_EN_HOURS = re.compile(r"\b(?:your|their|its|what|which)\s+hours\b", re.IGNORECASE)
# A clock time: "10:00", "10시" (not "10시간"), "9 am".
_CLOCK = re.compile(
    r"\d{1,2}:\d{2}|\d{1,2}\s*시(?!간)|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK = re.compile(r"24\s*시간|\b24 hours\b|\b24/7\b|\baround the clock\b", re.I)
# The index tokens that name the hours themselves.
_HOURS_TERMS = frozenset(
    {"hour", "시간", "영업시간", "운영시간", "오픈시간", "개장시간", "개방시간"}
)
# Nouns of keeping hours ("몇 시까지 영업해요?"), which a sentence also states with a verb
# of opening or closing ("10시부터 22시까지 엽니다").
_KEEPING_TERMS = frozenset({"영업", "운영", "오픈"})
# The word a "what time" question names its kind of answer with (a clock time).
_CLOCK_KIND_TERMS = frozenset({"time"})
_OPEN_OR_CLOSE = frozenset({"열", "닫", "open", "close", "clos"})


def _asks_hours_kept(question: str) -> bool:
    return bool(
        asks_opening_hours(question)
        or _EN_HOURS.search(question)
        or _KO_HOURS_KEPT.search(question)
        or asks_clock_time(question)
    )


def _states_clock_span(text: str) -> bool:
    """Two clock times ("from 10:00 to 22:00", "10시부터 22시까지") or round the clock."""
    if _ROUND_THE_CLOCK.search(text):
        return True
    return says_when_in_the_day(text) and len(_CLOCK.findall(text)) >= 2


def hours_kind_words(question: str, terms: Iterable[str], texts: Sequence[str]) -> set[str]:
    """The terms of ``question`` naming the hours it asks, when ``texts`` state a clock span.

    Args:
        question: The user's question.
        terms: Its terms (index tokens).
        texts: The sentences or passages that would answer it.

    Returns:
        The hours words ("hour", "영업시간") when the question asks the hours a place
        keeps and one of ``texts`` states a span of clock times; else an empty set.
    """
    if not use_hours_kind_words or not _asks_hours_kept(question):
        return set()
    spans = [text for text in texts if _states_clock_span(text)]
    if not spans:
        return set()
    words = {t for t in terms if t in _HOURS_TERMS}
    if asks_clock_time(question):  # "what time do you close": time is the kind asked
        words |= {t for t in terms if t in _CLOCK_KIND_TERMS}
    if any(_OPEN_OR_CLOSE & set(tokenize(text)) for text in spans):
        words |= {t for t in terms if t in _KEEPING_TERMS}
    return words
