"""A follow-up turn in the plain words the rules read, tried when the turn as said is not read.

Korean tails that add nothing to a rate or amount just said
(:mod:`tools.followup_korean_tails_49a`: "할증 40%짜리 시간대면?", "할인은 25%래 그걸로 하면",
"관리비 9만원으로 오른대"), each figure kept. :func:`tools.followups.resolve_in_conversation`
reads the turn as said first and this wording only when that gives nothing, so a turn some
rule already reads ("아 식대 980만원이래") is never read differently. (English turns told as
what happens, :mod:`tools.followup_english_restated_49a`, are said plainly before any rule:
one of them was read wrongly as said.)
"""

from __future__ import annotations

from tools.followup_english_restated_49a import remark_as_what_if
from tools.followup_korean_tails_49a import without_empty_tails
from tools.followup_wish_added_59t import wish_as_operation

__all__ = ["said_plainly"]


def said_plainly(text: str) -> str:
    """``text`` in the plain words the follow-up rules read; unchanged when none applies."""
    # "ugh its 4.29 at the station by my work": as "what if its 4.29" (opens55e).
    # "we want to add 18% tip before splitting": as "add 18% tip" (turns51).
    return without_empty_tails(remark_as_what_if(wish_as_operation(text)))
