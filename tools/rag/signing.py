"""사인 (or 싸인) that one does or gets is the 서명 (signature) a document writes.

Why: "준등기는 받는사람 싸인 받아요?" asks what a post office's guide states as "준등기는 받는
사람의 서명을 받지 않습니다", and "위임장은 엄마가 사인하면 되죠?" what a civil office states as
"인감도장을 찍은 위임장 (서명으로는 안 됩니다)". 사인 is no synonym of 서명 on its own: it is also
死因 (a cause of death, "사망 사인") and a sign or signal. Only as an act, signed (사인하다) or
got (사인 받다), is it the signature, and only then is it linked, for that question alone
(:func:`tools.rag.crosslingual.learned_links`), to the 서명 a document writes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["signature_links"]

# 사인하면, 싸인 해주세요, 사인을 받아요, 싸인 받나요, 사인했는데: the act of signing.
_SIGNING = re.compile(r"(사인|싸인)\s*(?:을|를)?\s*(?:하|해|했|받)")
_SIGNATURE = frozenset({"서명"})


def signature_links(question: str) -> Mapping[str, frozenset[str]]:
    """``사인``/``싸인`` linked to ``서명`` when the question signs or gets a signature."""
    return {m.group(1): _SIGNATURE for m in _SIGNING.finditer(question)}
