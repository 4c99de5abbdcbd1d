"""A question about losing something is answered only by a sentence about a loss.

Why: "락커 열쇠 잃어버리면 얼마 물어내요?" (what do I pay if I lose the locker key?) was
answered with "개인 락커: 월 10,000원이며 열쇠 보증금 10,000원은 열쇠를 돌려주실 때
환불합니다." (blind set 31): the sentence names the locker, the key and two sums, so it
covers the question's nouns and its amount, but it says what a returned key gets back,
not what a lost one costs. A question asking about a loss (잃어버리다, 분실, 도난; "lose my
card", "stolen", "missing") is not answered by a sentence about the thing's return (돌려주실
때, 반납 시, "when returned") that names no loss, theft, unreturned thing, replacement or
reissue ("a missing charger is billed at $25", "카드 재발급 수수료 3,000원" do answer). A
sentence naming neither is left alone: the one before it may name the loss ("잃어버리거나
훼손하면 같은 자료로 변상해야 합니다. 같은 자료를 구할 수 없으면 정가의 2배를 …", held-out
7, whose second sentence a wider reading lost). Closed-class only: those words.
"""

from __future__ import annotations

import re

__all__ = ["asks_about_loss", "names_no_loss"]

# English "lose" only with the thing lost after it ("lose my card"): "lose weight" or "do I
# lose my place in the queue" are no loss of an object, and "lost" alone may mean the way.
_ASKS = re.compile(
    r"잃어버리|잃어버렸|잃어버린|잃어버려|잃었|분실|도난|도둑맞|없어졌|"
    r"\b(?:lose|lost|losing)\s+(?:my|our|the|a|an|his|her|their|your|ur)\b|"
    r"\b(?:got|get|was|were|is|are|been)\s+(?:lost|stolen)\b|\bstolen\b|\bmisplac\w*",
    re.IGNORECASE,
)
# What a sentence about a loss is written with: the loss, a theft, a thing not returned,
# and what follows a loss (a replacement, a reissue, paying for it).
_STATES = re.compile(
    r"잃어|잃으|잃은|분실|도난|없어지|없어진|반납하지\s*않|돌려주지\s*않|돌려\s*주지\s*않|"
    r"재발급|재발행|재구매|변상|배상|"
    r"\blos(?:e|t|es|ing)\b|\bmissing\b|\bstolen\b|\btheft\b|\bmisplac\w*|\bnot returned\b|"
    r"\bunreturned\b|\bfails? to return\b|\breplac\w*|\breissu\w*",
    re.IGNORECASE,
)

# The thing coming back: the opposite case of a loss.
_RETURNED = re.compile(
    r"돌려\s*주|돌려\s*받|반납|반환|"
    r"\breturn(?:s|ed|ing)?\b|\bgive (?:it )?back\b|\bhand(?:ed)? back\b",
    re.IGNORECASE,
)


def asks_about_loss(question: str) -> bool:
    """Whether the question asks what happens when a thing is lost or stolen."""
    return bool(_ASKS.search(question))


def names_no_loss(question: str, sentence: str) -> bool:
    """Whether ``sentence`` cannot answer a question about a loss: it names none.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks about losing something and the sentence speaks of the
        thing's return, naming no loss, theft, unreturned thing, replacement or reissue.
    """
    return (
        asks_about_loss(question)
        and not _STATES.search(sentence)
        and bool(_RETURNED.search(sentence))
    )
