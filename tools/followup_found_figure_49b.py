"""A figure found out after the answer, said in the past: "영수증 보니까 진료비 62,000원이었네".

Set 31: after "스케일링 본인부담 30%래 총 진료비 5만원이면 내가 내는거 얼마" (15,000원), the turn
"영수증 보니까 진료비 62,000원이었네" went to the cloud, though "진료비 62,000원이면?" is read
(the named figure takes the new value: 18,600원). Looking at the receipt is how the user
learnt it, and "이었네" says the figure was that all along: the same change, told as found.

Only the lead saying how it was found ("영수증 보니까", "다시 보니", "알고 보니") and the past
ending ("…이었네", "…였음", "…이었대") are rewritten, and only around a turn naming an amount;
the rewritten turn is resolved by the follow-up rules as if typed so, or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.korean_numbers import normalize_numerals

__all__ = ["figure_found_out"]

_FOUND_LEAD = re.compile(
    r"^\s*(?:아\s+|아니\s+|근데\s+)?(?:[가-힣]{1,6}\s*)?(?:다시\s*)?(?:보니까|보니|확인해\s*보니까?|알고\s*보니)\s+"
)
_PAST_END = re.compile(
    r"(?<=[\d가-힣])\s*(?:이었|였)(?:네|네요|음|어|어요|대|다|더라|던데)\s*[.!~]*\s*$"
)
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*원")


def figure_found_out(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The follow-up resolved as "<name> <amount>이면?", or ``None``.

    Args:
        text: The follow-up ("영수증 보니까 진료비 62,000원이었네").
        steps: The previous turn's steps.
    """
    found = _FOUND_LEAD.match(text)
    if (
        found is None
        or not _PAST_END.search(text)
        or len(_AMOUNT.findall(normalize_numerals(text).replace(",", ""))) != 1
    ):
        return None
    asked = _PAST_END.sub("이면?", text[found.end() :])
    # The follow-up rules read the turn as asked (imported here: they import this table).
    from tools.followups import resolve_follow_up

    return resolve_follow_up(asked, steps)
