"""Which figure of a step a follow-up names by a word ("쿠폰이 만원짜리면?").

Found by the eleventh unseen set: after "35,000원짜리 셔츠 2벌 사고 5천원 쿠폰 쓰면", the
turn "쿠폰이 만원짜리면?" changes the coupon, not the price, though both are in 원. The word
before the follow-up's figure, with its particle taken off ("쿠폰이" -> "쿠폰"), names the
figure it sits beside in the step: right before it ("시속 100km", "커피를 3잔") or right
after it ("5천원 쿠폰", "2만원짜리 쿠폰"). When the step holds that word but no figure of
the kind beside it, no figure is named and the caller replaces none (a decline, never
the wrong figure).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tools.followup_quantities import QUANTITY

__all__ = ["named_figure", "names_figure", "noun_of"]

# A particle closing a word ("쿠폰이", "커피를", "가격은", "쿠폰으로"): the noun without it.
_PARTICLE = re.compile(r"(?<=[가-힣]{2})(?:으로|이랑|에서|이|가|은|는|을|를|도|로|에|의|와|과|랑)$")
_WORD_BEFORE = re.compile(r"([가-힣]{2,4})\s*$")
_WORD_AFTER = re.compile(r"\s*(?:짜리\s*)?([가-힣]{2,4})")


def noun_of(word: str) -> str:
    """The word without a closing particle ("쿠폰이" -> "쿠폰"; "시속" stays)."""
    return _PARTICLE.sub("", word)


def names_figure(step: str, start: int, end: int, noun: str, *, before_only: bool = False) -> bool:
    """Whether ``noun`` sits right before or right after the figure at ``start:end``."""
    before = _WORD_BEFORE.search(step[:start])
    if before is not None and noun_of(before[1]).endswith(noun):
        return True
    if before_only:
        return False
    after = _WORD_AFTER.match(step, end)
    return after is not None and noun_of(after[1]).endswith(noun)


def named_figure(
    steps: Sequence[str], noun: str, changeable: Callable[[str, re.Match[str]], bool]
) -> tuple[int, re.Match[str]] | None:
    """The latest changeable figure that ``noun`` stands right beside, and its step's index.

    "쿠폰이 20%였으면?" after "쿠폰으로 10% 할인받고 거기서 5% 더 깎으면": the 10% of the
    first step, not the later 5%. ``None`` when the word stands beside no figure.
    """
    # A label before its figure first: in "커피 4,500원 케이크 6,000원" the cake's word is
    # also right after the coffee's price (it had changed the coffee for "케이크가 5,000원이면").
    for before_only in (True, False):
        for index in range(len(steps) - 1, -1, -1):
            step = steps[index]
            for q in QUANTITY.finditer(step):
                if changeable(step, q) and names_figure(
                    step, q.start(), q.end(), noun, before_only=before_only
                ):
                    return index, q
    return None
