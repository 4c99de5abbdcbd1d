"""A question asking how early is not answered by a span that is no lead time.

"How early do I need to be at the harbour with my car?" asks how long *before* the
departure one must arrive. A ferry page's opening sentence names the harbour and the car
ferry and states "crossing time 50 minutes": a duration, so the answer-type check lets it
through, and it matched the question's words best (blind set 33 quoted it). Such a span is
how long something lasts, not how long before something one must act. The reverse of
:mod:`tools.rag.lead_times` (a lead time does not say how long a thing takes).

The rule, closed-class only: when a question asks how early or how far ahead ("how early",
"how far in advance", "how long before", 얼마나 일찍, 몇 분 전에), a sentence that states
durations and follows none of them with a word of advance notice ("before", "in advance",
"ahead", "early", "prior", 전, 앞서, 미리) answers another question. A sentence stating no
duration at all is left to the other checks (a clock time may still say by when).
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["asks_how_early", "states_no_lead_time"]

_ASKS_HOW_EARLY = re.compile(
    r"\bhow\s+early\b|\bhow\s+far\s+(?:in\s+)?(?:advance|ahead)\b|"
    r"\bhow\s+(?:long|many\s+(?:minutes|hours|days|weeks))\s+(?:before|ahead|in\s+advance)\b|"
    # ("며칠 전까지 올려야 돼요?" is 몇 일 written as one word: set 36 quoted "복귀 후 2일 안에".)
    r"얼마\s*나\s*(?:일찍|미리|먼저)|(?:몇\s*(?:분|시간|일|주)|며칠)\s*(?:이)?전(?:에|까지|부터)",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
# A duration in figures or in words ("30 minutes", "1시간", "하루", "two days").
_DURATION = re.compile(
    rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}\b|\d+(?:[.,~\-]\d+)?\s*{KO_TIME_UNIT}|"
    r"(?<![가-힣])(?:하루|이틀|사흘|일주일)|"
    rf"\b(?:one|two|three|four|five|ten|fifteen|twenty|thirty|an?)\s+{EN_TIME_UNIT}\b",
    re.IGNORECASE,
)
# What follows a span that counts back from an event: "30 minutes before departure",
# "2 days in advance", "an hour early", "출발 30분 전까지", "하루 앞서", "30분 미리".
_LEAD_AFTER = re.compile(
    r"\s*(?:in\s+advance|ahead|beforehand|before|prior|early|earlier)\b|"
    r"\s*(?:이?전(?:에는|에|까지|부터|엔)?(?![가-힣])|앞서|미리|일찍|먼저)",
    re.IGNORECASE,
)


def asks_how_early(question: str) -> bool:
    """Whether the question asks how long before something (how early, how far ahead)."""
    return _ASKS_HOW_EARLY.search(question) is not None


def states_no_lead_time(question: str, sentence: str) -> bool:
    """Whether the question asks how early and the sentence's spans are none of them lead times.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks how early, the sentence states at least one duration,
        and no duration is followed by a word of advance notice; False otherwise.
    """
    if not asks_how_early(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return not any(_LEAD_AFTER.match(sentence, m.end()) for m in spans)
