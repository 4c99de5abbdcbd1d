"""A question word of number followed by a unit of measure asks for an amount in it.

"로라타딘은 한 번에 몇 mg 먹어요?" asks how many milligrams: the answer is a measured
quantity ("10mg"), not a count of things. 몇 before a counter ("몇 명", "몇 개") counts,
but before a unit of measure (mg, ml, km, 그램, 리터) it asks for an amount in that unit,
and so does "how many" before one ("how many mg", "how many kilometres"). Only a figure
of the same dimension answers it: "휠체어 경사로는 몇 미터예요?" is not answered by a
parking fee, nor "몇 mg" by "2알". The units are the closed set of metric measures.
"""

from __future__ import annotations

import re

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = [
    "ASKS_MEASURED_AMOUNT",
    "adjective_dimension",
    "asked_dimension",
    "misses_adjective_measure",
    "states_dimension",
]

# Each dimension's units: written in Latin letters, spelled in English, spelled in Korean.
_DIMENSIONS: dict[str, tuple[str, str, str]] = {
    "mass": (
        r"mg|mcg|µg|g|kg",
        r"milligrams?|micrograms?|grams?|kilograms?|kilos?",
        r"밀리그램|킬로그램|그램|킬로",
    ),
    "volume": (
        r"ml|l|cc",
        r"millilit(?:er|re)s?|lit(?:er|re)s?",
        r"밀리리터|리터|밀리|시시",
    ),
    "length": (
        r"km|m|cm|mm",
        r"kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?",
        r"킬로미터|센티미터|밀리미터|미터|센티",
    ),
}


def _latin(units: str) -> str:
    return rf"(?:{units})(?![A-Za-z])"


def _english(units: str) -> str:
    return rf"(?:{units})\b"


# 킬로 alone is read by what it is said of; asked alone it stays mass (킬로 = kg mostly).
_ASKED = {
    dim: re.compile(
        rf"몇\s*(?:{_latin(latin)}|(?:{korean}))|\bhow many\s+(?:{_latin(latin)}|{_english(en)})",
        re.IGNORECASE,
    )
    for dim, (latin, en, korean) in _DIMENSIONS.items()
}
_STATED = {
    dim: re.compile(
        rf"\d(?:[\d,.]*\d)?\s*(?:~\s*\d[\d,.]*\s*)?(?:{_latin(latin)}|{_english(en)}|(?:{korean}))",
        re.IGNORECASE,
    )
    for dim, (latin, en, korean) in _DIMENSIONS.items()
}

# A pattern string, for the answer-type table ("amount" is tried before "count").
ASKS_MEASURED_AMOUNT = "|".join(f"(?:{p.pattern})" for p in _ASKED.values())


def asked_dimension(question: str) -> str | None:
    """The dimension a "몇 mg" / "how many km" question asks in ("mass"), or ``None``."""
    found = [(m.start(), dim) for dim, p in _ASKED.items() if (m := p.search(question))]
    return min(found)[1] if found else None


def states_dimension(sentence: str, dimension: str) -> bool:
    """Whether ``sentence`` states a figure in a unit of ``dimension`` ("10mg", "1.2 km")."""
    return bool(_STATED[dimension].search(sentence))


# "how deep is the water", "how high is the bridge", "how heavy can my boat be": an English
# adjective of size after "how" asks a measure in its dimension (blind set 52: "how deep is
# the water at the visitor pontoon" was answered with the pontoons' rules, no figure at all).
# Not "how far in advance/ahead" (a lead time) nor "how long" (mostly a duration), nor
# "how big/large" (answered in sizes, counts or areas as often as in metres).
_ADJECTIVE_DIMENSIONS = {
    "length": r"deep|shallow|high|tall|wide|narrow|thick|far",
    "mass": r"heavy",
}
_HOW_ADJECTIVE = {
    dim: re.compile(
        rf"\bhow\s+(?:{adjectives})\b(?!\s+(?:in\s+advance|ahead|before))", re.IGNORECASE
    )
    for dim, adjectives in _ADJECTIVE_DIMENSIONS.items()
}
# Off only in the test that shows what reading the adjective's dimension changes.
use_adjective_dimension = True


def adjective_dimension(question: str) -> str | None:
    """The dimension "how deep/high/heavy …" asks a measure in ("length"), or ``None``."""
    if not use_adjective_dimension:
        return None
    return next((dim for dim, p in _HOW_ADJECTIVE.items() if p.search(question)), None)


# What is measured: the noun after the verb ("how deep is the water", "how heavy can my boat be").
_MEASURED = re.compile(
    r"\bhow\s+[a-z]+\s+(?:is|are|was|can|could|does|do|will|should|must)\s+"
    r"(?:(?:the|a|an|my|our|your|this|that|each|every)\s+)?(?P<noun>[a-z][a-z-]+)",
    re.IGNORECASE,
)
# The dimension's own nouns: "a depth of 2.5 m" names what "how deep" measures.
_DIMENSION_NOUNS = {
    "length": r"depth|deep|draught|draft|height|high|tall|clearance|width|wide|thick|"
    r"distance|away|far|long|length",
    "mass": r"weight|weigh|heavy|tonnes?|tons?",
}


def misses_adjective_measure(question: str, sentence: str) -> bool:
    """Whether "how deep/high/heavy …" meets a sentence not giving that measure.

    It gives it only with a figure in the dimension's units and by naming either what is
    measured (the noun after the verb) or the dimension ("depth", "weight"): "Visitors over
    15 m must book" measures boats, not the water asked "how deep".
    """
    dimension = adjective_dimension(question)
    if dimension is None:
        return False
    if not states_dimension(sentence, dimension):
        return True
    if re.search(rf"\b(?:{_DIMENSION_NOUNS[dimension]})\b", sentence, re.IGNORECASE):
        return False
    m = _MEASURED.search(question)
    if m is None:
        return False
    said = set(tokenize(sentence))
    return not any(equivalents(t) & said for t in tokenize(m["noun"]))
