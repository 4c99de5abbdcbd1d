"""Someone joins at a price of their own: "grandma's coming too, seniors are 26".

After "two adult zoo tickets at 34 and three child tickets at 21" the new person's ticket
is added once; after "lift passes are 89 per adult per day, 2 adults for 3 days" (set 28:
"our kid's coming too, kids are 55 a day") the new price is per day, so it is added for
each of the days the first turn counts. Blind sets 28 and 29 left both to the cloud.

Declined: a first turn that shares its total among people (one more changes the share,
not the sum), a price per a period the first turn does not count exactly once, or a price
with no period when the first turn counts periods (whether it is once or each day is not
said).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_priced_first_turn import priced_first_turn
from tools.priced_quantities import unit_name

__all__ = ["one_more_joins_at_own_price"]

_N = r"\d+(?:\.\d+)?"
_JOINS = re.compile(
    r"^\s*(?:oh\s+|and\s+|also\s+)?(?:(?:the|my|our|his|her)\s+)?[a-z]+(?:'s|\s+is|\s+are)\s+"
    r"(?:coming|joining)(?:\s+along)?\s+(?:too|as\s+well)\s*[,;]?\s*(?:and\s+)?"
    rf"[a-z]+\s+(?:are|is|cost|costs|pay)\s+\$?(?P<v>{_N})"
    r"(?:\s+(?:a|per)\s+(?P<per>day|night|week|month|year))?\s*[.!]?\s*$",
    re.I,
)
_PERIODS = frozenset({"day", "night", "week", "month", "year"})


def one_more_joins_at_own_price(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The previous total plus the newcomer's price (for each counted period), or ``None``.

    Args:
        text: The follow-up ("grandma's coming too, seniors are 26").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    said = _JOINS.match(text)
    first = priced_first_turn(previous_steps)
    if said is None or first is None or first[1].people is not None:
        return None
    before = first[1]
    periods = [c for c in before.counts if c.unit in _PERIODS and c.of is None]
    if said["per"] is None:
        if periods:
            return None
        return [*previous_steps, f"it plus {said['v']}"], f"plus {said['v']}"
    counted = [c for c in periods if c.unit == unit_name(said["per"])]
    if len(counted) != 1:
        return None
    times = format(counted[0].value.normalize(), "f")
    added = f"{said['v']} * {times}"
    return [*previous_steps, f"it plus {added}"], f"plus {added}"
