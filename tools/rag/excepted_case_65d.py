"""A general rule is no answer when its section excepts the asked item from that very rule.

Blind set 56: "70살인데 스마트폰 강좌도 시니어할인 받을수있나요" (I'm 70: does the senior
discount apply to the smartphone class too?) was answered with the discount table's row
"시니어 할인 | 수강료 20% | 만 65세 이상, 성인 강좌에 한함", while a note under the same
table says "시니어 할인은 스마트폰 활용 강좌에는 적용되지 않습니다" (the senior discount does
not apply to the smartphone class). The row names the asked rule (시니어, 할인) but not the
asked item (스마트폰); the note names both, with a restriction. tools.rag.item_exception_59h
reads the narrower case of a candidate naming none of the asked things; this one reads a
candidate naming some of the question's topic nouns but not all, when another sentence of
its section names every one of the question's topic nouns (those it leaves out and those
it names) and writes a restriction (only, except, does not apply; 적용되지 않, 제외, 불가,
-ㄹ 수 없). The note is still a candidate; when it is not picked the question is declined.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from tools.rag.item_exception_59h import _RESTRICTION, _cannot
from tools.rag.textutil import tokenize

__all__ = ["excepted_case_in_section"]

#: Switch: read a section's exception naming the asked item the candidate leaves out.
use_excepted_case = True

# "does not apply", "적용되지 않습니다", "해당되지 않아요", "not eligible", "cannot be used".
_NOT_APPLIED = re.compile(
    r"\b(?:does\s*n[o']t|do\s*n[o']t|not)\s+(?:apply|count|qualify)|\bnot\s+eligible\b|"
    r"\bcannot\s+be\s+used\b|적용(?:되|하)?지\s*않|적용\s*(?:안|제외|불가)|해당(?:되|하)지\s*않",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")


def excepted_case_in_section(
    topics: Sequence[tuple[str, frozenset[str]]],
    context: Collection[str],
    sentence: str,
    section: str,
) -> bool:
    """Whether another sentence of the section excepts an asked thing the candidate leaves out.

    Args:
        topics: The question's weighted topic terms, each with its word group.
        context: The candidate's own tokens: a line naming the asked nouns only through its
            heading ("분할 납부는 되지 않습니다" under "수강료 > 납부") states no rule on them.
        sentence: The candidate sentence.
        section: The text of the passage (section) the sentence is in.

    >>> t = [("senior", frozenset({"senior"})), ("discount", frozenset({"discount"})),
    ...      ("yoga", frozenset({"yoga"}))]
    >>> excepted_case_in_section(t, {"senior", "discount", "20"}, "Senior discount 20%.",
    ...     "Senior discount 20%. The senior discount does not apply to yoga.")
    True
    """
    if not use_excepted_case or len(topics) < 2:
        return False
    tokens = set(context)
    named = [g for _, g in topics if g & tokens]
    missing = [g for _, g in topics if not g & tokens]
    if not named or not missing:
        return False
    flat = " ".join(sentence.split())
    for other in _SENTENCE_END.split(section):
        if " ".join(other.split()) == flat:
            continue
        if not (_RESTRICTION.search(other) or _NOT_APPLIED.search(other) or _cannot(other)):
            continue
        theirs = set(tokenize(other))
        if all(g & theirs for _, g in topics):
            return True  # every asked noun, the left-out ones with the rule's
    return False
