"""Korean follow-ups the typed-slot reader cannot read word by word, each a closed form.

``tools/followup_slots.py`` declines on any word the previous request does not hold,
which is right for a new subject but wrong for the ways people say a change in Korean
without a figure of the request: "근데 부장님이 빠지셨어" (one of the people left),
"내가 두 명 몫 내면" (my share is two shares), "2차 15만 원까지 합쳐서 다시 나누면" (a
second amount on the same split), "거기서 수수료 1% 떼면" (a fee off the result),
"출장이 사흘 밀렸어" (the one date moved). Each rule here matches the whole turn in a
closed form, checks the previous request has exactly the one figure it changes, and
answers only when the changed steps run deterministically. Anything else: ``None``.
This module is their order; the forms are in ``tools/followup_slots_korean_people.py``,
``…_dates.py`` and ``…_prices.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from tools.followup_korean_chat_counts import CHAT_COUNT_RULES
from tools.followup_korean_chat_rates import CHAT_RATE_RULES
from tools.followup_korean_chat_targets import CHAT_TARGET_RULES
from tools.followup_slots_korean_dates import date_moved, date_set
from tools.followup_slots_korean_people import (
    amount_added_to_split,
    my_shares,
    one_pays_part,
    person_left,
    plain_korean,
)
from tools.followup_slots_korean_prices import (
    fee_off_result,
    item_swapped,
    on_the_total,
    order_halved,
    rate_told,
)
from tools.followup_slots_korean_words import Changed

__all__ = [
    "KOREAN_CHAT_RULES",
    "KOREAN_SLOT_RULES",
    "korean_chat_follow_up",
    "korean_slot_follow_up",
    "plain_korean",
]

KOREAN_SLOT_RULES: tuple[Callable[[str, Sequence[str], datetime | None], Changed | None], ...] = (
    person_left,
    my_shares,
    amount_added_to_split,
    fee_off_result,
    date_moved,
    date_set,
    order_halved,
    item_swapped,
    one_pays_part,
    rate_told,
    on_the_total,
)
# Chat that says the change in words of its own ("세 줄 더 필요하대", "막내 합류함"): tried
# after the general slot reader, which reads what it can word by word first.
KOREAN_CHAT_RULES = (*CHAT_COUNT_RULES, *CHAT_RATE_RULES, *CHAT_TARGET_RULES)


def korean_slot_follow_up(
    text: str, steps: Sequence[str], now: datetime | None = None
) -> Changed | None:
    """The first closed Korean form that reads the follow-up and runs, else ``None``."""
    if re.search("[가-힣]", text) is None:
        return None
    for rule in KOREAN_SLOT_RULES:
        changed = rule(text, steps, now)
        if changed is not None:
            return changed
    return None


def korean_chat_follow_up(
    text: str, steps: Sequence[str], now: datetime | None = None
) -> Changed | None:
    """The first chat change (``KOREAN_CHAT_RULES``) that reads the turn and runs, else ``None``."""
    if re.search("[가-힣]", text) is None:
        return None
    for rule in KOREAN_CHAT_RULES:
        changed = rule(text, steps, now)
        if changed is not None:
            return changed
    return None
