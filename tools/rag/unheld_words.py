"""Question words the collection holds in neither language, and what one of them says.

An unknown word may be the documents' own word put otherwise (the dense check decides
that), or it may name another thing: "코로나 검사 결과" asks about another test than the
"혈액 검사 결과" the clinic guide answers. The cross-lingual and dense readers
(:mod:`tools.rag.crosslingual_dense`, :mod:`tools.rag.dense_confirmed`,
:mod:`tools.rag.dense_bridge`) ask both here. Moved out of ``crosslingual_dense`` as is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import english_tokens


class HeldTerms(Protocol):
    """What this module reads of a document store (``DocumentStore`` has it)."""

    def unknown_terms(
        self, question: str, collection: str = ..., *, terms: Sequence[str] | None = ...
    ) -> list[str]: ...


ENGLISH_WORD = re.compile(r"[A-Za-z][\w'-]*")
_HANGUL = re.compile(r"[가-힣]")


def unheld_terms(
    store: HeldTerms,
    question: str,
    collection: str,
    terms: Sequence[str],
    *,
    min_length: int = 2,
) -> list[str]:
    """Terms of at least ``min_length`` characters the collection holds in neither language.

    One-character morphemes are left aside by default: 배, 차, 방 are too ambiguous to
    count as unknown, except where a caller reads them as a question's argument.
    """
    alternatives = [alt for t in terms for alt in sorted(equivalents(t))]
    absent = set(store.unknown_terms(question, collection, terms=alternatives))
    return [t for t in terms if len(t) >= min_length and equivalents(t) <= absent]


def names_a_kind(
    asked: QuestionAnalysis, unknown: set[str], *, english: bool = False, asked_text: str = ""
) -> bool:
    """Whether an unknown Korean noun says which kind of a known thing is asked about.

    In a Korean compound the first noun picks the kind: "코로나 검사 결과" asks about
    another test than the "혈액 검사 결과" the clinic guide answers, "독감 예방접종
    비용" about a price it never lists, so an unknown noun right before a noun the
    documents hold makes the question one they do not answer. An unknown noun
    standing alone ("호텔 자면 하루 얼마", answered by the lodging rule) may be the
    documents' own word in other words, which the dense check then decides.

    With ``english``, English modifiers are read instead ("urine test" against a
    Korean passage on the blood test): for a passage in the other language, where a
    Korean question's unknown nouns are the usual case (no word list names them) but
    an English word no document holds in either language names another thing.
    """
    topics = set(asked.topic_terms)
    # A Korean modifier stands before its head among the terms; an English one right
    # before it in the text ("urine test"), not just once stop words are gone
    # ("allowance on a business trip" is no compound).
    pairs = []
    if not english:
        # Glued or spaced, with no particle between: "코로나 검사" is a compound, "와이프가
        # 출산하면" is a subject and its verb, and a one-syllable "head" (통 of 통째로)
        # is a fragment.
        pairs = [
            (w, h)
            for w, h in pairwise(asked.terms)
            if _HANGUL.search(w) is not None
            and len(h) > 1
            and (not asked_text or re.search(rf"{re.escape(w)}\s*{re.escape(h)}", asked_text))
        ]
    else:
        words = [english_tokens(w) for w in ENGLISH_WORD.findall(asked_text)]
        pairs += [(a[-1], b[0]) for a, b in pairwise(words) if a and b and a[-1].isascii()]
    return any(
        word in unknown and word in topics and head in topics and head not in unknown
        for word, head in pairs
    )
