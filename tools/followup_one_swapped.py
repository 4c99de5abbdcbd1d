"""A follow-up swapping one of several counted things for another at its own price.

After "3 pizzas at 16.99 and 2 garlic breads at 5.49 plus 4 for delivery", "swap one of
the pizzas for a calzone at 13.50" is the total less one pizza plus the calzone; after
"김치 5키로 한 통 42,000원 두 통이랑 택배비 4천원", "한 통은 3키로짜리 26,000원으로
바꿔줘" the same for one tub (blind sets 30 and 29 left both to the cloud). Read only
when the thing swapped is priced once in the first turn and counted at least twice; two
prices of its unit (a massage and a tip per person) leave it unsaid which one goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.price_total import price_total
from tools.priced_quantities import plain_text, read_priced, unit_name

__all__ = ["one_swapped_for_another"]

_N = r"\d+(?:\.\d+)?"
_SWAP_EN = re.compile(
    r"\b(?:swap|switch|change|replace|make)\s+one\s+of\s+(?:the|those|them|our|my)\s*"
    r"(?P<noun>[a-z]+)?\s+(?:for|with|to|into)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:at|for)\s+"
    rf"\$?(?P<v>{_N})(?![\d.])\s*(?:instead|each|please)?\s*[.!?]*\s*$",
    re.I,
)
_SWAP_KO = re.compile(
    rf"^\D*?(?<![\d.])1\s*(?P<c>[가-힣]{{1,2}})(?:은|는)\s.*?(?<![\d.])(?P<v>{_N})\s*원\s*(?:짜리)?\s*"
    r"(?:으로|로)\s*(?:할|바꾸|바꿔|바꿀|변경|해)"
)
_ITEM_EN = re.compile(
    rf"(?P<n>\d+)\s+(?P<name>[a-z]+(?:\s+[a-z]+){{0,2}}?)\s+at\s+\$?(?P<v>{_N})", re.I
)


def _stem(word: str) -> str:
    lowered = word.lower()
    return lowered[:-1] if lowered.endswith("s") and len(lowered) > 3 else lowered


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _one_price_en(step: str, noun: str) -> Decimal | None:
    items = [m for m in _ITEM_EN.finditer(step) if _stem(m["name"].split()[-1]) == _stem(noun)]
    if len(items) != 1 or int(items[0]["n"]) < 2:
        return None
    return Decimal(items[0]["v"])


def _one_price_ko(step: str, counter: str) -> Decimal | None:
    found = read_priced(step)
    if found is None:
        return None
    unit = unit_name(counter)
    rates = [r for r in found.rates if r.unit == unit and r.per == 1 and not r.shown]
    counts = [c for c in found.counts if c.unit == unit]
    if len(rates) != 1 or len(counts) != 1 or counts[0].value < 2 or found.items:
        return None
    return rates[0].amount


def one_swapped_for_another(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The first turn's total less one of a thing plus its replacement, or ``None``.

    Args:
        text: The follow-up ("swap one of the pizzas for a calzone at 13.50").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    if len(previous_steps) != 1:
        return None
    total = price_total(previous_steps[0])
    if total is None:
        return None
    said, step = plain_text(text), plain_text(previous_steps[0])
    english, korean = _SWAP_EN.search(said), _SWAP_KO.match(said)
    if english is not None and english["noun"]:
        old, new = _one_price_en(step, english["noun"]), english["v"]
    elif korean is not None:
        old, new = _one_price_ko(step, korean["c"]), korean["v"]
    else:
        return None
    if old is None or total[0].count("%") or "/" in total[0]:
        return None  # a share or a rate on the whole: where the swap falls is not said
    expression = f"({total[0]}) - {_figure(old)} + {new}{total[1] if total[1] == '원' else ''}"
    return [expression], f"one at {_figure(old)} swapped for one at {new}"
