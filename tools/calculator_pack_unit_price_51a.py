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

Set 49 needed a count and asked the packs for it: "6-pack of yogurt is 4.20, i need 15
yogurts. how many packs and what does it cost" is 3 whole packs (15 / 6 rounded up), 12.60
(:func:`packs_for_count_en`).
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
    "packs_for_count_en",
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
    # Every figure is the pack's count, its one container, its price or the one asked
    # ("사과 열두개 한박스 이만사천원이면 한개 얼마": 12, 1 box, 24000, 1 asked; opens52c).
    rest = text[: pack.start()] + " " + _ONE_ASKED_KO.sub(" ", text[pack.end() :])
    if _FIGURE.findall(rest):
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


# --- Whole packs for a count needed (set 49) --------------------------------------------------
# "6-pack of yogurt is 4.20", "a pack of 6 yogurts costs 4.20", "yogurt comes in 6-packs for
# 4.20", "six-packs of yogurt are 4.20 each".
_PRICE_SAID = (
    rf"\s*(?:is|are|costs?|for|at|goes\s+for|go\s+for|runs?|sells?\s+for)\s+\$?(?P<p>{_N})"
)
_PACK_PRICED_EN = LazyPattern(
    rf"(?<![\d.])(?:an?\s+|the\s+|one\s+)?{_SIZE}\s*-?\s*packs?\s+(?:of\s+(?P<thing>[a-z]+))?"
    + _PRICE_SAID
    # "eggs come in cartons of 12 at 3.60 a carton" (para58): the thing before, a container
    # by any of its names, plural.
    + r"|\b(?:(?P<thing4>[a-z]+)\s+(?:comes?|are\s+sold|is\s+sold)\s+in\s+)?"
    + r"(?:an?\s+|the\s+|one\s+)?(?:pack|box|bag|case|carton|crate|tray|sleeve|tube)"
    + r"(?:e?s)?\s+of\s+"
    + _SIZE.replace("?P<q>", "?P<q2>")
    + r"\s+(?:(?P<thing2>[a-z]+(?:\s+[a-z]+){0,2}?)\s+)?"
    + _PRICE_SAID.replace("?P<p>", "?P<p2>")
    + r"|\b(?P<thing3>[a-z]+)\s+(?:comes?|is\s+sold|are\s+sold|sells?)\s+(?:only\s+)?in\s+"
    + _SIZE.replace("?P<q>", "?P<q3>")
    + r"\s*-?\s*packs?\s+(?:for|at)\s+\$?"
    + rf"(?P<p3>{_N})",
    re.I,
)
# "i need 15 yogurts", "we need 15", "i have to get 15", "need 15 of them".
_NEEDED_EN = LazyPattern(
    r"\b(?:need|needs|want|have\s+to\s+(?:get|buy)|gotta\s+(?:get|buy)|must\s+(?:get|buy))\s+"
    r"(?:to\s+(?:get|buy|have)\s+)?(?:exactly\s+|at\s+least\s+)?(?P<k>\d+)\b"
    r"(?:\s+(?:of\s+(?:them|those)|(?P<thing>[a-z]+)))?",
    re.I,
)
_COST_ASKED_EN = LazyPattern(r"\bcost|\bhow\s+much\b|\bspend\b|\bpay\b|\bprice\b|\btotal\b", re.I)
_PACKS_ASKED_EN = LazyPattern(
    r"\bhow\s+many\s+(?:packs|boxes|bags|cases|cartons|crates|trays|sleeves|tubes)\b", re.I
)
# Words after the count that name no other thing ("i need 15 for the party" is still 15).
_NOT_A_THING = frozenset({"for", "and", "so", "but", "how", "what", "total", "in", "by", "to"})


def _same_thing(said: str | None, packed: str | None) -> bool:
    if not said or said.lower() in _NOT_A_THING:
        return True
    if said.lower().rstrip("s") in {"piece", "item", "one", "unit", "can", "bottle", "box"}:
        return True  # a plain unit word counts the things packed, whatever they are
    if not packed:
        return False
    stem = packed.lower().split()[-1].rstrip("s")
    return said.lower().rstrip("s").removesuffix("e") == stem.removesuffix("e")


def packs_for_count_en(digits: str) -> str | None:
    """``ceil(k / q) * p`` for k things needed from packs of q priced p (the cost asked), or
    ``ceil(k / q)`` when only the packs are asked; ``None`` when not this form.

    Every figure must be the size, the price or the count needed; the count must be of the
    thing packed (or no thing named), and no single price may be said beside (a mix of
    packs and singles is another sum).

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    pack, needed = _PACK_PRICED_EN.search(text), _NEEDED_EN.search(text)
    if pack is None or needed is None or needed.start() < pack.end():
        return None
    size_word = pack["q"] or pack["q2"] or pack["q3"]
    size = _SIZE_WORDS.get(size_word.lower(), size_word)
    price = pack["p"] or pack["p2"] or pack["p3"]
    packed = pack["thing"] or pack["thing2"] or pack["thing3"] or pack["thing4"]
    if not _same_thing(needed["thing"], packed):
        return None
    placed = [price, needed["k"]] + ([size_word] if size_word.isdigit() else [])
    if sorted(_FIGURE.findall(text)) != sorted(placed) or int(size) < 2:
        return None
    packs = f"ceil({needed['k']} / {size})"
    if _COST_ASKED_EN.search(text, needed.end()):
        return f"{packs} * {price}"
    return packs if _PACKS_ASKED_EN.search(text) else None
