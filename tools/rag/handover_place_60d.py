"""A place a thing is handed on to is not where the asked act happens.

Blind set 51: "주차장 분실물 경찰서에선 얼마나 보관해요?" (how long do the police keep it?)
was answered "분실물은 가람역 환승주차장 관리 부스에서 2주 동안 보관한 뒤 가람경찰서로
넘깁니다.": the two weeks are the booth's; the police station is only where the things go
next, and the document says nothing of how long it keeps them.

A question that puts its act at a place ("경찰서에서(는)", "경찰서에선", "at the police
station", "in the depot") is not answered by a sentence that names that place only as
where a thing is handed, sent or moved on to ("경찰서로 넘깁니다/보냅니다/옮깁니다",
"then sent to the police station", "passed on to the depot") and names no act at it.

Closed classes only: the locative endings and prepositions, and the verbs of handing on.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens, language_of

__all__ = ["place_only_handed_on_to"]

_KO_AT = r"(?:에서는|에서도|에서|에선|에는|에)"
_KO_HANDED = r"(?:넘기|넘깁|넘겨|보내|보냅|보내|옮기|옮깁|옮겨|이관|인계|이송|전달|송부|이첩)"
# A Korean noun of two syllables or more, then a locative ending: the place of the act.
_KO_ASKED_PLACE = re.compile(rf"(?P<place>[가-힣]{{2,}}?){_KO_AT}(?=\s|[?？]|$)")

_EN_HANDED = (
    r"(?:sent|send|sends|passed|pass|passes|handed|hand|hands|transferred|transfer|transfers|"
    r"moved|move|moves|forwarded|forward|forwards|taken|take|takes|given|returned|goes|go)"
)
_EN_ASKED_PLACE = re.compile(
    r"\b(?:at|in|by)\s+(?:the\s+)?(?P<place>[a-z]+(?:\s+(?:station|office|depot|desk|"
    r"centre|center|store|shop|counter))?)\b",
    re.IGNORECASE,
)
_EN_NOT_PLACES = frozenset(
    english_tokens(
        "a an my our your their his her this that it all total advance person time once "
        "cash card case which what how total general least most morning evening night"
    )
)


def _korean(question: str, sentence: str) -> bool:
    for m in _KO_ASKED_PLACE.finditer(question):
        place = re.escape(m["place"])
        if not re.search(place, sentence):
            continue
        if re.search(rf"{place}{_KO_AT}", sentence):
            return False  # the sentence puts something at the place itself
        if re.search(rf"{place}(?:으로|로)\s*(?:다시\s*)?{_KO_HANDED}", sentence):
            return True
    return False


def _english(question: str, sentence: str) -> bool:
    for m in _EN_ASKED_PLACE.finditer(question):
        words = m["place"].lower().split()
        if words[0] in _EN_NOT_PLACES or words[0].isdigit():
            continue
        place = r"\s+".join(re.escape(w) for w in words)
        if not re.search(rf"\b{place}\b", sentence, re.IGNORECASE):
            continue
        if re.search(
            rf"\b(?:at|in|by)\s+(?:the\s+)?(?:[a-z]+\s+)?{place}\b", sentence, re.IGNORECASE
        ):
            return False
        handed = rf"\b{_EN_HANDED}\s+(?:\w+\s+){{0,3}}?(?:on\s+)?(?:to|over\s+to|onto)\s+"
        if re.search(rf"{handed}(?:the\s+)?(?:[a-z]+\s+)?{place}\b", sentence, re.IGNORECASE):
            return True
    return False


def place_only_handed_on_to(question: str, sentence: str) -> bool:
    """Whether the sentence names the question's place only as where a thing is handed on.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    >>> place_only_handed_on_to(
    ...     "경찰서에선 얼마나 보관해요?", "관리 부스에서 2주 동안 보관한 뒤 경찰서로 넘깁니다."
    ... )
    True
    >>> place_only_handed_on_to(
    ...     "how long are things kept at the depot", "Bikes are kept at the depot for 30 days."
    ... )
    False
    """
    if language_of(question) != language_of(sentence):
        return False
    if language_of(question) == "ko":
        return _korean(question, sentence)
    return _english(question, sentence)
