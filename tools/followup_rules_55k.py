"""Follow-up rules of set 46's Korean turns (helper opens55k), spliced into
:data:`tools.followup_change_rules.CHANGES` ahead of the older rules: each reads only after
its own first-turn form, where an older slot rule would move another figure."""

from __future__ import annotations

from tools.followup_counts_54k import one_more_group_given
from tools.followup_line_added import cost_also_taken_off, line_price_changed, monthly_rent_cut

__all__ = ["CHANGES_55K"]

CHANGES_55K = (
    # "식비 50도 빼봐" after "월급 280에서 월세60 통신비8 보험15 빠지면 얼마 남냐".
    cost_also_taken_off,
    # "사촌동생 한명 더 5만원 주면?" after "조카 셋한테 5만원씩 둘한테 3만원씩 주면 총 얼마".
    one_more_group_given,
    # "탕수육 대자 25000원으로 바꾸면?" after "짜장 7000 짬뽕 8500 탕수육 18000 … 셋이 나누면".
    line_price_changed,
    # "집주인이 월 5만원 깎아준대 그럼?" after a monthly rent over a contract.
    monthly_rent_cut,
)
