"""Follow-up rules for sets 30 to 37 (helper opens49b), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.currency_limit_clause_49b import amount_bought_changed
from tools.followup_add_on_each_49b import add_on_added_each, add_on_dropped_each
from tools.followup_count_restated_49b import count_restated
from tools.followup_found_figure_49b import figure_found_out
from tools.followup_off_before_tax_49b import off_before_tax
from tools.followup_per_head_surcharge_49b import per_head_surcharge
from tools.followup_rate_extra_en_49b import rate_extra_per_unit
from tools.followup_shared_between_49b import shared_between_households
from tools.followup_took_span_en_49b import took_span_restated

__all__ = ["CHANGES_49B"]

CHANGES_49B = (
    # "마킹은 빼자", "아 재료비 포함 가격이었대" after a price plus an add-on each: without it.
    add_on_dropped_each,
    # "뒷면 인쇄도 장당 2천원 추가하면?": a second add-on each.
    add_on_added_each,
    # "what if we split it between 2 families", "두 집이 반반 내면", "so it's between 4".
    shared_between_households,
    # "야간이라 1인당 3천원씩 더 받는대" after a bill for 어른 둘 아이 셋: + 3,000 x 5.
    per_head_surcharge,
    # "149달러로 맞추면?" after "150달러까지 면세라 138달러어치": the basket, never the limit.
    amount_bought_changed,
    # "영수증 보니까 진료비 62,000원이었네": found out, as "진료비 62,000원이면?".
    figure_found_out,
    # "they charge 1.10 extra per kg for ironing and I want that too": the rate per kg + 1.10.
    rate_extra_per_unit,
    # "볶음밥 하나 더 추가", "두게임만 치자": the count said again, as "볶음밥 세개면?".
    count_restated,
    # "my bad, it took him an hour" after 40 minutes: "what if it took 60 minutes".
    took_span_restated,
    # "they'll knock 50 off before tax": the price less 50, then the tax.
    off_before_tax,
)
