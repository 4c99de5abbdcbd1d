"""Each of a group plays a count of games at a price per game, plus a charge per person.

Blind set 32: "볼링 한게임 4500원 신발대여 2천원인데 넷이서 세게임씩 치면 얼마" and "bowling is
6.50 a game and shoe rental is 4.50 a person, 5 of us playing 2 games each" went to the
cloud: a head count with no share asked was declined (whether the count is each person's or
the group's is not said in general). Here it is: the count is said per person ("세게임씩", "2
games each"), so each person pays the price per game times the count, plus the charge per
person (said "a person"/"인당"/"1인", or a rental of shoes, which each player wears), and the
group pays that times the heads.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Priced

__all__ = ["each_player_total"]

_EACH_AFTER = re.compile(r"\s*[가-힣A-Za-z]{0,6}?\s*(?:씩|each\b|apiece\b|a\s+piece\b)", re.I)
# A charge each player pays once, when not said per person: shoes rented.
# ("신발 대여 1인 2,000원": the charge said per person after the shoes, set 30.)
_WORN = re.compile(
    r"(?:신발|볼링화|슈즈|shoes?)\s*(?:대여|렌탈|rental)?\S*\s*(?:1인|인당|1명당?)?\s*$", re.I
)


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def each_player_total(found: Priced, plain: str, asks_share: bool) -> str | None:
    """``"4 * (4500 * 3 + 2000)"`` for a group each playing a count of games, or ``None``.

    Args:
        found: The figures read.
        plain: The request as read (``plain_text``), where the slots point.
        asks_share: Whether one person's share is asked (then this is not the form).
    """
    if found.people is None or asks_share or len(found.counts) != 1:
        return None
    if found.items or found.deductions or found.discount is not None or found.markup is not None:
        return None
    count = found.counts[0]
    per_game = [r for r in found.rates if r.unit == count.unit and r.per == 1]
    per_person = [r for r in found.rates if r.unit == "person" and r.per == 1]
    if len(per_game) != 1 or len(found.rates) != 1 + len(per_person) or len(per_person) > 1:
        return None
    count_end = next(b for _, b, role in found.slots if role[0] == "count")
    if not _EACH_AFTER.match(plain, count_end):
        return None  # the count may be the group's: not said per person
    charges = [_figure(r.amount) for r in per_person]
    fee_starts = [a for a, _, role in found.slots if role == ("fee",)]
    if len(fee_starts) != len(found.fees):
        return None
    for start, fee in zip(fee_starts, found.fees, strict=True):
        if not _WORN.search(plain, 0, start):
            return None  # a fee not said to be per person (a lane booked once?)
        charges.append(_figure(fee))
    if len(charges) != 1:
        return None
    shown = count.shown or _figure(count.value)
    return f"{_figure(found.people)} * ({_figure(per_game[0].amount)} * {shown} + {charges[0]})"
