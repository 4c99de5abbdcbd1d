"""A price for a count of things, asked for another count at the same rate (cal58e3, set 50).

"a dozen eggs is 3.60, how much for 30 eggs if singles cost the same rate" (a dozen said as
12 by :func:`tools.dozens_en.dozens_as_digits`) was read by no reader: 3.60 / 12 x 30
= 9.00. Read by slots: one count of a thing with its price ("12 eggs is 3.60", "5 pens for
4.50"), one other count of the same thing asked ("how much for 30 eggs"), no other figure.
Bought only in whole packs ("only full dozens") is another form, its follow-up: whole packs
for the count asked (ceil(30 / 12) x 3.60 = 10.80).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from core.lazy_regex import LazyPattern
from tools.dozens_en import dozens_as_digits
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_58U_PACKS", "SameRate", "same_rate_count", "same_rate_read"]

_N = r"\d+(?:\.\d+)?"
_PRICED = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s+(?P<noun>[a-z]{{3,}})\s+(?:is|are|cost|costs|go\s+for|goes\s+for"
    rf"|for|=|sell\s+for|at)\s+\$?(?P<p>{_N})(?!\s*(?:%|each|a\s+piece|apiece))",
    re.IGNORECASE,
)
_ASKED = LazyPattern(
    r"\bhow\s+much\s+(?:for|would|will|do|does|is|are|to\s+buy)\b[^?.]*?(?<![\d.])(?P<m>\d+)\s+"
    r"(?P<noun>[a-z]{3,})",
    re.IGNORECASE,
)
# Read by slots too (set 51: "paid 7.80 for 6 avocados, so 10 would cost", "a 12-pack of
# pens is 5.40, whats one pen cost"): the price said before its count ("paid 7.80 for 6
# avocados"), a pack's count before its thing ("a 12-pack of pens", "a box of 12 pens"), and
# the count asked by "M (things) would cost", "what do M cost", "price of M", or one piece
# ("one pen", "a single pen", "per pen", "each").
_PACK = r"(?:packs?|pk|box|boxes|bags?|sets?|cartons?|cases?|tins?|rolls?|bundles?|tubes?)"
_PRICED_SLOTS = LazyPattern(
    rf"\b(?:paid|spent|pay|spend|got|bought|was|were)\s+\$?(?P<p>{_N})\s+(?:for|on)\s+"
    rf"(?:a\s+{_PACK}\s+of\s+)?(?P<n>\d+)\s+(?P<noun>[a-z]{{3,}})"
    rf"|(?<![\d.])(?:a\s+|the\s+)?(?:(?P<n2>\d+)\s*-?\s*{_PACK}\s+of|{_PACK}\s+of\s+(?P<n3>\d+))"
    rf"\s+(?P<noun2>[a-z]{{3,}})\s+(?:is|are|cost|costs|for|=|at|goes\s+for|sells\s+for|runs?)\s+"
    rf"\$?(?P<p2>{_N})(?!\s*(?:%|each|a\s+piece|apiece))",
    re.IGNORECASE,
)
_ONE = r"(?:one|1|a\s+single|a|single)"
# A word for one of the things packed, whatever they are ("24 pack of soda … per can", opens62).
_PIECE_WORDS = frozenset({"can", "bottle", "piece", "item", "unit", "one", "serving", "cup"})
_ASKED_SLOTS = LazyPattern(
    rf"(?<![\d.])(?P<m>\d+)\s+(?:(?P<noun>[a-z]{{3,}})\s+)?(?:would|will|should|gonna)\s+"
    r"(?:cost|be|run|set\s+me\s+back)\b"
    rf"|\bwhat\s+(?:would|will|do|does|did|should)\s+(?P<m2>\d+)\s+(?:(?P<noun2>[a-z]{{3,}})\s+)?cost\b"
    rf"|\b(?:price|cost)\s+(?:of|for)\s+(?P<m3>\d+)(?:\s+(?P<noun3>[a-z]{{3,}}))?"
    rf"|\b(?:what(?:'?s|\s+(?:does|do|would|is))?|how\s+much\s+(?:is|does|would|do))\s+"
    rf"(?P<one>{_ONE})\s+(?P<noun4>[a-z]{{3,}})(?:\s+(?:cost|be|go\s+for|run))?"
    # ("so per can thats", "per bottle then?": the asked said last, a word of what it is after)
    rf"|\b(?:per|each|a)\s+(?P<noun5>[a-z]{{3,}})\s*(?:that'?s|thats|is\s+that|then|is\s+it)?"
    r"\s*[?.!]*$"
    rf"|\bhow\s+much\s+(?:each|apiece|per\s+piece|a\s+piece)\b",
    re.IGNORECASE,
)
_WHOLE_PACKS = LazyPattern(
    r"\b(?:only|full|whole|entire)\s+(?:dozens?|packs?|boxes|cartons?|bags?|cases?)\b", re.I
)


class SameRate(NamedTuple):
    """A count of a thing, its price, and the count asked."""

    pack: str
    price: str
    asked: str


def _stem(noun: str) -> str:
    return re.sub(r"(?:es|s)$", "", re.sub(r"ies$", "y", noun.lower()))  # batteries: battery


def same_rate_read(text: str) -> SameRate | None:
    """The slots of "12 eggs is 3.60, how much for 30 eggs", or ``None``.

    Args:
        text: The question with its numerals as digits (a dozen as 12).
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", dozens_as_digits(text))
    priced, asked = list(_PRICED.finditer(text)), list(_ASKED.finditer(text))
    if len(priced) != 1 or len(asked) != 1:
        return _slots_read(text)  # the forms said otherwise, read by slots
    if _WHOLE_PACKS.search(text):
        return None
    p, a = priced[0], asked[0]
    if _stem(p["noun"]) != _stem(a["noun"]) or a.start() < p.end():
        return None  # another thing asked, or the count asked before the price
    if {f.span() for f in FIGURE.finditer(text)} != {p.span("n"), p.span("p"), a.span("m")}:
        return None
    if int(p["n"]) < 2 or p["n"] == a["m"]:
        return None
    return SameRate(p["n"], p["p"], a["m"])


def _slots_read(text: str) -> SameRate | None:
    """The slots of "paid 7.80 for 6 avocados, so 10 would cost" or "a 12-pack of pens is
    5.40, whats one pen cost" (the forms :data:`_PRICED` and :data:`_ASKED` do not read)."""
    priced = list(_PRICED_SLOTS.finditer(text))
    asked = list(_ASKED_SLOTS.finditer(text))
    if len(priced) != 1 or len(asked) != 1 or _WHOLE_PACKS.search(text):
        return None
    p, a = priced[0], asked[0]
    if a.start() < p.end():
        return None  # the count asked before the price: another form
    n_group = next(g for g in ("n", "n2", "n3") if p[g])
    p_group = "p" if p["p"] else "p2"
    m_group = next((g for g in ("m", "m2", "m3") if a[g]), None)
    noun = a["noun"] or a["noun2"] or a["noun3"] or a["noun4"] or a["noun5"]
    if (
        noun is not None
        and _stem(noun) != _stem(p["noun"] or p["noun2"])
        and noun.lower() not in _PIECE_WORDS
    ):
        return None  # another thing asked ("what does one box cost")
    figures = {f.span() for f in FIGURE.finditer(text)}
    asked_span = a.span(m_group) if m_group else a.span("one") if a["one"] == "1" else None
    roles = {p.span(n_group), p.span(p_group)} | ({asked_span} if asked_span else set())
    if figures != roles:
        return None  # a figure with no role, or "1 pen" read as a figure besides
    pack, asked_count = p[n_group], a[m_group] if m_group else "1"
    if int(pack) < 2 or pack == asked_count:
        return None
    return SameRate(pack, p[p_group], asked_count)


def same_rate_count(text: str) -> str | None:
    """``price / count * asked`` for such a question, else ``None``.

    Args:
        text: The question with its numerals as digits.
    """
    read = same_rate_read(text)
    return None if read is None else f"{read.price} / {read.pack} * {read.asked}"


_WHOLE_TURN = LazyPattern(
    r"^\s*(?:(?:and|so|ok(?:ay)?|but|what\s+if|and\s+if|if|how\s+about)[\s,]+)*"
    r"(?:(?:i|we|they|you)\s+)?(?:(?:can|have\s+to|must|only|do)\s+)*"
    r"(?:buy|get|sell|sold|comes?|order)?\s*(?:them\s+)?(?:only\s+)?(?:in\s+|by\s+(?:the\s+)?)?"
    r"(?:full|whole)?\s*(?:dozens?|packs?|boxes|cartons?|bags?|cases?)(?:\s+only)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def whole_packs_asked(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if i can only buy full dozens" after the same-rate count: whole packs.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    said = plain(text)
    if len(steps) != 1 or FIGURE.search(said) or not _WHOLE_TURN.match(said):
        return None
    if not re.search(r"\b(?:only|full|whole|in|by)\b", said, re.IGNORECASE):
        return None  # "packs?" alone does not say only whole ones are sold
    step = plain(steps[0])
    read = same_rate_read(step)
    if read is None:
        return None
    # Cents as said ("3.60"; the plain step drops the 0) or dollars named: money shown so.
    money = "$" if re.search(r"\$|dollars?|bucks|\d\.\d\d\b", steps[0]) else ""
    return kept_if_read(
        f"ceil({read.asked} / {read.pack}) * {money}{read.price}",
        f"whole packs of {read.pack} for {read.asked}",
    )


CHANGES_58U_PACKS = (
    # "what if i can only buy full dozens" after "a dozen eggs is 3.60, how much for 30 eggs".
    whole_packs_asked,
)
