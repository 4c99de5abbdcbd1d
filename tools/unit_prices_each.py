"""The price per unit of several packs, each ("120g에 2,400원이랑 200g에 3,600원 g당 각각").

Found by the ninth unseen set. The answer is one price per pack, in the order the
sentence names them; the calculator's single value cannot say it. Every figure of the
sentence must belong to a pack (a quantity and its price) and every pack must be in the
unit asked for, or the sentence is not this question and ``None`` is returned.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from tools.calculator_forms import NUMBER
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["prices_per_unit_each"]

# The units a pack is sold by, and the spellings of each.
_UNIT_WORDS = {
    "g": "g", "gram": "g", "grams": "g", "그램": "g",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "킬로": "kg",
    "ml": "ml", "l": "L", "litre": "L", "liter": "L", "litres": "L", "liters": "L", "리터": "L",
    "개": "개", "piece": "개", "pieces": "개",
    # "PT 10회권 55만원 20회권 99만원이면 각각 회당 얼마야": passes by their sessions (set 33).
    "회권": "회", "회": "회",
}  # fmt: skip
_UNIT = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
# "120g에 2400원", "200 g for 3600 won", "500ml짜리가 1800원", "12 pieces for $6".
_PACK = re.compile(
    rf"(?P<q>{NUMBER})\s*(?P<u>{_UNIT})\s*(?:에|짜리(?:가|는)?|for|at|,)?\s*(?P<sign>\$)?\s*"
    rf"(?P<p>{NUMBER})\s*(?P<won>원|won)?",
    re.IGNORECASE,
)
# "g당 각각 얼마야", "1g당 각각", "how much per gram each", "price per gram of each".
_ASKED_KO = re.compile(
    rf"(?:1\s*)?(?P<u>{_UNIT})\s*당\s*(?:가격(?:은|이)?\s*)?각각\s*(?:얼마|가격)?\S*\s*[?？]?$"
    # "각각 회당 얼마야": each said first (set 33).
    rf"|각각\s*(?:1\s*)?(?P<u2>{_UNIT})\s*당\s*(?:가격(?:은|이)?\s*)?(?:얼마|가격)\S*\s*[?？]?$",
    re.I,
)
_ASKED_EN = re.compile(
    rf"(?:how\s+much\s+(?:is\s+it\s+)?|what(?:'s|\s+is)\s+the\s+price\s+)?per\s+(?P<u>{_UNIT})"
    r"\s+(?:for\s+|of\s+)?each(?:\s+one)?\s*\??$",
    re.IGNORECASE,
)
_FIGURE = re.compile(NUMBER)


def prices_per_unit_each(text: str) -> tuple[str, str] | None:
    """Each pack's price per unit: (answer, how), or ``None`` when the text is not this."""
    s = normalize_numerals(unicodedata.normalize("NFKC", text).strip()).replace(",", "")
    asked = _ASKED_KO.search(s) or _ASKED_EN.search(s)
    if asked is None:
        return None
    said = asked.groupdict().get("u") or asked.groupdict().get("u2") or ""
    unit = _UNIT_WORDS[said.lower()]
    head = s[: asked.start()]
    packs = list(_PACK.finditer(head))
    if len(packs) < 2 or any(_UNIT_WORDS[p["u"].lower()] != unit for p in packs):
        return None
    used = {p.span(g) for p in packs for g in ("q", "p")}
    if any(f.span() not in used for f in _FIGURE.finditer(head)):
        return None  # a figure that is no pack's quantity or price: not read here
    if len({bool(p["sign"]) for p in packs}) != 1 or any(Decimal(p["q"]) == 0 for p in packs):
        return None
    shown = []
    per = said
    for pack in packs:
        price = Decimal(pack["p"]) / Decimal(pack["q"])
        amount = f"${price:.2f}" if pack["sign"] else f"{format_number(price, 2)}원"
        if not pack["sign"] and not pack["won"] and not re.search("[가-힣]", s):
            amount = format_number(price, 2)  # no currency said: the bare figure
        spaced = " " if len(pack["u"]) > 2 and pack["u"].isascii() else ""
        shown.append(f"{format_number(Decimal(pack['q']))}{spaced}{pack['u']}: {amount}/{per}")
    return ", ".join(shown), f"each price over its quantity, per {unit}"
