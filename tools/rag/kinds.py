"""Kinds the documents name themselves: "요가, 필라테스, 스피닝 같은 그룹 수업".

Why: a question names the specific thing ("요가 수업 들으려면 돈 더 내야 돼요?") while
the rule is written for the kind ("헬스 회원은 한 번에 5,000원을 내고 [그룹 수업에]
참여할 수 있습니다"). No word list can know that yoga is a group class in this centre,
but the document says so: a list of two or more items followed by 같은 / "such as"
names kinds of the noun it qualifies, so the question's item is held by a passage that
names that noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.rag.textutil import kiwi_tokenize, tokenize

_KO_WORD = r"[가-힣A-Za-z]+"
# Two or more items joined by commas or (이)나, then 같은 and the noun phrase it qualifies.
# A single item before 같은 is left out: "가정의원과 같은 건물" (the same building as),
# "감기약에 같은 성분" (the same ingredient) compare, they do not list kinds.
_KO_KINDS = re.compile(
    rf"((?:{_KO_WORD}(?:,\s*|\s*이?나\s+))+{_KO_WORD})\s+같은\s+({_KO_WORD}(?:\s+{_KO_WORD})?)"
)
_EN_WORD = r"[A-Za-z][A-Za-z-]*"
# "group classes such as yoga, pilates and spinning": the noun phrase, then the items.
_EN_KINDS = re.compile(
    rf"({_EN_WORD}),?\s+such as\s+"
    rf"((?:{_EN_WORD}(?:,\s*|\s+(?:and|or)\s+))+{_EN_WORD})",
    re.IGNORECASE,
)
_KO_ITEM_SPLIT = re.compile(r",\s*|\s*이?나\s+")
_EN_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


_NOUN_TAGS = frozenset({"NNG", "NNP", "SL"})
# A modifier before the noun ("흔한 질환"): an adjective or verb and its ending.
_MODIFIER_TAGS = frozenset({"VA", "VV", "ETM", "XSA", "XSV"})


def _korean_kind(phrase: str) -> set[str]:
    """The nouns the phrase after 같은 starts with: "그룹 수업은" -> 그룹, 수업.

    The phrase ends at the first particle ("귀중품은 사물함에" is 귀중품); a modifier
    before the noun is skipped ("흔한 질환을" is 질환).
    """
    nouns: set[str] = set()
    for morpheme in kiwi_tokenize(phrase):
        if morpheme.tag in _NOUN_TAGS:
            nouns.add(morpheme.form)
        elif nouns or morpheme.tag not in _MODIFIER_TAGS:
            break
    return nouns


def named_kinds(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each listed item's index token, mapped to the tokens of the kind it is listed as.

    Args:
        texts: Passage texts.

    Returns:
        Item token ("요가") to the kind's tokens ({"그룹", "수업"}); empty when no text
        lists items of a kind.
    """
    found: dict[str, set[str]] = {}
    for text in texts:
        pairs = [
            (_KO_ITEM_SPLIT.split(m.group(1)), _korean_kind(m.group(2)))
            for m in _KO_KINDS.finditer(text)
        ]
        pairs += [
            (_EN_ITEM_SPLIT.split(m.group(2)), set(tokenize(m.group(1))))
            for m in _EN_KINDS.finditer(text)
        ]
        for items, kind_tokens in pairs:
            for item in items:
                for token in tokenize(item):
                    if token not in kind_tokens:
                        found.setdefault(token, set()).update(kind_tokens)
    return {item: frozenset(kind) for item, kind in found.items() if kind}
