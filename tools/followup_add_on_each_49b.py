"""Follow-ups on a price of one plus add-ons each: an add-on dropped, or one more added.

Sets 34 and 35: after "유니폼 한벌 3만5천원에 마킹 5천원씩 해서 15명" (read by
:mod:`tools.calculator_add_on_each_49b`), "마킹은 빼자" asks the kit without the marking
(35,000 x 15); "아 재료비 포함 가격이었대" says the materials were in the price all along
(45,000 x 5). "뒷면 인쇄도 장당 2천원 추가하면?" after "반티 장당 만2천원에 앞면 인쇄 3천원
추가 30명" adds a second add-on each ((12,000 + 3,000 + 2,000) x 30).

An add-on is dropped only when the turn names exactly one of the previous turn's add-ons by
a word of its own and says it is left out or included; a new add-on must itself say it
comes with each one (씩, 장당, or by its nature), as the first one had to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_add_on_each_49b import add_on_each_total, read_add_ons_each
from tools.korean_numbers import normalize_numerals

__all__ = ["add_on_added_each", "add_on_dropped_each"]

_N = r"\d+(?:\.\d+)?"
# Left out ("빼자", "없이", "안 할래") or already in the price ("포함 가격이었대").
_DROPS = re.compile(
    r"빼|없이|안\s*(?:할|해|하|넣|붙)|필요\s*없|포함\s*(?:가격|된|이었|이래|이라|이야|이에요)"
)
_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")
_ADDED = re.compile(
    rf"^\s*(?:그럼\s*|아\s*)?(?P<name>[가-힣A-Za-z]{{1,8}}(?:\s+[가-힣A-Za-z]{{1,8}})?)\s*(?:도|까지)\s+"
    rf"(?P<one>장당|개당|벌당|인당|1\s*인|한\s*(?:장|벌|개)에?)?\s*(?P<f>{_N})\s*원\s*(?P<each>씩)?\s*"
    r"(?:추가|더)\s*(?:하면|되면|해서|하면요|면|한다면|해주면)?\s*[?？]?\s*$"
)


def _stems(words: str) -> set[str]:
    # "마킹은" names 마킹, "재료비" 재료: a Korean word's first two syllables are its stem enough.
    return {w[:2] if re.match(r"[가-힣]", w) else w.lower() for w in _WORD.findall(words)}


def add_on_dropped_each(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with the one add-on the turn drops at 0, or ``None``.

    Args:
        text: The follow-up ("마킹은 빼자", "아 재료비 포함 가격이었대").
        previous_steps: The previous turn's steps; one read by ``read_add_ons_each``.
    """
    if len(previous_steps) != 1 or re.search(r"\d", normalize_numerals(text)):
        return None
    if not _DROPS.search(text):
        return None
    read = read_add_ons_each(previous_steps[0])
    if read is None:
        return None
    said = _stems(_DROPS.sub(" ", text))
    named = [a for a in read.add_ons if _stems(a["name"]) & said]
    if len(named) != 1 or float(named[0]["f"]) == 0:
        return None
    start, end = named[0].span("f")
    changed = read.text[:start] + "0" + read.text[end:]
    if add_on_each_total(changed) is None:
        return None
    return [changed], f"without the {named[0]['name'].strip()} of {named[0]['f']}"


def add_on_added_each(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with one more add-on each, or ``None``.

    Args:
        text: The follow-up ("뒷면 인쇄도 장당 2천원 추가하면?").
        previous_steps: The previous turn's steps; one read by ``read_add_ons_each``.
    """
    said = _ADDED.match(normalize_numerals(text).replace(",", ""))
    if said is None or len(previous_steps) != 1:
        return None
    read = read_add_ons_each(previous_steps[0])
    if read is None or len(read.add_ons) != 1:
        return None
    at = read.add_ons[-1].end()
    clause = f"{said['name']} {said['one'] or ''} {said['f']}원{said['each'] or ''} 추가 "
    changed = read.text[:at] + re.sub(r"\s+", " ", clause).lstrip() + read.text[at:]
    again = read_add_ons_each(changed)
    if again is None or len(again.add_ons) != 2:
        return None  # the new add-on is not said to come with each one
    return [changed], f"plus {said['f']} each for {said['name']}"
