"""A lead time ("arrive 20 minutes before it starts") does not say how long a thing lasts.

Why this exists: "how long is one skating session" was answered with "Online tickets are
for one session; please arrive 20 minutes before it starts": the sentence names the
session and holds a duration, but its 20 minutes is how early to come, measured from the
session's start, not the session's length (which sat in a passage the search did not
return). Quoted, it tells the asker a session lasts 20 minutes.

The rule: a question asking how long something lasts (a duration, asked with no anchor of
its own: not "how early", "how soon", "before", "after", 전, 후) is not answered when the
best quoted sentence states every duration it holds as an offset from an event ("20
minutes before", "2시간 전", "30분 뒤"): the answer is declined, never that figure.
"""

from __future__ import annotations

import re

from tools.rag.models import ExtractiveAnswer
from tools.rag.question import QuestionAnalysis

__all__ = ["only_lead_time"]

_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|분|시간|일|주|개월|년)"
_DURATION = re.compile(rf"\d+(?:[.,]\d+)?\s*(?:(?:-|~|to)\s*\d+\s*)?{_UNIT}", re.IGNORECASE)
# What makes a duration an offset from an event: "before", "early", 전, 뒤 right after it.
_OFFSET = re.compile(
    r"\s*(?:or\s+(?:more|so)\s+)?(?:before|after|earlier|early|ahead|prior|in advance|"
    r"beforehand|전|후|뒤|앞|일찍|미리)",
    re.IGNORECASE,
)
# A question that itself asks for an offset: "how early", "how long before", "몇 분 전".
_ASKS_OFFSET = re.compile(
    r"\bhow (?:early|soon|far in advance)\b|\bbefore\b|\bafter\b|\bahead\b|\bprior\b|"
    r"\bin advance\b|일찍|미리|전에|전까지|후에|뒤에|지나",
    re.IGNORECASE,
)


def only_lead_time(question: str, asked: QuestionAnalysis, answer: ExtractiveAnswer) -> bool:
    """Whether a how-long question's best quoted sentence states only offsets from events.

    Args:
        question: The user's question.
        asked: Its analysis (only a duration question, not an interval, is read).
        answer: The answer found.
    """
    if (
        not answer.covered
        or not answer.sentences
        or asked.answer_type != "duration"
        or asked.recurring
        or _ASKS_OFFSET.search(question)
    ):
        return False
    best = max(answer.sentences, key=lambda s: s.score).text
    spans = list(_DURATION.finditer(best))
    return bool(spans) and all(_OFFSET.match(best, m.end()) for m in spans)
