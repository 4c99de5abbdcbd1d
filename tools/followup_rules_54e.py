"""Follow-up rules of set 45 (helper opens54e), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.calculator_fuel_use_50a import fuel_use_unit_asked_anew
from tools.followup_added_before_conversion_55e import added_before_conversion
from tools.followup_added_before_split_54e import bill_added_before_split
from tools.followup_margin_of_markup_55e import margin_of_markup
from tools.followup_other_room_54e import other_room_sides
from tools.followup_share_restated import share_said_as_ratio

__all__ = ["CHANGES_54E"]

CHANGES_54E = (
    # "oh add 30 for trash" after bills split among roommates: one more bill, then the split.
    bill_added_before_split,
    # "other bedroom is 15 by 14" after a price per square foot over a room's sides.
    other_room_sides,
    # "whats that in l/100km" after "drove 312 miles and used 11.5 gallons, whats my mpg" (55e).
    fuel_use_unit_asked_anew,
    # "what if we do 60/40 instead" after a share said as one percent (55e).
    share_said_as_ratio,
    # "so whats my profit margin as a percent" after a price with a 40% markup (55e).
    margin_of_markup,
    # "we might add 2 more nights at 160 euros each, new total in usd" after a conversion (55e).
    added_before_conversion,
)
