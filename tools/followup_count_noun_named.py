"""A new count with its item's noun, after a request that gave the count without one.

Blind set 34: "festival tickets are 85 each … how much for 3" then "make it 4 tickets", and
"pizzas are twelve fifty each, we want 4 and delivery is 3.99" then "make it 5 pizzas",
went to the cloud. The slot rules look for the figure the noun stood beside ("3 tickets")
and found none; "make it 5" alone stays declined (tools.followup_number_edits: the count
or the fee). Naming the item settles it when the previous request priced that item and
said exactly one count with no noun of its own ("for 3", "we want 4", "what do 13 cost"):
that count is the item's. Anything else (two such counts, the noun beside a figure
already, an item the request never named, a price-like figure) is left to other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["count_with_item_named"]

_LEAD = r"(?:(?:ok(?:ay)?|so|and|oh|actually|wait|nah|no)\s*[,.!]*\s*)*"
_TURN = LazyPattern(
    rf"^\s*{_LEAD}(?:(?:make\s+(?:it|that)|what\s+about|how\s+about|what\s+if\s+(?:we|i)"
    r"\s+(?:get|buy|want|order|need)|(?:we|i)\s+(?:want|need)|for)\s+)?"
    r"(?P<n>\d+)\s+(?P<noun>[a-z]{3,})\s*(?:then|instead|please|now)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.,]*\d)")
# A count with no noun of its own ends its clause or is what the question asks the cost of.
_COUNT_FOLLOWER = LazyPattern(
    r"\s*(?:$|[,?.!]|and\b|cost\b|costs\b|total\b|altogether\b|in\s+total\b|then\b"
    r"|please\b|of\s+(?:us|them)\b)",
    re.IGNORECASE,
)
# A figure after these is a price or a value, not a count ("is 3.99", "at 12", "$40").
_PRICE_LEAD = LazyPattern(
    r"(?:\b(?:is|are|was|were|at|costs?|be|pay|paid|for\s+a|per)|[$£€])\s*$", re.IGNORECASE
)


def _stem(word: str) -> str:
    word = word.lower()
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _noun_less_counts(step: str) -> list[re.Match[str]]:
    counts = []
    for figure in _FIGURE.finditer(step):
        if not figure.group(0).isdigit():
            continue  # a decimal or a thousands figure: a price or an amount
        if _PRICE_LEAD.search(step[: figure.start()]):
            continue
        if _COUNT_FOLLOWER.match(step, figure.end()):
            counts.append(figure)
    return counts


def _names_item_without_figure(step: str, noun: str) -> bool:
    """Whether ``step`` names the noun, and never right after a figure ("3 tickets")."""
    named = False
    for word in re.finditer(r"[A-Za-z]+", step):
        if _stem(word.group(0)) != _stem(noun):
            continue
        if re.search(r"\d\s*$", step[: word.start()]):
            return False  # the slot rules change "3 tickets" themselves
        named = True
    return named


def count_with_item_named(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "make it 4 tickets" after "tickets are 85 each … how much for 3": 3 made 4.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the count replaced and what changed, or ``None``.
    """
    turn = _TURN.match(text)
    if turn is None or not steps:
        return None
    step = steps[-1]
    if not _names_item_without_figure(step, turn["noun"]):
        return None
    counts = _noun_less_counts(step)
    if len(counts) != 1 or counts[0].group(0) == turn["n"]:
        return None
    old = counts[0]
    changed = step[: old.start()] + turn["n"] + step[old.end() :]
    return [*steps[:-1], changed], f"{old.group(0)} → {turn['n']} {turn['noun']}"
