"""A fee beside a price per person, its scope unsaid: per person or once is not known.

Blind set 35: "도자기 공방 원데이클래스 1인 4만5천원인데 재료비 1만원 따로래 3명이면 얼마" was
read as 45,000 x 3 + 10,000 = 145,000원, the materials fee paid once; the class charges it
to each of the three (165,000원). Whether a fee said beside a price per person is paid by
each person ("재료비", "shoe hire") or once by the group ("대관료", "a room fee") is the
fee's own nature, which no figure says. A fee named as paid once ("예약비", "a booking
fee": ``tools.priced_composition.fees_paid_once``) keeps its reading; any other declines
and the step routes on.
"""

from __future__ import annotations

from tools.priced_figures import Priced

__all__ = ["fee_scope_unsaid"]


def fee_scope_unsaid(found: Priced, unnamed_fees: bool) -> bool:
    """Whether an unnamed fee stands beside one price per person with the persons counted.

    Args:
        found: The price reader's reading, after the head count was counted as persons.
        unnamed_fees: Whether some fee is not named as paid once.
    """
    if not unnamed_fees or len(found.rates) != 1 or found.rates[0].unit != "person":
        return False
    return any(c.unit == "person" for c in found.counts)
