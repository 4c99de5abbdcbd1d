"""A sentence naming another kind of the asked thing in the other language (docwrongs56).

"how many days of annual leave do i get?" over a Korean leave policy was answered with
"병가는 1년에 최대 60일까지 쓸 수 있습니다." (sick leave). The word lists link "leave" to every
Korean kind of leave (휴가, 연차 annual, 병가 sick), so the sick-leave sentence covered the
head noun, and its figure the asked duration; "annual" it never names.
:mod:`tools.rag.sibling_kinds` tells kinds apart where the documents write the question's
own pair ("학과 시험"); across languages the pair is one Korean word.

The rule: the question writes a qualifier and its head noun side by side ("annual leave"),
and the word lists translate both to a word of their own (연차: the asked kind's one word).
When the sentence's document writes that word, the documents tell the kinds apart; a
sentence whose context (itself, its heading, the sentence before) names the head only
through another word of the head's group (병가) and names the qualifier in no form is about
another kind. A sentence naming only the bare head in the question's own language ("leave")
is left alone: that is the generic noun, not another kind.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from itertools import pairwise

from tools.rag.textutil import detect_script

__all__ = ["names_other_compound_kind"]


def names_other_compound_kind(
    question: str,
    terms: Sequence[str],
    groups: Sequence[frozenset[str]],
    context: Set[str],
    document: str,
) -> bool:
    """Whether the context names the asked head only as another kind than the asked one.

    Args:
        question: The user's question.
        terms: Its content terms in order ("day", "annual", "leave").
        groups: Each term's word group, in the same order.
        context: Tokens of the sentence, its heading and the sentence before.
        document: The whole text of the sentence's document ("" when unknown).

    Returns:
        True for "병가는 1년에 최대 60일까지 …" in a policy writing 연차, asked "annual leave".
    """
    if not document:
        return False
    script = detect_script(question)
    for (qualifier, head), (q_group, h_group) in zip(
        pairwise(terms), pairwise(groups), strict=True
    ):
        if f"{qualifier} {head}" not in question.lower() and qualifier + head not in question:
            continue
        # The asked kind's own word in the other language (연차 for "annual leave").
        kind_words = {w for w in (q_group & h_group) if detect_script(w) != script}
        if not kind_words or not any(w in document for w in kind_words):
            continue
        if q_group & context:
            continue  # the asked kind is named
        heads = h_group & context
        generic = {w for w in heads if detect_script(w) == script}
        if heads and not generic and not heads & kind_words:
            return True
    return False
