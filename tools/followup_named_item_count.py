"""A follow-up changing the count of the one item it names: "셔츠 한벌 더 추가".

After "양복 한 벌 38만원 두 벌이랑 셔츠 한 벌 4만5천원 세 벌", both counts are in 벌, so
a count alone ("한 벌 더") fits two figures and the price reader's swap declines; blind set
29 left "셔츠 한벌 더 추가" and "절임배추 한박스 더 주문" to the cloud. The item's name
says which: the first count of that counter after the name in the first turn is its count,
grown (더, 추가) or cut (빼, 취소, 덜) by the figure, and the first turn re-run.

Declined: a name the first turn does not hold once, a count said for every item (씩), a
count cut to nothing, or a changed turn the price reader no longer reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.followup_priced_first_turn import priced_first_turn
from tools.price_total import price_total
from tools.priced_quantities import plain_text

__all__ = ["named_item_count_changed"]

_CHANGE = re.compile(
    r"^\s*(?:아+\s*|그럼\s*|근데\s*)?(?P<name>[가-힣A-Za-z]{1,8}?)(?:은|는|도|만)?\s+"
    r"(?P<n>\d+)\s*(?P<u>[가-힣]{1,2}?)\s*(?:만\s*)?(?P<how>더|추가|빼|취소|덜)"
    r"[가-힣\s]{0,10}[.!?~]*\s*$"
)
_GROWS = ("더", "추가")


def named_item_count_changed(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The first turn with the named item's count grown or cut, or ``None``.

    Args:
        text: The follow-up ("셔츠 한벌 더 추가").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    first = priced_first_turn(previous_steps)
    said = _CHANGE.match(plain_text(text))
    if said is None or first is None or first[0].count(said["name"]) != 1:
        return None
    step, before = first
    named_at = step.index(said["name"])
    counts = [
        (a, b) for a, b, role in before.slots if role[:2] == ("count", said["u"]) and a > named_at
    ]
    if not counts or re.match(r"\s*[가-힣]{0,2}\s*씩", step[counts[0][1] :]):
        return None
    start, end = counts[0]
    old = Decimal(step[start:end])
    change = Decimal(said["n"])
    new = old + change if said["how"] in _GROWS else old - change
    if new <= 0:
        return None
    changed = step[:start] + format(new.normalize(), "f") + step[end:]
    if price_total(changed) is None:
        return None
    return [changed], f"{said['name']}: {step[start:end]} → {format(new.normalize(), 'f')}"
