"""A thing asked for *without* a qualifier is not the thing that has it.

Why this exists: "도수 없는 선글라스도 팔아요?" (do you sell sunglasses without a
prescription) was answered with "도수 선글라스(착색 렌즈)는 해당 렌즈 가격에 25,000원이
더해집니다." and, once that was screened, with "… 근시가 -8.00을 넘는 도수는 주문 제작이라
…" (blind set 27): the sentences name 도수, the qualifier the question rules out, so they
speak of lenses that have it. The question names "N 없는 M" (M lacking N; in English
"non-N M", "N-free M", "M without N"); a sentence writing N is about the kind with N,
unless it writes N's absence ("도수 없는", "without a prescription") or makes N a
requirement ("예약이 필요합니다" answers "예약 없는 손님도 받아요?": no). Closed-class
only: the absence and requirement markers, not any list of nouns.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["lacked_qualifiers", "names_the_excluded_kind"]

# "도수 없는 선글라스", "도수가 없는 선글라스", "설탕 안 들어간 케이크".
_KO_LACKING = re.compile(r"(?P<noun>[가-힣]+)\s*(?:없는|안\s*들어간|빠진)\s+(?P<thing>[가-힣]+)")
# "non-prescription sunglasses", "sugar-free cake", "no-sugar cake", "sunglasses without
# a prescription".
_EN_LACKING = re.compile(
    r"\bnon-?(?P<noun>[a-z]+)\s+(?P<thing>[a-z]+)|"
    r"\b(?P<noun2>[a-z]+)-free\s+(?P<thing2>[a-z]+)|"
    r"\bno-(?P<noun3>[a-z]+)\s+(?P<thing3>[a-z]+)|"
    r"\b(?P<thing4>[a-z]+)\s+without\s+(?:(?:a|an|any|the)\s+)?(?P<noun4>[a-z]+)",
    re.IGNORECASE,
)
_KO_SUBJECT_PARTICLES = ("이", "가")


def lacked_qualifiers(question: str) -> list[tuple[str, ...]]:
    """The spellings of each qualifier N of an "M without N" the question asks about."""
    lacked: list[tuple[str, ...]] = []
    for m in _KO_LACKING.finditer(question):
        if not tokenize(m["thing"]):  # "없는데요": no thing follows, only an ending
            continue
        noun = m["noun"]
        # "도수가 없는": the subject particle is no part of the noun (but 휴가 keeps its 가).
        bare = noun[:-1] if len(noun) > 2 and noun.endswith(_KO_SUBJECT_PARTICLES) else noun
        lacked.append(tuple(dict.fromkeys((noun, bare))))
    for m in _EN_LACKING.finditer(question):
        noun = next(m[f"noun{i}"] for i in ("", "2", "3", "4") if m[f"noun{i}"])
        lacked.append((noun.lower(),))
    return lacked


# "예약이 필요합니다", "a prescription is required": N made a condition answers "without N?".
_REQUIREMENT = re.compile(
    r"필수|필요|있어야|반드시|\b(?:required|must|needs?|only with)\b", re.IGNORECASE
)


def names_the_excluded_kind(question: str, sentence: str) -> bool:
    """Whether ``sentence`` speaks of the kind that has the qualifier the question lacks.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for an M without N and the sentence writes N without
        writing its absence or making it a requirement.
    """
    for nouns in lacked_qualifiers(question):
        for noun in nouns:
            named = re.compile((r"\b" if noun.isascii() else "") + re.escape(noun), re.IGNORECASE)
            absent = re.compile(
                rf"{re.escape(noun)}\S{{0,2}}\s*(?:필요\s*)?(?:없|안\s*들어|빠진)|"
                rf"\bnon-?{re.escape(noun)}|\b{re.escape(noun)}-free\b|"
                rf"\b(?:without|no)\s+(?:(?:a|an|any|the)\s+)?{re.escape(noun)}",
                re.IGNORECASE,
            )
            if (
                named.search(sentence)
                and not absent.search(sentence)
                and not _REQUIREMENT.search(sentence)
            ):
                return True
    return False
