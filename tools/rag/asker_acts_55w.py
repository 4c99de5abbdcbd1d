"""A permission question the asker acts in is not the child's permission (wrongs55).

"can i film my kid skating" asks whether the parent may film; the child is what is
filmed. :mod:`tools.rag.stage_permissions` read "kid" as the group asking, screened out
the rink's answer ("filming from the spectator area is allowed") for naming no group, and
the under-10s rule, which names one, was quoted instead (held-out 43). When the question's
subject is the asker ("can i", "may we", "am i allowed to", "제가", "내가") and the child is
their own, written as the object of the act ("my kid", "our children", "우리 아이를"),
the question is the asker's, and the life-stage screen does not apply.
"""

from __future__ import annotations

import re

__all__ = ["asker_acts_on_own_child"]

# The asker is the subject of the permission asked.
_ASKER_EN = re.compile(
    r"^\s*(?:so\s+|and\s+)?(?:can|could|may|should)\s+(?:i|we)\b"
    r"|\b(?:am\s+i|are\s+we|i'?m|we'?re)\s+(?:allowed|permitted)\s+to\b"
    r"|\b(?:is\s+it\s+ok(?:ay)?|is\s+it\s+allowed)\s+(?:if|for|to)\s+(?:i|we|me|us)\b",
    re.IGNORECASE,
)
_ASKER_KO = re.compile(r"(?<![가-힣])(?:제가|내가|저희가|우리가)(?![가-힣])")
# The asker's own child, as an object ("film my kid", "take our children").
_OWN_CHILD_EN = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:kids?|child(?:ren)?|son|daughter|bab(?:y|ies)|toddlers?)\b",
    re.IGNORECASE,
)
_OWN_CHILD_KO = re.compile(
    r"(?<![가-힣])(?:우리|제|내|저희)\s*(?:아이|애기|아기|애|딸|아들|자녀)(?:들)?(?:을|를)(?![가-힣])"
    r"(?!\s*(?:데리|데려|맡기|맡겨|등록|보내))"
)
# Acts that bring the child in: the child's admission is what is asked.
_ADMITS = re.compile(
    r"\b(?:bring|take|leave|drop(?:\s+off)?|register|enrol+|sign\s+up|send)\s+$", re.IGNORECASE
)


def asker_acts_on_own_child(question: str) -> bool:
    """Whether the asker is the one acting and their own child the object of the act.

    Args:
        question: The user's question ("can i film my kid skating").

    Returns:
        True for "can i film my kid skating" and "제가 우리 아이를 찍어도 돼요?"; False
        for "can my kid skate alone" and "can kids borrow tools".
    """
    if _OWN_CHILD_KO.search(question):
        return True
    if _ASKER_KO.search(question) is None and _ASKER_EN.search(question) is None:
        return False
    found = _OWN_CHILD_EN.search(question)
    if found is None:
        return False
    before = question[: found.start()]
    # The child written after the act ("film my kid"), not as its subject ("can my kid").
    if re.search(r"\b(?:can|could|may|should|does|do|is)\s+$", before):
        return False
    # Bringing, leaving or enrolling one's child asks whether the child may come in.
    return _ADMITS.search(before) is None
