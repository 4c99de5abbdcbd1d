"""An amount split in a ratio with the people (or the reason) said between amount and ratio.

Blind set 48 (turns48): "월세 90만원 룸메랑 방크기대로 5대4로 나누면 각자 얼마냐" and "split
840 between me and my sister 5 to 2, how much does each get" went to the cloud. The ratio
reader (:mod:`tools.ratio_split`) read the ratio right after the amount ("90만원을 5대4로
나누면", "split 840 in the ratio 5:2") and a ratio joined by 대 or ":" only. People say who
shares (룸메랑, 나랑 동생이랑, between me and my sister) and why (방크기대로) in between,
and in English join the parts with "to" ("5 to 2").

Kept narrow: one amount, then words with no figure, then the ratio (2 to 5 parts), then a
split verb (Korean: 로/으로 나누면 …; English: the split verb before the amount, nothing
with a figure after the ratio). The shares are answered in the ratio's order.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER

__all__ = ["ratio_split_between"]

_RATIO_KO = r"(?P<ratio>\d+(?:\s*(?:대|:)\s*\d+){1,4})"
_RATIO_EN = r"(?P<ratio>\d+(?:\s*(?::|\bto\b)\s*\d+){1,4})"
# "월세 90만원 룸메랑 방크기대로 5대4로 나누면 각자 얼마냐" (numerals already digits).
_KO = re.compile(
    rf"^[^\d]*?(?P<a>{NUMBER})\s*(?P<won>원)?\s*(?:을|를)?\s*(?P<who>[가-힣][가-힣\s]{{0,30}}?)\s*"
    rf"{_RATIO_KO}\s*(?:의\s*)?(?:비율\s*)?(?:로|으로)\s*"
    r"(?:나누면|나눠\s*가지면|나눠|나누자|나눌래|배분하면|분배하면)[가-힣\s?]*$"
)
# "split 840 between me and my sister 5 to 2, how much does each get".
_EN = re.compile(
    rf"^.*?\b(?:split|divide|share)\s+(?P<dollar>\$)?\s*(?P<a>{NUMBER})\s+"
    rf"(?P<who>(?:between|among|with)\s+[a-z' ]{{1,40}}?)\s*,?\s*(?:in\s+(?:a|the)\s+)?"
    rf"(?:ratio\s+(?:of\s+)?)?{_RATIO_EN}(?:\s+ratio)?\b[^\d]*$",
    re.IGNORECASE,
)


def ratio_split_between(s: str) -> re.Match[str] | None:
    """The match (groups ``a``, ``ratio``, ``won``/``dollar``) of the form, or ``None``.

    Args:
        s: The question, numerals as digits and thousands commas removed.
    """
    return _KO.match(s) or _EN.match(s)
