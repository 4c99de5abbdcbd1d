"""Half of a measure said as 반 before it: "반근" is 0.5근, "반 킬로" is 0.5 kg.

"반근은?" after "삼겹살 3근이면 몇그램이야" went to the cloud: 반 (half) before a unit was no
figure, so neither the follow-up nor "삼겹살 반근이면 몇그램이야" asked alone was read. 반 is a
figure only right before a measure (the traditional 근, 냥, 평, 되, 관, and 킬로, 리터) that a
particle, a space or the end follows: "반평생" (half a lifetime) and "반값" stay words.
"""

from __future__ import annotations

import re

__all__ = ["half_measure_as_figure"]

_HALF_MEASURE = re.compile(
    r"(?<![가-힣\d])반\s*(?=(?:근|냥|평|되|관|킬로|키로|리터)"
    r"(?:$|[\s?？.!,]|은|는|이|을|를|에|이면|으면|면|짜리|쯤|만|도))"
)


def half_measure_as_figure(text: str) -> str:
    """``text`` with 반 before a measure written as 0.5 ("반근은?" -> "0.5근은?")."""
    return _HALF_MEASURE.sub("0.5", text)
