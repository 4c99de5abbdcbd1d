"""Someone doing a thing 대신 (for the asker) is the 대리인 (proxy) a rule names.

Why: "동생이 대신 가도 돼요?" asks what a post office's guide states as "대리인은 받는 사람의
신분증과 위임장이 필요합니다", and "제가 대신 떼러 가도 돼요?" what a civil office states under
"대리 발급". 대신 is no synonym of 대리 on its own: after a thing it means "instead of"
("카드 대신 현금으로 내도 돼요?" asks about paying in cash, no proxy). Only after a person
who acts (a subject, "동생이 대신", or the asker, "저 대신") does it name acting for
someone, and only then is it linked, for that question alone
(:func:`tools.rag.crosslingual.learned_links`), to the 대리 and 대리인 a document writes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from tools.rag.textutil import kiwi_tokenize

__all__ = ["proxy_links"]

# A subject particle right before 대신 ("동생이 대신", "엄마가 대신", "할머니께서 대신"), or
# the asker ("저 대신", "제 대신", "나 대신"). Not a bare noun ("카드 대신": instead of it).
_ACTING_FOR = re.compile(r"(?:[가-힣](?:가|이|께서)|(?<![가-힣])(?:저|제|나|내))\s*대신(?!에)")
# As the index holds them (Kiwi keeps 대리인 whole and 대리 alone), and the English a rule
# writes a proxy with: "Someone collecting records for you needs a signed letter" (xko59:
# "진료기록 사본 엄마가 대신 떼와도 돼요?" was declined as "문서에 없는 내용: 대신"), "on your
# behalf", "a proxy".
_PROXY = frozenset({"대리", "대리인", "someone", "behalf", "proxy"})


_ASKER = frozenset({"저", "제", "나", "내"})


def _acts_for_someone(question: str) -> bool:
    # The spelling alone cannot tell "동생이 대신" (a subject) from "종이 대신" (a noun that
    # ends in 이: instead of paper); Kiwi's tags can.
    tokens = kiwi_tokenize(question)
    for before, token in itertools.pairwise(tokens):
        if token.form == "대신" and (
            before.tag == "JKS" or (before.form in _ASKER and before.tag in {"NP", "MM"})
        ):
            return True
    return False


def proxy_links(question: str) -> Mapping[str, frozenset[str]]:
    """``대신`` linked to ``대리`` and ``대리인`` when a person does the asked act for another."""
    if not _ACTING_FOR.search(question) or not _acts_for_someone(question):
        return {}
    return {"대신": _PROXY}
