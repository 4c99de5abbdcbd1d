"""The group of an even split of shared amounts one smaller or larger (helper opens52c, blind
set 52): "one roommate moves out next month, what do i pay then". Listed in
:data:`tools.followup_opens_61c.CHANGES_61C`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_shared_bill_61c import shared_bill
from tools.followup_rerun import replaced
from tools.korean_numbers import normalize_numerals

__all__ = ["group_of_shared_bill_changed"]


# "one roommate moves out next month, what do i pay then", "another friend joins, my share?"
# after an even split of shared amounts: the group one smaller or larger (opens52c).
_WHO_CHANGES = r"roommates?|flatmates?|housemates?|friends?|persons?|people|guys|of\s+(?:us|them)"
_GROUP_CHANGED = LazyPattern(
    rf"^\s*(?:so\s+|and\s+|ok\s+|what\s+if\s+|if\s+)?(?P<out>(?:one|1|a)\s+(?:{_WHO_CHANGES})\s+"
    r"(?:moves?\s+out|moved\s+out|leaves|left|drops?\s+out|dropped\s+out|bails|bailed|quits?)"
    rf"|(?P<in>(?:another|one\s+more|a\s+new|1\s+more)\s+(?:{_WHO_CHANGES})\s+"
    r"(?:moves?\s+in|moved\s+in|joins|joined|comes|came)))\b"
    r"(?:\s+(?:next|this)\s+(?:month|week|year))?\s*[,.]?\s*"
    r"(?:(?:what|how\s+much)\s+(?:do|would|will|should)\s+i\s+(?:pay|owe)(?:\s+then|\s+now)?"
    r"|(?:what(?:'s|s|\s+is)\s+)?my\s+(?:share|part)(?:\s+then|\s+now)?|each\s*(?:then|now)?)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def group_of_shared_bill_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The even split asked again with the group one smaller or larger, or ``None``.

    Args:
        text: The follow-up ("one roommate moves out next month, what do i pay then").
        steps: The previous turn's steps (one even split of shared amounts).
    """
    said = _GROUP_CHANGED.match(text)
    if said is None or len(steps) != 1 or re.search(r"\d", text.replace(" 1 ", " ")):
        return None
    step = normalize_numerals(steps[0])
    bill = shared_bill(step)
    if bill is None:
        return None
    people = bill.people + (1 if said["in"] else -1)
    if people < 2:
        return None
    note = f"{bill.people} → {people} sharing"
    return replaced(step, bill.group, f" {people} of us ", note)
