"""Follow-up rules for sets 30 to 41 (helper opens50b), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.followup_interest_kind_50b import simple_interest_instead
from tools.followup_item_cancelled_50b import item_cancelled
from tools.followup_more_chipped_in_50b import more_chipped_in
from tools.followup_overtime_said_50b import overtime_said_anew
from tools.followup_said_otherwise_50b import (
    after_service_said_as_tip,
    list_cut_to,
)
from tools.followup_travel_time_50b import travel_time_changed

__all__ = ["CHANGES_50B"]

CHANGES_50B = (
    # "올때는 2시간 30분 걸렸어 그럼?", "the way back took 4.5 hours" after an average speed.
    travel_time_changed,
    # "단리면?", "and with simple interest instead?" after compound interest.
    simple_interest_instead,
    # "2 more people chipped in a tenner too" after a pool's leftover: the head count grown.
    more_chipped_in,
    # "유튜브는 해지할거야", "skip the nail trim": the one priced item at 0, the reading kept.
    item_cancelled,
    # "oh the overtime was 9 hours" after regular plus overtime hours: the overtime anew.
    overtime_said_anew,
    # "we cut the list to 100" after a count of guests: as "we're down to 100 guests".
    list_cut_to,
    # "we're down to 40 people" after "… plus 18% service": as after "… plus 18% tip".
    after_service_said_as_tip,
)
