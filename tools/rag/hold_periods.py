"""How long a thing is kept for someone does not say how long one waits for it.

"How long is the wait for a plot?" asks a waiting time. "If you cannot look after your
plot because of illness, the plot can be held for up to 8 weeks without notices" is in
the same document and states a duration, but it is how long a plot is kept for its
gardener, not how long anyone waits (wrong25's rewording probe was answered with it).
Likewise "분실물은 30일 동안 보관합니다" does not say how long a lost item takes to come
back. The rule, closed-class only: when a question asks how long one waits or a thing
takes (wait, take, 기다리다, 대기, 걸리다) without asking about keeping itself (hold,
keep, reserve, store, 보관, 맡아, 유지), a sentence whose every duration is a holding
period ("held/kept/reserved for (up to) N weeks", "N일 동안 보관/유지") answers another
question.
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["states_only_hold_periods"]

_ASKS_WAIT = re.compile(
    r"\bwait(?:s|ing|ed)?\b|\bhow\s+long\b.*\btakes?\b|기다|대기|걸리|걸려|걸립",
    re.IGNORECASE,
)
# The question asks about the keeping itself: "how long will you hold my plot?".
_ASKS_HOLD = re.compile(
    r"\b(?:hold|holds|held|keep|keeps|kept|reserve[sd]?|store[sd]?|save[sd]?)\b|보관|맡아|맡기|유지",
    re.IGNORECASE,
)
_UNIT = rf"(?:{KO_TIME_UNIT}|{EN_TIME_UNIT})"
_DURATION = re.compile(rf"\d+(?:[.,~\-]\d+)?\s*{_UNIT}", re.IGNORECASE)
# "held for up to 8 weeks", "kept for 30 days", "reserved for a maximum of 2 weeks".
_HOLD_BEFORE = re.compile(
    r"\b(?:held|kept|reserved|stored|saved|hold|keep|reserve|store)\s+"
    r"(?:\w+\s+){0,2}?for\s+(?:up\s+to\s+|at\s+most\s+|a\s+maximum\s+of\s+|only\s+)?$",
    re.IGNORECASE,
)
# "30일 동안 보관합니다", "2주간 유지됩니다", "일주일까지 맡아 드립니다".
_HOLD_AFTER = re.compile(
    r"\s*(?:동안|간|까지)?\s*(?:은|는|만)?\s*(?:보관|유지|맡아|보류)",
)


def states_only_hold_periods(question: str, sentence: str) -> bool:
    """Whether the question asks a waiting time and the sentence states only holding periods.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence states at least one duration and each is how long a thing
        is kept; False otherwise (including when the question asks about the keeping).
    """
    if not _ASKS_WAIT.search(question) or _ASKS_HOLD.search(question):
        return False
    spans = list(_DURATION.finditer(sentence))
    if not spans:
        return False
    return all(
        _HOLD_BEFORE.search(sentence[: m.start()]) or _HOLD_AFTER.match(sentence, m.end())
        for m in spans
    )
