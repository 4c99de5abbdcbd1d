"""The act a Korean "N 돼요?" / "N 가능해요?" question asks is possible, held to its passage.

"버스 놓쳤는데 환불 돼요?" asks whether a refund (환불) can be had. The night-surcharge
passage ("밤 10시 이후에 출발하는 버스는 요금이 10% 더 붙습니다") shares the bus and the
departure with it and says nothing of refunds, yet it was quoted as the answer. The act
is the verbal noun right before 되다 or 가능하다 ("환불 돼요", "할인되나요", "변경
가능해요"); a passage that never names it, in any word the word lists tie to it
("refund", "돌려받다"), cannot say whether it is possible.
"""

from __future__ import annotations

from functools import cache

from tools.rag.crosslingual import equivalents
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import detect_script, tokenize

__all__ = ["misses_possible_act", "possible_act"]

_NOUN_TAGS = frozenset({"NNG"})


# Read once per question: misses_possible_act asks it for every candidate sentence.
@cache
def possible_act(question: str) -> str | None:
    """The verbal noun a Korean question asks is possible ("환불 돼요?" -> 환불), or ``None``.

    Args:
        question: The user's question.

    Returns:
        The noun right before 되다 (ending the clause) or before 가능하다; ``None`` for an
        English question or another shape.
    """
    if detect_script(question) != "ko":
        return None
    tokens = morpheme_tags(question)
    for (form, tag), (after, after_tag), (_, ending_tag) in zip(
        tokens, tokens[1:], tokens[2:], strict=False
    ):
        if tag not in _NOUN_TAGS or len(form) < 2:
            continue
        if after == "되" and after_tag in {"VV", "XSV"} and ending_tag == "EF":
            return form
        if after == "가능":
            return form
    return None


def misses_possible_act(question: str, passage: str) -> bool:
    """Whether the question asks an act is possible and the passage never names that act.

    Args:
        question: The user's question.
        passage: The text of the passage a candidate sentence is from.

    Returns:
        True when :func:`possible_act` finds an act and neither it nor any equivalent
        is written in the passage.
    """
    act = possible_act(question)
    if act is None or not passage:
        return False
    words = {act} | set(equivalents(act))
    held = set(tokenize(passage))
    lowered = passage.lower()
    return not (words & held or any(len(w) >= 2 and w in lowered for w in words))
