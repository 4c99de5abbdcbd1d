"""Follow-up rules for sets 36 to 43 (helper opens52b), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.followup_extra_day_span_52b import extra_day_at_own_span
from tools.followup_full_fare_joins_52b import full_fare_joins
from tools.followup_next_voucher_52b import spend_for_next_voucher
from tools.followup_one_pays_more_52b import one_pays_more_rest_split
from tools.followup_price_dropped_52b import price_per_use_dropped
from tools.followup_raise_over_year_52b import raise_over_a_year
from tools.followup_rate_for_result_52b import rate_for_previous_result
from tools.followup_two_figures_52b import (
    another_payment_made,
    more_of_the_group_came,
    one_more_listed_amount,
)

__all__ = ["CHANGES_52B"]

CHANGES_52B = (
    # "they're 12.50 each so how much is that" after a count of tiles; "and at 18.50 an
    # hour?" after the hours of a shift: the rate prices the previous result.
    rate_for_previous_result,
    # "what if she does friday mornings too, 8 to 12" after an hourly rate over a clock
    # span some days a week: one more day at its own span.
    extra_day_at_own_span,
    # "내가 천원 더 낼게 그럼 나머지 둘은 얼마씩" after a split: the extra off the total first.
    one_pays_more_rest_split,
    # "그럼 1년이면 원래보다 총 얼마 더 내는거야" after a monthly amount raised by a percent.
    raise_over_a_year,
    # "what if i air dry everything" after a wash and a dry priced per load: the dry left out.
    price_per_use_dropped,
    # "if i earn 2 points per pound how much more do i have to spend for the next voucher".
    spend_for_next_voucher,
    # "10만원 하나 더 내면 평균 얼마 돼?" after a list's total and mean; "2 more kids just
    # showed up" after whole slices each and those left over.
    one_more_listed_amount,
    more_of_the_group_came,
    # "아 친구가 커피값 3만원도 냈대" after who sends whom how much: settled again with it.
    another_payment_made,
    # "나도 같이 가면? 난 할인 없음" after a discounted round trip for a group.
    full_fare_joins,
)
