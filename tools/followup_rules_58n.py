"""Follow-up rules of set 50's English turns (helper slot58e), each only after its own
first-turn form.

A tip's percent restated by a bare figure: "make it 20" after "a 15 percent tip on 64.40".

Set 50 (slot58e): "whats a 15 percent tip on sixty four forty" then "make it 20" was
declined, and after the same ask in digits an older rule swapped the bill for the 20
(a 15% tip on 20: 3.00). When the question asked for a tip at a percent on one amount and
nothing else, the one figure a short turn restates is the tip's percent: the bill is
money and a restated bill comes with cents, a dollar word or a sign, which this rule
leaves to the others. Slots, not wording: the previous ask must hold exactly two figures,
one a percent beside "tip" and the other the amount; the turn holds one figure and only
words that restate ("make it", "what about", "instead", "then", "%"), so any other word
or figure leaves the turn unread here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_bundle_free import bundle_free_en
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read
from tools.spoken_bill_en import spoken_bill_as_decimal

__all__ = ["CHANGES_58N", "bundle_count_restated", "tip_percent_restated"]

# The percent of a tip as asked: "15 percent tip", "a 15% tip", "tip 18%", "tip of 20 percent".
_TIP_PERCENT = LazyPattern(
    r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent\b|pct\b)(?=\s+(?:tip|gratuity)\b)"
    r"|\b(?:tip|gratuity)\s+(?:of\s+|at\s+)?(?P<q>\d+(?:\.\d+)?)\s*(?:%|percent\b|pct\b)",
    re.IGNORECASE,
)
# The whole turn: a restating lead, the one figure, maybe "%"/"percent"/"tip", maybe an end.
_RESTATED = LazyPattern(
    r"^\s*(?:(?:ok(?:ay)?|and|actually|nah|no|hmm|well|so)[\s,]+)*"
    r"(?:make\s+it|make\s+that|change\s+it\s+to|what\s+about|how\s+about|what\s+if\s+(?:i|we)\s+"
    r"(?:tip|do|did|go\s+with)|let'?s\s+(?:say|do|go\s+with)|do|say|try|at)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|pct\b)?\s*(?:tip\b)?\s*"
    r"(?:instead|then|percent\s+instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def tip_percent_restated(text: str, steps: Sequence[str]) -> Change | None:
    """ "make it 20" after "whats a 15 percent tip on sixty four forty": a 20% tip (12.88).

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if len(steps) != 1:
        return None
    turn = _RESTATED.match(text)
    if turn is None:
        return None
    new = turn["n"]
    # A tip's percent is a whole number or a half, below the bill's size: "make it 70.50"
    # restates the bill, and so does any figure above fifty.
    if float(new) > 50 or ("." in new and not new.endswith(".5")):
        return None
    before = spoken_bill_as_decimal(steps[0])
    asked = plain(before)
    # The percent is changed in the step as said ("47.80" keeps its cents, so the total is
    # shown as money: 58.32, not 58.316 from plain()'s "47.8", set 41's lunch tip).
    percents = list(_TIP_PERCENT.finditer(before))
    if len(percents) != 1 or len(FIGURE.findall(asked)) != 2:
        return None
    found = percents[0]
    group = "p" if found["p"] is not None else "q"
    start, end = found.span(group)
    changed = f"{before[:start]}{new}{before[end:]}"
    return kept_if_read(changed, f"tip {found[group]}% → {new}%")


# A bare count after a deal: "and 10?", "what about 12", "make it 10 then", "10 instead?".
_BARE_COUNT = LazyPattern(
    r"^\s*(?:(?:ok(?:ay)?|and|so|hmm)[\s,]+)*(?:what\s+about|how\s+about|make\s+it|for|if\s+i\s+"
    r"(?:get|buy|grab|take)|buying|getting)?\s*(?P<n>\d+)\s*(?:instead|then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The count bought in the previous ask: the figure before the thing's name or at its end.
_COUNT_BOUGHT = LazyPattern(
    r"\b(?:grab(?:bing)?|buy(?:ing)?|get(?:ting)?|need|want|take|taking|pick(?:ing)?\s+up"
    r"|order(?:ing)?|purchas(?:e|ing)|for)\s+(?P<k>\d+)\b(?!\.\d)"
    r"(?!\s*,?\s*(?:and\s+)?(?:you\s+)?get\b)(?!\s+(?:free|more\s+free))",  # not "buy 2 get 1"
    re.IGNORECASE,
)


def bundle_count_restated(text: str, steps: Sequence[str]) -> Change | None:
    """ "and 10?" after "three for the price of two, each box 4.79. getting 9 boxes": 10
    boxes at the same deal (33.53).

    Only after an ask the deal reader reads (one deal, one price, one count), whose one
    whole count the bare figure replaces; the price has cents or a sign, so a bare whole
    figure is the count.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    turn = _BARE_COUNT.match(text)
    if len(steps) != 1 or turn is None:
        return None
    asked = plain(steps[0])
    counts = [m for m in _COUNT_BOUGHT.finditer(asked) if bundle_free_en(asked) is not None]
    if len(counts) != 1:
        return None
    start, end = counts[0].span("k")
    changed = f"{asked[:start]}{turn['n']}{asked[end:]}"
    return kept_if_read(changed, f"{counts[0]['k']} → {turn['n']} at the same deal")


# Spliced first into :data:`tools.followup_change_rules.CHANGES` (an older rule swaps the bill).
CHANGES_58N = (tip_percent_restated, bundle_count_restated)
