"""A follow-up dropping a charge per period that came on top: "전기는 안쓸래", "skip the
hookup".

After "캠핑장 1박 4만5천원이고 전기 쓰면 1박당 5천원 추가래 2박" (summed per night by
:mod:`tools.priced_add_on_rates`), "전기는 안쓸래" asks the stay without the electricity: the
charge named by a word of its own clause ("전기 쓰면 … 5천원 추가", "6 a night for the
electric hookup", "보험료 하루 만원") is set to 0 and the nights are priced again. Exactly
one charge must be named by the turn, with a word that drops it; the first price (the stay
itself) is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from tools.price_total import price_total
from tools.priced_add_on_rates import add_on_rates_summed
from tools.priced_quantities import plain_text, read_priced

__all__ = ["add_on_dropped"]

_DROPS = re.compile(
    r"안\s*(?:쓸|써|쓰|할|해|하|받|붙|넣|달)|빼|없이|필요\s*없|취소|\bskip|\bdrop|\bno\b|\bwithout\b"
    r"|\bdon'?t\s+(?:need|want)|\bcancel",
    re.I,
)
# Words of a clause that name nothing: counters, verbs of using, particles said alone.
_EMPTY = frozenset(
    {"쓰면", "하면", "이고", "이면", "인데", "추가", "추가래", "night", "nights", "each", "plus"}
    | {"with", "that", "this", "then", "extra", "additional", "for", "the", "per", "day", "days"}
)
_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}")


def _names(clause: str) -> set[str]:
    # "전기는" names 전기: the first two syllables of a Korean word are its stem enough.
    return {
        (w[:2] if re.match(r"[가-힣]", w) else w.lower())
        for w in _WORD.findall(clause)
        if w.lower() not in _EMPTY and not re.search(r"당$", w)
    }


def add_on_dropped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous request with the one add-on charge the turn drops at 0, or ``None``.

    Args:
        text: The follow-up ("전기는 안쓸래").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    if len(previous_steps) != 1 or price_total(previous_steps[0]) is None:
        return None
    said = plain_text(text)
    if re.search(r"\d", said) or not _DROPS.search(said):
        return None
    step = plain_text(previous_steps[0])
    found = read_priced(step)
    if found is None or add_on_rates_summed(found, step) is None:
        return None  # not charges summed per period ("튀김 … 어묵 …": items, another rule's)
    spans = sorted((a, b) for a, b, role in found.slots if role[0] == "rate")
    said_names = _names(said)
    named = []
    for (_, before_end), (start, end) in pairwise(spans):
        after = re.split(r"[,.;]|\band\b", step[end:], maxsplit=1)[0]
        if _names(step[before_end:start] + " " + after) & said_names:
            named.append((start, end))
    if len(named) != 1:
        return None
    start, end = named[0]
    changed = step[:start] + "0" + step[end:]
    if price_total(changed) is None:
        return None
    return [changed], f"without the charge of {step[start:end]}"
