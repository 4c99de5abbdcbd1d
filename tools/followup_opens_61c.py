"""The order of helper opens52c's follow-up rules (blind set 52's calculation follow-ups),
put before the older rules in :data:`tools.followup_change_rules.CHANGES`; each reads only
after its own first-turn form. The rules live by what they read:

- a plain list averaged: :mod:`tools.followup_listed_average_61c`;
- another quantity asked of a price or a week's pay: :mod:`tools.followup_quantity_asked_61c`;
- the group of an even split changed: :mod:`tools.followup_group_changed_61c`;
- an amount taken off (a percent, a part paid first): :mod:`tools.followup_amount_taken_off_61c`;
- chat words around a change, read last: :mod:`tools.followup_chat_words_61c`.
"""

from __future__ import annotations

from tools.followup_amount_taken_off_61c import part_paid_first, percent_taken_off_result
from tools.followup_chat_words_61c import chat_words_around_change
from tools.followup_group_changed_61c import group_of_shared_bill_changed
from tools.followup_listed_average_61c import listed_one_named_anew, next_amount_averaged
from tools.followup_quantity_asked_61c import measure_asked_anew, weeks_of_weekly_wage

__all__ = ["CHANGES_61C", "LAST_61C"]

CHANGES_61C = (
    measure_asked_anew,
    next_amount_averaged,
    listed_one_named_anew,
    weeks_of_weekly_wage,
    group_of_shared_bill_changed,
    percent_taken_off_result,
    part_paid_first,
)
#: Read after every other rule: the chat words are dropped only when nothing read them.
LAST_61C = (chat_words_around_change,)
