"""A fee the two sides of a deal split half and half: the asker pays half of it.

"중고거래로 4만5천원짜리 사는데 택배비 4000원은 반반 내기로 했어 나 총 얼마 내" was answered
'49,000원' (blind set 33): the calculator added the whole shipping fee, though the question
says it is split 반반 (47,000원). When an amount is said to be split in half ("4000원은
반반", "택배비 반씩", "split the 8 shipping 50/50", "half the delivery fee") and the reading
adds that amount once, it adds half of it instead. Any other reading of it is left alone.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["fee_halved"]

_FIG = r"(?P<f>\d[\d,]*(?:\.\d+)?)"
_HALVED = LazyPattern(
    # "택배비 4000원은 반반", "배송비 3000원 반씩 내기로", "4000원 반띵"
    rf"{_FIG}\s*(?:원|달러)?\s*(?:은|는|을|를)?\s*(?:서로\s*)?(?:반반|반씩|반띵|반\s*나눠)"
    # "split the 8 dollar shipping 50/50", "split the $8 fee in half", "half of the 8 shipping"
    rf"|split\s+(?:the\s+)?\$?{_FIG.replace('f>', 'g>')}\s*(?:dollars?\s+)?(?:\w+\s+){{0,2}}?"
    r"(?:50\s*/\s*50|fifty[-\s]fifty|in\s+half|half\s+and\s+half)"
    rf"|\bhalf\s+(?:of\s+)?(?:the\s+)?\$?{_FIG.replace('f>', 'h>')}\s*(?:dollars?\s+)?"
    r"(?:shipping|delivery|fee|postage)",
    re.IGNORECASE,
)


def fee_halved(question: str, source: str) -> str | None:
    """``source`` with the halved amount taken at half, when ``question`` halves one.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.
    """
    said = _HALVED.search(question)
    if said is None:
        return None
    figure = (said["f"] or said["g"] or said["h"]).replace(",", "")
    # The amount added as a term once: "45000 + 4000", "4000 + 45000".
    term = re.compile(rf"(?:(?<=\+ )|^){re.escape(figure)}(?= \+|$)")
    if (
        len(term.findall(source)) != 1
        or len(re.findall(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", source)) != 1
    ):
        return None
    return term.sub(f"{figure} / 2", source)
