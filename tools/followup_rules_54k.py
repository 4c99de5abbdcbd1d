"""Follow-up rules of set 45's Korean turns (helper opens54k), spliced into
:data:`tools.followup_change_rules.CHANGES` ahead of the older rules: each reads only after
its own first-turn form, where an older slot rule would move another figure."""

from __future__ import annotations

from tools.followup_amounts_54k import (
    daily_spend_over_year,
    share_spent_corrected,
    weight_bought_changed,
)
from tools.followup_counts_54k import (
    count_of_scaled_thing,
    count_of_scaled_thing_en,
    line_item_more_ko,
    steps_walked_changed,
)
from tools.followup_holiday_same_year_54k import holiday_of_same_year

__all__ = ["CHANGES_54K"]

CHANGES_54K = (
    # "8포기는?" after "배추 3포기에 고춧가루 600g 들어가면 5포기는 몇그람".
    count_of_scaled_thing,
    # "nvm just 36" after "recipe makes 24 cookies with 2.25 cups … for 60 cookies" (opens55e).
    count_of_scaled_thing_en,
    # "만오천보면?" after "보폭 70cm면 만보 걸으면 몇키로".
    steps_walked_changed,
    # "컵라면 하나 더 사면" after "삼각김밥 1200원 5개랑 컵라면 1500원 3개 얼마".
    line_item_more_ko,
    # "600g만 사면?" after "100g당 2890원이면 1.2키로": the weight bought, not the 100g.
    weight_bought_changed,
    # "아 45% 썼나? 그럼?" after what is left of an allowance 40% spent.
    share_spent_corrected,
    # "1년이면?" after a daily spend over a month of 30 days: 365 days.
    daily_spend_over_year,
    # "그해 광복절은?" after "2032년 삼일절 무슨요일이야".
    holiday_of_same_year,
)
