"""Changes to one counted line of an English order (sets 35 and 36).

- "and if we skip the starters?" after "dinner for 4, four mains at 18.50 and 2 starters at
  8.50, split evenly how much each": the starters' price at 0, the split kept ((74 + 0) / 4
  = 18.5). The older cancel rule needs one figure beside the item's name; here its count
  stands before it and its price after, so the price is the figure after "at"/"for".
- "plus another pint for my mate who just turned up" after "got a round in for 5 of us, 3
  pints at 6.40 and 2 g&ts at 8.90": that line's count one more, and the group one more
  when the order counted one each for it (6 of us, 4 pints: 43.40).

Each new reading must be the old one with just that change: for a skipped line, the old
expression with its price at 0 gives the same value (and a different one from before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_group_said_first_51b import order_counts_cover_group
from tools.followup_previous_51b import calculated, one_step_read_by

__all__ = ["another_of_a_line_en", "counted_line_skipped_en"]

_N = r"\d+(?:\.\d+)?"
_SKIP = LazyPattern(
    r"^\s*(?:and\s+|ok(?:ay)?\s*,?\s*|so\s+)?(?:what\s+if\s+|if\s+)?(?:(?:we|i|they)\s+)?"
    r"(?:skip|drop|cancel|leave\s+out|don'?t\s+(?:get|order|want|have))\s+(?:the\s+)?"
    r"(?P<item>[a-z&'-]{3,20})\s*[?.!]*\s*$",
    re.I,
)
_ANOTHER = LazyPattern(
    r"^\s*(?:and\s+|plus\s+|add\s+|oh\s+and\s+)+(?:another|one\s+more)\s+(?P<item>[a-z&'-]{3,20})\b"
    r"(?:\s+for\s+[a-z' ]{1,40})?\s*[?.!]*\s*$",
    re.I,
)
_GROUP = LazyPattern(r"\bfor\s+(?P<n>\d+)(?=\s+of\s+us\b|\s+people\b)", re.I)


def _line(item: str, step: str) -> re.Match[str] | None:
    """The one "N <item>s at P" line of ``step``, or ``None``."""
    stem = re.escape(item.lower().rstrip("s"))
    lines = list(
        re.finditer(
            rf"(?<![\d.])(?P<c>\d+)\s+{stem}s?\s+(?:at|for|@)\s+\$?(?P<p>{_N})(?![\d.])", step, re.I
        )
    )
    return lines[0] if len(lines) == 1 else None


def _read(text: str) -> tuple[str, str] | None:
    read = calculated(text)
    return None if read is None else (read.expression, str(read.value))


def counted_line_skipped_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and if we skip the starters?": that counted line's price at 0, or ``None``.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    said = _SKIP.match(text)
    step = one_step_read_by(steps)
    line = None if said is None or step is None else _line(said["item"], step)
    if said is None or step is None or line is None or float(line["p"]) == 0:
        return None
    price = line["p"]
    before = _read(step)
    if before is None or len(re.findall(rf"(?<![\d.]){re.escape(price)}(?![\d.])", before[0])) != 1:
        return None  # the price is not one term of the reading: 0 for it is no removal
    zeroed = step[: line.start("p")] + "0" + step[line.end("p") :]
    after = _read(zeroed)
    expected = _read(re.sub(rf"(?<![\d.]){re.escape(price)}(?![\d.])", "0", before[0]))
    if after is None or expected is None or after[1] != expected[1] or after[1] == before[1]:
        return None
    return [zeroed], f"without the {said['item']}"


def another_of_a_line_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "plus another pint for my mate": that line's count one more, or ``None``.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    said = _ANOTHER.match(text)
    step = one_step_read_by(steps)
    line = None if said is None or step is None else _line(said["item"], step)
    if said is None or step is None or line is None:
        return None
    count = int(line["c"])
    changed = step[: line.start("c")] + str(count + 1) + step[line.end("c") :]
    group = _GROUP.search(step)
    if group is not None:
        if not order_counts_cover_group(step, int(group["n"])):
            return None  # a group the order does not count one by one: who joins is unsaid
        start, end = group.span("n")
        changed = changed[:start] + str(int(group["n"]) + 1) + changed[end:]
    if _read(changed) is None:
        return None
    return [changed], f"{count} → {count + 1} {said['item']}"
