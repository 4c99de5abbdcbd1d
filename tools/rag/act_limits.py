"""A time one is given to act does not say how long a thing lasts.

"How long is the waiting list?" asks how long one waits. "When we offer you a plot, you
have 7 days to accept it" is in the waiting-list section and states a duration, but it is
a limit for an act (accepting an offer), not the length of the wait (blind set 17 was
answered with it). Likewise "14일 이내에 신고해야 합니다" does not say how long a
procedure takes. The rule, closed-class only: when a question asks how long (how long,
얼마나 걸려/기다려/오래) without asking for a limit itself (have/must/need/deadline/until,
이내/안에/까지/기한), a sentence whose every duration is a limit for an act ("N days to
<verb>", "within N days", "N일 이내/안에/내에") answers another question.
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["states_only_act_limits"]

_ASKS_HOW_LONG = re.compile(
    r"\bhow\s+long\b|얼마나\s*(?:걸|기다|오래)|몇\s*(?:일|주|달|개월)\s*(?:이나\s*)?(?:걸|기다)",
    re.IGNORECASE,
)
# The question asks for the limit itself: "how long do I have to say yes?", "며칠 안에 …?".
_ASKS_LIMIT = re.compile(
    r"\b(?:have|has|had|got|must|need|needs|allowed|deadline|until|till|within|give|gives)\b|"
    r"\bby\s+when\b|이내|안에|내에|까지|기한|마감",
    re.IGNORECASE,
)
# ...or the window the asker may still act in: "how long after a trip can i hand in my
# claim", "how long can i still return it" ask the limit "within 30 days of returning"
# states (set 49 declined it). Not a wait put as "can i expect / get": that is no act.
_ASKS_WINDOW = re.compile(
    r"\bhow\s+long\s+after\b[^?]*?\b(?:can|could|may)\s+(?:i|we|you|u)\s+(?:still\s+)?"
    r"(?!(?:expect|get|receive|hear|see|be)\b)[a-z]+"
    r"|\b(?:can|could|may)\s+(?:i|we|you|u)\s+still\b",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
_DURATION = re.compile(rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}", re.IGNORECASE)
# "within 7 days" before the duration; "7 days to accept", "14일 이내에" after it.
_LIMIT_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_LIMIT_AFTER = re.compile(r"\s+to\s+(?!\d)[a-z]+|\s*(?:이내|안에|내에|내로)", re.IGNORECASE)


def states_only_act_limits(question: str, sentence: str) -> bool:
    """Whether the question asks how long and the sentence states only limits to act.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence states at least one duration and each is a time given to
        act; False otherwise (including when the question asks for such a limit).
    """
    if not _ASKS_HOW_LONG.search(question) or _ASKS_LIMIT.search(question):
        return False
    if _ASKS_WINDOW.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return all(
        _LIMIT_BEFORE.search(sentence[: m.start()]) or _LIMIT_AFTER.match(sentence, m.end())
        for m in spans
    )
