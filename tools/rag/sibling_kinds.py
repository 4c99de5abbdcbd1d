"""A sentence about another kind of the thing asked about (학과 시험 vs 기능 시험).

A document that states a fact per kind ("기능 시험 ... 80점 이상이면 합격입니다", "도로주행
시험 ... 70점 이상이면 합격입니다") names the kind once, in the sentence before or the
heading, and then states the figure bare. A question about a third kind it never gives
that figure for ("학과시험은 몇 점 넘어야 합격이에요?") matches the bare sentence on the
head noun and the figure's words alone. When the passages write the question's own pair
(학과 시험) somewhere, the documents tell the kinds apart, and a sentence whose context
pairs the head noun with another qualifier, never naming the question's, states
another kind's fact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from tools.rag.crosslingual import concept_groups


def _pairs(sequences: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    return {pair for seq in sequences for pair in pairwise(seq)}


def _names_a_kind(word: str) -> bool:
    # A sum or a unit before the noun ("$200 booking", "30만 원을 충전") says how much,
    # not which kind.
    return len(word) > 1 and not any(c.isdigit() for c in word)


def names_another_kind(
    terms: Sequence[str],
    context: Sequence[Sequence[str]],
    written: set[tuple[str, str]],
    text: str,
    question: str = "",
) -> bool:
    """Whether the context qualifies the question's head noun with another word only.

    Args:
        terms: The question's content terms in order ("학과", "시험", ...).
        context: Token sequences of the sentence, the sentence before and its heading.
        written: Adjacent token pairs the retrieved passages write (see :func:`written_pairs`).
        text: The context's own text: a qualifier must stand right before the noun there
            ("기능 시험"), not merely next to it once stopwords are gone ("balance but not
            for the deposit"), and the question's may hide inside a longer word (회원권).
        question: The question's text, which shows every kind it names of a noun.
    """
    # A compound the question writes whole ("필기시험") is the pair the passages write apart.
    joined = {a + b: (a, b) for a, b in written}
    terms = [part for t in terms for part in joined.get(t, (t,))]
    tokens = {t for seq in context for t in seq}
    pairs = _pairs(context)
    # Every kind the question names of each noun: a sentence about both kinds asked
    # ("대학생 할인이랑 가족 할인", "두 할인은 함께 받을 수 없으며") names one of them.
    asked: dict[str, list[frozenset[str]]] = {}
    for (qualifier, head), group in zip(pairwise(terms), concept_groups(terms), strict=False):
        if (qualifier, head) in written:
            asked.setdefault(head, []).append(group | {qualifier})
    for head, kinds in asked.items():
        # The question may write a second kind of the same noun after the first
        # ("대학생할인이랑 가족할인"): its terms are deduplicated, the text is not.
        kinds += [
            frozenset({t}) for t in terms if t + head in question or f"{t} {head}" in question
        ]
    for head, kinds in asked.items():
        if any(kind & tokens or any(q in text for q in kind) for kind in kinds):
            continue
        if any(
            h == head
            and _names_a_kind(q)
            and q not in terms
            # Korean writes a kind glued as often as spaced: 연장보육, 연장 보육.
            and (f"{q} {h}" in text or (_is_hangul(q + h) and q + h in text))
            for q, h in pairs
        ):
            return True
    return False


def _is_hangul(word: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in word)


def written_pairs(sequences: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    """Adjacent token pairs of the passages' sentences and headings."""
    return _pairs(sequences)
