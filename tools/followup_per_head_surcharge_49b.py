"""A charge per person added on top of a bill for a group counted in the request.

Set 30: after "찜질방 어른 12,000원 아이 8,000원인데 어른 둘 아이 셋이면 얼마" (48,000원),
"야간이라 1인당 3천원씩 더 받는대" went to the cloud. The charge is per head and the heads
are the people the request counted (어른 둘 + 아이 셋 = 5): 48,000 + 3,000 x 5 = 63,000원.

Only when the previous result is a total (no share taken) and the request counts its people
in words of people ("어른 둘", "아이 3명"); a request counting no one declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import KOREAN_NATIVE_DIGITS
from tools.calculator_group_size import PEOPLE_KO
from tools.followup_chain import run_chain
from tools.korean_numbers import normalize_numerals

__all__ = ["per_head_surcharge"]

_N = r"\d+(?:\.\d+)?"
_SURCHARGE = re.compile(
    r"^\s*(?:그럼\s*|아\s*)?(?:[가-힣]{1,6}(?:이라|라서|이라서|이면)\s*)?(?:1\s*인당|인당|한\s*명당|1\s*명당)\s*"
    rf"(?P<x>{_N})\s*원\s*(?:씩\s*)?(?:더|추가)\s*"
    r"(?:받는대|받는데|받으면|받는다면|내야\s*돼|내야\s*함|붙는대|붙으면|이래|래|하면|내면)?\s*[?？]?\s*$"
)
# "아이 3명", "어른 2명": people counted in digits (words are read by stated_group_sizes).
_PEOPLE_DIGITS = re.compile(rf"(?<![\d.])(?P<n>{_N})\s*명(?!\s*당)")
_NATIVE = {w: int(d) for w, d in KOREAN_NATIVE_DIGITS.items() if w != "하나"}
# "어른 둘", "아이 셋이면", "애들 넷이서": people counted in native words.
_NATIVE_WORD = "|".join(sorted(_NATIVE, key=len, reverse=True))
_PEOPLE_WORDS = re.compile(
    rf"(?<![가-힣]){PEOPLE_KO}(?:은|는|도|까지)?\s*(?P<w>{_NATIVE_WORD})"
    r"(?:이면|이서|이|명)?(?![가-힣])"
)
_DIVIDES = re.compile(r"/")


def per_head_surcharge(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps and "it plus X * heads", or ``None``.

    Args:
        text: The follow-up ("야간이라 1인당 3천원씩 더 받는대").
        steps: The previous turn's steps; one counting its people.
    """
    said = _SURCHARGE.match(normalize_numerals(text).replace(",", ""))
    if said is None or len(steps) != 1:
        return None
    previous = run_chain(steps)
    if previous is None or previous.unit != "원" or _DIVIDES.search(previous.detail or ""):
        return None  # no total in won, or a share already taken
    step = normalize_numerals(steps[0])
    heads = sum(_NATIVE[m["w"]] for m in _PEOPLE_WORDS.finditer(step)) + sum(
        int(float(m["n"])) for m in _PEOPLE_DIGITS.finditer(step)
    )
    if heads < 2:
        return None  # nobody counted: whose heads the charge is on is not said
    return [*steps, f"it plus {said['x']} * {heads}"], f"plus {said['x']} for each of {heads}"
