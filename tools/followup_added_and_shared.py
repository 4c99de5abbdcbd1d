"""An amount added to the previous result, or the result shared among a head count.

Blind set 27's follow-ups after a total that no figure of the first turn could take:
"plus 90 for delivery" (after a sofa at 15% off), "탕수육 18,000원짜리 하나 추가요" (after
two dishes ordered twice), "split that three ways" and "세명이서 나눠내면 한사람 얼마" (after
a tip or an added dish made the total a chain of steps). Each is one more step on the
previous result: that amount added, or the result divided by the head count.

A share is never taken twice: when an earlier step already splits among people, a new
head count replaces that one (other rules' work), so this rule declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_added_before_split_54e import is_split
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["amount_added", "shared_among"]

_N = r"\d+(?:\.\d+)?"
# "plus 90 for delivery", "oh and add 25 for the cake": one amount with what it is for.
_ADDED_EN = re.compile(
    rf"^\s*(?:oh\s+)?(?:and\s+)?(?:plus|add|\+)\s+\$?(?P<n>{_N})(?:\s*(?:dollars?|bucks))?"
    r"\s+(?:for|on)\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z ]{1,30}[?.!]?\s*$"
    # "plus a 300 studio fee": the amount named by its fee.
    rf"|^\s*(?:oh\s+)?(?:and\s+)?(?:plus|add|\+)\s+(?:an?\s+)?\$?(?P<f>{_N})(?:\s*(?:dollars?|bucks))?"
    r"\s+(?:[a-z-]+\s+){0,2}fee\s*[?.!]?\s*$",
    re.I,
)
# "plus 3 tubs of cream cheese at 4.50": so many more things at a price each.
_ITEMS_ADDED_EN = re.compile(
    rf"^\s*(?:oh\s+)?(?:and\s+)?(?:plus|add|\+)\s+(?P<c>\d+)\s+[a-z][a-z ]{{0,30}}?\s+at\s+"
    rf"\$?(?P<p>{_N})(?:\s*(?:dollars?|bucks))?(?:\s+(?:each|apiece))?\s*[?.!]?\s*$",
    re.I,
)
# "탕수육 18,000원짜리 하나 추가요": one more thing at that price.
_ADDED_KO = re.compile(
    rf"^\s*(?:[가-힣]{{1,8}}\s*)?(?P<n>{_N})\s*원\s*짜리(?:도)?\s*(?:하나|한\s*개|1\s*개)?\s*"
    r"(?:추가|더\s*(?:시킬|시켜|주문))[가-힣]{0,4}\s*[.!?~]*\s*$"
)
_FAIRLY = r"(?:(?:evenly|equally|fairly)\s+)?"
# "split that three ways", "세명이서 나눠내면", "다섯명이 엔빵하면?": the head count sharing.
# ("split it evenly six ways": an adverb of fairness changes nothing.)
_SHARED_EN = re.compile(
    # ("split 4 ways": the object left out.)
    rf"\bsplit\s+(?:(?:that|it|the\s+(?:bill|total|lot))\s+)?{_FAIRLY}(?P<n>{_N})\s+ways\b"
    # ("split between 5 teams": the object left out; a local model had answered "12.5".)
    rf"|\b(?:split|divide[d]?)\s+(?:(?:that|it|the\s+(?:bill|total|lot))\s+)?{_FAIRLY}(?:between|among)\s+"
    rf"(?P<m>{_N})(?:\s+of\s+us|\s+people)?\b",
    re.I,
)
# ("세 팀이 나눠내면 팀당": teams or families sharing, as people do.)
_SHARED_KO = re.compile(
    rf"(?P<n>{_N})\s*(?:명|팀|가족|집|커플)(?:이서|이|서|끼리)\s*(?:[가-힣]{{0,4}}\s*)?"
    r"(?:나눠|나누|엔빵|n빵|더치|반띵)"
)
# "세 팀이", "두 가족이": a count in a native word before a group counter.
_NATIVE_GROUPS_KO = re.compile(
    r"(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?=(?:팀|가족|커플)(?:이|끼리))"
)
_NATIVE_GROUP_COUNTS = {"두": "2", "세": "3", "네": "4", "다섯": "5", "여섯": "6"}
_NATIVE_GROUP_COUNTS |= {"일곱": "7", "여덟": "8", "아홉": "9", "열": "10"}
# "둘이 반띵하면?": a head count in a native word before its particle (반띵: halves, chat).
_NATIVE_HEADS_KO = re.compile(r"(?<![가-힣])(둘|셋|넷|다섯)(?=이서|이\s|끼리)")
_NATIVE_HEADS = {"둘": "2명", "셋": "3명", "넷": "4명", "다섯": "5명"}
# An earlier step already shared among people: the count is replaced, not divided again.
_SPLIT_BEFORE = re.compile(
    r"나눠|나누|엔빵|인당|명당|각자|\bsplit\b|divided\s+by|\bper\s+person\b|\beach\s+of\s+us\b"
    r"|\bshare\b",
    re.I,
)


def amount_added(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "plus 90 for delivery": the previous result plus that amount."""
    if not steps or is_split(steps[-1]):
        return None  # after a split, 30 more on one share is no reading (set 45)
    plain = normalize_numerals(text)
    items = _ITEMS_ADDED_EN.match(plain)
    if items is not None:
        added = f"{items['c']} * {items['p']}"
        return [*steps, f"it plus {added}"], f"plus {added}"
    match = _ADDED_EN.match(plain) or _ADDED_KO.match(plain)
    if match is None or len(re.findall(r"\d+(?:\.\d+)?", plain)) != 1:
        return None
    added = match.groupdict().get("n") or match["f"]
    return [*steps, f"it plus {added}"], f"plus {added}"


def shared_among(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "split that three ways": the previous result divided by the head count."""
    if not steps or any(_SPLIT_BEFORE.search(step) for step in steps):
        return None
    plain = english_counts_as_digits(normalize_numerals(text))
    plain = _NATIVE_HEADS_KO.sub(lambda m: _NATIVE_HEADS[m[1]], plain)
    plain = _NATIVE_GROUPS_KO.sub(lambda m: _NATIVE_GROUP_COUNTS[m[1]], plain)
    plain = re.sub(
        r"\b(two|three|four|five|six|seven|eight|nine|ten)\s+ways\b",
        lambda m: f"{_WORDS[m[1].lower()]} ways",
        plain,
        flags=re.I,
    )
    match = _SHARED_EN.search(plain) or _SHARED_KO.search(plain)
    if match is None or len(re.findall(r"\d+(?:\.\d+)?", plain)) != 1:
        return None
    heads = next(g for g in match.groups() if g)
    return [*steps, f"it divided by {heads}"], f"shared by {heads}"


_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_WORDS |= {"seven": "7", "eight": "8", "nine": "9", "ten": "10"}
