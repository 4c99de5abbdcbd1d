"""Follow-up rules for sets 8 to 29 (helper opens50a), appended to
:data:`tools.followup_change_rules.CHANGES` after the older rules."""

from __future__ import annotations

from tools.followup_count_each_changed_50a import count_each_changed
from tools.followup_count_of_one_50a import count_of_the_one_thing
from tools.followup_day_rate_50a import day_paid_at_premium
from tools.followup_figures_restated_ko_50a import figures_restated_pointing_back
from tools.followup_frequency_changed_50a import frequency_changed
from tools.followup_group_items_ko_50a import (
    item_swapped_ko,
    one_item_fewer_of_each,
    one_upgrades,
    priced_item_added_ko,
    same_activity_by_more,
)
from tools.followup_interest_free_50a import instalment_interest_free
from tools.followup_later_by_50a import span_end_later_by
from tools.followup_one_pays_item_50a import one_pays_an_item
from tools.followup_ordinal_joins_50a import ordinal_one_joins
from tools.followup_other_part_50a import other_part_asked
from tools.followup_other_pass_50a import other_pass_priced
from tools.followup_plus_charge_50a import charge_added
from tools.followup_recipe_other_amount_50a import other_ingredient_with_amount
from tools.followup_same_unit_part_50a import same_unit_part_changed
from tools.followup_scale_carried_50a import bare_figure_in_man
from tools.followup_service_dropped_50a import service_dropped
from tools.followup_some_skip_en_50a import some_skip_the_extra
from tools.followup_split_that_50a import result_split_among
from tools.followup_threshold_discount_50a import threshold_discount

__all__ = ["CHANGES_50A"]

CHANGES_50A = (
    # "그럼 공급가액은" after the VAT asked, "so what's the total I pay back" after interest.
    other_part_asked,
    # "we're getting two kayaks" after "a kayak rental is 18 an hour …": the result x 2.
    count_of_the_one_thing,
    # "split that between the three of us" after a total no step split.
    result_split_among,
    # "the vet says three visits a day" after "comes twice a day at 20 a visit".
    frequency_changed,
    # "a fourth couple is joining" after "… split between 3 couples".
    ordinal_one_joins,
    # "we'll probably get back an hour later than that" after "from 6 to 11:30".
    span_end_later_by,
    # "월 70으로 올리면?" after "한 달에 50만 원씩": 70만.
    bare_figure_in_man,
    # "plus 14.50 in tolls": the result plus that charge.
    charge_added,
    # "20개 이상이면 10% 빼준다네" after 25개: 10% off the total.
    threshold_discount,
    # "무이자면 얼마씩이야?" after a 할부 with its fee: the fee at 0%.
    instalment_interest_free,
    # "가득 채우면 52리터 들어가", "18일 살았어": the one part counted in that unit, anew.
    same_unit_part_changed,
    # "let's allow 3 drinks a guest" after "each of the 60 guests gets 2 drinks at 7.50".
    count_each_changed,
    # "the 20-class one is 320" after "a 10-class pass is 180 dollars, … per class".
    other_pass_priced,
    # "sunday's time and a half though" after hours on named days at one rate.
    day_paid_at_premium,
    # "스캔은 안 할래 현상만" after two services priced per roll for every roll.
    service_dropped,
    # "렌터카는 내가 낼게 숙소만 나눠" after two named costs split.
    one_pays_an_item,
    # "설탕은 4인분에 30g이면 그것도" after a one-ingredient recipe scaled.
    other_ingredient_with_amount,
    # "50만 충전하면 25% 준다는데 그건?": the same question of the new figures.
    figures_restated_pointing_back,
    # "친구랑 둘이 치면?" after "… 세게임 치면 얼마": each of two does it.
    same_activity_by_more,
    # "라면 대신 쫄면 세 그릇으로 바꿀게 쫄면은 한 그릇 6천원".
    item_swapped_ko,
    # "우럭은 한 마리만 살래" after "… 두 마리씩 사면".
    one_item_fewer_of_each,
    # "한 명은 전신 9만원짜리로 할래" after "1인 6만원 세 명".
    one_upgrades,
    # "코트도 두 벌 맡길건데 코트는 한 벌 18,000원".
    priced_item_added_ko,
    # "two of us will skip the pairing" after the pairing priced a head.
    some_skip_the_extra,
)
