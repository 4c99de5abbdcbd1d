"""English follow-ups on a list of priced items: one item's count changed, one item added.

After "4 movie tickets at 13.75 and 2 large popcorns at 8.75 how much" (72.50), "what if its
5 tickets" went to the cloud, and after "3 lbs of apples at 1.29 a lb and 2 loaves of bread
at 3.49, whats the total", "add a gallon of milk for 4.19" did too. Both are the same bill
changed in one line:

- :func:`item_count_changed`: "what if its 5 tickets", "make it 3 popcorns", "how about 6
  tickets?" gives the count of the one item whose name the turn repeats (singular or plural);
- :func:`priced_item_added`: "add a gallon of milk for 4.19", "plus 2 coffees at 3.50"
  appends the item as one more "N thing at P" line after the last priced line.

Both read only a previous turn of one step, and decline when the name fits no item or
more than one; the changed request must still be read by the deterministic handlers (the
caller runs it), else the turn goes on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["item_count_changed", "priced_item_added"]

#: The fewest priced lines a bill an item is added to has (one since opens65; 2 only in
#: that rule's switch-off test).
ADD_TO_LEAST = 1

_COUNT_TURN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+(?:if|about)|how\s+about|make\s+it|and)"
    r"(?:\s+(?:it'?s|its|it\s+(?:was|were|is)|there\s+(?:are|were)|we\s+(?:get|got|buy|need)"
    r"|i\s+(?:get|buy|need)))?"
    r"\s+(?P<n>\d+)\s+(?P<noun>[a-z]+)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_ADD_TURN = LazyPattern(
    r"^\s*(?:and\s+|also\s+|oh\s+)?(?:add|plus|and\s+add|throw\s+in)\s+"
    r"(?P<q>a|an|one|\d+)\s+(?P<item>[a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:for|at|@)\s+\$?"
    r"(?P<p>\d+(?:\.\d+)?)(?:\s+each)?"
    # The total asked after the item: ", in total then?", "whats the total now" (opens65).
    r"(?:\s*[,.]?\s*(?:(?:so\s+)?(?:what'?s|whats|what\s+is|how\s+much\s+is)\s+(?:the\s+)?total"
    r"|(?:in\s+total|all\s+together|altogether|total))(?:\s+(?:then|now))?)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# One priced line of the bill: a count, up to three words naming it, a price.
_PRICED_LINE = re.compile(
    r"(?<![\d.])(?P<n>\d+)\s+(?P<words>(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:at|for|@)\s+\$?"
    r"\d+(?:\.\d+)?(?:\s+(?:a|an|per|each)\s+[a-z]+|\s+each)?",
    re.IGNORECASE,
)


def _stem(word: str) -> str:
    word = word.lower()
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def _bill_lines(
    previous_steps: Sequence[str], least: int = 2
) -> tuple[str, list[re.Match[str]]] | None:
    """The previous turn's one step and its priced lines, when it is a bill of ``least`` or
    more.

    (A count changed in a bill of one line is other rules' work: "and for 5 nights?"; an
    item added to one line priced each, "3 large pizzas at 14.99 each" then "plus 2 sodas
    at 2.49", is this module's: opens65.)
    """
    if len(previous_steps) != 1:
        return None
    lines = list(_PRICED_LINE.finditer(previous_steps[0]))
    return (previous_steps[0], lines) if len(lines) >= least else None


def item_count_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous bill with the named item's count changed, or ``None``.

    Args:
        text: The follow-up ("what if its 5 tickets").
        previous_steps: The previous turn's steps (one step, a list of priced lines).
    """
    turn = _COUNT_TURN.match(text)
    bill = None if turn is None else _bill_lines(previous_steps)
    if turn is None or bill is None:
        return None
    step, lines = bill
    noun = _stem(turn["noun"])
    named = [m for m in lines if noun in {_stem(w) for w in m["words"].split()}]
    if len(named) != 1:
        return None
    line = named[0]
    changed = step[: line.start("n")] + turn["n"] + step[line.end("n") :]
    return [changed], f"{line['n']} → {turn['n']} {turn['noun']}"


def priced_item_added(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous bill with the turn's item ("add a gallon of milk for 4.19") as one more line."""
    turn = _ADD_TURN.match(text)
    bill = _bill_lines(previous_steps, least=ADD_TO_LEAST) if turn else None
    if not (turn and bill):
        return None
    step, lines = bill
    count = "1" if turn["q"].lower() in ("a", "an", "one") else turn["q"]
    added = f" and {count} {turn['item']} at {turn['p']}"
    end = lines[-1].end()
    return [step[:end] + added + step[end:]], f"added {count} {turn['item']} at {turn['p']}"
