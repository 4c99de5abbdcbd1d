"""A Korean sentence whose topic is a sibling compound of the asked product.

"회원권 환불하면 어떻게 계산돼요?" was answered with "쿠폰권은 쓴 장수를 빼고 환불합니다":
Kiwi cuts the product names into pieces and drops their last syllable (회원권 -> 회원,
쿠폰권 -> 쿠폰), so the two names share no index token and the sentence wins on 환불 and
계산 alone. Written out, they share their head syllable (권) and differ before it: two
kinds of one thing. A sentence that opens with such a sibling as its topic ("X은/는 …")
states X's rule, not the asked one's, unless the question names X too.

Surface text only, closed-class endings: it holds for documents nobody tuned for.
"""

from __future__ import annotations

import re

__all__ = ["topic_is_sibling_kind"]

# The sentence's topic: up to four words at its start, the last one marked 은/는.
_TOPIC = re.compile(
    r"^\s*(?:[-*]\s*)?(?:[가-힣A-Za-z0-9]+\s+){0,3}(?P<head>[가-힣]{2,})(?:은|는)\s"
)
# Particles a question word may carry after its noun ("정기권을", "회원권도").
_PARTICLE = re.compile(r"(?:이랑|랑|으로|로|에서|에는|에도|에|을|를|은|는|이|가|도|만|의|과|와)$")
# Endings of a verb or adjective form ("쓰고", "환불하면", "돼요"): no product name.
_VERB_ENDING = re.compile(r"(?:요|면|고|서|까|데|다|지|죠|나|니|게|야|어|아|해|돼)$")


def _question_nouns(question: str) -> set[str]:
    nouns: set[str] = set()
    for word in re.findall(r"[가-힣]+", question):
        if _VERB_ENDING.search(word):
            continue
        noun = _PARTICLE.sub("", word) if len(word) > 2 else word
        if len(noun) >= 2:
            nouns.add(noun)
    return nouns


def _siblings(a: str, b: str) -> bool:
    """Same head syllable, nothing shared before it (회원권 / 쿠폰권, not 회원권 / 정회원권).

    Three syllables at least, a head and a name of two: two-syllable words share a last
    syllable by chance (요금 / 현금, 시간 / 기간) more often than they name two kinds.
    """
    return min(len(a), len(b)) >= 3 and a[-1] == b[-1] and not set(a[:-1]) & set(b[:-1])


def topic_is_sibling_kind(question: str, sentence: str) -> bool:
    """Whether the sentence's topic is another kind of a product the question names.

    Args:
        question: The user's question (Korean).
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence opens with "X은/는", the question never writes X (nor a
        word holding it, nor one it holds), and writes a word of three syllables or more
        with X's head syllable and nothing else in common, which the sentence never
        writes: "쿠폰권은 …" for a question about 회원권.
    """
    found = _TOPIC.match(sentence)
    if found is None:
        return False
    topic = found["head"]
    if topic.endswith(("에", "에서", "에게", "로")):
        return False  # "입실 후에는": a time or place set off, no product
    nouns = _question_nouns(question)
    if any(topic in noun or noun in topic for noun in nouns):
        return False
    # A sentence that names the asked one too ("X은 …, Y는 안 됩니다") may well answer.
    return any(_siblings(topic, noun) and noun not in sentence for noun in nouns)
