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

import re

from core.lazy_regex import LazyPattern
from tools.followup_english_restated_49a import remark_as_what_if
from tools.followup_korean_tails_49a import without_empty_tails
from tools.followup_wish_added_59t import wish_as_operation

__all__ = ["said_plainly"]

# The previous turn's price pointed at by what it is ("그 할인된 가격에서", "할인가에서",
# "세일가에", "그 가격에서"): the result just worked out, as "거기서" says (wrongs61).
PRICE_POINTED = LazyPattern(
    r"(?<![가-힣])(?:(?:그|이)\s*(?:(?:할인|세일)\s*(?:된|한|받은|들어간)\s*|깎인\s*)?(?:가격|금액|값)"
    r"|(?:할인|세일)\s*(?:된\s*가격|가격?)|깎인\s*가격)\s*(?:에서|에)(?![가-힣])"
)


# "또 10% 할인되면", "추가로 5% 깎으면", "10% 쿠폰도 쓰면": one more cut, on the result, with
# no pointer said; "거기서" says where it goes (wrongs61).
FURTHER_CUT_UNPOINTED = LazyPattern(
    r"^\s*(?:그럼\s*|그리고\s*)?(?=(?:또|추가로?)\s*\d+(?:\.\d+)?\s*%"
    r"|\d+(?:\.\d+)?\s*%\s*(?:할인\s*)?쿠폰\s*도)"
)


def _price_pointed_as_there(text: str) -> str:
    """ "그 할인된 가격에서 만원 쿠폰 쓰면" as "거기서 만원 쿠폰 쓰면"; "또 10% 할인되면" as
    "거기서 또 10% 할인되면"."""
    pointed = PRICE_POINTED.sub("거기서", text, count=1)
    if pointed != text:
        return pointed
    unpointed = FURTHER_CUT_UNPOINTED.match(text)
    if unpointed is None:
        return text
    rest = re.sub(r"쿠폰\s*도", "쿠폰", text[unpointed.end() :], count=1)
    return f"거기서 {rest}"


def said_plainly(text: str) -> str:
    """``text`` in the plain words the follow-up rules read; unchanged when none applies."""
    # "ugh its 4.29 at the station by my work": as "what if its 4.29" (opens55e).
    # "we want to add 18% tip before splitting": as "add 18% tip" (turns51).
    return _price_pointed_as_there(without_empty_tails(remark_as_what_if(wish_as_operation(text))))
