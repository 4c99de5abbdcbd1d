"""A count made one less or more, said bare ("one less", "2 more?"), after a counted order.

Set 50 (helper cal58e3): "shipping is 5.99 for the first item and 1.50 for each additional
one, im ordering 6 things" then "one less" went to the cloud. The turn names no noun, so the
count it changes is found by its slot: the one whole figure of the previous step followed by
a counted noun ("6 things", "4 tickets"), never money, a rate or a span. Two such counts
("3 pizzas and 2 sodas") leave which one unknown: not read. The rewritten step must be read
by code and its answer must move (a count that changes nothing is not the count asked about).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_answer_moves

__all__ = ["CHANGES_58U_COUNT", "count_one_less"]

_WORDS = {"one": 1, "two": 2, "three": 3, "a": 1, "an": 1}
_TURN = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|then|what\s+if|how\s+about|make\s+it|actually|now)[\s,]+)*"
    r"(?:i\s+(?:order|get|buy|need)\s+|with\s+)?"
    r"(?P<n>\d{1,2}|one|two|three|an?)\s+(?P<dir>less|fewer|more|extra)"
    r"(?:\s+(?:one|ones|item|items|thing|things|then|instead|of\s+them))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# Words after a figure that are no count of things: money, rates, spans, measures.
_NOT_COUNTED = (
    r"dollars?|bucks?|cents?|won|euros?|pounds?|percent|per|a|an|the|each|off|hours?|hrs?|"
    r"minutes?|mins?|seconds?|days?|weeks?|months?|years?|yrs?|km|kms|miles?|kg|kgs|lbs?|"
    r"grams?|g|ml|l|liters?|litres?|gallons?|oz|times|x|for|at|and|or|to|is|in|on|of"
)
_COUNT = LazyPattern(
    rf"(?<![\d.$,])(?P<n>\d{{1,4}})(?![\d.,%])\s+(?!(?:{_NOT_COUNTED})\b)(?P<noun>[a-z]+)",
    re.IGNORECASE,
)


def count_one_less(text: str, steps: Sequence[str]) -> Change | None:
    """The previous step with its one count of things changed by the turn ("one less").

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    turn = _TURN.match(plain(text))
    if turn is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    counts = list(_COUNT.finditer(step))
    if len(counts) != 1:
        return None  # no counted thing, or two: which one changes is not known
    old = counts[0]
    word = turn["n"].lower()
    by = _WORDS[word] if word in _WORDS else int(word)
    sign = -1 if turn["dir"].lower() in ("less", "fewer") else 1
    new = int(old["n"]) + sign * by
    if new <= 0:
        return None
    changed = step[: old.start("n")] + str(new) + step[old.end("n") :]
    return kept_if_answer_moves(step, changed, f"{old['n']} {old['noun']} → {new}")


CHANGES_58U_COUNT = (
    # "one less" after "… 1.50 for each additional one, im ordering 6 things".
    count_one_less,
)
