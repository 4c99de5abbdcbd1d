"""A rank the question names ("1품", "2단", "3급", "2nd floor", "grade 5") must be one its
document ranks by.

"1품 심사비는 얼마에요?" asks the fee of one grade's test. A guide that names belt tests
and their fee ("심사비는 한 번에 30,000원") but never counts anything in 품 says nothing
about that test: its fee sentence answers another question. The question's other words
(심사비, 얼마) all match, and :mod:`tools.rag.numeral_units` rightly keeps a unit written
on digits from being a topic the passage must name ("4자리" counts digits), so nothing
else stopped the quote (the thirty-eighth unseen set's wrong answer).

A rank is unlike a measure: "4자리", "3개월", "10 hours" say how much of what the
question names, while a rank says *which one* ("1품", "3층", "2차 접종", "grade 3").
The rule is narrow on purpose: only the closed set of rank counters below, written on
digits, and only the document as a whole is asked to rank by the same counter (any
number: "3층 약국" is still answered where the guide says "약국은 1층"), in either language
("6층" where an English page writes "the 6th floor" or "the first floor").
"""

from __future__ import annotations

import re

__all__ = ["asked_ranks", "unheld_rank"]

# Korean counters that say which one of a ranked series: a taekwondo poom or dan, a grade,
# a class, a school year, a floor, a round or dose.
_KO_RANKS = ("등급", "학년", "품", "단", "급", "층", "차")
# A particle may follow the counter ("1품은", "3층에서"); another syllable makes a longer
# word ("1단계", "2차선", "3급수", "2층짜리") that is no rank written this way.
_KO_PARTICLE = r"(?:은|는|이|가|을|를|의|도|만|에서|에|부터|까지|으로|로)?"
_KO_RANK = re.compile(
    rf"(?<![\w.,])\d+\s?(?P<counter>{'|'.join(_KO_RANKS)}){_KO_PARTICLE}(?![가-힣])"
)
# English ranks: "2nd floor", "1st dan", "grade 3", "level 2".
_EN_NOUNS = ("floor", "dan", "kyu", "grade", "level", "stage")
_EN_ORDINAL = re.compile(
    rf"\b\d+(?:st|nd|rd|th)\s+(?P<counter>{'|'.join(_EN_NOUNS)})s?\b", re.IGNORECASE
)
_EN_NOUN_FIRST = re.compile(rf"\b(?P<counter>{'|'.join(_EN_NOUNS)})\s+\d+\b", re.IGNORECASE)
# A document may spell its ranks out ("Hall B is on the first floor").
_EN_WORD_ORDINAL = re.compile(
    r"\b(?:ground|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    rf"(?P<counter>{'|'.join(_EN_NOUNS)})s?\b",
    re.IGNORECASE,
)
# The same rank in the other language: a Korean question over an English page ("6층" for
# "the 6th floor") and the reverse.
_OTHER_LANGUAGE: dict[str, frozenset[str]] = {
    "층": frozenset({"floor"}),
    "급": frozenset({"grade", "level", "kyu"}),
    "단": frozenset({"dan"}),
    "등급": frozenset({"grade", "level"}),
    "학년": frozenset({"grade"}),
    "차": frozenset({"stage"}),
    "floor": frozenset({"층"}),
    "grade": frozenset({"급", "등급", "학년"}),
    "level": frozenset({"급", "등급"}),
    "kyu": frozenset({"급"}),
    "dan": frozenset({"단"}),
    "stage": frozenset({"차"}),
}


def asked_ranks(text: str) -> set[str]:
    """The rank counters ``text`` writes on digits ("1품 심사비" -> {"품"})."""
    found = {m.group("counter") for m in _KO_RANK.finditer(text)}
    for pattern in (_EN_ORDINAL, _EN_NOUN_FIRST, _EN_WORD_ORDINAL):
        found |= {m.group("counter").lower() for m in pattern.finditer(text)}
    return found


def unheld_rank(question: str, document: str) -> str | None:
    """A rank counter the question asks by that ``document`` never ranks by, else None.

    Args:
        question: The user's question.
        document: The whole text of the document the answer would quote.
    """
    held = asked_ranks(document)
    for counter in sorted(asked_ranks(question)):
        if counter not in held and not _OTHER_LANGUAGE.get(counter, frozenset()) & held:
            return counter
    return None
