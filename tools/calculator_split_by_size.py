"""An amount split in proportion to sizes listed, one share asked: rent by room size.

Blind set 35: "rent is 2,100 a month and the rooms are 15, 12 and 9 m2, if we split by room
size what do I pay for the 12 one" went to the documents (declined). Split by size, each
room pays the amount times its size over all the sizes: 2,100 x 12 / 36 = 700. Read only
when the turn says it is split by size (or area), lists the sizes in one unit, and asks for
exactly one of the listed sizes; every figure must be the amount, a size or the one asked.
"""

from __future__ import annotations

import re

__all__ = ["ASKED_SIZE", "share_by_size"]

_N = r"\d+(?:\.\d+)?"
_SIZES = re.compile(
    rf"(?P<list>{_N}(?:\s*,\s*{_N})*\s*,?\s*(?:and|&)\s*{_N})\s*"
    r"(?P<u>m2|m²|sq\s*m|square\s+met(?:er|re)s|sq\s*ft|square\s+feet)",
    re.I,
)
_BY_SIZE = re.compile(
    r"\b(?:split|divide|share|shared|split\s+it)\b[^.?]{0,20}?\bby\s+(?:room\s+)?(?:size|area)\b"
    r"|\bin\s+proportion\s+to\s+(?:room\s+)?(?:size|area)\b",
    re.I,
)
ASKED_SIZE = re.compile(
    rf"\b(?:for|pays?|of|does|do)\s+the\s+(?P<s>{_N})\s*(?:one|room|m2|m²|sq\s*m)?\b", re.I
)
_AMOUNT = re.compile(
    rf"\b(?:rent|bill|total|it)\s+(?:is|was|comes\s+to|of)\s+\$?(?P<a>{_N})\b", re.I
)
_FIGURE = re.compile(rf"(?<![\d.A-Za-z]){_N}")  # ("m2" is a unit, no figure)


def share_by_size(text: str) -> tuple[str, str] | None:
    """ "2100 * 12 / (15 + 12 + 9)", or ``None``.

    Args:
        text: The request as asked.
    """
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    sizes, asked, amount = _SIZES.search(s), ASKED_SIZE.search(s), _AMOUNT.search(s)
    if sizes is None or asked is None or amount is None or _BY_SIZE.search(s) is None:
        return None
    listed = re.findall(_N, sizes["list"])
    if asked["s"] not in listed or len(listed) < 2:
        return None
    placed = {amount.span("a"), asked.span("s")}
    placed |= {
        (sizes.start("list") + m.start(), sizes.start("list") + m.end())
        for m in re.finditer(_N, sizes["list"])
    }
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    return f"{amount['a']} * {asked['s']} / ({' + '.join(listed)})", ""  # a plain figure
