"""A thing whose 기한 has passed is one past its 유효기간, when the documents say it so.

Chat clips a thing's date of expiry to 기한 ("기한 지난 건 어떡해요?", "기한 넘은 약 버려도
돼요?"); a pharmacy's guide writes "유효기간이 지난 약은 약국에 가져오시면 ... 폐기해
드립니다". Read as typed, 기한 (a deadline) is a word no document holds and the answer
was declined. Only a thing past its date is rewritten: "기한 (이/가) 지난/넘은/끝난" before what it
describes, with no act named before 기한 ("청구 기한 지나면" is a claim's deadline, an
act's; 청구하다 is a 하다 verb's noun), and only when the collection never holds 기한 but
holds 유효: a collection whose rules state a 기한 keeps the asker's word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from tools.rag.short_negation_53d import is_action_noun

__all__ = ["with_expiry_worded"]

# 기한 as its own word (not 유통기한, already an expiry), the word before it, then a verb
# of passing it in its adnominal form (the thing it describes follows).
_PASSED = re.compile(
    r"(?:(?<![가-힣])([가-힣]+)\s+)?(?<![가-힣])기한\s*[이가]?\s*(?=지난|넘은|끝난)"
)


def with_expiry_worded(question: str, unknown: Callable[[list[str]], Collection[str]]) -> str:
    """``question`` with a passed 기한 written 유효기간, when only that is what documents say.

    Args:
        question: The user's question ("기한 지난 건 어떡해요?").
        unknown: Of the given index words, those the collection never holds.

    Returns:
        "유효기간이 지난 건 어떡해요?"; the question unchanged otherwise.
    """
    found = _PASSED.search(question)
    if found is None or (found.group(1) is not None and is_action_noun(found.group(1))):
        return question
    missing = set(unknown(["기한", "유효"]))
    if "기한" not in missing or "유효" in missing:
        return question
    before = f"{found.group(1)} " if found.group(1) else ""
    return f"{question[: found.start()]}{before}유효기간이 {question[found.end() :]}"
