"""A count said in 개, the generic counter, for the one count of a priced first turn.

After "젤네일 기본 4만5천원에 아트는 손가락 하나당 3천원인데 네 손가락", "아트 여섯개로
늘릴래" counts the same fingers with 개, the counter Korean uses for anything; its unit
matched none of the first turn's, so blind set 29 left it to the cloud. When the first
turn has exactly one count of things (no span of time, no people) and the follow-up names
the thing before it ("아트"), with no other price between the name and the count, a count
in 개 is that count anew. "그거 두 개로 해줘" names nothing, and "김치전 두 개로" after
"순대국 … 세 그릇이랑 김치전 한 장 …" names another thing: both are declined.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Priced

__all__ = ["generic_count_for_the_one_count"]

_GENERIC = "개"
# Spans and people are never counted with 개.
_NOT_THINGS = frozenset(
    {"hour", "minute", "day", "week", "month", "year", "night", "time", "person", "*"}
)


_WORD = re.compile(r"[가-힣]{2,}")
_POINTERS = frozenset({"그거", "그걸", "그건", "이거", "이걸", "저거", "그것"})


def _named_before(said: str, step: str, start: int, fees: list[int]) -> bool:
    """Whether ``said`` names a word of ``step`` that comes before ``start`` with no fee
    between them (the thing counted there)."""
    for word in _WORD.findall(said):
        if word in _POINTERS or step.count(word) != 1:
            continue
        at = step.index(word)
        if at < start and not any(at < fee < start for fee in fees):
            return True
    return False


def generic_count_for_the_one_count(
    before: Priced, wanted: tuple[str, ...], new: Decimal, said: str, step: str
) -> list[tuple[int, int, Decimal]]:
    """The first turn's one count of things, when ``wanted`` is a count in 개 (else none).

    Args:
        before: The first turn's typed figures, with their slots.
        wanted: The follow-up figure's role ("count", "개", "").
        new: The follow-up's figure.
        said: The follow-up in plain text.
        step: The first turn in plain text.
    """
    if wanted[:2] != ("count", _GENERIC):
        return []
    things = [
        (a, b)
        for a, b, role in before.slots
        if role[0] == "count" and role[1] not in _NOT_THINGS and not role[2]
    ]
    every_count = [role for _, _, role in before.slots if role[0] == "count"]
    if len(things) != 1 or len(every_count) != 1:
        return []
    fees = [a for a, _, role in before.slots if role == ("fee",)]
    if not _named_before(said, step, things[0][0], fees):
        return []
    return [(*things[0], new)]
