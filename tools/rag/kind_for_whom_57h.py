"""A relation word naming whom a kind of thing is for: "아이용 구명조끼" is no scenery.

Blind set 48: "아이용 구명조끼도 따로 있어요?" asks whether there are children's life jackets.
tools.rag.scene_words excuses 아이 as the asker's child (the scene of "아이랑 가도 돼요?"),
so the question was read as "구명조끼 있어요?" and "구명조끼는 좌대마다 비치되어 있습니다"
answered it, although no document names a child's size. Written with the suffix 용 ("for
the use of": 아이용, 아기용, 엄마용) or in English before "size" ("kid-size", "kids sized"),
the relation word names a kind of the thing, which a sentence on the thing in general does
not state: it stays a topic term the documents must hold.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.textutil import english_tokens

__all__ = ["relations_naming_kinds"]

# The suffix 용 right after the noun, then a particle, a space or the end: not 애용(하다).
_KO_FOR_USE = re.compile(r"([가-힣]+?)용(?=[\s을를이가은는도의만]|$)")
_EN_SIZED = re.compile(r"\b([a-z]+)['’]?\s*-?\s*siz(?:e|ed)\b", re.IGNORECASE)


def relations_naming_kinds(question: str, relations: Collection[str]) -> set[str]:
    """The relation words of ``question`` that name whom a kind of thing is for.

    Args:
        question: The user's question as typed.
        relations: The relation words scenery would excuse (Korean nouns, English words).

    Returns:
        Those written as "N용" or "N-size": Korean nouns as written, English stems.

    >>> sorted(relations_naming_kinds("아이용 구명조끼 있어요?", {"아이", "엄마"}))
    ['아이']
    >>> relations_naming_kinds("아이랑 같이 가도 돼요?", {"아이"})
    set()
    """
    found = {m.group(1) for m in _KO_FOR_USE.finditer(question) if m.group(1) in relations}
    for match in _EN_SIZED.finditer(question):
        word = match.group(1).lower()
        if word in relations:
            found.update(english_tokens(word))
    return found
