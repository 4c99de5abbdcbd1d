"""A size graded up or down by an intensifier ("extra large") is a size of its own.

Why this exists: "how much is an extra large storage unit" was answered with "Large 4 x 3
m 259,000 won" and with "for an extra 15,000 won a month" (blind set 24): the index
keeps "extra" and "large" apart, so a row of the plain size and a sentence using "extra"
in its other sense (more money) each matched a word of it. "Extra large", "extra-large"
and "XL" name one grade, which the plain "Large" is not; a sentence that never writes
the graded size (in any of those forms) does not state the asked one. Korean writes such
grades as one word (특대형, 초소형), which a plain 대형 row does not hold either.
"""

from __future__ import annotations

import re

__all__ = ["misses_intensified_size"]

_INTENSIFIERS = ("extra", "ultra", "super")
_SIZES = ("large", "small", "big", "long", "wide", "tall", "heavy", "thick", "light")
_ASKED_EN = re.compile(
    rf"\b(?P<grade>{'|'.join(_INTENSIFIERS)})[- ]?(?P<size>{'|'.join(_SIZES)})\b", re.IGNORECASE
)
# The usual letters of a graded size: XL is extra large, XS extra small.
_LETTERS = {("extra", "large"): "xl", ("extra", "small"): "xs"}
_ASKED_KO = re.compile(r"특대|초대형|초소형|극소형")


def misses_intensified_size(question: str, sentence: str) -> bool:
    """Whether ``question`` asks about a graded size that ``sentence`` never writes.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question names a size with an intensifier ("extra large",
        "ultra-light", 특대형) and the sentence writes that graded size in no form.
    """
    for match in _ASKED_EN.finditer(question):
        grade, size = match["grade"].lower(), match["size"].lower()
        written = re.compile(rf"\b{grade}[- ]?{size}\b", re.IGNORECASE)
        letters = _LETTERS.get((grade, size))
        if written.search(sentence) or (
            letters and re.search(rf"\b{letters}\b", sentence, re.IGNORECASE)
        ):
            continue
        return True
    return any(m.group(0) not in sentence for m in _ASKED_KO.finditer(question))
