"""A question asking how long before an event one must *do* something names that act.

"스터디룸 몇 시간 전까지 취소해야 환불 받아요?" asks the deadline for cancelling. The
section's other rule "앱에서 7일 전부터 예약할 수 있습니다" also counts days before the
booking and names the room, so coverage and the offset check let it answer: it is the
window for booking, another act. A sentence answers such a question only when it names
the act the asked offset governs (here 취소, in either language: "cancel").

Read from a Korean question's own wording only: the act noun right after the asked count
("몇 시간 전까지 취소해야", "며칠 전에 신청하면").
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import language_of, tokenize

__all__ = ["misses_offset_act"]

# "몇 시간 전까지 취소해야", "며칠 전에 신청하면", "몇 분 전에 도착해야": a Sino-Korean act noun
# then 하다/되다 in a form that asks what one must or may do.
# 되다 joins its noun ("취소돼요"); a verb's own 야-form before "돼요" ("가야 돼요", "올려야
# 돼요": must go, must submit) is no act noun, so a space before 되다 ends the match.
_KO_OFFSET_ACT = re.compile(
    r"(?:몇\s*[가-힣]{1,2}|며칠)\s*(?:이?전|후|뒤)(?:에|까지|부터|에는)?\s+"
    r"([가-힣]{2,4}?)(?:(?:을|를)?\s*(?:해야|하면|하려면|할|해도|하나)|(?<!야)(?:돼야|되면|되나|돼요))"
)
# (?<!야): chat drops that space ("가야돼요"); a verb's 야-form is still no act noun.


def _offset_act(question: str) -> str | None:
    found = _KO_OFFSET_ACT.search(question)
    if found is not None:
        return found.group(1)
    # English is left out: the verb after "do I have to" is often a phrasing ("stop
    # eating" for fasting) that the answering rule words otherwise.
    return None


def misses_offset_act(question: str, sentence: str) -> bool:
    """Whether the question asks how long before an event to do an act the sentence never names.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question names the act its asked offset governs and no word of
        the sentence is that act (in either language).
    """
    act = _offset_act(question)
    if act is None:
        return False
    tokens = tokenize(act)
    if not tokens:
        return False
    target = language_of(sentence)
    if any(
        language_of(t) != target and all(language_of(e) != target for e in equivalents(t))
        for t in tokens
    ):
        # The word bridge has no word for the act in the sentence's language ("도착" and
        # "arrive"): it cannot be asked to name it.
        return False
    held = set(tokenize(sentence))
    lowered = sentence.lower()
    return not any(t in held or t.lower() in lowered or equivalents(t) & held for t in tokens)
