"""Everyday follow-ups of a price worked out the turn before (found by the twentieth unseen set).

Each reads a short follow-up against the previous turn's step texts and returns the
changed steps and one line for the trace, or ``None`` (the contract of
``tools.followups``, which tries these after its older rules):

- :func:`~tools.followup_heads_changed.heads_changed_as_news`: "two more people hopped
  in", "one of us bailed": the head count changed.
- :func:`~tools.followup_quantity_scaled.quantity_scaled`: "반만 사면?", "twice as
  many?": the quantity bought times a factor.
- :func:`~tools.followup_further_off.further_amount_off`: "쿠폰으로 5천원 더 깎으면?",
  "another 5,000 off": that amount off the previous result.
- :func:`~tools.followup_instalments.instalments_changed`: "spread over 18 months
  instead?", "18개월로 나누면?": the instalment count replaced.
"""

from __future__ import annotations

from tools.followup_added_and_shared import amount_added, shared_among
from tools.followup_edits import Edit
from tools.followup_further_off import further_amount_off
from tools.followup_heads_changed import heads_changed_as_news
from tools.followup_instalments import instalments_changed
from tools.followup_price_pointed_back import price_pointed_back
from tools.followup_quantity_scaled import quantity_scaled

__all__ = ["EVERYDAY_CHANGES"]

#: The rules, each tried in turn; the first that reads the turn answers it.
EVERYDAY_CHANGES: tuple[Edit, ...] = (
    heads_changed_as_news,
    quantity_scaled,
    further_amount_off,
    instalments_changed,
    price_pointed_back,  # "급속은 385원이래 그럼?": the one price of the previous request
    amount_added,  # "plus 90 for delivery": that amount on the previous result
    shared_among,  # "split that three ways": the previous result shared
)
