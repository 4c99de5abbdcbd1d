"""A paper asked for one use, where the documents rule on a kind of it for a use.

"집 팔 때 쓰는 인감 대리인이 발급받을 수 있나요?" asks about a 인감증명서 for one use
(selling a house). The guide says a proxy may collect one ("대리인이 발급받을 수
있습니다") and, in the same section, that the kind for selling property ("부동산 매도용
인감증명서") is never issued to a proxy. Quoting the general rule answered the opposite of
the guide (blind set 17). The rule, closed-class only: when a Korean question restricts
its noun by a use ("X 때 쓰는/필요한/내는 N") and the passages name a kind of that noun for
a use ("…용 N…"), a chosen sentence that names neither the use asked (its words, in
either language) nor such a kind is the general rule, which that kind may break: the
lexical path holds back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["general_rule_for_a_use"]

_USE_CLAUSE = re.compile(
    r"((?:[가-힣]+\s+)?[가-힣]+?)\s*(?:할\s*)?때\s*"
    r"(?:쓰는|쓸|쓰이는|필요한|내는|낼|제출하는|제출할|사용하는|사용할)\s*([가-힣]{2,})"
)
# Words ending in 용 that name no use ("사용", "비용"): a kind for a use is "매도용", "제출용".
_NOT_A_USE = frozenset(
    {
        *("사용", "이용", "비용", "내용", "허용", "적용", "활용", "신용", "고용", "수용"),
        *("채용", "복용", "운용", "통용", "착용", "작용", "효용", "인용", "전용"),
    }
)
_KIND_FOR_A_USE = re.compile(r"([가-힣]+)용\s*([가-힣]+)")


def _kinds_for_a_use(text: str, noun: str) -> bool:
    return any(
        f"{m.group(1)}용" not in _NOT_A_USE and m.group(2).startswith(noun[:2])
        for m in _KIND_FOR_A_USE.finditer(text)
    )


def general_rule_for_a_use(question: str, sentence: str, passages: Iterable[str]) -> bool:
    """Whether the sentence is a general rule while the question asks one use's kind.

    Args:
        question: The user's question.
        sentence: The sentence the lexical path would quote.
        passages: The texts of the passages it was drawn from.

    Returns:
        True when the question names its noun's use, some passage names a kind of that
        noun for a use, and the sentence names neither the use nor such a kind.
    """
    found = _USE_CLAUSE.search(question)
    if found is None or not sentence:
        return False
    use_words, noun = tokenize(found.group(1)), found.group(2)
    if not any(_kinds_for_a_use(text, noun) for text in passages):
        return False
    if _kinds_for_a_use(sentence, noun):
        return False
    held = set(tokenize(sentence))
    return not any((equivalents(w) | {w}) & held for w in use_words)
