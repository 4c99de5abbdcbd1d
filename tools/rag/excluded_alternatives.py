"""A question for "Y, not X" is not answered by a sentence about X alone.

Why this exists: "근조화환 말고 근조 꽃바구니도 되나요?" (instead of a funeral wreath, can I
get a funeral basket) was answered with the price row of the funeral wreath, "근조 화환(3단)
100,000원 근조 리본 포함" (blind set 28): the row shares most of the question's words, yet
they are the words of the thing the question sets aside. "X 말고 Y", "X 아니고 Y", "X 아닌 Y",
"Y instead of X", "Y rather than X", "Y other than X" ask about Y; a sentence that names
X and not Y's head noun speaks of X, and one naming Y's head without Y's other words
("꽃바구니" in the document's list of all it sells) of another Y; unless it allows X only
("현금으로만 받습니다" does answer "현금 말고 카드로 돼요?"). Closed-class only: the
contrast markers, no nouns.
"""

from __future__ import annotations

import re

from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import tokenize

__all__ = ["excluded_alternatives", "names_only_the_excluded"]

# "근조화환 말고 근조 꽃바구니도", "일반석 아니고 특석은": X, then the words of Y. Not 대신,
# which also means "on one's behalf" ("가족이 대신 받아도").
_KO_CONTRAST = re.compile(
    r"(?P<excluded>(?:[가-힣A-Za-z0-9]+\s+)?[가-힣A-Za-z0-9]+)\s*(?:말고|아니고|아닌)\s+"
    r"(?P<asked>[^?？.!]+)"
)
# "a basket instead of a wreath", "cards rather than cash", "any bag other than a tote".
_EN_CONTRAST = re.compile(
    r"\b(?P<asked>[a-z0-9-]+)\s+(?:instead\s+of|rather\s+than|other\s+than)\s+"
    r"(?:(?:a|an|the|my|our)\s+)?(?P<excluded>[a-z0-9-]+(?:\s+[a-z0-9-]+)?)",
    re.IGNORECASE,
)
_NOUN_TAGS = ("NNG", "NNP", "SL", "SN", "XSN")


def _noun_of(word: str) -> tuple[str, bool]:
    """A Korean word as a noun without its particles ("" if it is no noun), and whether a
    particle closed it ("꽃바구니도")."""
    tags = list(morpheme_tags(word))
    particles = ""
    while tags and tags[-1][1].startswith("J"):
        particles = tags.pop()[0] + particles
    if not tags or not tags[-1][1].startswith(_NOUN_TAGS):
        return "", False
    noun = word[: len(word) - len(particles)] if particles and word.endswith(particles) else word
    return noun, bool(particles)


def excluded_alternatives(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each (excluded X, asked Y's nouns, head last) pair of a "Y, not X" the question writes."""
    pairs: list[tuple[str, tuple[str, ...]]] = []
    for m in _KO_CONTRAST.finditer(question):
        *before, last = m["excluded"].split()
        excluded, _ = _noun_of(last)
        if not excluded:  # "기다리지 말고": a verb is set aside, not a thing
            continue
        if before and _noun_of(before[0]) == (before[0], False):
            excluded = f"{before[0]} {excluded}"  # "생크림 케이크 말고": the whole noun phrase
        asked: list[str] = []
        for word in m["asked"].split():
            noun, closed = _noun_of(word)
            if not noun:
                break
            asked.append(noun)
            if closed:  # "꽃바구니도": the particle closes the noun phrase
                break
        if asked:
            pairs.append((excluded, tuple(asked)))
    for m in _EN_CONTRAST.finditer(question):
        pairs.append((m["excluded"].lower(), (m["asked"].lower(),)))
    return pairs


def _names(sentence: str, phrase: str) -> bool:
    """Whether the sentence writes the phrase, its spacing aside, or all its index terms."""
    squeezed = re.sub(r"\s+", "", sentence).lower()
    if re.sub(r"\s+", "", phrase).lower() in squeezed:
        return True
    terms = set(tokenize(phrase))
    return bool(terms) and terms <= set(tokenize(sentence))


def names_only_the_excluded(question: str, sentence: str) -> bool:
    """Whether ``sentence`` speaks of the thing the question sets aside, not the asked one.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for a Y instead of an X and the sentence names X but
        not Y's head noun, or Y's head without the words that set Y apart ("꽃바구니" for
        "근조 꽃바구니"), unless it allows X only.
    """
    for excluded, asked in excluded_alternatives(question):
        if _restricts_to(sentence, excluded):
            continue
        names_head = _names(sentence, asked[-1])
        if _names(sentence, excluded) and not names_head:
            return True
        if names_head and not all(_names(sentence, word) for word in asked):
            return True
    return False


def _restricts_to(sentence: str, excluded: str) -> bool:
    """Whether the sentence allows only X ("현금으로만", "cash only"): that answers "Y?" no."""
    if excluded.isascii():
        return bool(re.search(r"\b(?:only|just)\b", sentence, re.IGNORECASE))
    squeezed = re.sub(r"\s+", "", sentence)
    return bool(
        re.search(re.escape(re.sub(r"\s+", "", excluded)) + r"[가-힣]{0,3}?만|뿐", squeezed)
    )
