"""Follow-up rules for sets 33 to 42 (helper opens51b), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.followup_area_share_51b import part_area_told
from tools.followup_beside_one_off_51b import change_beside_one_off
from tools.followup_order_changes_51b import another_of_a_line_en, counted_line_skipped_en
from tools.followup_percent_change_end_51b import percent_change_end_told
from tools.followup_rate_per_unit_51b import rate_per_unit_said_anew
from tools.followup_said_around_51b import (
    doubted_figure_ko,
    noun_then_figure_to_ko,
    one_fewer_of_kind_en,
    reason_then_so_en,
)
from tools.followup_supply_price_cut_51b import supply_price_cut
from tools.followup_unpaid_paid_51b import some_unpaid_paid

__all__ = ["CHANGES_51B"]

CHANGES_51B = (
    # "3680만원이었으면?", "올해 2억5천이면?" after "… 몇 퍼 오른거야": one amount anew.
    percent_change_end_told,
    # "계약금이 20%였나? 그럼?": as "계약금이 20%면?".
    doubted_figure_ko,
    # "할부 36개월로 하면?": as "36개월이면?" when 할부 was said.
    noun_then_figure_to_ko,
    # "my sister wants to come, so 3 tickets": as "what about 3 tickets".
    reason_then_so_en,
    # "one senior less", "the youngest is under 2 so she's free": that kind's count less one.
    one_fewer_of_kind_en,
    # "옆집은 59㎡인데 거긴?" after a bill shared by floor area: the part's area anew.
    part_area_told,
    # "주3회로 늘리면" after "… 교재비 2만5천원 따로면 한달 총 얼마": read without the once-paid
    # amount, which is put back.
    change_beside_one_off,
    # "and if we skip the starters?", "plus another pint for my mate": one counted line.
    counted_line_skipped_en,
    another_of_a_line_en,
    # "안낸 4명 중에 2명은 방금 냈대" after a split among those who paid.
    some_unpaid_paid,
    # "what if the rate was 0.30 a mile": the one rate per that unit anew.
    rate_per_unit_said_anew,
    # "공급가에서 20만원 깎아주면?" after a price with VAT asked: the cut before the VAT.
    supply_price_cut,
)
