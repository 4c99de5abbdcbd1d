"""Adverbs of paying all at once, which change no figure: "3개월 치 한꺼번에 내면".

"학원비 한 달에 38만 원인데 3개월 치 한꺼번에 내면 얼마야" asks what "… 3개월 치 내면
얼마야" asks, which the readers answer; "한꺼번에" (all at once) and "몰아서" (in one go)
only say how it is paid, and no reader knew them, so the request went to a model. They
are left out before the readers see the request when a verb of paying or buying follows
("한꺼번에 내면"). "한 번에" is kept: it may count one session ("한 번에 45,000원").
"""

from __future__ import annotations

import re

__all__ = ["without_lump_sum_adverbs"]

# Only right before a verb of paying or buying: "한꺼번에 4시간" (a rewritten "한번에", per
# session, set 27) stays for the readers that know it.
_ALL_AT_ONCE = re.compile(
    r"(?<![가-힣])(?:한꺼번에|몰아서)\s*(?=(?:내|낼|낸|주|줄|준|사|살|산|결제|계산|납부|충전)[가-힣]*)"
)


def without_lump_sum_adverbs(text: str) -> str:
    """``text`` without "한꺼번에"/"몰아서"; unchanged when it holds neither."""
    return _ALL_AT_ONCE.sub("", text)
