"""A question word of number followed by a unit of measure asks for an amount.

"로라타딘은 한 번에 몇 mg 먹어요?" asks how many milligrams: the answer is a measured
quantity ("10mg"), not a count of things. 몇 before a counter ("몇 명", "몇 개") counts,
but before a unit of measure (mg, ml, km, 그램, 리터) it asks for an amount in that unit,
and so does "how many" before one ("how many mg", "how many kilometres"). The units are
the closed set of metric measures the amount evidence reads (tools.rag.answer_types).
"""

from __future__ import annotations

__all__ = ["ASKS_MEASURED_AMOUNT"]

# Metric units written in Latin letters, and their Korean spellings.
_LATIN_UNITS = r"(?:mg|mcg|µg|g|kg|ml|mL|l|L|cc|km|m|cm|mm)(?![A-Za-z])"
_ENGLISH_UNITS = (
    r"(?:milligrams?|micrograms?|grams?|kilograms?|kilos?|millilit(?:er|re)s?|lit(?:er|re)s?|"
    r"kilomet(?:er|re)s?|met(?:er|re)s?|centimet(?:er|re)s?|millimet(?:er|re)s?)\b"
)
_KOREAN_UNITS = (
    r"(?:밀리그램|그램|킬로그램|킬로미터|킬로|밀리리터|리터|센티미터|센티|밀리미터|밀리|미터|시시)"
)

# A pattern string, for the answer-type table ("amount" is tried before "count").
ASKS_MEASURED_AMOUNT = (
    rf"몇\s*(?:{_LATIN_UNITS}|{_KOREAN_UNITS})|"
    rf"\bhow many\s+(?:{_LATIN_UNITS}|{_ENGLISH_UNITS})"
)
