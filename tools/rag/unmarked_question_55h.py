"""A Korean question typed last without its question mark is asked too.

Blind set 46: "신분증 뭐 가져가요? 학생증도되나" was read as its first sentence only (the
question part keeps the sentences that end in "?"), so 학생증 was dropped, and the clinic's
"처음 오시는 분은 신분증을 꼭 가져오세요" answered for the blood donation centre, whose ID
line is the one naming a student card. Chat often leaves the mark off the last of two
questions ("카드 되나요? 현금도 받나", "주말에도 해요? 일요일도 여냐"). A sentence whose
verb ends in an interrogative ending (-나, -나요, -니, -냐, -까, -ㄴ가) asks whatever mark
follows it; "-요" and "-어" are left alone, as they end statements as often.
"""

from __future__ import annotations

from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import detect_script

__all__ = ["asks_without_mark"]

# Endings that only ask (Kiwi writes the ㄹ/ㄴ of ㄹ까, ㄴ가 as a final jamo).
_ASKING_ENDINGS = frozenset(
    {"나", "나요", "니", "냐", "까", "까요", "ᆯ까", "ᆯ까요", "을까", "을까요", "ᆫ가", "ᆫ가요"}
    | {"은가", "은가요", "는가", "는가요", "가요"}
)
_VERB_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA", "VCP", "EP"})
_ENDING_TAGS = frozenset({"EF", "EC"})


def asks_without_mark(sentence: str) -> bool:
    """Whether a Korean ``sentence`` ends in an asking ending with no question mark typed.

    >>> asks_without_mark("학생증도되나")
    True
    >>> asks_without_mark("주차권 하나")
    False
    """
    if detect_script(sentence) != "ko" or sentence.rstrip().endswith(("?", "？")):
        return False
    tags = [t for t in morpheme_tags(sentence.rstrip(" .~!")) if t[1] not in ("SF", "SW", "SS")]
    if len(tags) < 2:
        return False
    (_, before_tag), (ending, ending_tag) = tags[-2], tags[-1]
    return ending_tag in _ENDING_TAGS and ending in _ASKING_ENDINGS and before_tag in _VERB_TAGS
