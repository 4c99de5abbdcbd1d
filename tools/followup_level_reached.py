"""A follow-up's figure said as the level something reaches, never as the step to it.

Blind set 31: "보증인원 250명으로 늘리래" after a 200-guest hall bill was read as 250 guests
*more* (450), because 늘리 is a cue of adding; "we cut the list to 100" after 95 a guest for
120 guests swapped the price for 100. A figure with 으로/로 after it ("250명으로") or "to"
before it is where a count ends up: the slot reader replaces the figure of its kind, and a
bare figure after "to" with no word of price is no new price (what reached it is unsaid).
"""

from __future__ import annotations

import re

__all__ = ["bare_level_of_something_else", "figure_is_level"]

# "250명으로 늘리래", "10만원으로 올려": the particle of a destination after the figure
# (read into the figure's counter by some readers: "명으로"); 키로/킬로 are kilos.
_KOREAN_LEVEL = re.compile(r"^\s*(?:으로|로)(?![가-힣])")
_COUNTER_WITH_LEVEL = re.compile(r"(?:으로|(?<!키)(?<!킬)로)$")
# "increase it to 250", "cut to 100", "up to 12 people": the figure a change reaches.
_ENGLISH_LEVEL = re.compile(r"\bto\s*$", re.IGNORECASE)
# A bare figure after "to" that names its price: "drops to 4.15 a box", "price went to 12".
_PRICE_WORD = re.compile(
    r"[$€£¥₩]|\b(?:price|prices|priced|rate|rates|cost|costs|charge|charges|fee|fees|dollars?"
    r"|bucks|euros?|pounds?|each|apiece|a\s+head|per)\b",
    re.IGNORECASE,
)
_BARE_TO = re.compile(r"\bto\s+\$?\d", re.IGNORECASE)


def figure_is_level(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` (with its counter) is a level reached.

    Args:
        text: The follow-up turn.
        start: Where the figure begins.
        end: Where the figure and its counter end ("250명" in "250명으로").
    """
    return bool(
        _KOREAN_LEVEL.match(text[end:])
        or _COUNTER_WITH_LEVEL.search(text[start:end])
        or _ENGLISH_LEVEL.search(text[:start])
    )


def bare_level_of_something_else(text: str) -> bool:
    """ "we cut the list to 100": a bare figure reached by something the turn does not price.

    Args:
        text: The follow-up turn.
    """
    return _BARE_TO.search(text) is not None and _PRICE_WORD.search(text) is None
