"""A charge compound ("진단비") prices its own service, not the one a question's names.

Why this exists: "갤럭시 폴드 화면 수리비 얼마에요?" asks what a repair costs. "수리가 불가능하면
진단비 20,000원만 받습니다" states a sum, names the repair even, but the sum is the
diagnosis fee (진단비), charged when there is no repair (blind set 29 was answered with it).
Korean writes a charge as one compound of the service and a charge suffix (수리비,
진단비, 배송료, 보관료), which :mod:`tools.rag.charge_owners` (an owner noun before a
separate charge word: "확정일자 수수료") does not see. The rule: when an amount question
names such compounds and the sentence names compounds of other services only, it prices
something else, whatever else it mentions. Closed-class only: the suffixes 비 and 료
after a stem of two or more syllables (준비, 음료, 무료 are no charges of a service), and
수수료, a kind of fee rather than a service's charge.
"""

from __future__ import annotations

import re

__all__ = ["prices_another_compound"]

# "수리비", "진단비는", "배송료를": a stem, the suffix, then a particle or the word's end.
_PARTICLE = "은|는|이|가|을|를|도|만|의|로|와|과|랑|에|까지|부터"
_COMPOUND = re.compile(
    rf"(?<![가-힣])(?P<stem>[가-힣]{{2,}}?)(?:비|료)(?=[^가-힣]|$|(?:{_PARTICLE})(?![가-힣]))"
)
_NOT_A_SERVICE = frozenset({"수수"})  # 수수료: a kind of fee (tools.rag.charge_kinds)


def _stems(text: str) -> set[str]:
    return {m["stem"] for m in _COMPOUND.finditer(text) if m["stem"] not in _NOT_A_SERVICE}


def prices_another_compound(question: str, sentence: str) -> bool:
    """Whether the sentence's charge compounds are all of services the question does not price.

    Args:
        question: An amount question.
        sentence: A candidate answer sentence.

    Returns:
        True when both name charge compounds and none of the sentence's has a stem of
        the question's.
    """
    asked = _stems(question)
    stated = _stems(sentence)
    return bool(asked) and bool(stated) and not asked & stated
