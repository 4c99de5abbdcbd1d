"""A total shared between a number of households, or a share taken again between fewer.

Set 30: after "ski lessons are 85 per person per lesson, 3 of us taking 2 lessons each"
(510), "what if we split it between 2 families" went to the cloud: the operation list reads
"split it between 2", but neither the subject ("we") nor the households counted ("families").
"두 집이 반반 내면" after a total is the same question in Korean. And after "6 of us at
dinner … how much each", "two people already left so it's between 4" takes the share again
between 4: the head count the previous turn divided by, replaced.

A total is split only when the previous turn asked no share; a share is taken again only
when the previous result divides by a head count the previous request states once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_chain import run_chain
from tools.followup_rerun import spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["shared_between_households"]

_WORD_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "두": "2"}
_WORD_NUMBERS |= {"세": "3", "네": "4", "다섯": "5", "여섯": "6"}
_EN = re.compile(
    r"^\s*(?:(?:and|so|ok|okay)\s*,?\s+)?(?:what\s+if\s+|how\s+about\s+if\s+)?(?:we(?:'re|\s+are)?\s+)?"
    r"(?:split(?:ting)?|shar(?:e|ing)|divid(?:e|ing))\s+(?:it|that|this|the\s+(?:bill|cost|total))?\s*"
    r"(?:evenly\s+|equally\s+)?(?:between|among)\s+(?:the\s+)?(?P<n>\d+|two|three|four|five|six)\s+"
    r"(?:families|households|couples|groups|flats)\s*(?:instead)?\s*[?.]?\s*$",
    re.I,
)
_KO = re.compile(
    r"^\s*(?:그럼\s*|그러면\s*)?(?P<n>두|세|네|다섯|여섯|\d+)\s*(?:집|가족|가구|팀|커플)\s*"
    r"(?:이|이서|끼리|에서)?\s*(?P<how>반반|똑같이\s*나눠|나눠|나누어|n분의\s*1)\s*"
    r"(?:씩\s*)?(?:내면|하면|낸다면|내기로\s*하면|내)\s*[?？]?\s*(?:얼마씩|얼마)?\s*[?？]?\s*$"
)
# Halves with one other named ("친구랑 반반하면 얼마씩", "남편이랑 둘이 반띵하면", set 48,
# opens57k): the total split between 2. ("둘이 반띵하면" alone, with no one named, is
# tools.followup_added_and_shared's native head count.)
_KO_HALVES = re.compile(
    r"^\s*(?:그럼\s*|그러면\s*)?[가-힣]{1,5}(?:이랑|랑|하고|와|과)\s*(?:둘이서?\s*)?"
    r"(?:서로\s*)?(?:반반씩|반반|반띵|반씩)\s*(?:내면|하면|나누면|나눠\s*내면|부담하면|낸다면)\s*[?？]?\s*"
    r"(?:얼마씩|얼마|(?:한\s*명당|각자|각각|1인당)\s*얼마\S*)?\s*[?？]?\s*$"
)
_MONEY_UNITS = ("원",)
# Who shares or what is shared, said ("we split it", "splitting that"): a bare "split between
# 3 families" is tools.followup_added_and_shared's to read.
_SAID_WHO_OR_WHAT = re.compile(
    r"\bwe\b|\bwe'?re\b|\b(?:it|that|this|the\s+(?:bill|cost|total))\b", re.I
)
# "so it's between 4", "it's between 4 of us now": the same share, taken between fewer or more.
_AGAIN = re.compile(
    r"(?:\bso\s+|,\s*|^\s*)(?:it'?s|its|it\s+is)\s+(?:now\s+)?(?:split\s+)?between\s+(?P<n>\d+)"
    r"(?:\s+(?:of\s+us|people))?\s*(?:now)?\s*[?.]?\s*$",
    re.I,
)
# "한명 이사가서 이제 둘이 내야됨": the same share, now paid by that many.
_AGAIN_KO = re.compile(
    r"(?:^|\s)(?:이제\s*)?(?:(?P<w>둘|셋|넷|다섯|여섯)|(?P<d>\d+)\s*명)\s*(?:이서|이)?\s*(?:나눠\s*)?"
    r"(?:내야|부담해야)\s*(?:됨|돼|해|함|하네|겠네|되네|한대|된대|된다)?\s*[?？.]?\s*$"
)
_NATIVE = {"둘": "2", "셋": "3", "넷": "4", "다섯": "5", "여섯": "6"}
_ASKED_SHARE = re.compile(
    r"\beach\b|\bper\s+(?:person|head)\b|\bsplit\b|\bshare\b|나누|나눠|인당|명당|씩", re.I
)
_DIVIDED_BY = re.compile(r"/\s*(?P<m>\d+)\s*\)?\s*$")


def _number(word: str) -> str:
    return _WORD_NUMBERS.get(word.lower(), word)


def shared_between_households(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous total split between households, or the previous share taken again.

    Args:
        text: The follow-up ("what if we split it between 2 families", "두 집이 반반 내면").
        steps: The previous turn's steps.
    """
    if not steps:
        return None
    households = _EN.match(text) or _KO.match(text) or _KO_HALVES.match(text)
    if households is not None and households.re is _EN and not _SAID_WHO_OR_WHAT.search(text):
        return None  # "split between 3 families", nothing else said: the older rule's
    again = None if households else _AGAIN.search(text) or _AGAIN_KO.search(text)
    if households is None and again is None:
        return None
    previous = run_chain(steps)
    if previous is None or not isinstance(previous.value, float):
        return None
    if households is not None and households.re is _KO_HALVES and previous.unit not in _MONEY_UNITS:
        return None  # halves of a span or a count: not money paid, not read here
    # A share asked and taken: the words ask it ("how much each") and the result divides.
    divided = _DIVIDED_BY.search(previous.detail or "")
    shared = divided is not None and _ASKED_SHARE.search(steps[-1]) is not None
    if households is not None:
        n = _number(households["n"]) if households.re is not _KO_HALVES else "2"
        if shared or (households.groupdict().get("how") == "반반" and n != "2"):
            return None  # a share of a share, or "세 집이 반반": not one division
        return [*steps, f"split it between {n}"], f"split between {n} households"
    assert again is not None
    if not shared or divided is None or len(steps) != 1:
        return None
    n = again["n"] if "n" in again.groupdict() else _NATIVE.get(again["w"] or "", again["d"])
    # The divisor as a head count said once: "5 of us", "셋이 나누면" (read as "3명이").
    step = normalize_numerals(steps[0])
    heads = list(
        re.finditer(
            rf"(?<![\d.]){divided['m']}(?=\s+(?:of\s+us|people|ways|friends|guests)\b|\s*명)", step
        )
    )
    if n is None or len(heads) != 1:
        return None  # the divisor is no head count said once
    return [spliced(step, [(heads[0].span(), n)])], f"{divided['m']} → {n}"
