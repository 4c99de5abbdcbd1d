"""A question asking whether a thing can be done *without* N is answered only where N is named.

"위례점도 발톱만 깎는거 예약없이 돼요?" asks whether nail trims need no booking at one branch.
The sentence that answers it ("…, 망원점에서는 예약 없이 바로 해 드립니다") names another
branch and is rightly screened (:mod:`tools.rag.sibling_places`); the next best was the
definition of a hygiene trim, which names 발톱 깎기 and nothing of booking, and it was quoted
(blind set 35). The asked condition, going without N (a booking, a guardian, a receipt),
is the whole question: a sentence silent on N, and on doing without anything, says nothing
about it. The rule, closed-class only: a question writing "N 없이" / "without (a) N" is not
answered by a sentence that names neither N nor an absence (없이, 없는, 없어도, without,
"no N"). Whether N is needed, or how to do without it, is left to the other checks.

The other way round: a question whose condition is *having* N ("pt 끊으면 헬스장도 그냥 쓸
수 있어요?", "if i buy a day pass can i use the pool") is not answered by a sentence about
going without N ("헬스장 이용권은 PT 없이도 등록할 수 있습니다"): that is the case the asker is
not in (probe set 28, h22). A question asking whether N is *needed* ("헬스장 등록하려면 PT
해야 돼요?") puts N in no condition of its own, and such a sentence is its answer.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["misses_waived_need", "states_case_without_held", "waived_needs"]

# "예약없이", "예약 없이", "보호자도 없이", "영수증 없이도"; "예약 안 하고".
_KO_WITHOUT = re.compile(
    r"(?P<noun>[가-힣]{2,}?)(?:도|은|는|이|가)?\s*(?:없이|안\s*하고|안하고|없어도)"
)
# "without a booking", "without an adult", "without booking".
_EN_WITHOUT = re.compile(
    r"\bwithout\s+(?:(?:a|an|the|any|my|your|our)\s+)?(?P<noun>[a-z][a-z-]+)", re.IGNORECASE
)
# A sentence writing an absence speaks of going without something.
_ABSENCE = re.compile(r"없이|없는|없어도|않고|안\s*해도|\bwithout\b|\bno\s+[a-z]+", re.IGNORECASE)


def waived_needs(question: str) -> list[str]:
    """What the question asks to do without: Korean nouns as written, English index tokens."""
    found = [m.group("noun") for m in _KO_WITHOUT.finditer(question)]
    for m in _EN_WITHOUT.finditer(question):
        found += english_tokens(m.group("noun"))
    return found


def misses_waived_need(question: str, sentence: str) -> bool:
    """Whether the question asks about doing without N and the sentence is silent on it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence is silent on what the question asks to do without.
    """
    needs = waived_needs(question)
    if not needs or _ABSENCE.search(sentence):
        return False
    words = set(english_tokens(sentence))
    return not any(n in sentence or n in words for n in needs)


# The asker's condition is having or taking N: "pt 끊으면", "회원권 있으면", "PT 등록했는데",
# "정기권을 사면". "-려면" (in order to) is a purpose, not a condition held.
_KO_HELD = re.compile(
    r"(?P<noun>[가-힣A-Za-z]{2,}?)(?:을|를|이|가|도|은|는)?\s*"
    r"(?:끊으면|끊었는데|끊고|끊으니까|있으면|있는데|있을\s*때|등록하면|등록했는데|등록하고|"
    r"사면|샀는데|구매하면|구매했는데|가입하면|가입했는데|신청하면|신청했는데|받으면|받는데)"
)
# "if i buy a day pass", "once we have a membership", "when i sign up for pt".
_EN_HELD = re.compile(
    r"\b(?:if|when|once|since)\s+(?:i|we|you)(?:'ve|\s+have|\s+already)?\s+"
    r"(?:buy|bought|get|got|have|has|book|booked|join|joined|take|took|purchase|purchased|"
    r"sign\s+up\s+for|signed\s+up\s+for|register\s+for|registered\s+for)\s+"
    r"(?:(?:a|an|the|my|our)\s+)?(?P<noun>[a-z][a-z-]+)\b",
    re.IGNORECASE,
)
_ASKS_WITHOUT = re.compile(r"없이|없어도|안\s*하고|안하고|\bwithout\b|\bno\s+[a-z]+", re.IGNORECASE)


def _held_nouns(question: str) -> list[str]:
    """What the question's condition says the asker has or takes, lower-cased."""
    found = [m.group("noun").lower() for m in _KO_HELD.finditer(question)]
    found += [m.group("noun").lower() for m in _EN_HELD.finditer(question)]
    return found


def states_case_without_held(question: str, sentence: str) -> bool:
    """Whether the sentence is about going without what the question's condition holds.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question's condition is having N ("pt 끊으면") and the sentence
        speaks of the case without N ("PT 없이도").
    """
    if _ASKS_WITHOUT.search(question):
        return False
    held = _held_nouns(question)
    if not held:
        return False
    lowered = sentence.lower()
    for noun in held:
        ko = re.search(re.escape(noun) + r"(?:도|은|는|이|가)?\s*(?:없이|없는|없어도)", lowered)
        en = re.search(r"\bwithout\s+(?:(?:a|an|the|any)\s+)?" + re.escape(noun) + r"\b", lowered)
        if ko or en:
            return True
    return False
