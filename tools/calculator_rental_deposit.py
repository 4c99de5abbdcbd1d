"""What is handed over at the start of a rental: the hire for the span plus the deposit.

Sets 30, 31 and 33: "the camera rents for 35 a day with a 200 refundable deposit, I need it
4 days, what do I hand over at pickup", "kayak rental is 18 an hour plus a 50 deposit you
get back, for 3 hours what do I pay upfront" and "e-bike rental is 35 a day per bike plus a
50 deposit per bike, 3 bikes for 2 days, what do we pay up front" were declined: the price
reader counts a deposit as money, never as things rented, and so gave up. Asked what is paid
*up front* (at pickup, before the rental), the deposit is paid with the hire: the rate times
the span, plus the deposit; several things hired each with their own deposit multiply both.

Read only when every figure has one of those roles, the span is counted in the rate's own
unit, and the question asks what is paid up front. A deposit that "comes off the final
bill", or a question of the total cost or the refund, is some other sum and declines, as
does a deposit or a rate per thing when the other is not (which one is per thing is unsaid).
"""

from __future__ import annotations

import re

__all__ = ["rental_paid_up_front", "singular_word"]

_N = r"\d+(?:\.\d+)?"
_UNIT = r"(?P<{g}>hour|day|night|week)"
# "35 a day", "18 an hour", "35 a day per bike", "rents for 35 per day".
_RATE = re.compile(
    rf"(?<![\d.])(?P<r>{_N})\s+(?:an?|per)\s+{_UNIT.format(g='unit')}"
    r"(?:\s+(?:per|a)\s+(?P<thing>[a-z-]+))?\b",
    re.I,
)
# "a 200 refundable deposit", "a 50 deposit you get back", "a 50 deposit per bike".
_DEPOSIT = re.compile(
    rf"(?<![\d.])(?P<d>{_N})\s+(?:refundable\s+|security\s+|damage\s+)?deposit\b"
    r"(?:\s+(?:per|a)\s+(?P<thing>[a-z-]+))?",
    re.I,
)
# "4 days", "for 3 hours", "3 bikes".
_COUNT = re.compile(rf"(?<![\d.])(?P<n>{_N})\s+(?P<word>[a-z-]+)", re.I)
# What is handed over before the rental starts.
_ASKS_UP_FRONT = re.compile(
    r"\bup\s*front\b|\bat\s+(?:pick\s*-?\s*up|the\s+start|check-?\s*in)\b|\bhand\s+over\b"
    r"|\bpay\s+(?:now|first|today|to\s+start)\b",
    re.I,
)
# A deposit taken off the bill, or a question of what comes back: no sum paid up front.
_OTHER_SUM = re.compile(
    r"\bcomes?\s+off\b|\btaken\s+off\b|\bdeducted\b|\bcredited\b|\brefund(?:ed)?\s+(?:is|when)\b"
    r"|\bget\s+back\s+at\s+the\s+end\b|\bin\s+total\b|\btotal\s+cost\b|\b(?:%|percent)",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def singular_word(word: str) -> str:
    """ "bikes" -> "bike", "tires" -> "tire" ("glass" stays): a thing's name said once."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def rental_paid_up_front(original: str) -> tuple[str, str | None] | None:
    """ "35 * 4 + 200" for a rental's hire plus its deposit paid up front, or ``None``.

    Args:
        original: The request as asked.
    """
    if not _ASKS_UP_FRONT.search(original) or _OTHER_SUM.search(original):
        return None
    rates, deposits = list(_RATE.finditer(original)), list(_DEPOSIT.finditer(original))
    if len(rates) != 1 or len(deposits) != 1:
        return None
    rate, deposit = rates[0], deposits[0]
    unit = rate["unit"].lower()
    thing = singular_word(rate["thing"]) if rate["thing"] else None
    deposit_thing = singular_word(deposit["thing"]) if deposit["thing"] else None
    if thing != deposit_thing:
        return None  # one per thing, the other not: which is paid once is unsaid
    placed = {rate.span("r"), deposit.span("d")}
    spans, things = [], []
    for count in _COUNT.finditer(original):
        if count.span("n") in placed:
            continue
        word = singular_word(count["word"])
        if word == unit:
            spans.append(count)
        elif thing is not None and word == thing:
            things.append(count)
        else:
            return None  # a figure with no role here
    if len(spans) != 1 or len(things) != (0 if thing is None else 1):
        return None
    placed |= {spans[0].span("n"), *(t.span("n") for t in things)}
    if sorted(placed) != [f.span() for f in _FIGURE.finditer(original)]:
        return None
    each = f"{rate['r']} * {spans[0]['n']} + {deposit['d']}"
    if things:
        return f"({each}) * {things[0]['n']}", _currency(original)
    return each, _currency(original)


def _currency(original: str) -> str:
    # A sum of money: never the span's unit ("340 days"); a dollar sign written is kept.
    return "$" if "$" in original else ""
