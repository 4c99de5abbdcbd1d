""" "Can I get Y too at X?" needs a sentence naming Y, not one about X alone.

"무인발급기에서 인감증명서도 뽑을 수 있어요?" asks whether the kiosk issues one more kind of
paper. The guide states the kiosk's hours and, elsewhere, that 인감증명서 fees are waived
for some people; quoting those (blind set 17) answers neither whether the kiosk issues
it nor anything asked. Korean marks the thing asked "as well" with the particle 도 right
after the noun; with a place or means (에서/로) and "수 있", the question is whether that
thing is available there. The rule, closed-class only: the chosen sentence or its heading
must name the 도-marked noun (in either language), else the lexical path holds back.
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.scene_words import scene_terms
from tools.rag.textutil import kiwi_tokenize, tokenize

__all__ = ["misses_thing_asked_too"]

_NOUN_TAGS = frozenset({"NNG", "NNP"})
_PLACE_PARTICLES = frozenset({"에서", "로", "으로"})


def _also_nouns(question: str) -> list[str]:
    """The nouns right before the particle 도 in a "…에서/로 … 도 … 수 있" question."""
    tokens = kiwi_tokenize(question)
    forms = [t.form for t in tokens]
    if "수" not in forms or not any(t.tag == "JKB" and t.form in _PLACE_PARTICLES for t in tokens):
        return []
    nouns: list[str] = []
    for i, token in enumerate(tokens):
        if token.form == "도" and token.tag == "JX" and i and tokens[i - 1].tag in _NOUN_TAGS:
            j = i - 1
            while j >= 0 and tokens[j].tag in _NOUN_TAGS:
                nouns.append(tokens[j].form)
                j -= 1
    scenery = scene_terms(question)
    return [n for n in nouns if n not in scenery]


def misses_thing_asked_too(question: str, sentence: str, heading: str) -> bool:
    """Whether the chosen sentence and its heading name none of the 도-marked nouns.

    Args:
        question: The user's message.
        sentence: The sentence the lexical path would quote.
        heading: That sentence's section heading.

    Returns:
        True when the question asks whether a thing is available "as well" at a place or
        by a means, and neither the sentence nor the heading names that thing.
    """
    nouns = _also_nouns(question)
    if not nouns or not sentence:
        return False
    held = set(tokenize(sentence)) | set(tokenize(heading))
    return not any((equivalents(n) | {n}) & held for n in nouns)
