"""A weight said in 키로 beside a price per gram or kilogram: "삼겹살 100g당 2890원이면 1.2키로
사면 얼마야" buys 1.2 kg (set 45).

키로 is chat for both kilograms and kilometres, so the weight readers left it out and the
question went to a model. Beside a price per weight in g or kg ("100g당", "kg당", "300g에
5400원") only kilograms make sense; there it is written "kg". Anywhere else it is left as
said.
"""

from __future__ import annotations

import re

__all__ = ["kilo_as_kg"]

_N = r"\d+(?:\.\d+)?"
_PRICE_PER_WEIGHT = re.compile(
    rf"(?:{_N}\s*)?(?:kg|g|그램|킬로그램)\s*당\s*{_N}\s*원|{_N}\s*(?:kg|g|그램)\s*에\s*{_N}\s*원",
    re.IGNORECASE,
)
_KILO = re.compile(rf"(?P<w>{_N})\s*키로(?!\s*미터|\s*당)")


def kilo_as_kg(text: str) -> str:
    """``text`` with each "N키로" as "Nkg" when it prices a weight in g or kg; else unchanged."""
    if _PRICE_PER_WEIGHT.search(text) is None:
        return text
    return _KILO.sub(lambda m: f"{m['w']}kg", text)
