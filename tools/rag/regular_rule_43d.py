"""A rule's exception is quoted with the rule: "월요일이 공휴일이면 문을 열고" needs "매주 월요일".

"사진관 월요일에 문 열어요?" was answered with "월요일이 공휴일이면 문을 열고, 다음 날인
화요일에 쉽니다." alone (blind set 43): it names Monday, opening and the door, so it outscored
the hours list's "정기 휴무: 매주 월요일", yet it states only the case of a Monday that is a
public holiday, which the question never names. Read alone it says the studio opens on
Mondays. When the best sentence states its answer under a condition the question does not
name (a Korean "-면" clause, an English "if"/"when" clause), the unconditional sentence of
the same passage naming what the condition is about (월요일) is quoted with it, before it
in the document's order: the rule, then its exception.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.answer_quote import Scored
from tools.rag.crosslingual import equivalents
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import tokenize

__all__ = ["condition_words", "with_regular_rule"]

_EN_CONDITION = re.compile(r"^\s*(?:if|when|unless)\b([^,;]+)[,;]", re.IGNORECASE)
_KO_CONDITION_ENDINGS = frozenset({"면", "으면"})


def condition_words(sentence: str) -> list[str]:
    """The tokens of the condition a sentence opens with ("월요일이 공휴일이면" -> 월요일, 공휴일).

    Args:
        sentence: A candidate answer sentence.

    Returns:
        The tokens before a Korean "-면" ending or of an English opening "if/when/unless"
        clause; empty when the sentence states no condition.
    """
    english = _EN_CONDITION.match(sentence)
    if english:
        return tokenize(english.group(1))
    tags = morpheme_tags(sentence)
    for index, (form, tag) in enumerate(tags):
        if tag == "EC" and form in _KO_CONDITION_ENDINGS:
            clause = [f for f, t in tags[:index] if t.startswith("NN")]
            return [t for word in clause for t in tokenize(word)]
    return []


def _named(word: str, asked: set[str]) -> bool:
    return bool(equivalents(word) & asked) or word in asked


def with_regular_rule(
    question: str, chosen: Sequence[Scored], scored: Sequence[Scored]
) -> list[Scored]:
    """``chosen`` with the rule its best sentence makes an exception to, when one is scored.

    Args:
        question: The user's question.
        chosen: The sentences to quote, best first.
        scored: Every scored sentence.

    Returns:
        ``chosen``, plus the best-scored sentence of the best one's passage that states no
        condition and names a word of the best one's condition the question names too, when
        that condition also names something the question does not.
    """
    if not chosen:
        return list(chosen)
    best = chosen[0]
    asked = set(tokenize(question))
    condition = condition_words(best[4])
    shared = [w for w in condition if _named(w, asked)]
    if not shared or all(_named(w, asked) for w in condition):
        return list(chosen)
    for candidate in scored:
        if (
            candidate[2] == best[2]
            and candidate not in chosen
            and not condition_words(candidate[4])
            and any(w in tokenize(candidate[4]) for w in shared)
        ):
            return [*chosen, candidate]
    return list(chosen)
