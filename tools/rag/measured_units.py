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

__all__ = ["ASKS_MEASURED_AMOUNT", "asked_dimension", "states_dimension"]

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
