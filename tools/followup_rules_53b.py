"""Follow-up rules of sets 24 to 44 (helper opens53b), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.followup_one_off_fee_53b import one_off_fee_added
from tools.followup_other_pack_53b import other_pack_priced
from tools.followup_per_paycheck_53b import yearly_per_paycheck
from tools.followup_sharers_named_53b import sharer_named_leaves

__all__ = ["CHANGES_53B"]

CHANGES_53B = (
    # "what if one of them moves out" after a split between 4 roommates.
    sharer_named_leaves,
    # "and with the 49 dollar signup fee" after a year of a monthly price.
    one_off_fee_added,
    # "how much per paycheck if i get paid every two weeks" after a yearly figure.
    yearly_per_paycheck,
    # "and a 2 lb bag for 32?" after a pack's price per ounce: the other pack's, in cents.
    other_pack_priced,
)
