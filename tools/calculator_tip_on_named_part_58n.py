"""A tip on one of two named parts of a bill, maybe split: "96 on food and 34 on drinks, tip
18% only on the food and split it between 3 of us" is (96 + 34 + 96 × 18%) / 3.

Set 50 (slot58e): the family reader (:mod:`tools.calculator_tip_on_pretax`) reads a bill
with a part "of that" named ("180 total, 40 of that was wine"); a bill said as its two
parts, each with its own label, and a split after it went to the cloud stand-in. Read by
slots: exactly two amounts each labelled by the word beside it ("96 on food", "drinks were
34", "food: 96"), one tip percent, the part tipped on named by one of the labels ("only on
the food", "not on the drinks"), and maybe a headcount the total is split by ("between 3",
"4 ways"). Every figure must have one of those roles, or nothing is read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

# The family's tip rate and the words naming the part tipped on (set 49's reader).
from tools.calculator_tip_on_pretax import _ONLY_ON, _TIP_RATE

__all__ = ["tip_on_named_part"]

_N = r"(?:\$\s*)?(?P<{0}>\d+(?:\.\d+)?)(?:\s*(?:dollars?|bucks))?"
_LABEL = r"(?:the\s+|our\s+|my\s+)?(?P<{0}>[a-z]+)"
# "96 on food", "34 for the drinks"; "food was 96", "drinks came to 34", "food: 96".
_AMOUNT_FIRST = LazyPattern(
    _N.format("n") + r"\s+(?:on|for)\s+" + _LABEL.format("w") + r"\b", re.IGNORECASE
)
_LABEL_FIRST = LazyPattern(
    r"\b" + _LABEL.format("w") + r"\s*(?::|was|were|is|are|came\s+to|cost)\s*" + _N.format("n"),
    re.IGNORECASE,
)
# The headcount the whole is split by: "split it between 3 of us", "4 ways", "among 5 people".
_SPLIT = LazyPattern(
    r"\b(?:split(?:ting)?|divid(?:e|es|ed|ing)|shar(?:e|es|ed|ing))\b(?P<obj>[^\d]{0,30}?)"
    r"(?:between|among|amongst|by|in(?:to)?)?\s*(?P<k>\d+)\s*(?:of\s+us|people|persons|ways?|guys)?\b"
    r"|\b(?P<k2>\d+)\s+(?:ways?\b|of\s+us\s+(?:split|shar|divid))",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?")
_MONEY_LABELS = frozenset(
    {"food", "drinks", "drink", "alcohol", "wine", "beer", "beers", "booze", "cocktails"}
    | {"dessert", "desserts", "appetizers", "apps", "mains", "entrees", "meal", "dinner"}
    | {"lunch", "bar", "kitchen", "dishes", "starters", "sides", "coffee", "coffees"}
)


def _labelled(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    for pattern in (_AMOUNT_FIRST, _LABEL_FIRST):
        for m in pattern.finditer(text):
            word = m["w"].lower()
            if word in _MONEY_LABELS and m.span("n") not in {s for _v, s in found.values()}:
                found.setdefault(word, (m["n"], m.span("n")))
    return found


def tip_rate_and_part(text: str, labels: set[str]) -> tuple[str, tuple[int, int], str] | None:
    """The tip's percent, its span and the label tipped on, when the part is named by one
    of ``labels`` ("only on the food", "not on the drinks"); else ``None``."""
    rates = list(_TIP_RATE.finditer(text))
    if len(rates) != 1:
        return None
    rate = rates[0]
    group = "a" if rate["a"] else "b"
    which = _ONLY_ON.search(text, rate.end())
    if which is None:
        return None  # a tip on the whole bill: another form
    kept = (which["kept"] or which["kept2"] or "").lower()
    left = (which["left"] or "").lower()
    if kept:
        chosen = kept if kept in labels else None
    else:
        others = labels - {left}
        chosen = next(iter(others)) if left in labels and len(others) == 1 else None
    if chosen is None or float(rate[group]) >= 100:
        return None  # a part no label names
    return rate[group], rate.span(group), chosen


def tip_on_named_part(question: str) -> str | None:
    """ "(96 + 34 + 96 * 18 / 100) / 3" for a tip on one named part, split; else ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    text = question.replace(",", "") if re.search(r"\d,\d{3}", question) else question
    parts = _labelled(text)
    if len(parts) != 2:
        return None
    read = tip_rate_and_part(text, set(parts))
    if read is None:
        return None
    percent, percent_span, kept = read
    split = _SPLIT.search(text, percent_span[1])
    spans = [s for _v, s in parts.values()] + [percent_span]
    if split is not None:
        if re.search(r"\btip\b", split["obj"] or "", re.IGNORECASE):
            return None  # "split the tip": only the tip shared, another question
        spans.append(split.span("k") if split["k"] else split.span("k2"))
    if sorted(spans) != [f.span() for f in _FIGURE.finditer(text)]:
        return None  # a figure with no role here (a tax, a fee, a second tip)
    (a, _sa), (b, _sb) = parts.values()
    whole = f"{a} + {b} + {parts[kept][0]} * {percent} / 100"
    if split is None:
        return None  # without a split the family reader's questions (tip? total?) apply
    heads = split["k"] or split["k2"]
    if int(heads) < 2:
        return None
    return f"({whole}) / {heads}"
