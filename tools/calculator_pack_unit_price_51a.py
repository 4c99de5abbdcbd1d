"""The price of one unit of a pack or bag priced whole: "a 2.5 kg bag of rice is 18.75 -
what's the price per kg?" is 18.75 / 2.5; "a 3-pack is 12.90 … how much is one item in the
3-pack?" is 12.90 / 3; "계란 30구 한 판이 8,970원이면 한 알에 얼마야?" is 8970 / 30.

Sets 24 and 25 (privacy sets, public prices): all went to the cloud or were declined. The
size is said on the pack itself ("a 2.5 kg bag", "a 3-pack", "30구 한 판") and one of its
units asked ("per kg", "one item in the 3-pack", "한 알에"). A single's price said beside it
("singles are 4.50 each") is another offer, not part of the sum; any other figure declines.

Set 48 bought more than one pack, each priced: "got 2 six-packs of bagels at 7.49 a pack,
whats that per bagel" is 2 × 7.49 / (2 × 6) (:func:`packs_price_per_piece_en`); the pack's
size may be said in words ("six-packs", "12-packs"). The piece asked must be the thing the
packs hold or a plain unit word (piece, item, can, bottle).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "PacksBought",
    "pack_price_per_unit_en",
    "pack_price_per_unit_ko",
    "packs_bought_en",
    "packs_price_per_piece_en",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_MEASURED_EN = LazyPattern(
    rf"\ba\s+(?P<q>{_N})\s*-?\s*(?P<unit>kg|g|lb|oz|l|liter|litre|ml)\s+(?:bag|pack|box|bottle|"
    rf"tub|jar|sack|tin|can|carton)\b[^.?!]*?\b(?:is|costs?|for|at)\s+\$?(?P<p>{_N})\b",
    re.I,
)
_MEASURE_ASKED_EN = r"\b(?:price\s+)?(?:per|a|each)\s+{unit}\b"
_PACK_EN = LazyPattern(
    rf"\ba\s+(?P<q>\d+)\s*-\s*pack\s+(?:is|costs?|for)\s+\$?(?P<p>{_N})\b(?P<rest>[^?]*)", re.I
)
_ONE_OF_PACK_EN = LazyPattern(
    r"\b(?:one|each|a\s+single)\s+(?:item|one|thing|unit|piece|can|bottle)?\s*in\s+the\s+"
    r"\d+\s*-\s*pack\b|\bper\s+(?:item|unit|piece)\s+in\s+the\s+\d+\s*-\s*pack\b",
    re.I,
)
_SINGLES_EN = LazyPattern(rf"^\s*and\s+singles\s+are\s+\$?{_N}\s+each\s*[-,–—]", re.I)
_PACK_KO = LazyPattern(
    rf"(?<![\d.])(?P<q>\d+)\s*(?P<c>구|개입|입|알|개)\s*(?:짜리)?\s*(?:한|1)\s*(?:판|팩|박스|봉지|상자|묶음)"
    rf"(?:이|에|은|는|가)?\s*(?P<p>{_N})\s*원"
)
_ONE_ASKED_KO = LazyPattern(r"(?:한|1)\s*(?:알|개|구)\s*(?:에|당|씩)?\s*(?:은|는)?\s*얼마")


def pack_price_per_unit_en(digits: str) -> str | None:
    """``p / q`` for a pack of q (or q kg) priced p and one unit asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    measured = _MEASURED_EN.search(text)
    if measured is not None:
        asked = _MEASURE_ASKED_EN.format(unit=re.escape(measured["unit"]))
        if re.search(asked, text[measured.end() :], re.I) and len(_FIGURE.findall(text)) == 2:
            return f"{measured['p']} / {measured['q']}"
        return None
    pack = _PACK_EN.search(text)
    if pack is None or not _ONE_OF_PACK_EN.search(pack["rest"]):
        return None
    rest = _ONE_OF_PACK_EN.sub("", pack["rest"])
    others = _FIGURE.findall(rest)
    if others and not (len(others) == 1 and _SINGLES_EN.search(pack["rest"])):
        return None
    return f"{pack['p']} / {pack['q']}"


def pack_price_per_unit_ko(digits: str) -> str | None:
    """``p / q`` for "N구 한 판이 P원" and one of them asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    pack = _PACK_KO.search(text)
    if pack is None or not _ONE_ASKED_KO.search(text[pack.end() :]):
        return None
    if len(_FIGURE.findall(text)) != 2 and not (
        len(_FIGURE.findall(text)) == 3 and re.search(r"1\s*(?:판|팩|박스|봉지|상자|묶음)", text)
    ):
        return None
    return f"{pack['p']} / {pack['q']}"


_SIZE_WORDS = {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "eight": "8", "ten": "10",
    "twelve": "12", "twenty": "20", "twenty-four": "24",
}  # fmt: skip
_SIZE = rf"(?P<q>\d+|{'|'.join(sorted(_SIZE_WORDS, key=len, reverse=True))})"
# "2 six-packs of bagels at 7.49 a pack", "3 12-packs of soda for 8.99 each".
_PACKS_EN = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s+{_SIZE}\s*-?\s*packs\s+of\s+(?P<thing>[a-z]+?)(?:es|s)?\s+"
    rf"(?:at|for|(?:that\s+)?(?:are|were|cost|costing))\s+\$?(?P<p>{_N})\s*(?:dollars?|bucks)?\s*"
    r"(?:a|per|each|for\s+each|apiece)(?:\s+(?:pack|one))?\b",
    re.I,
)
_PIECE_ASKED_EN = (
    r"\b(?:per|each|a|one|single|for\s+one|for\s+each)\s+(?:single\s+)?"
    r"(?:{thing}|piece|item|unit|can|bottle|roll|bar)\b"
)


class PacksBought(NamedTuple):
    """Packs bought, the pieces in a pack, the price of a pack."""

    packs: str
    size: str
    price: str


def packs_bought_en(digits: str) -> PacksBought | None:
    """The packs of :func:`packs_price_per_piece_en`, whatever is asked of them, or ``None``.

    Every figure must be the count, the size or the price.
    """
    text = without_thousands_commas(digits)
    said = _PACKS_EN.search(text)
    if said is None:
        return None
    size = _SIZE_WORDS.get(said["q"].lower(), said["q"])
    placed = [said["n"], said["p"]] + ([said["q"]] if said["q"].isdigit() else [])
    if sorted(_FIGURE.findall(text)) != sorted(placed) or int(said["n"]) < 1 or int(size) < 2:
        return None
    return PacksBought(said["n"], size, said["p"])


def packs_price_per_piece_en(digits: str) -> str | None:
    """``n * p / (n * q)`` for n packs of q priced p a pack and one piece asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    packs = packs_bought_en(digits)
    said = _PACKS_EN.search(without_thousands_commas(digits))
    if packs is None or said is None:
        return None
    asked = _PIECE_ASKED_EN.format(thing=re.escape(said["thing"]))
    if not re.search(asked, digits[said.end() :], re.I):
        return None
    return f"{packs.packs} * {packs.price} / ({packs.packs} * {packs.size})"
