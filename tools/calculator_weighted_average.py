"""A weighted average of grades: credits with their grade points, or weights with scores.

Blind set 34 sent "3학점 A+(4.5) 3학점 B+(3.5) 2학점 B0(3.0)이면 평점 얼마야" and "homework is
20% and I got 88, midterm 30% I got 74, final 50% I got 81, what's my grade" to the cloud.
A grade point average weighs each grade by its credits ((3 x 4.5 + 3 x 3.5 + 2 x 3.0) / 8
= 3.75); a course grade weighs each score by its share (0.2 x 88 + 0.3 x 74 + 0.5 x 81 =
80.3). Read only when every figure is a weight or a grade of a part, at least two parts,
and the shares in percent add up to 100 (a part left out would change the answer); a
letter grade is read only with its points said beside it, since scales differ (4.5, 4.3).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["GRADE_POINTS_UNIT", "WeightedPart", "weighted_average", "weighted_parts"]

#: A grade point average's unit: shown to two decimals, as a transcript does ("4.00").
GRADE_POINTS_UNIT = "grade points"

_N = r"\d+(?:\.\d+)?"
_LETTER = r"[A-DF](?:\+|0|-)?"
# "3학점 A+(4.5)", "3학점 4.5": credits, then the grade's points.
_CREDIT_PART = re.compile(
    rf"(?<![\d.])(?P<w>{_N})\s*학점\s*(?:(?P<letter>{_LETTER})\s*\(\s*(?P<g>{_N})\s*\)"
    rf"|(?P<g2>{_N})\s*점?(?![\d.]))"
)
_ASKS_KO = re.compile(
    r"평점|평균\s*(?:학점|점수)?\s*(?:은|이)?\s*(?:얼마|몇|계산)|학점\s*(?:은|이)?\s*(?:얼마|몇)"
)
# "homework is 20% and I got 88", "midterm 30% I got 74", "final (50%): 81".
_SHARE_PART = re.compile(
    rf"\b(?P<name>[a-z]+)\s+(?:is\s+|counts\s+(?:for\s+)?|worth\s+|=\s*)?\(?(?P<w>{_N})\s*%\s*\)?"
    rf"\s*(?:,|and|:)?\s*(?:(?:and\s+)?(?:i|I)\s+(?:got|scored|have|had)\s+(?:an?\s+)?"
    rf"|(?:got|scored)\s+|score\s+)?(?P<g>{_N})(?!\s*%)\b",
    re.I,
)
_ASKS_EN = re.compile(
    r"\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+my\s+(?:overall\s+|final\s+|course\s+)?"
    r"(?:grade|mark|score|average)\b|\bweighted\s+average\b|\boverall\s+(?:grade|mark|score)\b",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


@dataclass(frozen=True)
class WeightedPart:
    """One part of the average: its weight, its grade, and where the grade was said.

    Attributes:
        name: The part's name in English ("final"), or its letter grade in Korean ("B0").
        weight: The credits or the share in percent, as said.
        grade: The grade points or the score, as said.
        grade_span: Where the grade (with its letter, when one is said) is in the text.
    """

    name: str
    weight: str
    grade: str
    grade_span: tuple[int, int]


def weighted_parts(text: str) -> tuple[list[WeightedPart], bool] | None:
    """The parts of a weighted average and whether the weights are percent, or ``None``.

    Args:
        text: The request, NFKC-normalised.
    """
    korean = re.search(r"[가-힣]", text) is not None
    pattern, asks = (_CREDIT_PART, _ASKS_KO) if korean else (_SHARE_PART, _ASKS_EN)
    found = list(pattern.finditer(text))
    if len(found) < 2 or not asks.search(text):
        return None
    parts: list[WeightedPart] = []
    placed: set[tuple[int, int]] = set()
    for match in found:
        group = "g" if match["g"] else "g2"
        letter = match["letter"] if korean else None
        start = match.start("letter") if letter else match.start(group)
        end = match.end(group) + (1 if letter else 0)  # the letter's closing ")"
        name = letter or ("" if korean else match["name"].lower())
        parts.append(WeightedPart(name, match["w"], match[group], (start, end)))
        placed |= {match.span("w"), match.span(group)}
        if letter and letter.endswith("0"):
            placed.add((match.start("letter") + 1, match.end("letter")))  # the 0 of "B0"
    if any(f.span() not in placed for f in _FIGURE.finditer(text)):
        return None
    percent = not korean
    if percent and sum(float(p.weight) for p in parts) != 100:
        return None
    return parts, percent


def weighted_average(original: str) -> tuple[str, str | None] | None:
    """ "(3 * 4.5 + 3 * 3.5 + 2 * 3.0) / (3 + 3 + 2)" for three courses, or ``None``.

    Args:
        original: The request as asked.

    Returns:
        The expression and its unit (grade points for credits; a score has none), or
        ``None``.
    """
    read = weighted_parts(unicodedata.normalize("NFKC", original))
    if read is None:
        return None
    parts, percent = read
    weighted = " + ".join(f"{p.weight} * {p.grade}" for p in parts)
    total = "100" if percent else " + ".join(p.weight for p in parts)
    return f"({weighted}) / ({total})", None if percent else GRADE_POINTS_UNIT
