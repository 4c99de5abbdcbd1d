"""'키로'/'킬로' said for the unit the price is per: "kg당 1,200원 … 15키로" is 15 kg.

Blind set 31: "빨래방 세탁 kg당 천이백원이면 이불까지 15키로 맡기면 얼마" went to the cloud:
키로 is kilograms or kilometres, and the reader declined the unnamed one. When the request
prices one of the two by its symbol (kg당, km당, per kg) and never names the other, a
bare 키로/킬로 after a figure is that one.
"""

from __future__ import annotations

import re

__all__ = ["kilos_in_the_priced_unit"]

_PRICED_KG = re.compile(r"kg\s*(?:당|에)|킬로그램\s*(?:당|에)|\bper\s+kg\b|\ba\s+kg\b", re.I)
_PRICED_KM = re.compile(r"km\s*(?:당|에)|킬로미터\s*(?:당|에)|\bper\s+km\b|\ba\s+km\b", re.I)
_KILO_WORD = re.compile(r"(?<=\d)\s*(?:키로|킬로)(?!그램|미터|[a-z])", re.I)


def kilos_in_the_priced_unit(text: str) -> str:
    """``text`` with each bare 키로/킬로 after a figure as the one kilo unit it prices.

    Args:
        text: The request, numerals as digits.
    """
    by_kg, by_km = _PRICED_KG.search(text), _PRICED_KM.search(text)
    if (by_kg is None) == (by_km is None):
        return text  # neither priced, or both: which one is meant is unsaid
    return _KILO_WORD.sub("kg" if by_kg else "km", text)
