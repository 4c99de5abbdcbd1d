"""Follow-up rules of set 47's English turns (helper opens56e), spliced into
:data:`tools.followup_change_rules.CHANGES` with one line; each reads only after its own
first-turn form."""

from __future__ import annotations

from tools.followup_changes import total_to_the_dollar
from tools.followup_counts_54k import batches_said_anew
from tools.followup_currency_swap import exchange_fee_remarked
from tools.followup_per_paycheck_53b import another_pay_period
from tools.followup_share_part import expense_of_income_changed

__all__ = ["CHANGES_56E"]

CHANGES_56E = (
    # "semi-monthly instead?" after a yearly salary by the paycheck paid monthly.
    another_pay_period,
    # "what if they raise it to 2250" after "what % of my income goes to rent".
    expense_of_income_changed,
    # "what about two and a half batches" after an amount per batch times batches.
    batches_said_anew,
    # "round the whole total up to the next dollar" after a tip asked alone.
    total_to_the_dollar,
    # "the exchange booth takes a 2% fee tho" after a conversion asking what one gets.
    exchange_fee_remarked,
)
