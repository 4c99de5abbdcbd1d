"""A relative who "돌아가시다" (passes away) is the 상 (mourning) a leave rule names.

Why: "할머니 돌아가시면 휴가 며칠 나와요?" was declined, though the leave policy states
"부모상은 5일, 조부모상은 3일입니다"; asked "할머니 상이면 휴가 며칠 나와요?" it is
answered. A policy names bereavement leave by the relative and 상 (부모상, 조부모상,
배우자상), the asker by the honorific verb of dying, 돌아가시다, whose 돌아가 is the word
for going back (and weighs on a word no rule writes). So before the search, a relative
followed by 돌아가시- (the honorific 시, which going back home rarely takes right after the
relative) is written as that relative's 상.

Closed-class only: the kinship nouns a leave rule names, and 돌아가시 right after them
(with 이/가/께서 at most). "할머니 댁에 돌아가면" (going back to grandma's) is left alone.
"""

from __future__ import annotations

import re

__all__ = ["with_bereavement_named"]

_RELATIVES = (
    r"외?할머니|외?할아버지|조부모님?|부모님?|아버지|어머니|아빠|엄마|장인어른|장인|장모님|장모"
    r"|시아버지|시어머니|배우자|남편|아내|형제|자매|형|누나|오빠|언니|동생"
)
# The relative, at most a subject particle, then the honorific verb of dying in a
# condition or a story ("돌아가시면", "돌아가셨는데", "돌아가셨을 때").
_PASSED_AWAY = re.compile(rf"(?P<relative>{_RELATIVES})(?:께서|이|가)?\s*돌아가(?:시|셨)[가-힣]*")


def with_bereavement_named(question: str) -> str:
    """``question`` with "할머니 돌아가시면" written "할머니 상이면" (see the module)."""
    return _PASSED_AWAY.sub(lambda m: f"{m['relative']} 상이면", question)
